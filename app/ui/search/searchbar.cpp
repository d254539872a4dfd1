// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchbar.h"

#include "domain/problemtext.h"
#include "library/database.h"
#include "library/librarychanges.h"
#include "search/searchengine.h"
#include "service/library.h"

#include <QAction>
#include <QEvent>
#include <QFrame>
#include <QKeyEvent>
#include <QLabel>
#include <QStyle>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>
#include <functional>
#include <optional>

namespace ks {

/// Lives on the search thread: one engine (and so one connection) for every query.
class SearchWorker : public QObject
{
public:
    SearchWorker(Database &database, std::shared_ptr<std::atomic<quint64>> generation)
        : m_database(database), m_generation(std::move(generation))
    {
    }

    void run(quint64 generation, const QString &text, const QList<SearchFilter> &extra,
             QPointer<SearchBar> bar,
             const std::function<void(quint64, QList<qint64>, QStringList, QString, QString)> &done)
    {
        // Typing fast queues several queries; only the newest is worth running.
        if (generation != m_generation->load())
            return;
        SearchQuery query = SearchQuery::parse(text);
        query.filters += extra;
        const SearchResult result = engine().search(query);
        if (!bar)
            return;
        QMetaObject::invokeMethod(
            bar,
            [=] { done(generation, result.ids, result.terms, text, problemtext::translated(result.error)); },
            Qt::QueuedConnection);
    }

    /// What the first searches read, written when the library does not have it (the window's
    /// opening left it to this thread).
    void storeSearchData() { Library::storeSearchData(m_database); } // nothing when closed or read-only

    /// Reads ahead while nobody searches; a search started meanwhile stops it between tokens.
    void warmUp(quint64 generation)
    {
        if (generation != m_generation->load() || !m_database.isOpen())
            return;
        engine().warmUp([this, generation] { return generation != m_generation->load(); });
    }

private:
    SearchEngine &engine()
    {
        // A library opened since (Database::open makes new connection names) needs a new engine.
        QSqlDatabase db = m_database.connection();
        if (!m_engine || db.connectionName() != m_connectionName) {
            m_engine.emplace(db);
            m_connectionName = db.connectionName();
        }
        return *m_engine;
    }

    Database &m_database;
    std::shared_ptr<std::atomic<quint64>> m_generation;
    std::optional<SearchEngine> m_engine;
    QString m_connectionName;
};

SearchBar::SearchBar(Database &database, QWidget *parent)
    : QLineEdit(parent), m_database(database), m_generation(std::make_shared<std::atomic<quint64>>(0))
{
    setObjectName(QStringLiteral("searchBar"));
    setClearButtonEnabled(true);
    // The query syntax lives behind a "?" in the box, not in the placeholder.
    m_helpAction =
        addAction(style()->standardIcon(QStyle::SP_TitleBarContextHelpButton), QLineEdit::TrailingPosition);
    m_helpAction->setObjectName(QStringLiteral("searchHelp"));
    connect(m_helpAction, &QAction::triggered, this, &SearchBar::showSyntaxHelp);
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    m_debounce->setTimerType(Qt::PreciseTimer);
    connect(m_debounce, &QTimer::timeout, this, &SearchBar::startSearch);
    connect(this, &QLineEdit::textChanged, this, [this] { m_debounce->start(); });
    // New memories or tags change what a search finds: run it again.
    connect(database.changes(), &LibraryChanges::changed, this, [this](LibraryChanges::Changes what) {
        if (what & (LibraryChanges::Memories | LibraryChanges::Tags))
            refresh();
    });
    connect(this, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        startSearch();
    });

    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("search"));
    m_worker = new SearchWorker(m_database, m_generation);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker.data(), &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
    SearchWorker *worker = m_worker.data();
    QMetaObject::invokeMethod(
        worker, [worker] { worker->storeSearchData(); }, Qt::QueuedConnection);
    retranslate();
}

SearchBar::~SearchBar()
{
    m_generation->store(~quint64(0)); // anything still queued is stale
    m_thread->quit();
    m_thread->wait();
}

void SearchBar::focusInEvent(QFocusEvent *event)
{
    QLineEdit::focusInEvent(event);
    // The person is about to type: read the common characters while they do.
    if (!m_database.isOpen())
        return;
    SearchWorker *worker = m_worker.data();
    const quint64 generation = m_generation->load();
    QMetaObject::invokeMethod(
        worker, [worker, generation] { worker->warmUp(generation); }, Qt::QueuedConnection);
}

void SearchBar::setExtraFilters(const QList<SearchFilter> &filters)
{
    if (filters == m_extraFilters)
        return;
    m_extraFilters = filters;
    if (!text().trimmed().isEmpty())
        m_debounce->start();
}

void SearchBar::runQuery(const QString &queryText)
{
    {
        const QSignalBlocker blocker(this);
        setText(queryText);
    }
    m_debounce->stop();
    startSearch();
}

void SearchBar::refresh()
{
    if (m_debounce->isActive())
        return; // the person is typing: the search to come reads the library as it is now
    if (!text().trimmed().isEmpty())
        startSearch();
}

void SearchBar::startSearch()
{
    const QString queryText = text().trimmed();
    const quint64 generation = ++*m_generation;
    if (queryText.isEmpty()) {
        m_highlighter = MatchHighlighter();
        m_lastQuery.clear();
        setProperty("queryError", false);
        emit cleared();
        return;
    }
    const SearchQuery parsed = SearchQuery::parse(queryText);
    if (!parsed.isValid()) {
        setProperty("queryError", true);
        setToolTip(QStringLiteral("<p><b>%1</b></p>%2")
                       .arg(problemtext::translated(parsed.error).toHtmlEscaped(), syntaxHelp()));
        emit queryError(problemtext::translated(parsed.error));
        return;
    }
    setProperty("queryError", false);
    setToolTip(syntaxHelp());
    if (!m_database.isOpen())
        return;
    QPointer<SearchBar> self(this);
    auto done = [self](quint64 g, QList<qint64> ids, QStringList terms, QString query, QString error) {
        if (self)
            self->deliver(g, ids, terms, query, error);
    };
    SearchWorker *worker = m_worker.data();
    const QList<SearchFilter> extra = m_extraFilters;
    QMetaObject::invokeMethod(
        worker,
        [worker, generation, queryText, extra, self, done] {
            worker->run(generation, queryText, extra, self, done);
        },
        Qt::QueuedConnection);
}

void SearchBar::deliver(quint64 generation, const QList<qint64> &ids, const QStringList &terms,
                        const QString &query, const QString &error)
{
    if (generation != m_generation->load())
        return; // the text changed since: newer results are on their way
    if (!error.isEmpty()) {
        emit queryError(error);
        return;
    }
    m_highlighter = MatchHighlighter(terms);
    m_lastQuery = query;
    emit resultsReady(ids, query);
}

void SearchBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && !text().isEmpty()) {
        clear();
        m_debounce->stop();
        startSearch();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void SearchBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLineEdit::changeEvent(event);
}

QString SearchBar::syntaxHelp()
{
    return tr(
        "<p>Type any words: memories holding all of them appear as you type. Any run of characters "
        "is found, even a single one.</p>"
        "<table>"
        "<tr><td><code>\"exact phrase\"</code></td><td>words together, spaces included</td></tr>"
        "<tr><td><code>-word</code></td><td>without this word</td></tr>"
        "<tr><td><code>tag:旅行</code></td><td>tagged 旅行 or a tag below it</td></tr>"
        "<tr><td><code>year:2009</code></td><td>from 2009 (or year:2008-2010)</td></tr>"
        "<tr><td><code>after:2009-06 before:2010</code></td><td>between dates</td></tr>"
        "<tr><td><code>from:老王</code></td><td>written by 老王</td></tr>"
        "<tr><td><code>with:老王</code></td><td>written by, commented on by or mentioning 老王</td></tr>"
        "<tr><td><code>kind:post</code></td><td>说说 (also blog, diary, photo, album, video, board)</td></tr>"
        "<tr><td><code>has:photo</code></td><td>with photos (also video, comment, location)</td></tr>"
        "</table>");
}

void SearchBar::retranslate()
{
    setPlaceholderText(tr("Search your memories"));
    setToolTip(tr("Type any words, even a single character. Click ? for more ways to search."));
    m_helpAction->setText(tr("How to search"));
    m_helpAction->setToolTip(tr("How to search"));
}

void SearchBar::showSyntaxHelp()
{
    // A popover under the box; it closes by itself on the next click or Esc.
    auto *popover = new QFrame(this, Qt::Popup);
    popover->setObjectName(QStringLiteral("searchHelpPopover"));
    popover->setAttribute(Qt::WA_DeleteOnClose);
    popover->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(popover);
    auto *label = new QLabel(syntaxHelp(), popover);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setMinimumWidth(360);
    layout->addWidget(label);
    popover->adjustSize();
    QPoint at = mapToGlobal(QPoint(width() - popover->width(), height() + 2));
    popover->move(at);
    popover->show();
}

} // namespace ks
