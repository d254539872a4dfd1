// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/privacy.h"

#include <QGroupBox>

class QCheckBox;
class QLabel;

namespace ks {

/// "For sharing: privacy mode" in every export dialog (site, PDF, book, photos): friends as
/// 好友 A, B…, no comments, 留言, QQ numbers or GPS; what is private stays out unless chosen.
class PrivacyBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit PrivacyBox(QWidget *parent = nullptr);
    PrivacyOptions options() const;
    QCheckBox *keepFriends() const { return m_friends; }
    QCheckBox *keepPrivate() const { return m_private; }

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_what = nullptr;
    QCheckBox *m_friends = nullptr;
    QCheckBox *m_private = nullptr;
};

} // namespace ks
