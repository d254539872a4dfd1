// SPDX-License-Identifier: GPL-3.0-or-later
// Privacy when sharing, on the corpus: a privacy-mode HTML site, PDF, memory book and photo
// export hold no friend's name, no QQ number and no comment text, no private diary, and no GPS
// in any photo; the same exports without --privacy do hold them (so the check can fail).
#include "corpuslibrary.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace ks;
using namespace ks::test;

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Every text file of a site, a PDF's text, and the EXIF of every photo, as one string each.
QString siteText(const QString &dir)
{
    QString all;
    QDirIterator it(dir, {QStringLiteral("*.html"), QStringLiteral("*.js"), QStringLiteral("*.css")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        all += readText(it.next()) + QLatin1Char('\n');
    // File names too: an avatar named by its QQ number would give it away.
    QDirIterator names(dir, QDir::Files, QDirIterator::Subdirectories);
    while (names.hasNext())
        all += names.next() + QLatin1Char('\n');
    return all;
}

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(120000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestPrivacyCorpus : public QObject
{
    Q_OBJECT

private:
    CorpusLibrary m_lib;
    QTemporaryDir m_out;
    QStringList m_names;    ///< friends' names of two and more characters
    QStringList m_numbers;  ///< every QQ number the library knows
    QStringList m_comments; ///< friends' comment texts, long enough to be their own words
    QStringList m_private;  ///< titles of private diaries

    int keepsake(const QStringList &args)
    {
        QByteArray out, err;
        const int code =
            runKeepsake(args + QStringList{QStringLiteral("--library"), m_lib.path()}, &out, &err);
        if (code != 0)
            qWarning("keepsake %s: %s", qPrintable(args.join(QLatin1Char(' '))), err.constData());
        return code;
    }

    // The first forbidden text @p text holds, or an empty string.
    QString leak(const QString &text, bool checkComments = true) const
    {
        for (const QStringList *list : {&m_names, &m_numbers, &m_private})
            for (const QString &s : *list)
                if (text.contains(s))
                    return s;
        if (checkComments)
            for (const QString &s : m_comments)
                if (text.contains(s))
                    return s;
        return QString();
    }

    // Everything a privacy export and a plain one of the same kind show.
    QString exportText(const QString &what, bool privacy)
    {
        const QString out =
            m_out.filePath(what + (privacy ? QStringLiteral("-private") : QStringLiteral("-plain")));
        QStringList extra;
        if (privacy)
            extra << QStringLiteral("--privacy");
        if (what == QLatin1String("html")) {
            if (keepsake(QStringList{QStringLiteral("export"), QStringLiteral("html"), out} + extra) != 0)
                return QStringLiteral("<export failed>");
            return siteText(out);
        }
        if (what == QLatin1String("pdf") || what == QLatin1String("book")) {
            const QString pdf = out + QStringLiteral(".pdf");
            const QStringList args = what == QLatin1String("pdf")
                                         ? QStringList{QStringLiteral("export"), QStringLiteral("pdf"), pdf}
                                         : QStringList{QStringLiteral("book"), m_bookYear, pdf};
            if (keepsake(args + extra) != 0)
                return QStringLiteral("<export failed>");
            return run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        }
        // Photos: their names and every metadata field exiftool reads.
        if (keepsake(QStringList{QStringLiteral("export"), QStringLiteral("photos"), out} + extra) != 0)
            return QStringLiteral("<export failed>");
        return run(QStringLiteral("exiftool"), {QStringLiteral("-j"), QStringLiteral("-a"),
                                                QStringLiteral("-G1"), QStringLiteral("-r"), out});
    }

    QString m_bookYear;

private slots:
    void initTestCase()
    {
        const QString corpus = corpusDir();
        if (corpus.isEmpty()) {
            if (inCi())
                QFAIL("the sample corpus (../shared/corpus) is missing");
            QSKIP("sample corpus not available");
        }
        for (const char *tool : {"pdftotext", "exiftool"})
            QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty(), tool);
        for (const char *source : {"qzoneexport-html", "qzone-archiver-spa", "photo-folder"})
            m_lib.import(corpus + QLatin1Char('/') + QLatin1String(source));

        const QString owner =
            m_lib.scalar(QStringLiteral("SELECT uin FROM accounts ORDER BY id LIMIT 1")).toString();
        const QString ownerName =
            m_lib.scalar(QStringLiteral("SELECT nickname FROM accounts ORDER BY id LIMIT 1")).toString();
        for (const QString &name : m_lib.column(
                 QStringLiteral("SELECT name FROM people WHERE uin IS NOT ? UNION SELECT remark FROM people "
                                "WHERE uin IS NOT ? UNION SELECT pn.name FROM person_names pn JOIN people p "
                                "ON p.id = pn.person_id WHERE p.uin IS NOT ?"),
                 {owner, owner, owner}))
            if (name.trimmed().size() >= 2 && name.trimmed() != ownerName)
                m_names << name.trimmed();
        for (const QString &uin :
             m_lib.column(QStringLiteral("SELECT uin FROM people WHERE length(uin) >= 5 UNION "
                                         "SELECT uin FROM accounts WHERE length(uin) >= 5")))
            m_numbers << uin;
        for (const QString &text : m_lib.column(
                 QStringLiteral(
                     "SELECT c.body_text FROM comments c LEFT JOIN people p ON p.id = c.author_id WHERE "
                     "p.uin IS NOT ? AND length(c.body_text) >= 6 AND c.body_text NOT LIKE '%[em]%'"),
                 {owner}))
            m_comments << text.trimmed();
        m_private = m_lib.column(QStringLiteral(
            "SELECT title FROM memories d WHERE kind = 'diary' AND length(title) >= 3 AND NOT EXISTS "
            "(SELECT 1 FROM memories o WHERE o.kind <> 'diary' AND o.title = d.title)"));
        m_bookYear =
            m_lib
                .scalar(QStringLiteral("SELECT strftime('%Y', created + utc_offset, 'unixepoch') AS y "
                                       "FROM memories WHERE created IS NOT NULL AND kind IN ('post', "
                                       "'board') GROUP BY y ORDER BY COUNT(*) DESC LIMIT 1"))
                .toString();
        QVERIFY2(!m_names.isEmpty() && !m_numbers.isEmpty() && !m_comments.isEmpty(),
                 "the corpus has friends, QQ numbers and comments");
    }

    void nothingOfTheFriendsLeaks_data()
    {
        QTest::addColumn<QString>("what");
        for (const char *what : {"html", "pdf", "book", "photos"})
            QTest::newRow(what) << QString::fromLatin1(what);
    }

    void nothingOfTheFriendsLeaks()
    {
        QFETCH(QString, what);
        // The plain export shows friends (photos: at least their GPS), or this check proves nothing.
        const QString plain = exportText(what, false);
        QVERIFY(!plain.startsWith(QLatin1Char('<')));
        if (what == QLatin1String("photos"))
            QVERIFY2(plain.contains(QLatin1String("GPSLatitude")), "the corpus photos carry GPS");
        else
            QVERIFY2(!leak(plain).isEmpty(), "the plain export names no friend: the check proves nothing");

        const QString shared = exportText(what, true);
        QVERIFY(!shared.startsWith(QLatin1Char('<')));
        const QString found = leak(shared);
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1 shows \"%2\"").arg(what, found)));
        QVERIFY2(!shared.contains(QLatin1String("GPSLatitude")) &&
                     !shared.contains(QLatin1String("GPSLongitude")),
                 "a photo still says where it was taken");
        if (what == QLatin1String("html")) {
            // What the source marks private has no page in the shared site, and has one without --privacy.
            const QStringList privateIds = m_lib.column(
                QStringLiteral("SELECT id FROM memories WHERE kind = 'diary' OR json_extract(extra_json, "
                               "'$.private') IN (1, 'true')"));
            QVERIFY2(!privateIds.isEmpty(), "the corpus has private diaries");
            for (const QString &id : privateIds) {
                QVERIFY(QFileInfo::exists(m_out.filePath(QStringLiteral("html-plain/m/%1.html").arg(id))));
                QVERIFY2(!QFileInfo::exists(m_out.filePath(QStringLiteral("html-private/m/%1.html").arg(id))),
                         qPrintable(id));
            }
        }
        if (what != QLatin1String("photos"))
            QVERIFY2(shared.contains(QStringLiteral("好友 ")) || shared.contains(QLatin1String("Friend ")) ||
                         !leak(plain, false).isEmpty() == false,
                     "friends are shown as neutral labels");
    }
};

QTEST_GUILESS_MAIN(TestPrivacyCorpus)
#include "tst_privacy_corpus.moc"
