// SPDX-License-Identifier: GPL-3.0-or-later
#include "tageditordialog.h"

#include "domain/problemtext.h"
#include "library/database.h"
#include "tags/tagstore.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace ks {

namespace {

/// @p ids in order, each once (two photos of one post are one memory to tag).
QList<qint64> distinct(const QList<qint64> &ids)
{
    QList<qint64> out;
    QSet<qint64> seen;
    for (qint64 id : ids) {
        if (!seen.contains(id)) {
            seen.insert(id);
            out << id;
        }
    }
    return out;
}

} // namespace

TagEditorDialog::TagEditorDialog(Database &database, const QList<qint64> &memoryIds, QWidget *parent)
    : QDialog(parent), m_database(database), m_memoryIds(distinct(memoryIds))
{
    setObjectName(QStringLiteral("tagEditor"));
    setWindowTitle(m_memoryIds.size() == 1 ? tr("Tags")
                                           : tr("Tags of %n Memories", nullptr, int(m_memoryIds.size())));
    TagStore store(m_database.connection());

    auto *layout = new QVBoxLayout(this);
    auto *inputRow = new QHBoxLayout;
    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("tagInput"));
    m_input->setPlaceholderText(tr("Add a tag, like 旅行/2009 北京"));
    QStringList all;
    for (const TagInfo &t : store.list())
        all << t.path;
    auto *completer = new QCompleter(all, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_input->setCompleter(completer);
    m_addButton = new QPushButton(tr("Add"), this);
    m_addButton->setAutoDefault(false);
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(m_addButton);
    layout->addLayout(inputRow);
    connect(m_addButton, &QPushButton::clicked, this, &TagEditorDialog::addFromInput);
    connect(m_input, &QLineEdit::returnPressed, this, &TagEditorDialog::addFromInput);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("tagList"));
    layout->addWidget(m_list, 1);

    // The tags the memories have now: how many of them carry each.
    const QHash<QString, int> have = store.tagCounts(m_memoryIds);
    QStringList current = have.keys();
    current.sort();
    for (const QString &path : std::as_const(current)) {
        const Qt::CheckState state =
            have.value(path) == m_memoryIds.size() ? Qt::Checked : Qt::PartiallyChecked;
        m_initial.insert(path, state);
        auto *item = new QListWidgetItem(path, m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable |
                       (state == Qt::PartiallyChecked ? Qt::ItemIsUserTristate : Qt::NoItemFlags));
        item->setCheckState(state);
        if (state == Qt::PartiallyChecked)
            item->setToolTip(
                tr("%1 of the %2 memories have this tag").arg(have.value(path)).arg(m_memoryIds.size()));
    }

    const QList<TagSuggestion> suggestions = store.suggestionsFor(m_memoryIds);
    if (!suggestions.isEmpty()) {
        layout->addWidget(new QLabel(tr("Suggested:"), this));
        m_suggestions = new QWidget(this);
        auto *flow = new QHBoxLayout(m_suggestions);
        flow->setContentsMargins(0, 0, 0, 0);
        for (const TagSuggestion &s : suggestions) {
            auto *button = new QPushButton(QStringLiteral("+ ") + s.path, m_suggestions);
            button->setAutoDefault(false);
            button->setFlat(true);
            button->setProperty("tagPath", s.path);
            switch (s.reason) {
            case TagSuggestion::Album:
                button->setToolTip(tr("The album"));
                break;
            case TagSuggestion::Topic:
                button->setToolTip(tr("A #topic# in the text"));
                break;
            case TagSuggestion::Place:
                button->setToolTip(tr("The place"));
                break;
            case TagSuggestion::Person:
                button->setToolTip(tr("Someone mentioned or commenting"));
                break;
            }
            connect(button, &QPushButton::clicked, this, [this, button] {
                addPath(button->property("tagPath").toString());
                button->hide();
            });
            flow->addWidget(button);
            m_suggestionButtons << button;
        }
        flow->addStretch(1);
        layout->addWidget(m_suggestions);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TagEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(420, 360);
}

QListWidgetItem *TagEditorDialog::itemFor(const QString &path) const
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->text() == path)
            return m_list->item(i);
    }
    return nullptr;
}

bool TagEditorDialog::addPath(const QString &raw)
{
    const QString path = TagStore::normalizePath(raw);
    if (path.isEmpty())
        return false;
    QListWidgetItem *item = itemFor(path);
    if (!item) {
        item = new QListWidgetItem(path, m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    }
    item->setCheckState(Qt::Checked);
    m_list->scrollToItem(item);
    return true;
}

void TagEditorDialog::addFromInput()
{
    if (addPath(m_input->text()))
        m_input->clear();
}

void TagEditorDialog::setPathState(const QString &path, Qt::CheckState state)
{
    if (QListWidgetItem *item = itemFor(TagStore::normalizePath(path)))
        item->setCheckState(state);
}

Qt::CheckState TagEditorDialog::pathState(const QString &path) const
{
    const QListWidgetItem *item = itemFor(TagStore::normalizePath(path));
    return item ? item->checkState() : Qt::Unchecked;
}

QStringList TagEditorDialog::paths() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out << m_list->item(i)->text();
    return out;
}

bool TagEditorDialog::apply()
{
    // The changed lines, in list order; the store applies them in one transaction.
    QList<TagEdit> edits;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *item = m_list->item(i);
        const QString path = item->text();
        const Qt::CheckState before = m_initial.value(path, Qt::Unchecked);
        const Qt::CheckState now = item->checkState();
        if (now == before || now == Qt::PartiallyChecked)
            continue;
        edits.append({path, now == Qt::Checked});
    }
    TagStore store(m_database.connection());
    const int changed = store.apply(m_memoryIds, edits);
    if (changed < 0) {
        m_lastError = problemtext::translated(store.lastError());
        return false;
    }
    for (int i = 0; i < m_list->count(); ++i)
        m_initial.insert(m_list->item(i)->text(), m_list->item(i)->checkState());
    if (changed > 0)
        emit tagsChanged();
    return true;
}

void TagEditorDialog::accept()
{
    if (!apply()) {
        QMessageBox::warning(this, tr("Tags"), tr("The tags could not be saved: %1").arg(m_lastError));
        return;
    }
    QDialog::accept();
}

} // namespace ks
