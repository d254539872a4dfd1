// SPDX-License-Identifier: GPL-3.0-or-later
// Where GetQzonehistory puts its files: resource/result/<uin>/ (xlsx lists, pic/) and
// resource/fetch-all/<uin>/ (qzone_moments_all.json, user_qzone_info.json).
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ks::gqh {

/// One account's files inside a root.
struct AccountDirs
{
    QString uin;
    QString resultDir;  ///< resource/result/<uin>, may be empty
    QString fetchDir;   ///< resource/fetch-all/<uin>, may be empty
    QString exportRoot; ///< what relative paths are relative to
    /// The other half of the run when the person dropped only one of them: not read (it is
    /// outside what they chose), only named in the report.
    QString siblingResult;
    QString siblingFetch;
};

/// The export roots at or up to three levels below @p dir: a folder holding resource/, a
/// resource/ folder, or one account's result/<uin> or fetch-all/<uin>.
void findExportRoots(const QString &dir, QStringList &roots);

/// The accounts of a root. A root that is one half (result/<uin> or fetch-all/<uin>) gives that
/// half only, and names the other half in siblingResult / siblingFetch when it is there.
QList<AccountDirs> accountsIn(const QString &root);

} // namespace ks::gqh
