// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

namespace ks {

std::vector<std::unique_ptr<Importer>> createImporters()
{
    std::vector<std::unique_ptr<Importer>> importers;
    for (auto factory : {makeQZoneArchiverImporter, makeQZoneExportImporter, makeQZoneMarkdownImporter,
                         makeGetQzoneHistoryImporter, makeWwwpfImporter, makePhotoFolderImporter}) {
        if (auto importer = factory())
            importers.push_back(std::move(importer));
    }
    return importers;
}

} // namespace ks
