// SPDX-License-Identifier: GPL-3.0-or-later
// What the search filters read of each memory (its local date, kind, author and what it has),
// loaded for every memory at once: by SearchEngine on the first filter, and by writeSearchOrder
// to store beside the order (0011_search_order.sql), packed.
#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <vector>

namespace ks {

struct SearchFields
{
    enum Flag : quint8
    {
        HasPhoto = 1,
        HasVideo = 2,
        HasComment = 4,
        HasLocation = 8
    };
    /// The groups loadSearchFields reads, which filters ask for apart.
    enum Group : quint8
    {
        DatesKindsAuthors = 1,
        Flags = 2 ///< needs DatesKindsAuthors loaded (a photo memory has a photo)
    };
    qint64 authorId = 0;
    int localDate = 0; ///< yyyymmdd in the memory's own offset, 0 when unknown
    qint8 kind = -1;
    quint8 flags = 0;

    bool operator==(const SearchFields &o) const
    {
        return authorId == o.authorId && localDate == o.localDate && kind == o.kind && flags == o.flags;
    }
};

/// Fills the @p groups of fields[posById[id]] for every memory id; memories without a place
/// (posById -1 or beyond it) are skipped. From narrow indexes (0009), straight through SQLite.
bool loadSearchFields(const QSqlDatabase &db, const std::vector<int> &posById,
                      std::vector<SearchFields> &fields, quint8 groups, QString *error);

/// Ten bytes a memory; empty when an author id does not fit in 32 bits (then none is stored).
QByteArray packSearchFields(const std::vector<SearchFields> &fields);
/// The reverse; false unless @p size is ten bytes for each of @p count memories.
bool unpackSearchFields(const char *data, size_t size, size_t count, std::vector<SearchFields> &fields);

} // namespace ks
