// SPDX-License-Identifier: GPL-3.0-or-later
// BagIt (RFC 8493, version 1.0): the plain folder format libraries and archives use to keep files
// for decades. A bag is bagit.txt, bag-info.txt, manifest-sha256.txt (one checksum per payload
// file), tagmanifest-sha256.txt (the same for the tag files) and the payload under data/. This is
// the format alone: writing and reading its text files, hashing, and checking a bag.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace ks::bagit {

/// "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n".
QByteArray declaration();

/// A path as a manifest writes it: '/'-separated, and CR, LF and % (those, and only those)
/// percent-encoded as RFC 8493 §2.1.3 says.
QString encodePath(const QString &path);
/// The path a manifest line names (%0A, %0D and %25 decoded, in any case).
QString decodePath(const QString &encoded);

struct ManifestEntry
{
    QString checksum; ///< lower-case hex
    QString path;     ///< decoded, relative to the bag, '/'-separated
};

/// Manifest text for @p entries, sorted by path, one "checksum path" line each.
QByteArray manifestText(QList<ManifestEntry> entries);
/// Reads a manifest. Lines that cannot be read are named in @p errors (translated).
QList<ManifestEntry> readManifest(const QByteArray &text, QStringList *errors = nullptr);

using TagFields = QList<QPair<QString, QString>>;
/// "Label: value" lines; a line that starts with a space or tab continues the value before it.
TagFields readTagFile(const QByteArray &text);
QByteArray tagFileText(const TagFields &fields);
/// The first value of @p label, or an empty string.
QString tagValue(const TagFields &fields, const QString &label);

/// SHA-256 (lower-case hex) and size of a file, read once; false (with @p error) when it cannot be read.
bool hashFile(const QString &path, QString *sha256, qint64 *size, QString *error = nullptr);
/// Copies @p from to @p to (a new file), hashing what is read on the way; false with @p error
/// when reading or writing fails (the partial copy is removed). @p sourceFault says which:
/// true when @p from could not be read, false when @p to could not be written.
bool copyAndHash(const QString &from, const QString &to, QString *sha256, qint64 *size, QString *error,
                 bool *sourceFault = nullptr);

/// "octets.count", the Payload-Oxum value.
QString payloadOxum(qint64 bytes, qint64 files);

/// What a check of a bag found. Paths are relative to the bag, '/'-separated.
struct Verification
{
    QStringList errors;   ///< the bag itself: no bagit.txt, no manifest, a line that cannot be read…
    QStringList missing;  ///< listed in a manifest, but not there
    QStringList changed;  ///< there, but the checksum differs
    QStringList unlisted; ///< payload files no manifest line names
    int checked = 0;      ///< manifest lines checked
    qint64 payloadFiles = 0;
    qint64 payloadBytes = 0;
    QString oxumExpected; ///< bag-info.txt's Payload-Oxum, empty when it has none
    bool oxumMatches = true;
    bool cancelled = false;
    bool valid() const
    {
        return !cancelled && errors.isEmpty() && missing.isEmpty() && changed.isEmpty() &&
               unlisted.isEmpty() && oxumMatches;
    }
};

/// Checks the bag at @p dir: bagit.txt, every line of manifest-sha256.txt and
/// tagmanifest-sha256.txt (present, same checksum), payload files the manifest does not list, and
/// Payload-Oxum. Reads only. @p progress gets files checked of all.
Verification verify(const QString &dir, const std::function<void(int done, int total)> &progress = {},
                    const std::atomic_bool *cancel = nullptr);

} // namespace ks::bagit
