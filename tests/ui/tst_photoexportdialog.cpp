// SPDX-License-Identifier: GPL-3.0-or-later
// File → Export Photos…: the dialog's choices become the export's, it runs the export off the
// UI thread and reports the count (and the failures by name), in English and in Chinese.
#include "../core/photoexportfixture.h"
#include "export/photoexportdialog.h"
#include "languages.h"

#include <QComboBox>
#include <QDirIterator>
#include <QTest>

using namespace ks;

class TestPhotoExportDialog : public QObject
{
    Q_OBJECT

private:
    test::PhotoExportFixture m_fx;
    QTemporaryDir m_out;

    static int filesUnder(const QString &dir, const QString &suffix)
    {
        int n = 0;
        QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            n += it.next().endsWith(suffix) ? 1 : 0;
        return n;
    }

private slots:
    void initTestCase() { QVERIFY(m_fx.build()); }
    void cleanupTestCase() { applyLanguage(QStringLiteral("en")); }

    void choices()
    {
        ExportSelection current;
        current.year = 2013;
        PhotoExportDialog dialog(m_fx.db, current);
        QCOMPARE(dialog.selection().year, 2013); // what the wall shows is chosen first
        auto *scope = dialog.findChild<QComboBox *>(QStringLiteral("photoScope"));
        scope->setCurrentIndex(0);
        QVERIFY(dialog.selection().isEverything());
        QCOMPARE(dialog.photoLayout(), PhotoLayout::Album);
        dialog.setPhotoLayout(PhotoLayout::Month);
        QCOMPARE(dialog.photoLayout(), PhotoLayout::Month);
    }

    void exportsAndCounts()
    {
        applyLanguage(QStringLiteral("en"));
        PhotoExportDialog dialog(m_fx.db);
        const QString output = m_out.filePath(QStringLiteral("month"));
        dialog.setOutputPath(output);
        dialog.setPhotoLayout(PhotoLayout::Month);
        QStringList failures;
        const ExportResult r = dialog.exportNow(&failures);
        QVERIFY(r.ok);
        QCOMPARE(r.photos, 8);
        QCOMPARE(r.problems, 0);
        QVERIFY(failures.isEmpty());
        QCOMPARE(filesUnder(output, QStringLiteral(".jpg")), 6);
        QCOMPARE(filesUnder(output, QStringLiteral(".xmp")), 2);
        QVERIFY(QFileInfo(output + QStringLiteral("/2012-06")).isDir());
        const QString summary = PhotoExportDialog::summary(r, output);
        QVERIFY2(summary.startsWith(QStringLiteral("8 photos exported to ")), qPrintable(summary));
    }

    void reportsAFailureInChinese()
    {
        // A vault file gone: named, counted, and the others still written.
        QSqlQuery q(m_fx.db.connection());
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT md.vault_path FROM media md JOIN memory_media mm ON mm.media_id = md.id "
                    "JOIN memories m ON m.id = mm.memory_id WHERE m.key = 'post:lost'")) &&
                q.next());
        const QString vaultFile = m_fx.library.path() + QLatin1Char('/') + q.value(0).toString();
        const QString aside = m_out.filePath(QStringLiteral("aside.jpg"));
        QVERIFY(QFile::rename(vaultFile, aside));
        applyLanguage(QStringLiteral("zh_CN"));
        PhotoExportDialog dialog(m_fx.db);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("导出照片"));
        const QString output = m_out.filePath(QStringLiteral("zh"));
        dialog.setOutputPath(output);
        QStringList failures;
        const ExportResult r = dialog.exportNow(&failures);
        QVERIFY(QFile::rename(aside, vaultFile));
        QCOMPARE(r.photos, 7);
        QCOMPARE(r.problems, 1);
        QCOMPARE(failures.size(), 1);
        QVERIFY2(failures.first().contains(QLatin1String("lost.jpg")) &&
                     failures.first().contains(QStringLiteral("保险库")),
                 qPrintable(failures.first()));
        const QString summary = PhotoExportDialog::summary(r, output);
        QVERIFY2(summary.contains(QStringLiteral("已导出 7 张照片")) &&
                     summary.contains(QStringLiteral("1 张照片无法导出")),
                 qPrintable(summary));
        QVERIFY(QFileInfo(output + QStringLiteral("/毕业旅行")).isDir());
    }
};

QTEST_MAIN(TestPhotoExportDialog)
#include "tst_photoexportdialog.moc"
