// SPDX-License-Identifier: GPL-3.0-or-later
// The objects of a Keepsake archive (library/archivedump writes them) read back as records.
#pragma once

#include "domain/records.h"

#include <QJsonObject>
#include <QStringList>

namespace ks::archivememory {

/// The absolute path of @p bagPath ("data/vault/ab/….jpg") inside the bag at @p root; empty
/// when it would lead anywhere but the bag's vault folder.
QString bagFile(const QString &root, const QString &bagPath);

/// One line of memories.jsonl as a record, with what the library knew of it (ArchivedState) and
/// its media pointing at the bag's files (their SHA-256 expected). @p unsafe gets media paths
/// that lead outside the bag's vault (left as missing). False when the object has no key or an
/// unknown kind.
bool memory(const QJsonObject &object, const QString &root, const QString &sourceFile, MemoryRecord *record,
            QStringList *unsafe);

/// One line of people.jsonl: the person with every name they went by.
PersonRecord person(const QJsonObject &object);

} // namespace ks::archivememory
