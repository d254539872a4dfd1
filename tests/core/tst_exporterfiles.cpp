// SPDX-License-Identifier: GPL-3.0-or-later
// Files of an export that are the exporter's, not the person's (its viewer's images, scripts,
// styles) stay out of the vault; avatars are linked to their people, in QZoneExport's and in
// Time-Machine's layout, whichever import brings the file or the person first.
#include "import/exporterfiles.h"
#include "import/importer.h"
#include "import/librarywriter.h"
#include "library/database.h"
#include "library/looseassets.h"
#include "models/peoplemodel.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace ks;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray sha(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

/// A real little JPEG: avatars are pictures that decode.
QByteArray jpeg(Qt::GlobalColor colour)
{
    QImage image(40, 40, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG");
    return bytes;
}

const QByteArray kAvatarOfFriend = jpeg(Qt::red);
const QByteArray kAvatarOfOwner = jpeg(Qt::blue);

/// A QZoneExport HTML-mode tree with its viewer files and two avatars.
QString writeQZoneExport(const QString &base, bool withFriends)
{
    const QString root = base + QStringLiteral("/QQ空间备份_10001");
    writeFile(root + QStringLiteral("/Messages/json/messages.js"),
              "window.messages = [{\"tid\":\"t1\",\"uin\":10001,\"name\":\"测试\",\"content\":\"你好\","
              "\"created_time\":1564648560,\"custom_comments\":[{\"uin\":20002,\"name\":\"小红\",\"content\":"
              "\"好\",\"create_time\":1564650000}]}]");
    if (withFriends)
        writeFile(root + QStringLiteral("/Friends/json/friends.js"),
                  "window.friends = [{\"uin\":20002,\"name\":\"小红\"}]");
    writeFile(root + QStringLiteral("/Common/json/user.js"),
              "window.userInfo = {\"uin\":10001,\"nickname\":\"测试\"}");
    // The exporter's own: the index page's background, spinners, its scripts' pictures.
    writeFile(root + QStringLiteral("/Common/images/index.jpg"), "\xFF\xD8\xFF\xE0 index background");
    writeFile(root + QStringLiteral("/Common/images/loading.gif"), "GIF89a spinner");
    writeFile(root + QStringLiteral("/Common/js/lightGallery/img/video-play.png"), "\x89PNG\r\n\x1a\nplay");
    writeFile(root + QStringLiteral("/Common/css/images/bg.png"), "\x89PNG\r\n\x1a\ncss bg");
    writeFile(root + QStringLiteral("/Messages/js/icon.png"), "\x89PNG\r\n\x1a\nmodule script picture");
    // The person's: an emoticon and two avatars (no extension, as QZoneExport saves them).
    writeFile(root + QStringLiteral("/Common/images/e100.gif"), "GIF89a emoticon");
    writeFile(root + QStringLiteral("/Common/images/20002"), kAvatarOfFriend);
    writeFile(root + QStringLiteral("/Common/images/10001"), kAvatarOfOwner);
    return root;
}

class Library
{
public:
    Library() { QVERIFY(m_db.open(m_dir.path())); }
    ~Library() { m_db.close(); }

    ImportReport import(const QString &path)
    {
        LibraryWriter writer(m_db, path);
        if (!writer.begin())
            return {};
        const ImporterRegistry registry;
        for (const ImportClaim &claim : registry.claim(path))
            claim.importer->importRoot(claim.scope, writer.context(), writer);
        return writer.finish();
    }
    qint64 count(const QString &sql, const QVariant &bind = QVariant())
    {
        QSqlQuery q(m_db.connection());
        q.prepare(sql);
        if (bind.isValid())
            q.addBindValue(bind);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }
    QByteArray avatarBytes(const QString &uin)
    {
        QFile f(LooseAssets(m_db).avatarFile(uin));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    Database &db() { return m_db; }

private:
    QTemporaryDir m_dir;
    Database m_db;
};

} // namespace

class TestExporterFiles : public QObject
{
    Q_OBJECT

private slots:
    void classifiesPaths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("media");
        QTest::addColumn<bool>("asset");
        QTest::addColumn<QString>("avatar");
        QTest::newRow("viewer background") << "common/images/index.jpg" << true << true << "";
        QTest::newRow("spinner") << "common/images/loading.gif" << true << true << "";
        QTest::newRow("gallery button") << "common/js/lightgallery/img/video-play.png" << true << true << "";
        QTest::newRow("css picture") << "common/css/images/bg.png" << true << true << "";
        QTest::newRow("module scripts") << "messages/js/x.png" << true << true << "";
        QTest::newRow("spa viewer") << "common/spa/assets/logo.png" << true << true << "";
        QTest::newRow("statistics maps") << "statistics/images/map.png" << true << true << "";
        QTest::newRow("time-machine viewer") << "assets/icon.png" << true << true << "";
        QTest::newRow("emoticon") << "common/images/e100.gif" << true << false << "";
        QTest::newRow("avatar") << "common/images/20002" << true << false << "20002";
        QTest::newRow("avatar tm") << "media/avatars/20002.jpg" << true << false << "20002";
        QTest::newRow("owner's qzone avatar") << "media/avatars/10001_qz.jpg" << true << false << "";
        QTest::newRow("post picture") << "messages/images/aaaa0001.jpeg" << true << false << "";
        QTest::newRow("album named js") << "albums/旅行/js/01_a.jpeg" << true << false << "";
        QTest::newRow("tm album named css") << "media/albums/photos/css/x.jpg" << true << false << "";
        QTest::newRow("album photo without suffix") << "albums/旅行/春天/01_a" << true << false << "";
        QTest::newRow("data file") << "messages/json/messages.js" << false << false << "";
        QTest::newRow("thumbs.db") << "albums/thumbs.db" << false << false << "";
        QTest::newRow("stray text without suffix") << "readme" << false << false << "";
    }
    void classifiesPaths()
    {
        QFETCH(QString, path);
        QFETCH(bool, media);
        QFETCH(bool, asset);
        QFETCH(QString, avatar);
        QCOMPARE(exporterfiles::isMediaPath(path), media);
        QCOMPARE(exporterfiles::isExporterAsset(path), asset);
        QCOMPARE(exporterfiles::avatarUin(path), avatar);
    }

    void viewerFilesStayOutOfTheVault()
    {
        QTemporaryDir source;
        writeQZoneExport(source.path(), true);
        Library lib;
        const ImportReport report = lib.import(source.path());
        QVERIFY2(!report.failed, qPrintable(report.error));
        for (const QByteArray &bytes :
             {QByteArray("\xFF\xD8\xFF\xE0 index background"), QByteArray("GIF89a spinner"),
              QByteArray("\x89PNG\r\n\x1a\nplay"), QByteArray("\x89PNG\r\n\x1a\ncss bg"),
              QByteArray("\x89PNG\r\n\x1a\nmodule script picture")})
            QCOMPARE(lib.count(QStringLiteral("SELECT COUNT(*) FROM media WHERE sha256 = ?"),
                               QString::fromLatin1(sha(bytes))),
                     0);
        // The person's loose files are all kept: the emoticon and both avatars.
        QCOMPARE(lib.count(QStringLiteral("SELECT COUNT(*) FROM media WHERE sha256 = ?"),
                           QString::fromLatin1(sha("GIF89a emoticon"))),
                 1);
        QCOMPARE(report.filesKept, 3);
    }

    void avatarsAreLinkedToTheirPeople()
    {
        QTemporaryDir source;
        writeQZoneExport(source.path(), true);
        Library lib;
        QVERIFY(!lib.import(source.path()).failed);
        QCOMPARE(lib.avatarBytes(QStringLiteral("20002")), kAvatarOfFriend);
        QCOMPARE(lib.avatarBytes(QStringLiteral("10001")), kAvatarOfOwner);
        // The people page shows it.
        const QVector<PersonSummary> people = PeopleModel::loadPeople(lib.db());
        const auto friendIt = std::find_if(people.begin(), people.end(), [](const PersonSummary &p) {
            return p.uin == QLatin1String("20002");
        });
        QVERIFY(friendIt != people.end());
        QVERIFY(!friendIt->avatarPath.isEmpty());
        QFile shown(friendIt->avatarPath);
        QVERIFY(shown.open(QIODevice::ReadOnly));
        QCOMPARE(shown.readAll(), kAvatarOfFriend);
    }

    void avatarFoundWhenThePersonArrivesLater()
    {
        // The media half (avatars only, nobody named) first, then the text half with the friend.
        QTemporaryDir media, text;
        const QString root = media.path() + QStringLiteral("/QQ空间备份_10001");
        writeFile(root + QStringLiteral("/Common/images/20002"), kAvatarOfFriend);
        writeFile(root + QStringLiteral("/Messages/images/AAAA0001.jpeg"), "\xFF\xD8\xFF\xE0 picture");
        writeQZoneExport(text.path(), true);
        QFile::remove(text.path() + QStringLiteral("/QQ空间备份_10001/Common/images/20002"));
        Library lib;
        QVERIFY(!lib.import(media.path()).failed);
        QVERIFY(lib.avatarBytes(QStringLiteral("20002")).isEmpty());
        QVERIFY(!lib.import(text.path()).failed);
        QCOMPARE(lib.avatarBytes(QStringLiteral("20002")), kAvatarOfFriend);
    }

    void timeMachineAvatars()
    {
        QTemporaryDir source;
        const QString root = source.path() + QStringLiteral("/10001_测试");
        writeFile(root + QStringLiteral("/meta.json"), "{\"tool\":\"QZone-Time-Machine\",\"uin\":\"10001\"}");
        writeFile(root + QStringLiteral("/data/user.json"), "{\"uin\":10001,\"nickname\":\"测试\"}");
        writeFile(root + QStringLiteral("/data/friends.json"), "[{\"uin\":20002,\"name\":\"小红\"}]");
        writeFile(root + QStringLiteral("/data/messages.json"), "[]");
        writeFile(root + QStringLiteral("/media/avatars/20002.jpg"), kAvatarOfFriend);
        writeFile(root + QStringLiteral("/index.html"), "<html></html>");
        writeFile(root + QStringLiteral("/assets/logo.png"), "\x89PNG\r\n\x1a\nviewer logo");
        Library lib;
        const ImportReport report = lib.import(source.path());
        QVERIFY2(!report.failed, qPrintable(report.error));
        QCOMPARE(
            lib.count(QStringLiteral("SELECT COUNT(*) FROM people WHERE uin = '20002' AND is_friend = 1")),
            1);
        QCOMPARE(lib.avatarBytes(QStringLiteral("20002")), kAvatarOfFriend);
        QCOMPARE(lib.count(QStringLiteral("SELECT COUNT(*) FROM media WHERE sha256 = ?"),
                           QString::fromLatin1(sha("\x89PNG\r\n\x1a\nviewer logo"))),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestExporterFiles)
#include "tst_exporterfiles.moc"
