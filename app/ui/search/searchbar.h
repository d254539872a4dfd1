// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/matchhighlighter.h"
#include "search/searchquery.h"

#include <QLineEdit>
#include <QList>
#include <QPointer>
#include <atomic>
#include <memory>

class QAction;
class QThread;
class QTimer;

namespace ks {

class Database;
class SearchWorker;

/// The search box: a plain hint in its placeholder, the query syntax behind its "?", waits 200 ms after
/// the last keystroke, runs the query on a worker thread with its own database connection, and
/// emits the matching memory ids, newest first. An empty box emits cleared(); Escape clears.
/// Taking the focus starts SearchEngine::warmUp on that thread, which the first search stops.
class SearchBar : public QLineEdit
{
    Q_OBJECT
public:
    explicit SearchBar(Database &database, QWidget *parent = nullptr);
    ~SearchBar() override;

    static constexpr int kDebounceMs = 200;

    /// Filters set elsewhere in the window (kind chips, year…), combined with the typed query.
    void setExtraFilters(const QList<SearchFilter> &filters);
    /// What the card delegate should mark for the current results.
    MatchHighlighter highlighter() const { return m_highlighter; }
    /// The query of the last results emitted.
    QString lastQuery() const { return m_lastQuery; }
    /// Help text shown as tooltip (rich text).
    static QString syntaxHelp();

public slots:
    /// Sets the text and searches at once (saved searches, tag clicks).
    void runQuery(const QString &text);
    /// Searches again now (after an import or a tag change).
    void refresh();

signals:
    void resultsReady(const QList<qint64> &ids, const QString &query);
    void cleared();
    /// The query cannot be understood; @p message says why (English, from the parser).
    void queryError(const QString &message);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QAction *m_helpAction = nullptr;
    void retranslate();
    void showSyntaxHelp();
    void startSearch();
    void deliver(quint64 generation, const QList<qint64> &ids, const QStringList &terms, const QString &query,
                 const QString &error);

    Database &m_database;
    QTimer *m_debounce = nullptr;
    QThread *m_thread = nullptr;
    QPointer<SearchWorker> m_worker;
    std::shared_ptr<std::atomic<quint64>> m_generation;
    QList<SearchFilter> m_extraFilters;
    MatchHighlighter m_highlighter;
    QString m_lastQuery;
};

} // namespace ks
