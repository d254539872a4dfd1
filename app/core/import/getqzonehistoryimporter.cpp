// SPDX-License-Identifier: GPL-3.0-or-later
// Placeholder until this format's importer lands: it recognises nothing.
#include "importer.h"

namespace ks {

std::unique_ptr<Importer> makeGetQzoneHistoryImporter()
{
    return nullptr;
}

} // namespace ks
