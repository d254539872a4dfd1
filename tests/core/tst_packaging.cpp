// SPDX-License-Identifier: GPL-3.0-or-later
// The things a packaged Keepsake ships besides the binary: the bundled sample export (it must
// import cleanly through the real CLI, every time, without touching the archive), the desktop
// entry, the hicolor icons and the .deb's run-time dependencies. The validators run as separate
// CTests in packaging/cpack.cmake.
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QString sourceDir()
{
    return QDir::cleanPath(ks::test::dataDir() + QStringLiteral("/../.."));
}

QString samplePath()
{
    return sourceDir() + QStringLiteral("/resources/sample/keepsake-sample.zip");
}

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

// The package names of a Debian relationship field ("a, b | c"), one list per group.
QList<QStringList> debianGroups(const QString &field)
{
    QList<QStringList> groups;
    for (const QString &group : field.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        QStringList names;
        for (const QString &alternative : group.split(QLatin1Char('|'), Qt::SkipEmptyParts))
            names << alternative.trimmed().section(QLatin1Char(' '), 0, 0); // drop "(>= 1.0)"
        groups << names;
    }
    return groups;
}

// CPACK_DEBIAN_PACKAGE_DEPENDS as CMake wrote it into the build's CPackConfig.cmake.
QString debDepends()
{
    QFile file(QStringLiteral(QT_TESTCASE_BUILDDIR "/../CPackConfig.cmake"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    const QString key = QStringLiteral("set(CPACK_DEBIAN_PACKAGE_DEPENDS \"");
    const int start = text.indexOf(key);
    if (start < 0)
        return {};
    const int end = text.indexOf(QLatin1Char('"'), start + key.size());
    return text.mid(start + key.size(), end - start - key.size());
}

// The packages build.sh installs: packaging/debian/build-deps.txt without comments.
QStringList buildDeps()
{
    QFile file(sourceDir() + QStringLiteral("/packaging/debian/build-deps.txt"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList names;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        const QString name = line.section(QLatin1Char('#'), 0, 0).trimmed();
        if (!name.isEmpty())
            names << name;
    }
    return names;
}

QJsonObject runJson(const QStringList &args)
{
    QByteArray out;
    QByteArray err;
    const int code = ks::test::runKeepsake(args, &out, &err);
    if (code != 0)
        qWarning("keepsake %s exited %d: %s", qPrintable(args.join(QLatin1Char(' '))), code, err.constData());
    return QJsonDocument::fromJson(out).object();
}

} // namespace

class TestPackaging : public QObject
{
    Q_OBJECT

private slots:
    void sampleIsSmallAndReal();
    void sampleImportsCleanlyAndOnce();
    void desktopEntryNamesTheApp();
    void iconsHaveTheirSizes_data();
    void iconsHaveTheirSizes();
    void debDependsOnWhatIsLoadedAtRunTime_data();
    void debDependsOnWhatIsLoadedAtRunTime();
    void buildDepsInstallEveryDebDependency();
};

void TestPackaging::sampleIsSmallAndReal()
{
    const QFileInfo info(samplePath());
    QVERIFY2(info.exists(), qPrintable(samplePath()));
    // Embedded in the binary as :/sample/keepsake-sample.zip, so it has to stay small.
    QVERIFY2(info.size() <= 1536 * 1024, qPrintable(QString::number(info.size())));
    QVERIFY2(info.size() > 200 * 1024, "the sample looks like a placeholder");
}

void TestPackaging::sampleImportsCleanlyAndOnce()
{
    QVERIFY(!qEnvironmentVariableIsEmpty("KEEPSAKE_EXECUTABLE"));
    QTemporaryDir library;
    QVERIFY(library.isValid());
    const QByteArray before = sha256Of(samplePath());
    QVERIFY(!before.isEmpty());

    const QStringList import = {QStringLiteral("import"), samplePath(), QStringLiteral("--library"),
                                library.path(), QStringLiteral("--json")};
    const QJsonObject first = runJson(import);
    QCOMPARE(first.value(QStringLiteral("failed")).toBool(true), false);
    QCOMPARE(first.value(QStringLiteral("formats")).toArray(), QJsonArray{QStringLiteral("qzoneexport")});
    QCOMPARE(first.value(QStringLiteral("problems")).toArray().size(), 0);
    QCOMPARE(first.value(QStringLiteral("media_missing")).toInt(-1), 0);
    // 41 posts + 3 blogs + 1 album + 8 photos + 8 board messages + 2 visits.
    QCOMPARE(first.value(QStringLiteral("added")).toInt(), 63);
    // 54 post pictures, 1 blog and 1 board picture, 8 album photos, 10 avatars, 5 emoticons.
    QCOMPARE(first.value(QStringLiteral("media_stored")).toInt(), 79);

    const QJsonObject stats = runJson(
        {QStringLiteral("stats"), QStringLiteral("--library"), library.path(), QStringLiteral("--json")});
    const QJsonObject memories = stats.value(QStringLiteral("memories")).toObject();
    QCOMPARE(memories.value(QStringLiteral("post")).toInt(), 41);
    QCOMPARE(memories.value(QStringLiteral("blog")).toInt(), 3);
    QCOMPARE(memories.value(QStringLiteral("album")).toInt(), 1);
    QCOMPARE(memories.value(QStringLiteral("photo")).toInt(), 8);
    QCOMPARE(memories.value(QStringLiteral("board")).toInt(), 8);
    QCOMPARE(memories.value(QStringLiteral("visit")).toInt(), 2);
    QCOMPARE(stats.value(QStringLiteral("problems")).toInt(-1), 0);
    QCOMPARE(stats.value(QStringLiteral("media")).toObject().value(QStringLiteral("missing")).toInt(-1), 0);
    const QStringList years = stats.value(QStringLiteral("years")).toObject().keys();
    QCOMPARE(years, QStringList({QStringLiteral("2008"), QStringLiteral("2009"), QStringLiteral("2010"),
                                 QStringLiteral("2011"), QStringLiteral("2012"), QStringLiteral("2013"),
                                 QStringLiteral("2014"), QStringLiteral("2015"), QStringLiteral("2016")}));

    // A newcomer who presses "look at the sample" twice gets nothing twice.
    const QJsonObject second = runJson(import);
    QCOMPARE(second.value(QStringLiteral("added")).toInt(-1), 0);
    QCOMPARE(second.value(QStringLiteral("unchanged")).toInt(), 63);
    QCOMPARE(sha256Of(samplePath()), before);
}

void TestPackaging::desktopEntryNamesTheApp()
{
    QFile file(sourceDir() + QStringLiteral("/packaging/linux/org.keepsake.Keepsake.desktop"));
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    QMap<QString, QString> keys;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const int eq = line.indexOf('=');
        if (eq > 0)
            keys.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    QCOMPARE(keys.value(QStringLiteral("Name")), QStringLiteral("Keepsake"));
    QCOMPARE(keys.value(QStringLiteral("Name[zh_CN]")), QString::fromUtf8("时光匣"));
    QCOMPARE(keys.value(QStringLiteral("Exec")), QStringLiteral("keepsake %F"));
    QCOMPARE(keys.value(QStringLiteral("Icon")), QStringLiteral("org.keepsake.Keepsake"));
    QCOMPARE(keys.value(QStringLiteral("MimeType")), QStringLiteral("inode/directory;application/zip;"));
}

void TestPackaging::iconsHaveTheirSizes_data()
{
    QTest::addColumn<int>("size");
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
        QTest::addRow("%dpx", size) << size;
}

void TestPackaging::iconsHaveTheirSizes()
{
    QFETCH(int, size);
    const QString path =
        sourceDir() +
        QStringLiteral("/packaging/icons/hicolor/%1x%1/apps/org.keepsake.Keepsake.png").arg(size);
    QImageReader reader(path);
    const QImage image = reader.read();
    QVERIFY2(!image.isNull(), qPrintable(path + QStringLiteral(": ") + reader.errorString()));
    QCOMPARE(image.size(), QSize(size, size));
    // The box sits in the middle of the tile: an empty or transparent render would fail here.
    QVERIFY(qAlpha(image.pixel(size / 2, size * 3 / 4)) == 255);
    QVERIFY(qAlpha(image.pixel(0, 0)) < 255);
}

void TestPackaging::debDependsOnWhatIsLoadedAtRunTime_data()
{
    QTest::addColumn<QString>("package");
    // No ELF dependency names these; without them videos crash or stay black, Chinese and
    // emoji show as boxes.
    for (const char *name :
         {"libqt6sql6-sqlite", "libqt6svg6", "qt6-qpa-plugins", "gstreamer1.0-plugins-base",
          "gstreamer1.0-plugins-good", "gstreamer1.0-plugins-bad", "gstreamer1.0-libav",
          "gstreamer1.0-pulseaudio", "fonts-noto-cjk", "fonts-noto-color-emoji", "fonts-symbola"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestPackaging::debDependsOnWhatIsLoadedAtRunTime()
{
    QFETCH(QString, package);
    const QString depends = debDepends();
    QVERIFY2(!depends.isEmpty(), "no CPACK_DEBIAN_PACKAGE_DEPENDS in CPackConfig.cmake");
    bool found = false;
    for (const QStringList &group : debianGroups(depends))
        found = found || group.contains(package);
    QVERIFY2(found, qPrintable(depends));
}

void TestPackaging::buildDepsInstallEveryDebDependency()
{
    // CI installs build-deps.txt only: what a user's machine gets from the .deb is tested too.
    const QStringList installed = buildDeps();
    QVERIFY(installed.contains(QStringLiteral("cmake")));
    QVERIFY2(installed.contains(QStringLiteral("ffmpeg")), "tst_videoplayback encodes its clips with ffmpeg");
    const QList<QStringList> groups = debianGroups(debDepends());
    QVERIFY(!groups.isEmpty());
    for (const QStringList &group : groups) {
        bool any = false;
        for (const QString &name : group)
            any = any || installed.contains(name);
        QVERIFY2(any,
                 qPrintable(group.join(QLatin1String(" | ")) + QStringLiteral(" is not in build-deps.txt")));
    }
}

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
