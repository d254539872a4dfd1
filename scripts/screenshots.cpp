// SPDX-License-Identifier: GPL-3.0-or-later
// Renders what a person sees, offscreen, in one language and one theme, from a fresh library
// that imports the bundled sample export (so the import report is a real first import):
//   keepsake-screenshots <sample.zip> <out-dir> <zh_CN|en> <classic|paper|dark|contrast>
//     → wall, post, viewer, on-this-day, on-this-day-empty, people, statistics, import-report
//       as <view>-<theme>-<language>.png
//   keepsake-screenshots --spread <left.png> <right.png> <out.png>
//     → two book pages side by side, as a printed book opens (scripts/screenshots.sh).
// Used by scripts/screenshots.sh.
#include "appearance.h"
#include "detail/detailwindows.h"
#include "detail/pagestack.h"
#include "languages.h"
#include "library/appidentity.h"
#include "library/database.h"
#include "mainwindow.h"
#include "problems/problemsview.h"
#include "service/library.h"
#include "wall/onthisdaypage.h"
#include "wall/wallview.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

qint64 firstId(ks::Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (q.exec(sql) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

bool save(QWidget *widget, const QString &path)
{
    // Let layouts, delayed item layouts and the first thumbnails settle.
    for (int i = 0; i < 25; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(40);
    }
    const bool ok = widget->grab().save(path);
    err() << (ok ? "wrote " : "FAILED ") << path << Qt::endl;
    return ok;
}

int spread(const QString &left, const QString &right, const QString &out)
{
    const QImage a(left), b(right);
    if (a.isNull() || b.isNull()) {
        err() << "cannot read " << (a.isNull() ? left : right) << Qt::endl;
        return 1;
    }
    // The open book on a table: both pages, a gutter shadow, a margin around.
    const int margin = 24;
    QImage image(a.width() + b.width() + 2 * margin, qMax(a.height(), b.height()) + 2 * margin,
                 QImage::Format_RGB32);
    image.fill(QColor(0x6b, 0x5b, 0x4b));
    QPainter painter(&image);
    painter.drawImage(margin, margin, a);
    painter.drawImage(margin + a.width(), margin, b);
    QLinearGradient gutter(margin + a.width() - 18, 0, margin + a.width() + 18, 0);
    gutter.setColorAt(0, QColor(0, 0, 0, 0));
    gutter.setColorAt(0.5, QColor(0, 0, 0, 60));
    gutter.setColorAt(1, QColor(0, 0, 0, 0));
    painter.fillRect(QRect(margin + a.width() - 18, margin, 36, image.height() - 2 * margin), gutter);
    painter.end();
    const bool ok = image.save(out);
    err() << (ok ? "wrote " : "FAILED ") << out << Qt::endl;
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // leave the person's settings alone
    ks::setApplicationIdentity();
    const QStringList args = QCoreApplication::arguments();
    if (args.size() == 5 && args.at(1) == QLatin1String("--spread"))
        return spread(args.at(2), args.at(3), args.at(4));
    if (args.size() < 5) {
        err() << "usage: keepsake-screenshots <sample.zip> <out-dir> <zh_CN|en> <theme>\n"
                 "       keepsake-screenshots --spread <left.png> <right.png> <out.png>"
              << Qt::endl;
        return 2;
    }
    const QString language = args.at(3);
    const QString theme = args.at(4);
    QSettings().clear();
    ks::applyLanguage(language);
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPointSize(10);
    QApplication::setFont(font);

    QTemporaryDir libraryDir;
    ks::Database db;
    QString error;
    if (!libraryDir.isValid() || !db.open(libraryDir.path(), &error)) {
        err() << "cannot make a library: " << error << Qt::endl;
        return 1;
    }
    // Beside the sample, a photo folder with one picture and one damaged file, so that the
    // import report shows what a person meets with a real old backup.
    QTemporaryDir photos;
    const QString folder = photos.path() + QStringLiteral("/2013 厦门");
    QDir().mkpath(folder);
    QImage picture(640, 480, QImage::Format_RGB32);
    picture.fill(QColor(0x4a, 0x90, 0xc8));
    picture.save(folder + QStringLiteral("/IMG_0001.jpg"));
    QFile damaged(folder + QStringLiteral("/IMG_0002.jpg"));
    if (damaged.open(QIODevice::WriteOnly))
        damaged.write(QByteArray("\xff\xd8\xff\xe0 this download stopped half way", 45));
    damaged.close();
    const ks::ImportReport report = ks::Library(db).import({args.at(1), folder}); // as the window does
    if (report.failed) {
        err() << "the sample did not import: " << report.error << Qt::endl;
        return 1;
    }
    const QString out = args.at(2);
    QDir().mkpath(out);
    const auto path = [&](const QString &view) {
        return QStringLiteral("%1/%2-%3-%4.png").arg(out, view, theme, language);
    };
    bool ok = true;

    ks::MainWindow window(db);
    window.appearance()->setTheme(theme);
    window.resize(1200, 800);
    window.setToday(QDate(2026, 6, 24)); // the sample has memories of 24 June in earlier years
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        err() << "the window was not exposed" << Qt::endl;
        return 1;
    }
    ok = save(&window, path(QStringLiteral("wall"))) && ok;

    // The post with the deepest conversation and some photos, opened as a page.
    const qint64 post = firstId(
        db, QStringLiteral("SELECT m.id FROM memories m WHERE m.kind = 'post' ORDER BY "
                           "(SELECT COUNT(*) FROM comments c WHERE c.memory_id = m.id AND c.parent_id IS NOT "
                           "NULL) > 0 DESC, "
                           "(SELECT COUNT(*) FROM memory_media mm WHERE mm.memory_id = m.id) >= 2 DESC, "
                           "(SELECT COUNT(*) FROM comments c WHERE c.memory_id = m.id) DESC, m.id LIMIT 1"));
    ks::openMemoryDetail(db, post, window.wallView());
    ok = save(&window, path(QStringLiteral("post"))) && ok;
    window.pageStack()->closeAll();

    // A photo with EXIF, in the immersive viewer.
    const qint64 photo =
        firstId(db, QStringLiteral("SELECT m.id FROM memories m JOIN memory_media mm ON mm.memory_id = m.id "
                                   "JOIN media md ON md.id = mm.media_id WHERE m.kind = 'photo' "
                                   "ORDER BY md.camera_model IS NULL, m.created DESC LIMIT 1 OFFSET 2"));
    ks::openMemoryDetail(db, photo, window.wallView());
    ok = save(&window, path(QStringLiteral("viewer"))) && ok;
    window.pageStack()->closeAll();

    window.showPage(ks::MainWindow::Page::OnThisDay);
    ok = save(&window, path(QStringLiteral("on-this-day"))) && ok;
    // A day without memories in its week: the nearest days and the date picker.
    for (QDate day(2026, 3, 1); day < QDate(2026, 12, 31); day = day.addDays(7)) {
        window.setToday(day);
        if (window.onThisDayPage()->model()->result().isEmpty())
            break;
    }
    ok = save(&window, path(QStringLiteral("on-this-day-empty"))) && ok;

    window.showPage(ks::MainWindow::Page::People);
    ok = save(&window, path(QStringLiteral("people"))) && ok;
    window.showPage(ks::MainWindow::Page::Statistics);
    ok = save(&window, path(QStringLiteral("statistics"))) && ok;
    window.showPage(ks::MainWindow::Page::Wall);

    QDialog *dialog = ks::createImportReport(&window, report);
    dialog->show();
    ok = save(dialog, path(QStringLiteral("import-report"))) && ok;
    dialog->close();
    return ok ? 0 : 1;
}
