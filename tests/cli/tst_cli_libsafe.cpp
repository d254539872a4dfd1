// SPDX-License-Identifier: GPL-3.0-or-later
// Keeping a library safe: a lost database is refused (and rebuilt from the vault on request), a
// read-only library is read but never written, and `keepsake backup` writes a verified copy.
#include "testsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace ks::test;

namespace {

const QString kLibrary = QStringLiteral("--library");

QStringList vaultFiles(const QString &lib)
{
    QStringList files;
    QDirIterator it(lib + QStringLiteral("/vault"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

/// A library holding three imported pictures (two PNG, one JPEG) and a tag.
bool makeLibrary(const QString &root, QString *lib)
{
    const QString photos = root + QStringLiteral("/photos");
    *lib = root + QStringLiteral("/lib");
    QDir().mkpath(photos);
    for (int i = 0; i < 3; ++i) {
        QImage image(24 + i, 16, QImage::Format_RGB32);
        image.fill(QColor::fromHsv(i * 100, 200, 200));
        if (!image.save(photos + QStringLiteral("/photo%1.%2")
                                     .arg(i)
                                     .arg(i == 2 ? QStringLiteral("jpg") : QStringLiteral("png"))))
            return false;
    }
    if (runKeepsake({QStringLiteral("import"), photos, kLibrary, *lib}) != 0)
        return false;
    QByteArray out;
    runKeepsake({QStringLiteral("list"), kLibrary, *lib, QStringLiteral("--json")}, &out);
    const QString key =
        QJsonDocument::fromJson(out.split('\n').value(0)).object().value(QStringLiteral("key")).toString();
    return !key.isEmpty() &&
           runKeepsake({QStringLiteral("tag"), QStringLiteral("add"), QStringLiteral("旅行"),
                        QStringLiteral("--key"), key, kLibrary, *lib}) == 0;
}

QByteArray statsJson(const QString &lib, int *code = nullptr)
{
    QByteArray out;
    const int exit = runKeepsake({QStringLiteral("stats"), QStringLiteral("--json"), kLibrary, lib}, &out);
    if (code)
        *code = exit;
    return out.trimmed();
}

/// Flips the last byte of @p path: same size, other content.
bool damage(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(file.size() - 1))
        return false;
    const char last = file.read(1).at(0);
    return file.seek(file.size() - 1) && file.write(QByteArray(1, char(last ^ 0x5a))) == 1;
}

/// Runs a program (not necessarily keepsake) and collects its output.
int run(const QString &program, const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (out)
        *out = process.readAllStandardOutput();
    if (err)
        *err = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace

class TestCliLibSafe : public QObject
{
    Q_OBJECT

    enum class ReadOnlyWay
    {
        ReadOnlyMount, ///< a read-only bind mount in a private mount namespace: EROFS, even for root
        NoPermission,  ///< chmod -R a-w, run as an unprivileged user (nobody when the test is root)
    };

    /// Runs keepsake with @p args against @p lib made read-only the @p way.
    static int runReadOnly(ReadOnlyWay way, const QString &lib, const QStringList &args, QByteArray *out,
                           QByteArray *err)
    {
        const QString keepsake = qEnvironmentVariable("KEEPSAKE_EXECUTABLE");
        if (way == ReadOnlyWay::ReadOnlyMount) {
            return run(
                QStringLiteral("unshare"),
                QStringList{QStringLiteral("-m"), QStringLiteral("sh"), QStringLiteral("-c"),
                            QStringLiteral("mount --bind \"$1\" \"$1\" && mount -o remount,bind,ro \"$1\" "
                                           "&& shift && exec \"$@\""),
                            QStringLiteral("sh"), lib, keepsake} +
                    args,
                out, err);
        }
        if (geteuid() == 0)
            return run(QStringLiteral("setpriv"),
                       QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                   QStringLiteral("--clear-groups"), keepsake} +
                           args,
                       out, err);
        return run(keepsake, args, out, err);
    }

    static void setTreeWritable(const QString &dir, bool writable)
    {
        const QFileDevice::Permissions write = QFileDevice::WriteOwner | QFileDevice::WriteUser |
                                               QFileDevice::WriteGroup | QFileDevice::WriteOther;
        QStringList paths{dir};
        QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            paths << it.next();
        for (const QString &path : std::as_const(paths)) {
            QFile::Permissions p = QFile::permissions(path) | QFileDevice::ReadOther | QFileDevice::ReadGroup;
            if (QFileInfo(path).isDir())
                p |= QFileDevice::ExeOther | QFileDevice::ExeGroup;
            QFile::setPermissions(path, writable ? (p | QFileDevice::WriteOwner | QFileDevice::WriteUser)
                                                 : (p & ~write));
        }
    }

    void readOnly(ReadOnlyWay way)
    {
        if (way == ReadOnlyWay::ReadOnlyMount &&
            run(QStringLiteral("unshare"),
                {QStringLiteral("-m"), QStringLiteral("mount"), QStringLiteral("--bind"), QStringLiteral("/"),
                 QStringLiteral("/mnt")}) != 0)
            QSKIP("no private mount namespace here (needs root or CAP_SYS_ADMIN)");
        if (way == ReadOnlyWay::NoPermission && geteuid() == 0 &&
            QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
            QSKIP("running as root without setpriv: permissions cannot make a folder read-only for root");
        QTemporaryDir tmp;
        QString lib;
        QVERIFY(makeLibrary(tmp.path(), &lib));
        const QByteArray writableStats = statsJson(lib);
        QByteArray writableList;
        QCOMPARE(
            runKeepsake({QStringLiteral("list"), QStringLiteral("--json"), kLibrary, lib}, &writableList), 0);
        const QString outDir = tmp.path() + QStringLiteral("/out");
        QVERIFY(QDir().mkpath(outDir));
        QFile::setPermissions(outDir, QFileDevice::Permissions(0x7777)); // the unprivileged run writes here
        QFile::setPermissions(tmp.path(), QFile::permissions(tmp.path()) | QFileDevice::ExeOther |
                                              QFileDevice::ReadOther);
        const auto before = snapshotTree(lib);
        struct Restore
        {
            QString dir;
            ~Restore()
            {
                if (!dir.isEmpty())
                    setTreeWritable(dir, true);
            }
        } restore{way == ReadOnlyWay::NoPermission ? lib : QString()};
        if (way == ReadOnlyWay::NoPermission)
            setTreeWritable(lib, false);

        QByteArray out, err;
        // Reading works, and reads what the writable library held.
        QCOMPARE(runReadOnly(way, lib, {QStringLiteral("stats"), QStringLiteral("--json"), kLibrary, lib},
                             &out, &err),
                 0);
        QCOMPARE(out.trimmed(), writableStats);
        QCOMPARE(runReadOnly(way, lib, {QStringLiteral("list"), QStringLiteral("--json"), kLibrary, lib},
                             &out, &err),
                 0);
        QCOMPARE(out, writableList);
        for (const QStringList &args :
             {QStringList{QStringLiteral("verify")}, QStringList{QStringLiteral("problems")},
              QStringList{QStringLiteral("search"), QStringLiteral("photo")},
              QStringList{QStringLiteral("tag"), QStringLiteral("list")},
              QStringList{QStringLiteral("export"), QStringLiteral("html"), outDir + QStringLiteral("/site")},
              QStringList{QStringLiteral("backup"), outDir + QStringLiteral("/backup")}}) {
            const int code = runReadOnly(way, lib, args + QStringList{kLibrary, lib}, &out, &err);
            QVERIFY2(code == 0,
                     qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + QString::fromUtf8(err)));
        }
        QVERIFY(QFileInfo::exists(outDir + QStringLiteral("/site/index.html")));
        // The book of the pictures' year, from the read-only library.
        const QString year = QJsonDocument::fromJson(writableStats)
                                 .object()
                                 .value(QStringLiteral("years"))
                                 .toObject()
                                 .keys()
                                 .value(0);
        QVERIFY(!year.isEmpty());
        QCOMPARE(
            runReadOnly(way, lib,
                        {QStringLiteral("book"), year, outDir + QStringLiteral("/book.pdf"), kLibrary, lib},
                        &out, &err),
            0);
        QVERIFY(QFileInfo(outDir + QStringLiteral("/book.pdf")).size() > 0);
        // Writing is refused, naming the library and saying read-only.
        for (const QStringList &args :
             {QStringList{QStringLiteral("import"), tmp.path() + QStringLiteral("/photos")},
              QStringList{QStringLiteral("tag"), QStringLiteral("add"), QStringLiteral("x"),
                          QStringLiteral("--key"), QStringLiteral("photo:none")},
              QStringList{QStringLiteral("rebuild"), QStringLiteral("--force")}}) {
            const int code = runReadOnly(way, lib, args + QStringList{kLibrary, lib}, &out, &err);
            QVERIFY2(code != 0, qPrintable(args.join(QLatin1Char(' '))));
            QVERIFY2(err.contains("read-only") && err.contains(lib.toUtf8()), err.constData());
        }
        // Nothing in the library changed, and no -wal/-shm appeared.
        QCOMPARE(snapshotTree(lib), before);
        // The backup taken from the read-only library is a library of its own.
        QCOMPARE(statsJson(outDir + QStringLiteral("/backup")), writableStats);
    }

private slots:
    void lostDatabaseIsRefusedNotReplaced()
    {
        QTemporaryDir tmp;
        QString lib;
        QVERIFY(makeLibrary(tmp.path(), &lib));
        const QString db = lib + QStringLiteral("/keepsake.db");
        QFile::remove(db + QStringLiteral("-wal"));
        QFile::remove(db + QStringLiteral("-shm"));
        QVERIFY(QFile::resize(db, 0));
        QByteArray out, err;
        for (const QString &command :
             {QStringLiteral("stats"), QStringLiteral("list"), QStringLiteral("import")}) {
            QStringList args{command, kLibrary, lib};
            if (command == QLatin1String("import"))
                args << tmp.path() + QStringLiteral("/photos");
            QVERIFY(runKeepsake(args, &out, &err) != 0);
            QVERIFY2(err.contains(db.toUtf8()) && err.contains("empty (0 bytes)") &&
                         err.contains("the vault holds 3 files") && err.contains("keepsake rebuild"),
                     err.constData());
            QCOMPARE(QFileInfo(db).size(), 0); // not silently made a new empty library
        }
        QVERIFY(QFile::remove(db));
        QVERIFY(runKeepsake({QStringLiteral("stats"), kLibrary, lib}, &out, &err) != 0);
        QVERIFY2(err.contains(db.toUtf8()) && err.contains("missing"), err.constData());
        QVERIFY(!QFileInfo::exists(db));

        // A new library (an empty folder, or one that does not exist yet) opens as before.
        int code = -1;
        statsJson(tmp.path() + QStringLiteral("/new"), &code);
        QCOMPARE(code, 0);
        QVERIFY(QFileInfo::exists(tmp.path() + QStringLiteral("/new/keepsake.db")));
    }

    void rebuildRecoversEveryVaultFile()
    {
        QTemporaryDir tmp;
        QString lib;
        QVERIFY(makeLibrary(tmp.path(), &lib));
        const QJsonObject before = QJsonDocument::fromJson(statsJson(lib)).object();
        const QString db = lib + QStringLiteral("/keepsake.db");
        QByteArray out, err;
        // A healthy database is not rebuilt unless asked.
        QVERIFY(runKeepsake({QStringLiteral("rebuild"), kLibrary, lib}, &out, &err) != 0);
        QVERIFY2(err.contains("opens normally"), err.constData());

        QFile::remove(db + QStringLiteral("-wal"));
        QFile::remove(db + QStringLiteral("-shm"));
        QVERIFY(QFile::resize(db, 0));
        QCOMPARE(runKeepsake({QStringLiteral("rebuild"), kLibrary, lib}, &out, &err), 0);
        QVERIFY2(out.contains("recovered 3 files"), out.constData());
        // The broken database is kept, not deleted.
        const QStringList aside = QDir(lib).entryList({QStringLiteral("keepsake.db.broken-*")}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QCOMPARE(QFileInfo(lib + QLatin1Char('/') + aside.first()).size(), 0);

        QByteArray verify;
        QCOMPARE(runKeepsake({QStringLiteral("verify"), QStringLiteral("--json"), kLibrary, lib}, &verify),
                 0);
        const QJsonObject check = QJsonDocument::fromJson(verify).object();
        QCOMPARE(check.value(QStringLiteral("checked")).toInt(), 3);
        QVERIFY(check.value(QStringLiteral("issues")).toArray().isEmpty()); // every file referenced again
        const QJsonObject after = QJsonDocument::fromJson(statsJson(lib)).object();
        QCOMPARE(after.value(QStringLiteral("media")), before.value(QStringLiteral("media")));
        QCOMPARE(after.value(QStringLiteral("memories")).toObject().value(QStringLiteral("photo")).toInt(),
                 3);
        QByteArray found;
        QCOMPARE(runKeepsake({QStringLiteral("list"), QStringLiteral("--json"), kLibrary, lib}, &found), 0);
        QCOMPARE(found.count('\n'), 3);

        // A vault file that does not match its name is reported and left where it is.
        const QString damaged = vaultFiles(lib).first();
        QVERIFY(damage(damaged));
        QCOMPARE(
            runKeepsake({QStringLiteral("rebuild"), QStringLiteral("--force"), kLibrary, lib}, &out, &err),
            1);
        QVERIFY2(out.contains("recovered 2 files"), out.constData());
        QVERIFY2(err.contains(QFileInfo(damaged).fileName().toUtf8()) && err.contains("not its name"),
                 err.constData());
        QVERIFY(QFileInfo::exists(damaged));
        QCOMPARE(QDir(lib).entryList({QStringLiteral("keepsake.db.broken-*")}, QDir::Files).size(), 2);
    }

    void readOnlyMountIsReadNeverWritten() { readOnly(ReadOnlyWay::ReadOnlyMount); }
    void readOnlyPermissionsAreReadNeverWritten() { readOnly(ReadOnlyWay::NoPermission); }

    void backupIsAVerifiedLibrary()
    {
        QTemporaryDir tmp;
        QString lib;
        QVERIFY(makeLibrary(tmp.path(), &lib));
        const QString dest = tmp.path() + QStringLiteral("/backup");
        QByteArray out, err;
        QCOMPARE(runKeepsake({QStringLiteral("backup"), dest, kLibrary, lib}, &out, &err), 0);
        QVERIFY2(out.contains("copied 3 files"), out.constData());
        QCOMPARE(runKeepsake({QStringLiteral("verify"), kLibrary, dest}, &out, &err), 0);
        QCOMPARE(statsJson(dest), statsJson(lib));
        QCOMPARE(vaultFiles(dest).size(), 3);

        // Again: nothing new to copy.
        QCOMPARE(runKeepsake({QStringLiteral("backup"), dest, kLibrary, lib, QStringLiteral("--json")}, &out,
                             &err),
                 0);
        const QJsonObject second = QJsonDocument::fromJson(out).object();
        QCOMPARE(second.value(QStringLiteral("copied")).toInt(), 0);
        QCOMPARE(second.value(QStringLiteral("already_present")).toInt(), 3);

        // A damaged copy in the backup is noticed and copied again.
        QVERIFY(damage(vaultFiles(dest).last()));
        QCOMPARE(runKeepsake({QStringLiteral("backup"), dest, kLibrary, lib, QStringLiteral("--json")}, &out,
                             &err),
                 0);
        QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("copied")).toInt(), 1);
        QCOMPARE(runKeepsake({QStringLiteral("verify"), kLibrary, dest}, &out, &err), 0);

        // A folder that is neither empty nor a backup is refused untouched.
        const QString other = tmp.path() + QStringLiteral("/other");
        QVERIFY(QDir().mkpath(other));
        QFile note(other + QStringLiteral("/note.txt"));
        QVERIFY(note.open(QIODevice::WriteOnly) && note.write("mine") == 4);
        note.close();
        const auto untouched = snapshotTree(other);
        QVERIFY(runKeepsake({QStringLiteral("backup"), other, kLibrary, lib}, &out, &err) != 0);
        QVERIFY2(err.contains("not a Keepsake backup"), err.constData());
        QCOMPARE(snapshotTree(other), untouched);
        QCOMPARE(QDir(other).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size(), 1);

        // A library file that no longer matches its hash is named; the others are still copied.
        const QString bad = vaultFiles(lib).first();
        QVERIFY(damage(bad));
        const QString fresh = tmp.path() + QStringLiteral("/fresh");
        QCOMPARE(runKeepsake({QStringLiteral("backup"), fresh, kLibrary, lib}, &out, &err), 1);
        QVERIFY2(err.contains(QFileInfo(bad).fileName().toUtf8()) && err.contains("FAILED"), err.constData());
        QCOMPARE(vaultFiles(fresh).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCliLibSafe)
#include "tst_cli_libsafe.moc"
