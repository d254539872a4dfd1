// SPDX-License-Identifier: GPL-3.0-or-later
// Where GetQzonehistory puts its files: resource/result/<uin>/ and resource/fetch-all/<uin>/.
#include "getqzonehistorylayout.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace ks::gqh {

namespace {

const QString kResource = QStringLiteral("resource");
const QString kResult = QStringLiteral("result");
const QString kFetchAll = QStringLiteral("fetch-all");
const QString kMoments = QStringLiteral("qzone_moments_all.json");

bool isUin(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[1-9][0-9]{4,14}$"));
    return re.match(name).hasMatch();
}

QStringList uinDirs(const QString &dir)
{
    QStringList uins;
    const QStringList names = QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &n : names) {
        if (isUin(n))
            uins << n;
    }
    return uins;
}

/// result/<uin> holds at least one <uin>_…列表.xlsx.
bool isResultDir(const QString &dir, const QString &uin)
{
    const QStringList xlsx = QDir(dir).entryList({uin + QStringLiteral("_*.xlsx")}, QDir::Files);
    for (const QString &n : xlsx) {
        if (n.endsWith(QStringLiteral("列表.xlsx")))
            return true;
    }
    return false;
}

bool isFetchAllDir(const QString &dir)
{
    return QFileInfo(dir + QLatin1Char('/') + kMoments).isFile();
}

bool isResourceDir(const QString &dir)
{
    for (const QString &uin : uinDirs(dir + QLatin1Char('/') + kResult)) {
        if (isResultDir(dir + QLatin1Char('/') + kResult + QLatin1Char('/') + uin, uin))
            return true;
    }
    for (const QString &uin : uinDirs(dir + QLatin1Char('/') + kFetchAll)) {
        if (isFetchAllDir(dir + QLatin1Char('/') + kFetchAll + QLatin1Char('/') + uin))
            return true;
    }
    return false;
}

bool isRoot(const QString &dir)
{
    const QFileInfo info(dir);
    const QString name = info.fileName();
    if (QFileInfo(dir + QLatin1Char('/') + kResource).isDir() &&
        isResourceDir(dir + QLatin1Char('/') + kResource))
        return true;
    if (name == kResource && isResourceDir(dir))
        return true;
    if (isUin(name)) {
        const QString parent = QFileInfo(info.absolutePath()).fileName();
        if (parent == kResult && isResultDir(dir, name))
            return true;
        if (parent == kFetchAll && isFetchAllDir(dir))
            return true;
    }
    return false;
}

void scan(const QString &dir, int depth, QStringList &roots)
{
    if (isRoot(dir)) {
        roots << dir;
        return;
    }
    if (depth >= 3)
        return;
    const QStringList subs =
        QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDir::Name);
    for (const QString &sub : subs)
        scan(dir + QLatin1Char('/') + sub, depth + 1, roots);
}

} // namespace

void findExportRoots(const QString &dir, QStringList &roots)
{
    scan(dir, 0, roots);
}

QList<AccountDirs> accountsIn(const QString &root)
{
    QList<AccountDirs> accounts;
    const QFileInfo info(root);
    QString resource;
    if (QFileInfo(root + QLatin1Char('/') + kResource).isDir())
        resource = root + QLatin1Char('/') + kResource;
    else if (info.fileName() == kResource)
        resource = root;
    if (!resource.isEmpty()) {
        QStringList uins =
            uinDirs(resource + QLatin1Char('/') + kResult) + uinDirs(resource + QLatin1Char('/') + kFetchAll);
        uins.removeDuplicates();
        uins.sort();
        for (const QString &uin : uins) {
            AccountDirs a;
            a.uin = uin;
            a.exportRoot = QFileInfo(resource).absolutePath();
            const QString result = resource + QLatin1Char('/') + kResult + QLatin1Char('/') + uin;
            const QString fetch = resource + QLatin1Char('/') + kFetchAll + QLatin1Char('/') + uin;
            if (isResultDir(result, uin))
                a.resultDir = result;
            if (isFetchAllDir(fetch))
                a.fetchDir = fetch;
            if (!a.resultDir.isEmpty() || !a.fetchDir.isEmpty())
                accounts << a;
        }
        return accounts;
    }
    // result/<uin> or fetch-all/<uin> itself: only that half is read.
    AccountDirs a;
    a.uin = info.fileName();
    const QString resourceDir = QFileInfo(info.absolutePath()).absolutePath();
    a.exportRoot = QFileInfo(resourceDir).absolutePath();
    const QString result = resourceDir + QLatin1Char('/') + kResult + QLatin1Char('/') + a.uin;
    const QString fetch = resourceDir + QLatin1Char('/') + kFetchAll + QLatin1Char('/') + a.uin;
    const bool droppedResult = QFileInfo(info.absolutePath()).fileName() == kResult;
    if (droppedResult) {
        a.resultDir = root;
        if (isFetchAllDir(fetch))
            a.siblingFetch = fetch;
    } else {
        a.fetchDir = root;
        if (isResultDir(result, a.uin))
            a.siblingResult = result;
    }
    accounts << a;
    return accounts;
}

} // namespace ks::gqh
