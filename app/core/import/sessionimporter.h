// SPDX-License-Identifier: GPL-3.0-or-later
// The importer shell shared by exporters that write one folder per account: find the folders
// an exporter wrote, then read each with a fresh session, so importers hold no per-run state.
#pragma once

#include "importer.h"

#include <QDir>
#include <QFileInfo>

namespace ks {

/// Folders at @p path or up to @p maxDepth levels below it that @p isRoot recognises (never
/// looking inside one that it does), sorted by name.
QStringList findRootFolders(const QString &path, bool (*isRoot)(const QString &dir), int maxDepth = 3);

/// An Importer whose roots @p IsRoot recognises and whose roots are each read by a new
/// `Session(root, context, sink).run()`.
template <typename Session, bool (*IsRoot)(const QString &)> class SessionImporter final : public Importer
{
public:
    explicit SessionImporter(QString formatId) : m_formatId(std::move(formatId)) {}

    QString formatId() const override { return m_formatId; }
    QStringList findRoots(const QString &path, const QStringList &) const override
    {
        return findRootFolders(path, IsRoot);
    }
    bool importRoot(const ImportScope &scope, ImportContext &context, ImportSink &sink) const override
    {
        Session session(QDir::cleanPath(QFileInfo(scope.root).absoluteFilePath()), context, sink);
        return session.run();
    }

private:
    QString m_formatId;
};

} // namespace ks
