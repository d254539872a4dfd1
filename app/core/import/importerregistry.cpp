// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include <QDir>
#include <QFileInfo>

namespace ks {

namespace {

bool isInsideAny(const QString &path, const QStringList &roots)
{
    for (const QString &root : roots) {
        if (path == root || path.startsWith(root + QLatin1Char('/')))
            return true;
    }
    return false;
}

QString cleanAbsolute(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

bool ImportScope::isExcluded(const QString &path) const
{
    return isInsideAny(cleanAbsolute(path), excluded);
}

ImporterRegistry::ImporterRegistry()
{
    // The order is the claim order: an export root goes to the first importer that knows it.
    // Keepsake's own archive first: the HTML site inside it (data/site) is not imported again.
    m_entries.push_back({makeKeepsakeBagImporter(), ClaimRule::ExportRoot});
    m_entries.push_back({makeQZoneArchiverImporter(),
                         ClaimRule::ExportRoot}); // before qzoneexport: an SPA root is also a v2 root
    m_entries.push_back({makeQZoneExportImporter(), ClaimRule::ExportRoot});
    m_entries.push_back({makeQZoneMarkdownImporter(), ClaimRule::ExportRoot});
    m_entries.push_back({makeGetQzoneHistoryImporter(), ClaimRule::ExportRoot});
    m_entries.push_back({makeWwwpfImporter(), ClaimRule::ExportRoot});
    m_entries.push_back({makeTimeMachineImporter(), ClaimRule::ExportRoot});
    m_entries.push_back({makePhotoFolderImporter(), ClaimRule::Remainder});
}

ImporterRegistry::~ImporterRegistry() = default;

std::vector<ImportClaim> ImporterRegistry::claim(const QString &path) const
{
    std::vector<ImportClaim> claims;
    QStringList claimed;
    for (const Entry &entry : m_entries) {
        const QStringList candidates = entry.rule == ClaimRule::Remainder
                                           ? entry.importer->findRoots(path, claimed)
                                           : entry.importer->findRoots(path);
        for (const QString &candidate : candidates) {
            const QString root = cleanAbsolute(candidate);
            if (isInsideAny(root, claimed))
                continue;
            ImportClaim claim{entry.importer.get(), ImportScope{root, {}}};
            if (entry.rule == ClaimRule::Remainder) {
                for (const QString &other : std::as_const(claimed)) {
                    if (other.startsWith(root + QLatin1Char('/')))
                        claim.scope.excluded << other;
                }
            }
            claims.push_back(claim);
        }
        // Roots are claimed per importer, after its whole list: two roots of one importer (two
        // accounts side by side) never hide each other.
        for (const ImportClaim &c : claims) {
            if (c.importer == entry.importer.get() && !claimed.contains(c.scope.root))
                claimed << c.scope.root;
        }
    }
    return claims;
}

const Importer *ImporterRegistry::find(const QString &formatId) const
{
    for (const Entry &entry : m_entries) {
        if (entry.importer->formatId() == formatId)
            return entry.importer.get();
    }
    return nullptr;
}

} // namespace ks
