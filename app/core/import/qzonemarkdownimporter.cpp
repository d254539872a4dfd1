// SPDX-License-Identifier: GPL-3.0-or-later
// QZoneExport v2 exports written in its MarkDown mode: no ids, text rendered to MarkDown.
// Items are matched to other sources by time + text (posts, blogs, boards, favourites,
// shares), by QQ number + time (visits) or by file path (photos). Finding the files is here,
// reading them is md::Session (markdownsession*.cpp), parsing is markdownparse*.cpp.
#include "importer.h"
#include "markdownexportfiles.h"
#include "markdownsession.h"

#include <QDir>
#include <QFileInfo>

namespace ks {

namespace {

class QZoneMarkdownImporter final : public Importer
{
public:
    QString formatId() const override { return QStringLiteral("markdown"); }

    QStringList findRoots(const QString &path, const QStringList &) const override
    {
        QStringList roots;
        const QFileInfo info(path);
        if (!info.isDir())
            return roots;
        visit(info.absoluteFilePath(), 0, roots);
        return roots;
    }

    bool importRoot(const ImportScope &scope, ImportContext &context, ImportSink &sink) const override
    {
        const QString &root = scope.root;
        md::Session session(root, context, sink);
        return session.run();
    }

private:
    static void visit(const QString &dir, int depth, QStringList &roots)
    {
        const bool named = md::isExportFolderName(QFileInfo(dir).fileName());
        const bool modules = md::hasModuleFolder(dir);
        if (named || modules) {
            // Any export with MarkDown in it. One that also holds JSON data is claimed first by
            // the QZoneExport JSON importer: the registry, not this detector, decides.
            if (md::hasMarkdownData(dir))
                roots << dir;
            if (modules)
                return;
        }
        if (depth >= 3)
            return;
        const QStringList names = QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString &name : names)
            visit(dir + QLatin1Char('/') + name, depth + 1, roots);
    }
};

} // namespace

std::unique_ptr<Importer> makeQZoneMarkdownImporter()
{
    return std::make_unique<QZoneMarkdownImporter>();
}

} // namespace ks
