// SPDX-License-Identifier: GPL-3.0-or-later
#include "bagit.h"

#include "sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace ks::bagit {

namespace {

constexpr qint64 kChunk = 1 << 20;

bool isHex(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]+$"));
    return hex.match(text).hasMatch();
}

/// A manifest path that stays inside the bag: relative, no "..", no empty segment.
bool isSafePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\')) ||
        path.contains(QLatin1Char('\0')))
        return false;
    const QStringList parts = path.split(QLatin1Char('/'));
    return std::none_of(parts.cbegin(), parts.cend(), [](const QString &part) {
        return part.isEmpty() || part == QLatin1String(".") || part == QLatin1String("..");
    });
}

QByteArray readSmall(const QString &path, bool *ok)
{
    QFile file(path);
    *ok = file.open(QIODevice::ReadOnly) && file.size() < 64 * 1024 * 1024;
    return *ok ? file.readAll() : QByteArray();
}

} // namespace

QByteArray declaration()
{
    return QByteArrayLiteral("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
}

QString encodePath(const QString &path)
{
    QString out;
    out.reserve(path.size());
    for (const QChar c : path) {
        if (c == QLatin1Char('%'))
            out += QStringLiteral("%25");
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("%0A");
        else if (c == QLatin1Char('\r'))
            out += QStringLiteral("%0D");
        else
            out += c;
    }
    return out;
}

QString decodePath(const QString &encoded)
{
    QString out;
    out.reserve(encoded.size());
    for (int i = 0; i < encoded.size(); ++i) {
        if (encoded.at(i) == QLatin1Char('%') && i + 2 < encoded.size()) {
            const QString code = encoded.mid(i + 1, 2).toUpper();
            if (code == QLatin1String("25") || code == QLatin1String("0A") || code == QLatin1String("0D")) {
                out += QChar(code.toUShort(nullptr, 16));
                i += 2;
                continue;
            }
        }
        out += encoded.at(i);
    }
    return out;
}

QByteArray manifestText(QList<ManifestEntry> entries)
{
    std::sort(entries.begin(), entries.end(),
              [](const ManifestEntry &a, const ManifestEntry &b) { return a.path < b.path; });
    QByteArray text;
    for (const ManifestEntry &e : std::as_const(entries))
        text += e.checksum.toLower().toLatin1() + ' ' + encodePath(e.path).toUtf8() + '\n';
    return text;
}

QList<ManifestEntry> readManifest(const QByteArray &text, QStringList *errors)
{
    QList<ManifestEntry> entries;
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const QString s = QString::fromUtf8(line);
        // "checksum<one or more spaces or tabs>path": the path may hold spaces of its own.
        const qsizetype gap = s.indexOf(QRegularExpression(QStringLiteral("[ \\t]")));
        qsizetype start = gap;
        while (start >= 0 && start < s.size() &&
               (s.at(start) == QLatin1Char(' ') || s.at(start) == QLatin1Char('\t')))
            ++start;
        const QString checksum = gap > 0 ? s.left(gap) : QString();
        const QString path = start > 0 ? decodePath(s.mid(start)) : QString();
        if (checksum.isEmpty() || !isHex(checksum) || path.isEmpty()) {
            if (errors)
                errors->append(
                    QCoreApplication::translate("ks::BagIt", "line %1 of a manifest cannot be read: %2")
                        .arg(i + 1)
                        .arg(s.left(200)));
            continue;
        }
        entries.append({checksum.toLower(), path});
    }
    return entries;
}

TagFields readTagFile(const QByteArray &text)
{
    TagFields fields;
    for (QByteArray line : text.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        if ((line.startsWith(' ') || line.startsWith('\t')) && !fields.isEmpty()) {
            fields.last().second += QLatin1Char(' ') + QString::fromUtf8(line.trimmed());
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        fields.append({QString::fromUtf8(line.left(colon)).trimmed(),
                       QString::fromUtf8(line.mid(colon + 1)).trimmed()});
    }
    return fields;
}

QByteArray tagFileText(const TagFields &fields)
{
    QByteArray text;
    for (const auto &[label, value] : fields) {
        QString flat = value;
        flat.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
        text += label.toUtf8() + ": " + flat.toUtf8() + '\n';
    }
    return text;
}

QString tagValue(const TagFields &fields, const QString &label)
{
    for (const auto &[name, value] : fields) {
        if (name == label)
            return value;
    }
    return QString();
}

bool hashFile(const QString &path, QString *sha256, qint64 *size, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    Sha256 hash;
    qint64 total = 0;
    QByteArray buffer(kChunk, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(buffer.data(), kChunk);
        if (n < 0) {
            if (error)
                *error = file.errorString();
            return false;
        }
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
        total += n;
    }
    *sha256 = QString::fromLatin1(hash.result().toHex());
    if (size)
        *size = total;
    return true;
}

bool copyAndHash(const QString &from, const QString &to, QString *sha256, qint64 *size, QString *error,
                 bool *sourceFault)
{
    bool fromSource = true;
    auto fault = [&](bool source, const QString &why) {
        fromSource = source;
        *error = why;
        if (sourceFault)
            *sourceFault = fromSource;
        return false;
    };
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return fault(true, in.errorString());
    QDir().mkpath(QFileInfo(to).absolutePath());
    QFile out(to);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return fault(false, out.errorString());
    Sha256 hash;
    qint64 total = 0;
    QByteArray buffer(kChunk, Qt::Uninitialized);
    auto fail = [&](bool source, const QString &why) {
        out.close();
        QFile::remove(to);
        return fault(source, why);
    };
    for (;;) {
        const qint64 n = in.read(buffer.data(), kChunk);
        if (n < 0)
            return fail(true, in.errorString());
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
        if (out.write(buffer.constData(), n) != n)
            return fail(false, out.errorString());
        total += n;
    }
    if (!out.flush())
        return fail(false, out.errorString());
    out.close();
    if (out.error() != QFileDevice::NoError)
        return fail(false, out.errorString());
    *sha256 = QString::fromLatin1(hash.result().toHex());
    if (size)
        *size = total;
    return true;
}

QString payloadOxum(qint64 bytes, qint64 files)
{
    return QStringLiteral("%1.%2").arg(bytes).arg(files);
}

Verification verify(const QString &dir, const std::function<void(int, int)> &progress,
                    const std::atomic_bool *cancel)
{
    Verification v;
    const QString root = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    if (!QFileInfo(root).isDir()) {
        v.errors << QCoreApplication::translate("ks::BagIt", "%1 is not a folder")
                        .arg(QDir::toNativeSeparators(dir));
        return v;
    }
    bool ok = false;
    const TagFields declared = readTagFile(readSmall(root + QStringLiteral("/bagit.txt"), &ok));
    if (!ok)
        v.errors << QCoreApplication::translate(
            "ks::BagIt", "bagit.txt is missing or cannot be read: this is not a BagIt bag");
    else if (tagValue(declared, QStringLiteral("BagIt-Version")).isEmpty() ||
             tagValue(declared, QStringLiteral("Tag-File-Character-Encoding")).isEmpty())
        v.errors << QCoreApplication::translate(
            "ks::BagIt", "bagit.txt does not declare BagIt-Version and Tag-File-Character-Encoding");
    if (!QFileInfo(root + QStringLiteral("/data")).isDir())
        v.errors << QCoreApplication::translate("ks::BagIt", "the bag has no data folder");

    const QByteArray manifest = readSmall(root + QStringLiteral("/manifest-sha256.txt"), &ok);
    if (!ok)
        v.errors << QCoreApplication::translate("ks::BagIt",
                                                "manifest-sha256.txt is missing or cannot be read");
    QList<ManifestEntry> payload = readManifest(manifest, &v.errors);
    bool tagOk = false;
    const QByteArray tagManifest = readSmall(root + QStringLiteral("/tagmanifest-sha256.txt"), &tagOk);
    QList<ManifestEntry> tags = tagOk ? readManifest(tagManifest, &v.errors) : QList<ManifestEntry>();

    // The payload on disk, to find files no manifest line names and to count Payload-Oxum.
    QSet<QString> onDisk;
    QDirIterator it(root + QStringLiteral("/data"), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        onDisk.insert(QDir(root).relativeFilePath(path));
        v.payloadBytes += it.fileInfo().size();
        ++v.payloadFiles;
    }

    QSet<QString> listed;
    const int total = int(payload.size() + tags.size());
    int done = 0;
    auto check = [&](const ManifestEntry &e, bool isPayload) {
        if (!isSafePath(e.path) || (isPayload && !e.path.startsWith(QLatin1String("data/")))) {
            v.errors << QCoreApplication::translate("ks::BagIt",
                                                    "the manifest names a file outside the payload: %1")
                            .arg(e.path);
            return;
        }
        if (isPayload)
            listed.insert(e.path);
        const QString file = root + QLatin1Char('/') + e.path;
        if (!QFileInfo(file).isFile()) {
            v.missing << e.path;
            return;
        }
        QString sha;
        QString why;
        if (!hashFile(file, &sha, nullptr, &why)) {
            v.errors << QCoreApplication::translate("ks::BagIt", "%1 cannot be read: %2").arg(e.path, why);
            return;
        }
        if (e.checksum.size() != 64 || sha != e.checksum)
            v.changed << e.path;
        ++v.checked;
    };
    for (const ManifestEntry &e : std::as_const(payload)) {
        if (cancel && cancel->load()) {
            v.cancelled = true;
            return v;
        }
        check(e, true);
        if (progress)
            progress(++done, total);
    }
    for (const ManifestEntry &e : std::as_const(tags)) {
        check(e, false);
        if (progress)
            progress(++done, total);
    }
    for (const QString &path : std::as_const(onDisk)) {
        if (!listed.contains(path))
            v.unlisted << path;
    }
    std::sort(v.unlisted.begin(), v.unlisted.end());
    std::sort(v.missing.begin(), v.missing.end());
    std::sort(v.changed.begin(), v.changed.end());

    const TagFields info = readTagFile(readSmall(root + QStringLiteral("/bag-info.txt"), &ok));
    v.oxumExpected = tagValue(info, QStringLiteral("Payload-Oxum"));
    if (!v.oxumExpected.isEmpty())
        v.oxumMatches = v.oxumExpected == payloadOxum(v.payloadBytes, v.payloadFiles);
    return v;
}

} // namespace ks::bagit
