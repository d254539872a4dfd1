// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QHash>

class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QWidget;

namespace ks {

class Database;

/// Adds and removes tags on one or many memories. Each tag any of them has is a row: checked
/// when all have it, half-checked when only some do (left alone unless changed). Typing
/// completes existing paths (any part of them); suggested tags (album, #话题#, place, people)
/// are one click each. OK writes every change in one transaction.
class TagEditorDialog : public QDialog
{
    Q_OBJECT
public:
    TagEditorDialog(Database &database, const QList<qint64> &memoryIds, QWidget *parent = nullptr);

    /// Adds @p path as a checked row (or checks its row). Returns false for an empty path.
    bool addPath(const QString &path);
    void setPathState(const QString &path, Qt::CheckState state);
    Qt::CheckState pathState(const QString &path) const;
    QStringList paths() const;
    /// One button per suggestion, in order; clicking one adds its tag.
    QList<QPushButton *> suggestionButtons() const { return m_suggestionButtons; }
    QLineEdit *input() const { return m_input; }

    /// Writes the changes; true when everything was written. OK calls it.
    bool apply();

signals:
    void tagsChanged();

public slots:
    void accept() override;

private:
    QListWidgetItem *itemFor(const QString &path) const;
    void addFromInput();

    Database &m_database;
    QList<qint64> m_memoryIds;
    QHash<QString, Qt::CheckState> m_initial;
    QListWidget *m_list = nullptr;
    QLineEdit *m_input = nullptr;
    QPushButton *m_addButton = nullptr;
    QWidget *m_suggestions = nullptr;
    QList<QPushButton *> m_suggestionButtons;
    QString m_lastError;
};

} // namespace ks
