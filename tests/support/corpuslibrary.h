// SPDX-License-Identifier: GPL-3.0-or-later
// A temporary library driven through the keepsake executable, and small readers of its JSON,
// shared by the corpus acceptance tests.
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>

namespace ks::test {

/// One temporary library, driven through the keepsake executable.
class CorpusLibrary
{
public:
    CorpusLibrary() { m_dir.setAutoRemove(true); }
    QString path() const { return m_dir.path() + QStringLiteral("/lib"); }

    /// `keepsake import SOURCE --json`; the report (warns when the exit code is not 0).
    QJsonObject import(const QString &source);
    QJsonObject stats() const;
    /// One JSON object per output line of `keepsake ARGS --json`.
    QList<QJsonObject> lines(const QStringList &args) const;
    QList<QJsonObject> list(const QString &kind) const;
    QHash<QString, QJsonObject> byKey(const QString &kind) const;
    QList<QJsonObject> problems() const;

    /// Direct reads for what the CLI does not print (extra_json, locations, friends).
    QVariant scalar(const QString &sql, const QVariantList &binds = {}) const;
    QStringList column(const QString &sql, const QVariantList &binds = {}) const;

private:
    QTemporaryDir m_dir;
};

/// Media of @p memory (a `list --json` object) with @p role (and @p status when given).
int mediaCount(const QJsonObject &memory, const QString &role, const QString &status = QString());
int sumMedia(const QList<QJsonObject> &memories, const QString &role, const QString &status = QString());
int sumComments(const QList<QJsonObject> &memories);
/// "2008-03-11T10:52:00+08:00" → "2008-03-11 10:52:00".
QString localTime(const QJsonValue &iso);
/// Memories per local year, as EXPECTED.json's per_year objects.
QJsonObject perYear(const QList<QJsonObject> &memories);
/// Every figure of an EXPECTED.json `totals` (or `counts`) object that @p lib disagrees with,
/// as "name: expected E, library L"; keys it does not know are listed too, so none is skipped.
QStringList totalsMismatches(const CorpusLibrary &lib, const QJsonObject &totals);

} // namespace ks::test
