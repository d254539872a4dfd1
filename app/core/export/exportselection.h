// SPDX-License-Identifier: GPL-3.0-or-later
// Which memories an export takes: everything, a year, a date range, a tag, a person, a search
// or memories picked by hand. Every criterion that is set must hold (they combine with AND).
#pragma once

#include "privacy.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace ks {

struct ExportSelection
{
    int year = 0;            ///< local year; 0 = any
    QDate from;              ///< first local day, inclusive; invalid = open
    QDate to;                ///< last local day, inclusive; invalid = open
    QString tag;             ///< tag path ("旅行/2009 北京") or name; its child tags count too
    QString person;          ///< QQ number, name, former name or remark: author, mentioned or commenter
    QString query;           ///< full-text search words (all must occur)
    QList<qint64> memoryIds; ///< picked by hand; empty = no restriction
    QSet<QString> kinds;     ///< memory kinds; empty = all
    QSet<QString> excludeKinds;
    PrivacyOptions privacy; ///< what a shared export leaves out (privacy.h)

    bool isEverything() const
    {
        return year == 0 && !from.isValid() && !to.isValid() && tag.isEmpty() && person.isEmpty() &&
               query.isEmpty() && memoryIds.isEmpty() && kinds.isEmpty() && excludeKinds.isEmpty();
    }
    /// A short human description ("2012", "tag 旅行", …) for titles and reports.
    QString describe() const;
};

/// Memory ids matching @p selection, oldest first (unknown times last), ties by id.
/// Returns an empty list and fills @p error when the query fails (an unknown tag is no error:
/// it simply selects nothing).
QList<qint64> selectMemories(QSqlDatabase db, const ExportSelection &selection, QString *error = nullptr);

/// Years (local time) that hold memories, with how many, newest first.
QList<QPair<int, int>> memoryYears(QSqlDatabase db);

} // namespace ks
