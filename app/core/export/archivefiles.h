// SPDX-License-Identifier: GPL-3.0-or-later
// The file work of the archive exporter: JSON lines written with every error caught, the start
// page, and putting the finished bag in place.
#pragma once

#include <QFile>
#include <QJsonObject>
#include <QString>

namespace ks::archivefiles {

/// A JSON-lines file (or one JSON document): every write is checked, close() says whether all
/// of it reached the file.
class JsonLines
{
public:
    bool open(const QString &path);
    bool write(const QJsonObject &object);
    bool writeDocument(const QByteArray &json);
    bool close();
    QString error() const;

private:
    QFile m_file;
    bool m_ok = false;
    QString m_error;
};

/// A new hidden folder beside @p output for the bag being written (".<name>.partial-XXXXXX").
QString makePartialFolder(const QString &output, QString *error);

/// The start page data/index.html: what the archive holds and a link to the site.
QString startPage(const QString &title, const QString &description, const QString &counts);

/// Makes what was written under @p dir durable (syncfs on Linux, before the rename).
void syncFolder(const QString &dir);

/// Renames the finished bag @p partial to @p output. An empty folder at @p output is removed
/// first; an earlier archive only when @p replace (moved aside, then removed once the new one
/// is in place, and put back when the rename fails).
bool placeArchive(const QString &partial, const QString &output, bool replace, QString *error);

} // namespace ks::archivefiles
