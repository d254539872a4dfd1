// SPDX-License-Identifier: GPL-3.0-or-later
// What is already where an export is about to be written, so that the command line and the
// dialogs can ask before anything the user keeps there is replaced.
#pragma once

#include <QString>

namespace ks {

enum class ExportTarget
{
    Free,           ///< nothing there yet
    EmptyFolder,    ///< a folder with nothing in it: fine for a site
    NonEmptyFolder, ///< a folder holding files (maybe an earlier export): ask first
    ExistingFile,   ///< a file of that name: ask before replacing it
    WrongKind,      ///< a file where a folder is wanted, or a folder where a file is
};

/// What is at @p dir, where an HTML site is to be written.
ExportTarget siteTarget(const QString &dir);

/// What is at @p file, where a PDF is to be written.
ExportTarget fileTarget(const QString &file);

/// True when writing there replaces or mixes with what is already there.
inline bool needsConsent(ExportTarget target)
{
    return target == ExportTarget::NonEmptyFolder || target == ExportTarget::ExistingFile;
}

} // namespace ks
