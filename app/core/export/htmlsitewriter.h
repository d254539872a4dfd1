// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML export's page parts (internal to export/): a memory as an article, its pictures,
// comments and emoticons, with every file they need copied into the site once.
#pragma once

#include "exportdata.h"
#include "htmlexporter.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

namespace ks::htmlsite {

/// Copies @p from to @p to unless a file of the same size is there already.
bool copyFile(const QString &from, const QString &to);
/// A memory's time as the site shows it, in the export's language.
QString formatTime(const QDateTime &t, bool withYear = true);

struct WebMedia
{
    ExportMedia media;
    QString webRel;      ///< media/ab/sha.jpg, or "" when the picture could not be read
    QString originalRel; ///< originals/ab/sha.ext, when copied
    bool failed = false;
};

class SiteWriter
{
public:
    SiteWriter(const HtmlExportOptions &options, const ExportSource &source)
        : m_options(options), m_source(source)
    {
    }

    QString emoticonUrl(const QString &id, const QString &prefix);

    QString avatarUrl(const QString &uin, const QString &prefix);

    QString markup(const QString &raw, const QString &prefix);

    QString blogBody(const ExportMemory &m, const QString &prefix);

    QString mediaHtml(const QList<ExportMedia> &media, const QString &prefix);

    QString commentsHtml(const QList<ExportComment> &comments, const QString &prefix);

    QString articleHtml(const ExportMemory &m, const QString &prefix, const QString &anchor = QString());

    QMap<QString, WebMedia> &web() { return m_web; }

private:
    const HtmlExportOptions &m_options;
    const ExportSource &m_source;
    QSet<QString> m_copied;
    QHash<QString, QString> m_avatarRel;
    QMap<QString, WebMedia> m_web;
};

} // namespace ks::htmlsite
