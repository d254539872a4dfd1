// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/records.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ks::test {

/// tests/data in the source tree.
QString dataDir();
/// ../shared/corpus beside the checkout, or an empty string when it is absent.
QString corpusDir();
/// True when running under CI (CI=true): acceptance tests must fail, not skip, without the corpus.
bool inCi();

/// Runs the built keepsake executable with @p args; returns the exit code, fills stdout/stderr.
int runKeepsake(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr,
                int timeoutMs = 300000);

/// SHA-256 and modification time of every file under @p dir (to prove a source is untouched).
QMap<QString, QPair<QByteArray, qint64>> snapshotTree(const QString &dir);

/// A post of account 123456 (芷炫) as the QZoneExport reader makes one: key post:@p n, the
/// untouched record and the file it came from set, dated @p created.
MemoryRecord textPost(int n, qint64 created, const QString &text);

} // namespace ks::test
