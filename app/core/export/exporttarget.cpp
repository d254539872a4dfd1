// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporttarget.h"

#include <QDir>
#include <QFileInfo>

namespace ks {

ExportTarget siteTarget(const QString &dir)
{
    const QFileInfo info(dir);
    if (!info.exists())
        return ExportTarget::Free;
    if (!info.isDir())
        return ExportTarget::WrongKind;
    // Hidden files count: a .git or a .nomedia there is still something the user keeps.
    const bool empty =
        QDir(dir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    return empty ? ExportTarget::EmptyFolder : ExportTarget::NonEmptyFolder;
}

ExportTarget fileTarget(const QString &file)
{
    const QFileInfo info(file);
    if (!info.exists())
        return info.isSymLink() ? ExportTarget::ExistingFile : ExportTarget::Free; // a dangling link
    return info.isDir() ? ExportTarget::WrongKind : ExportTarget::ExistingFile;
}

} // namespace ks
