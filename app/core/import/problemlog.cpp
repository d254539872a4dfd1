// SPDX-License-Identifier: GPL-3.0-or-later
#include "problemlog.h"

#include "writesession.h"

#include <QSqlError>

namespace ks {

void ProblemLog::record(const ImportProblem &problem, qint64 mediaId)
{
    if (!m_session.context.libraryError().isEmpty())
        return; // the report still lists it; the library cannot take it now
    StatementCache::Query q(m_session.stmt);
    q = m_session.stmt(
        QStringLiteral("INSERT INTO problems (import_id, file, kind, message, memory_key, media_id) "
                       "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(file, kind, memory_key) DO UPDATE SET "
                       "import_id = excluded.import_id, message = excluded.message"));
    q.addBindValue(nullableId(m_session.importId));
    q.addBindValue(textOrEmpty(problem.file));
    q.addBindValue(textOrEmpty(problem.kind));
    q.addBindValue(textOrEmpty(problem.message));
    q.addBindValue(problem.memoryKey.isNull() ? QStringLiteral("")
                                              : problem.memoryKey); // NOT NULL: '' is none
    q.addBindValue(nullableId(mediaId));
    bool refused = false;
    if (!m_session.runAllowingConflict(q, &refused) && refused)
        qWarning("keepsake: cannot record problem for %s: %s", qPrintable(problem.file),
                 qPrintable(q.lastError().text()));
}

void ProblemLog::summariseMissingMedia(const QString &accountUin, int presentSeen)
{
    // A text-only export (the zip half of QZoneExport) names every picture and holds none: one
    // line saying so helps more than a hundred. The per-file rows are replaced by a summary that
    // disappears once no media of the account are missing any more.
    ImportReport &report = m_session.context.report();
    StatementCache::Query q(m_session.stmt);
    const QString summaryKey = QStringLiteral("#missing-summary:") + accountUin;
    if (!accountUin.isEmpty() && presentSeen == 0 && report.mediaMissing > 1) {
        q = m_session.stmt(QStringLiteral(
            "DELETE FROM problems WHERE import_id = ? AND kind = 'missing' AND media_id IS NOT NULL"));
        q.addBindValue(m_session.importId);
        if (!m_session.run(q))
            return;
        QList<ImportProblem> kept;
        for (const ImportProblem &p : std::as_const(report.problems)) {
            if (p.kind != QLatin1String("missing"))
                kept << p;
        }
        report.problems = kept;
        m_session.context.reportProblem(
            report.sourcePath, QStringLiteral("missing"),
            QStringLiteral("%1 pictures and videos named by this export are not in it: it holds only the "
                           "text. Import the folder with the pictures (the media half of the same backup) "
                           "to fill them in.")
                .arg(report.mediaMissing),
            summaryKey);
    }
    // Summaries whose files have all arrived since are solved.
    q = m_session.stmt(
        QStringLiteral("DELETE FROM problems WHERE kind = 'missing' AND memory_key LIKE "
                       "'#missing-summary:%' AND NOT EXISTS ("
                       "SELECT 1 FROM memory_media mm JOIN media md ON md.id = mm.media_id JOIN memories "
                       "m ON m.id = mm.memory_id "
                       "JOIN accounts a ON a.id = m.account_id WHERE md.status = 'missing' "
                       "AND a.uin = substr(problems.memory_key, 18))"));
    m_session.run(q);
}

} // namespace ks
