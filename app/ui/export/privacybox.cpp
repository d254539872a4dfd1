// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacybox.h"

#include <QCheckBox>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace ks {

PrivacyBox::PrivacyBox(QWidget *parent) : QGroupBox(parent)
{
    setObjectName(QStringLiteral("privacyBox"));
    setCheckable(true);
    setChecked(false);
    auto *layout = new QVBoxLayout(this);
    m_what = new QLabel(this);
    m_what->setWordWrap(true);
    m_friends = new QCheckBox(this);
    m_friends->setObjectName(QStringLiteral("privacyKeepFriends"));
    m_private = new QCheckBox(this);
    m_private->setObjectName(QStringLiteral("privacyKeepPrivate"));
    layout->addWidget(m_what);
    layout->addWidget(m_friends);
    layout->addWidget(m_private);
    connect(this, &QGroupBox::toggled, this, &PrivacyBox::changed);
    connect(m_friends, &QCheckBox::toggled, this, &PrivacyBox::changed);
    connect(m_private, &QCheckBox::toggled, this, &PrivacyBox::changed);
    retranslate();
}

PrivacyOptions PrivacyBox::options() const
{
    PrivacyOptions o;
    o.enabled = isChecked();
    o.keepFriends = o.enabled && m_friends->isChecked();
    o.keepPrivate = o.enabled && m_private->isChecked();
    return o;
}

void PrivacyBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void PrivacyBox::retranslate()
{
    setTitle(tr("For sharing: privacy mode"));
    m_what->setText(
        tr("Friends are shown as Friend A, Friend B…; their comments, message board notes, visits "
           "and avatars, every QQ number, what is marked private and the GPS of photos are left out."));
    m_friends->setText(tr("Keep friends' names, comments and message board notes"));
    m_private->setText(tr("Keep private diaries, private albums and secret notes"));
}

} // namespace ks
