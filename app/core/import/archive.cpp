// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive.h"

#include "importcontext.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

#ifdef Q_OS_UNIX
#include <locale.h>
#endif

namespace ks {

namespace {

struct ArchiveDeleter
{
    void operator()(struct archive *a) const { archive_read_free(a); }
};
using ArchivePtr = std::unique_ptr<struct archive, ArchiveDeleter>;

constexpr size_t kBlockSize = 64 * 1024;
constexpr qint64 kRatioFloor = qint64(1) << 20; // tiny files may compress very well

/// libarchive hands out names in the thread's locale and drops those it cannot convert: under
/// LANG=C every Chinese name would vanish. A UTF-8 locale for this thread only, while reading.
class Utf8LocaleScope
{
public:
    Utf8LocaleScope()
    {
#ifdef Q_OS_UNIX
        for (const char *name : {"C.UTF-8", "C.utf8", "en_US.UTF-8"}) {
            m_locale = newlocale(LC_CTYPE_MASK, name, static_cast<locale_t>(nullptr));
            if (m_locale) {
                m_previous = uselocale(m_locale);
                break;
            }
        }
#endif
    }
    ~Utf8LocaleScope()
    {
#ifdef Q_OS_UNIX
        if (m_locale) {
            uselocale(m_previous);
            freelocale(m_locale);
        }
#endif
    }
    Utf8LocaleScope(const Utf8LocaleScope &) = delete;
    Utf8LocaleScope &operator=(const Utf8LocaleScope &) = delete;

private:
#ifdef Q_OS_UNIX
    locale_t m_locale = static_cast<locale_t>(nullptr);
    locale_t m_previous = static_cast<locale_t>(nullptr);
#endif
};

ArchivePtr openArchive(const QString &path)
{
    ArchivePtr a(archive_read_new());
    if (!a)
        return a;
    archive_read_support_filter_all(a.get());
    archive_read_support_format_all(a.get());
    if (archive_read_open_filename(a.get(), QFile::encodeName(path).constData(), kBlockSize) != ARCHIVE_OK)
        a.reset();
    return a;
}

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes); // the conversion runs on assignment
    Q_UNUSED(text);
    return !decoder.hasError();
}

/// The entry's name as text. Zips made on Chinese Windows store GBK without the UTF-8 flag.
QString entryName(struct archive_entry *entry)
{
    if (const char *utf8 = archive_entry_pathname_utf8(entry)) {
        const QByteArray bytes(utf8);
        if (isValidUtf8(bytes))
            return QString::fromUtf8(bytes);
    }
    const char *raw = archive_entry_pathname(entry);
    if (!raw)
        return QString();
    const QByteArray bytes(raw);
    if (isValidUtf8(bytes))
        return QString::fromUtf8(bytes);
    QStringDecoder gb18030("GB18030");
    if (gb18030.isValid()) {
        const QString text = gb18030(bytes);
        if (!gb18030.hasError())
            return text;
    }
    return QString::fromLatin1(bytes); // still unique, still readable enough to report
}

/// Cleans an entry path; empty when it is absolute or climbs out of the target.
QString safeRelativePath(QString name)
{
    name.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (name.startsWith(QLatin1Char('/')) || (name.size() >= 2 && name.at(1) == QLatin1Char(':')))
        return QString();
    const QString clean = QDir::cleanPath(name);
    if (clean == QLatin1String("..") || clean.startsWith(QLatin1String("../")) ||
        clean.startsWith(QLatin1Char('/')))
        return QString();
    if (clean == QLatin1String("."))
        return QString();
    return clean;
}

/// A file name not taken yet: an archive may hold the same path twice, and both are kept.
QString freePath(const QString &path)
{
    if (!QFileInfo::exists(path))
        return path;
    const QFileInfo info(path);
    const QString base = info.dir().filePath(info.completeBaseName());
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    for (int n = 2; n < 100000; ++n) {
        const QString candidate = QStringLiteral("%1~%2%3").arg(base).arg(n).arg(suffix);
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
    return QString();
}

/// The entry's time on the unpacked file: a photo folder in a zip falls back to file times.
void keepEntryTime(QFile &out, struct archive_entry *entry)
{
    if (archive_entry_mtime_is_set(entry))
        out.setFileTime(QDateTime::fromSecsSinceEpoch(archive_entry_mtime(entry)),
                        QFileDevice::FileModificationTime);
}

class Extractor
{
public:
    Extractor(const QString &archivePath, const QString &targetDir, ImportContext *context,
              const ArchiveLimits &limits)
        : m_archivePath(archivePath), m_target(QDir::cleanPath(targetDir)), m_context(context),
          m_limits(limits)
    {
        m_archiveSize = QFileInfo(archivePath).size();
    }

    bool run();

private:
    enum class EntryOutcome
    {
        Done,
        Skipped,
        Damaged, ///< the reader cannot go on from here; the entries after it may still be whole
        StopAll
    };

    bool reopenAfter(ArchivePtr &a, int entriesDone);

    EntryOutcome extractEntry(struct archive *a, struct archive_entry *entry, const QString &name);
    void report(const QString &entryPath, const QString &kind, const QString &message)
    {
        if (m_context)
            m_context->reportProblem(entryPath.isEmpty() ? m_archivePath
                                                         : m_archivePath + QLatin1Char('/') + entryPath,
                                     kind, message);
    }
    qint64 allowedFor(qint64 compressed) const
    {
        const double allowed = m_limits.maxRatio * double(qMax(compressed, kRatioFloor));
        return allowed > 9e18 ? std::numeric_limits<qint64>::max() : qint64(allowed);
    }

    QString m_archivePath;
    QString m_target;
    ImportContext *m_context;
    ArchiveLimits m_limits;
    qint64 m_archiveSize = 0;
    qint64 m_totalWritten = 0;
    int m_entries = 0;
    int m_extracted = 0;
    int m_reopens = 0;
    QString m_lastName;
};

bool Extractor::run()
{
    const Utf8LocaleScope utf8Names;
    ArchivePtr a = m_archiveSize > 0 ? openArchive(m_archivePath) : nullptr;
    if (!a) {
        report(QString(), QStringLiteral("corrupt"), QStringLiteral("not an archive Keepsake can read"));
        return false;
    }
    if (!QDir().mkpath(m_target))
        return false;
    bool readAnything = false;
    int retries = 0;
    QString lastName;
    while (true) {
        if (m_context && m_context->isCancelled())
            break;
        struct archive_entry *entry = nullptr;
        const int r = archive_read_next_header(a.get(), &entry);
        if (r == ARCHIVE_EOF) {
            readAnything = true;
            break;
        }
        if (r == ARCHIVE_RETRY && ++retries < 8)
            continue;
        if (r < ARCHIVE_WARN || !entry) {
            // The rest of the archive is unreadable; what was extracted so far stays.
            report(QString(), QStringLiteral("corrupt"),
                   QStringLiteral("the archive is damaged%1; the rest could not be unpacked: %2")
                       .arg(lastName.isEmpty() ? QString()
                                               : QStringLiteral(" after the entry \"%1\"").arg(lastName),
                            QString::fromLocal8Bit(archive_error_string(a.get()))));
            break;
        }
        retries = 0;
        readAnything = true;
        if (++m_entries > m_limits.maxEntries) {
            report(QString(), QStringLiteral("too-large"),
                   QStringLiteral("the archive holds more than %1 entries; the rest was not unpacked")
                       .arg(m_limits.maxEntries));
            break;
        }
        const QString name = entryName(entry);
        lastName = name;
        m_lastName = name;
        if (m_context)
            m_context->noteCurrentFile(m_archivePath + QLatin1Char('/') + name);
        const EntryOutcome outcome = extractEntry(a.get(), entry, name);
        if (outcome == EntryOutcome::StopAll)
            break;
        if (outcome == EntryOutcome::Damaged && !reopenAfter(a, m_entries))
            break;
    }
    return readAnything || m_extracted > 0;
}

bool Extractor::reopenAfter(ArchivePtr &a, int entriesDone)
{
    // A damaged compressed stream leaves libarchive in a fatal state for the whole archive, yet
    // a zip's entries are independent: open it again and step over the ones already handled
    // (a zip read through its central directory skips without decompressing).
    constexpr int kMaxReopens = 256;
    a.reset();
    if (++m_reopens > kMaxReopens) {
        report(QString(), QStringLiteral("corrupt"),
               QStringLiteral("the archive has more than %1 damaged entries; the rest was not unpacked")
                   .arg(kMaxReopens));
        return false;
    }
    a = openArchive(m_archivePath);
    bool atEnd = false; // the damaged entry runs to the end of the file: nothing after it is lost
    for (int i = 0; a && i < entriesDone; ++i) {
        if (m_context && m_context->isCancelled())
            return false;
        struct archive_entry *entry = nullptr;
        const int r = archive_read_next_header(a.get(), &entry);
        if (r < ARCHIVE_WARN || r == ARCHIVE_EOF || archive_read_data_skip(a.get()) < ARCHIVE_WARN) {
            atEnd = archive_filter_bytes(a.get(), -1) >= m_archiveSize;
            a.reset();
        }
    }
    if (!a) {
        if (atEnd)
            return false;
        report(QString(), QStringLiteral("corrupt"),
               QStringLiteral("the archive is damaged after the entry \"%1\"; the rest could not be "
                              "unpacked")
                   .arg(m_lastName));
        return false;
    }
    return true;
}

Extractor::EntryOutcome Extractor::extractEntry(struct archive *a, struct archive_entry *entry,
                                                const QString &name)
{
    const QString rel = safeRelativePath(name);
    if (rel.isEmpty()) {
        if (QDir::cleanPath(name) != QLatin1String(".") && !name.isEmpty())
            report(name, QStringLiteral("unsafe-path"),
                   QStringLiteral("the entry's path points outside the archive; it was not unpacked"));
        return EntryOutcome::Skipped;
    }
    // macOS zips carry resource forks here: metadata, not the user's files.
    if (rel == QLatin1String("__MACOSX") || rel.startsWith(QLatin1String("__MACOSX/")))
        return EntryOutcome::Skipped;

    const mode_t type = archive_entry_filetype(entry);
    const bool hardlink = archive_entry_hardlink(entry) || archive_entry_hardlink_utf8(entry) ||
                          archive_entry_hardlink_w(entry);
    if (hardlink || type == AE_IFLNK) {
        report(rel, QStringLiteral("unsupported"), QStringLiteral("links inside archives are not followed"));
        return EntryOutcome::Skipped;
    }
    const QString target = m_target + QLatin1Char('/') + rel;
    if (type == AE_IFDIR) {
        QDir().mkpath(target);
        return EntryOutcome::Done;
    }
    if (type != AE_IFREG) {
        report(rel, QStringLiteral("unsupported"),
               QStringLiteral("not a regular file (device, pipe or socket)"));
        return EntryOutcome::Skipped;
    }
    if (archive_entry_is_encrypted(entry)) {
        report(rel, QStringLiteral("unsupported"),
               QStringLiteral("the entry is encrypted; Keepsake cannot unpack it"));
        return EntryOutcome::Skipped;
    }
    if (archive_entry_size_is_set(entry) && archive_entry_size(entry) > m_limits.maxEntryBytes) {
        report(rel, QStringLiteral("too-large"),
               QStringLiteral("the entry says it is %1 bytes, more than the %2 allowed")
                   .arg(archive_entry_size(entry))
                   .arg(m_limits.maxEntryBytes));
        return EntryOutcome::Skipped;
    }

    const QFileInfo targetInfo(target);
    if (!QDir().mkpath(targetInfo.absolutePath())) {
        report(rel, QStringLiteral("unreadable"), QStringLiteral("cannot create its folder while unpacking"));
        return EntryOutcome::Skipped;
    }
    const QString outPath = freePath(target);
    QFile out(outPath);
    if (outPath.isEmpty() || !out.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        report(rel, QStringLiteral("unreadable"),
               QStringLiteral("cannot write it while unpacking: %1").arg(out.errorString()));
        return EntryOutcome::Skipped;
    }

    const qint64 consumedAtStart = archive_filter_bytes(a, -1);
    qint64 written = 0;
    QByteArray buffer(int(kBlockSize), Qt::Uninitialized);
    while (true) {
        const la_ssize_t n = archive_read_data(a, buffer.data(), size_t(buffer.size()));
        if (n == 0)
            break;
        if (n < 0) {
            keepEntryTime(out, entry);
            out.close();
            const bool fatal = n == ARCHIVE_FATAL;
            // Partial bytes stay: a half photo is more than none, and the importer flags it.
            report(rel, QStringLiteral("corrupt"),
                   QStringLiteral("the entry is damaged in the archive%1: %2")
                       .arg(written > 0 ? QStringLiteral(" (the %1 readable bytes were kept)").arg(written)
                                        : QString(),
                            QString::fromLocal8Bit(archive_error_string(a)).trimmed()));
            if (written == 0)
                out.remove();
            else
                ++m_extracted;
            return fatal ? EntryOutcome::Damaged : EntryOutcome::Skipped;
        }
        const qint64 entryCompressed = archive_filter_bytes(a, -1) - consumedAtStart;
        const qint64 totalCompressed = archive_filter_bytes(a, -1);
        QString tooLarge;
        bool stopAll = false;
        if (written + n > m_limits.maxEntryBytes) {
            tooLarge =
                QStringLiteral("the entry is larger than the %1 bytes allowed").arg(m_limits.maxEntryBytes);
        } else if (m_totalWritten + n > m_limits.maxTotalBytes) {
            tooLarge = QStringLiteral("the archive unpacks to more than the %1 bytes allowed")
                           .arg(m_limits.maxTotalBytes);
            stopAll = true;
        } else if (written + n > allowedFor(entryCompressed)) {
            tooLarge = QStringLiteral("the entry expands more than %1 times its packed size (a zip bomb?)")
                           .arg(m_limits.maxRatio);
        } else if (m_totalWritten + n > allowedFor(qMax(totalCompressed, m_archiveSize))) {
            // This entry tips the whole archive over: it goes, the ones after it still get their chance.
            tooLarge = QStringLiteral("the archive expands more than %1 times its packed size (a zip bomb?)")
                           .arg(m_limits.maxRatio);
        }
        if (!tooLarge.isEmpty()) {
            // Never fill the disk: the partial file goes, the archive itself is untouched.
            out.close();
            out.remove();
            m_totalWritten -= written;
            report(rel, QStringLiteral("too-large"), QStringLiteral("%1; it was not unpacked").arg(tooLarge));
            return stopAll ? EntryOutcome::StopAll : EntryOutcome::Skipped;
        }
        if (out.write(buffer.constData(), n) != n) {
            const QString error = out.errorString();
            out.close();
            out.remove();
            m_totalWritten -= written;
            report(rel, QStringLiteral("unreadable"),
                   QStringLiteral("cannot write it while unpacking: %1").arg(error));
            return EntryOutcome::StopAll; // most likely the disk is full
        }
        written += n;
        m_totalWritten += n;
    }
    keepEntryTime(out, entry);
    out.close();
    ++m_extracted;
    return EntryOutcome::Done;
}

} // namespace

bool isArchiveFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile() || info.size() == 0)
        return false;
    const Utf8LocaleScope utf8Names;
    ArchivePtr a = openArchive(path);
    if (!a)
        return false;
    struct archive_entry *entry = nullptr;
    const int r = archive_read_next_header(a.get(), &entry);
    if (r == ARCHIVE_OK || r == ARCHIVE_WARN)
        return true;
    // An empty but well-formed archive (a zip with no entries) is still an archive.
    return r == ARCHIVE_EOF && archive_format(a.get()) != 0;
}

bool extractArchive(const QString &archivePath, const QString &targetDir, ImportContext *context,
                    const ArchiveLimits &limits)
{
    Extractor extractor(archivePath, targetDir, context, limits);
    return extractor.run();
}

} // namespace ks
