// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the detail views of a library into PNG files, offscreen and in Chinese:
//   keepsake-screenshots <library-dir> <out-dir>
// Used by scripts/screenshots.sh with a library imported from the bundled sample export.
#include "detail/detailwindows.h"
#include "detail/photoviewer.h"
#include "languages.h"
#include "library/appidentity.h"
#include "library/database.h"

#include <QApplication>
#include <QDir>
#include <QFont>
#include <QSqlQuery>
#include <QTest>
#include <QTextStream>
#include <QWidget>

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

bool save(QWidget *widget, const QSize &size, const QString &path)
{
    widget->resize(size);
    widget->show();
    if (!QTest::qWaitForWindowExposed(widget)) {
        err() << "not exposed: " << path << Qt::endl;
        return false;
    }
    // Let layouts and delayed item layouts settle.
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(20);
    }
    const bool ok = widget->grab().save(path);
    err() << (ok ? "wrote " : "FAILED ") << path << Qt::endl;
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    ks::setApplicationIdentity();
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3) {
        err() << "usage: keepsake-screenshots <library-dir> <out-dir>" << Qt::endl;
        return 2;
    }
    ks::applyLanguage(QStringLiteral("zh_CN"));
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPointSize(10);
    QApplication::setFont(font);

    ks::Database db;
    QString error;
    if (!db.open(args.at(1), &error)) {
        err() << "cannot open library: " << error << Qt::endl;
        return 1;
    }
    const QString out = args.at(2);
    QDir().mkpath(out);
    bool ok = true;

    // The post with the deepest conversation and some photos.
    const qint64 post = firstId(
        db, QStringLiteral("SELECT m.id FROM memories m WHERE m.kind = 'post' ORDER BY "
                           "(SELECT COUNT(*) FROM comments c WHERE c.memory_id = m.id AND c.parent_id IS NOT "
                           "NULL) > 0 DESC, "
                           "(SELECT COUNT(*) FROM memory_media mm WHERE mm.memory_id = m.id) >= 2 DESC, "
                           "(SELECT COUNT(*) FROM comments c WHERE c.memory_id = m.id) DESC, m.id LIMIT 1"));
    if (QWidget *w = ks::createMemoryDetail(db, post, nullptr)) {
        ok = save(w, QSize(1100, 760), out + QStringLiteral("/post-detail.png")) && ok;
        delete w;
    }
    // A blog with a picture in it.
    const qint64 blog = firstId(
        db, QStringLiteral("SELECT m.id FROM memories m WHERE m.kind IN ('blog', 'diary') ORDER BY "
                           "(SELECT COUNT(*) FROM memory_media mm WHERE mm.memory_id = m.id) DESC, "
                           "(SELECT COUNT(*) FROM comments c WHERE c.memory_id = m.id) DESC LIMIT 1"));
    if (QWidget *w = ks::createMemoryDetail(db, blog, nullptr)) {
        ok = save(w, QSize(1100, 760), out + QStringLiteral("/blog.png")) && ok;
        delete w;
    }
    // A photo with EXIF, in its album.
    const qint64 photo =
        firstId(db, QStringLiteral("SELECT m.id FROM memories m JOIN memory_media mm ON mm.memory_id = m.id "
                                   "JOIN media md ON md.id = mm.media_id WHERE m.kind = 'photo' "
                                   "ORDER BY md.camera_model IS NULL, m.created DESC LIMIT 1 OFFSET 2"));
    if (QWidget *w = ks::createMemoryDetail(db, photo, nullptr)) {
        ok = save(w, QSize(1100, 700), out + QStringLiteral("/photo-viewer.png")) && ok;
        delete w;
    }
    {
        ks::PeoplePage page(db);
        ok = save(&page, QSize(1000, 560), out + QStringLiteral("/people.png")) && ok;
    }
    {
        ks::StatisticsPage page(db);
        ok = save(&page, QSize(1000, 820), out + QStringLiteral("/statistics.png")) && ok;
    }
    return ok ? 0 : 1;
}
