// SPDX-License-Identifier: GPL-3.0-or-later
// The corpus' plain photo folder, imported through the CLI, checked against EXPECTED.json.
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace ks::test;

namespace {

QList<QJsonObject> jsonLines(const QByteArray &out)
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : out.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("not JSON: %s", line.constData());
        objects << doc.object();
    }
    return objects;
}

QJsonObject jsonObject(const QByteArray &out)
{
    return QJsonDocument::fromJson(out).object();
}

QString sha256File(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

class TestCorpusPhotoFolder : public QObject
{
    Q_OBJECT

    QString m_corpus;
    QString m_source;
    QJsonObject m_expected; ///< sources["photo-folder"]
    QJsonArray m_expectedProblems;
    QTemporaryDir m_library;
    QMap<QString, QPair<QByteArray, qint64>> m_before;

    QByteArray run(const QStringList &args, int expectedExit = 0)
    {
        QByteArray out, err;
        const int code =
            runKeepsake(args + QStringList{QStringLiteral("--library"), m_library.path()}, &out, &err);
        if (code != expectedExit)
            qWarning("keepsake %s exited %d: %s", qPrintable(args.join(u' ')), code, err.constData());
        return code == expectedExit ? out : QByteArray();
    }

private slots:
    void initTestCase()
    {
        m_corpus = corpusDir();
        if (m_corpus.isEmpty()) {
            if (inCi())
                QFAIL("the sample corpus is missing (set KEEPSAKE_CORPUS)");
            QSKIP("the sample corpus is not beside the checkout");
        }
        QVERIFY(m_library.isValid());
        QFile expectedFile(m_corpus + QStringLiteral("/EXPECTED.json"));
        QVERIFY(expectedFile.open(QIODevice::ReadOnly));
        const QJsonObject expected = QJsonDocument::fromJson(expectedFile.readAll()).object();
        m_expected = expected.value(QStringLiteral("sources"))
                         .toObject()
                         .value(QStringLiteral("photo-folder"))
                         .toObject();
        QVERIFY(!m_expected.isEmpty());
        for (const QJsonValue &p : expected.value(QStringLiteral("problems")).toArray()) {
            if (p.toObject().value(QStringLiteral("source")).toString() == QLatin1String("photo-folder"))
                m_expectedProblems << p;
        }
        QVERIFY(!m_expectedProblems.isEmpty());
        m_source = m_corpus + QLatin1Char('/') + m_expected.value(QStringLiteral("path")).toString();
        m_before = snapshotTree(m_source);
        QVERIFY(!m_before.isEmpty());
    }

    void importReport()
    {
        const QJsonObject report =
            jsonObject(run({QStringLiteral("import"), m_source, QStringLiteral("--json")}));
        QVERIFY(!report.isEmpty());
        QCOMPARE(report.value(QStringLiteral("failed")).toBool(), false);
        QVERIFY(report.value(QStringLiteral("formats")).toArray().contains(QStringLiteral("photo-folder")));
        const int photos =
            m_expected.value(QStringLiteral("counts")).toObject().value(QStringLiteral("photos")).toInt();
        QCOMPARE(report.value(QStringLiteral("added")).toInt(), photos);
        // Every photo plus the kept truncated JPEG went into the vault.
        QCOMPARE(report.value(QStringLiteral("media_stored")).toInt(), photos + 1);
    }

    void photosAndExifDates()
    {
        const QJsonObject counts = m_expected.value(QStringLiteral("counts")).toObject();
        const QList<QJsonObject> memories =
            jsonLines(run({QStringLiteral("list"), QStringLiteral("--json")}));
        QCOMPARE(memories.size(), counts.value(QStringLiteral("photos")).toInt());
        int withExif = 0;
        int withoutExif = 0;
        QMap<QString, int> perYear;
        QStringList originals;
        for (const QJsonObject &m : memories) {
            QCOMPARE(m.value(QStringLiteral("kind")).toString(), QStringLiteral("photo"));
            QVERIFY(m.value(QStringLiteral("key")).toString().startsWith(QStringLiteral("photo:sha256:")));
            const QJsonArray media = m.value(QStringLiteral("media")).toArray();
            QCOMPARE(media.size(), 1);
            const QJsonObject file = media.first().toObject();
            QCOMPARE(file.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
            originals << file.value(QStringLiteral("original")).toString();
            const QString taken = file.value(QStringLiteral("taken")).toString();
            if (taken.isEmpty()) {
                ++withoutExif;
                continue;
            }
            ++withExif;
            // The memory's time is the EXIF time read as UTC+8 wall clock.
            QCOMPARE(m.value(QStringLiteral("created")).toString(), taken + QStringLiteral("+08:00"));
            ++perYear[taken.left(4)];
        }
        QCOMPARE(withExif, counts.value(QStringLiteral("photos_with_exif_date")).toInt());
        QCOMPARE(withoutExif, counts.value(QStringLiteral("photos_without_exif")).toInt());
        const QJsonObject expectedYears = m_expected.value(QStringLiteral("per_year"))
                                              .toObject()
                                              .value(QStringLiteral("photos_by_exif_date"))
                                              .toObject();
        QMap<QString, int> expectedPerYear;
        for (auto it = expectedYears.begin(); it != expectedYears.end(); ++it)
            expectedPerYear.insert(it.key(), it.value().toInt());
        QCOMPARE(perYear, expectedPerYear);

        // Ignored files are not memories.
        const QJsonArray ignored = m_expected.value(QStringLiteral("ignored")).toArray();
        QCOMPARE(ignored.size(), counts.value(QStringLiteral("ignored_non_images")).toInt());
        for (const QJsonValue &path : ignored)
            QVERIFY2(!originals.contains(QFileInfo(path.toString()).fileName()), qPrintable(path.toString()));
        // The empty and the truncated file are not memories either.
        for (const QJsonValue &p : m_expectedProblems)
            QVERIFY(!originals.contains(
                QFileInfo(p.toObject().value(QStringLiteral("path")).toString()).fileName()));
    }

    void problemsNameTheFiles()
    {
        const QList<QJsonObject> problems =
            jsonLines(run({QStringLiteral("problems"), QStringLiteral("--json")}));
        QStringList actual;
        for (const QJsonObject &p : problems) {
            const QString file = p.value(QStringLiteral("file")).toString();
            QVERIFY2(file.startsWith(m_corpus + QLatin1Char('/')), qPrintable(file));
            actual << p.value(QStringLiteral("kind")).toString() + QLatin1Char(' ') +
                          file.mid(m_corpus.size() + 1);
        }
        QStringList expected;
        for (const QJsonValue &v : m_expectedProblems) {
            const QJsonObject p = v.toObject();
            expected << p.value(QStringLiteral("problem")).toString() + QLatin1Char(' ') +
                            p.value(QStringLiteral("path")).toString();
        }
        actual.sort();
        expected.sort();
        QCOMPARE(actual, expected);
    }

    void truncatedJpegIsKeptInTheVault()
    {
        QString truncated;
        for (const QJsonValue &v : m_expectedProblems) {
            if (v.toObject().value(QStringLiteral("problem")).toString() == QLatin1String("corrupt"))
                truncated =
                    m_corpus + QLatin1Char('/') + v.toObject().value(QStringLiteral("path")).toString();
        }
        QVERIFY(QFileInfo::exists(truncated));
        const QString sha = sha256File(truncated);
        const QStringList stored = QDir(m_library.path() + QStringLiteral("/vault/") + sha.left(2))
                                       .entryList({sha + QStringLiteral(".*")}, QDir::Files);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(sha256File(m_library.path() + QStringLiteral("/vault/") + sha.left(2) + QLatin1Char('/') +
                            stored.first()),
                 sha);
    }

    void stats()
    {
        const QJsonObject counts = m_expected.value(QStringLiteral("counts")).toObject();
        const QJsonObject stats = jsonObject(run({QStringLiteral("stats"), QStringLiteral("--json")}));
        const int photos = counts.value(QStringLiteral("photos")).toInt();
        QCOMPARE(stats.value(QStringLiteral("memories")).toObject().value(QStringLiteral("photo")).toInt(),
                 photos);
        QCOMPARE(stats.value(QStringLiteral("tags")).toInt(), counts.value(QStringLiteral("tags")).toInt());
        QCOMPARE(stats.value(QStringLiteral("people")).toInt(), 0); // the "local" owner is no person
        QCOMPARE(stats.value(QStringLiteral("problems")).toInt(), int(m_expectedProblems.size()));
        const QJsonObject media = stats.value(QStringLiteral("media")).toObject();
        QCOMPARE(media.value(QStringLiteral("files")).toInt(), photos + 1);
        QCOMPARE(media.value(QStringLiteral("missing")).toInt(), 0);
    }

    void secondImportAddsNothing()
    {
        const QByteArray statsBefore = run({QStringLiteral("stats"), QStringLiteral("--json")});
        const QByteArray listBefore = run({QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonObject report =
            jsonObject(run({QStringLiteral("import"), m_source, QStringLiteral("--json")}));
        QCOMPARE(report.value(QStringLiteral("added")).toInt(), 0);
        QCOMPARE(report.value(QStringLiteral("updated")).toInt(), 0);
        QCOMPARE(report.value(QStringLiteral("media_stored")).toInt(), 0);
        QCOMPARE(run({QStringLiteral("stats"), QStringLiteral("--json")}), statsBefore);
        QCOMPARE(run({QStringLiteral("list"), QStringLiteral("--json")}), listBefore);
    }

    void sourceIsUnchanged() { QCOMPARE(snapshotTree(m_source), m_before); }
};

QTEST_GUILESS_MAIN(TestCorpusPhotoFolder)
#include "tst_corpus_photofolder.moc"
