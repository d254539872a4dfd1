// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewimage.h"

#include "exportdata.h"
#include "themes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QFontMetricsF>
#include <QImageReader>
#include <QLinearGradient>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace ks {

namespace {

// Paints top to bottom; every block moves the cursor down by what it used.
class ReviewPainter
{
public:
    ReviewPainter(QPainter &p, const Theme &theme, int width) : m_p(p), m_theme(theme), m_width(width) {}

    double y = 0;
    QList<int> cuts; ///< between blocks

    QFont font(double px, bool bold = false) const
    {
        QFont f;
        f.setPixelSize(int(px));
        f.setBold(bold);
        return f;
    }

    double text(const QString &s, double px, const QColor &color, bool bold = false, double x = 72,
                double width = 0, Qt::Alignment align = Qt::AlignLeft)
    {
        const double w = width > 0 ? width : m_width - 2 * x;
        m_p.setFont(font(px, bold));
        m_p.setPen(color);
        const QRectF box(x, y, w, 10000);
        const QRectF used = m_p.boundingRect(box, int(align) | Qt::TextWordWrap, s);
        m_p.drawText(box, int(align) | Qt::TextWordWrap, s);
        return used.height();
    }

    void card(double height, const std::function<void(double top)> &inside)
    {
        const QRectF box(48, y, m_width - 96, height);
        QPainterPath path;
        path.addRoundedRect(box, 28, 28);
        m_p.fillPath(path, m_theme.surface);
        m_p.setPen(QPen(m_theme.border, 2));
        m_p.drawPath(path);
        const double top = y;
        inside(top);
        y = top + height + 32;
        cuts.append(int(y - 16));
    }

    // A heading, then lines of "name ····· n" with a bar behind each.
    void ranking(const QString &heading, const QList<QPair<QString, int>> &items, const QString &unit)
    {
        if (items.isEmpty())
            return;
        const double height = 120 + items.size() * 64;
        card(height, [&](double top) {
            y = top + 36;
            text(heading, 34, m_theme.heading, true);
            const int most = items.first().second;
            for (int i = 0; i < items.size(); ++i) {
                const double rowTop = top + 108 + i * 64;
                const double full = m_width - 96 - 2 * 48;
                const double bar = full * items.at(i).second / qMax(1, most);
                QPainterPath path;
                path.addRoundedRect(QRectF(96, rowTop, qMax(bar, 24.0), 48), 24, 24);
                QColor fill = m_theme.accent;
                fill.setAlpha(i == 0 ? 90 : 45);
                m_p.fillPath(path, fill);
                y = rowTop + 6;
                text(items.at(i).first, 30, m_theme.text, i == 0, 120, full * 0.7);
                y = rowTop + 6;
                text(unit.arg(items.at(i).second), 30, m_theme.secondary, false, 96, full - 24,
                     Qt::AlignRight);
            }
        });
    }

    void memoryCard(const QString &heading, const ReviewMemory &m, const QString &note)
    {
        if (!m.isValid())
            return;
        const double inner = m_width - 2 * 96;
        m_p.setFont(font(32));
        const double body =
            m_p.boundingRect(QRectF(0, 0, inner, 10000), Qt::TextWordWrap, m.excerpt).height();
        card(150 + body + (note.isEmpty() ? 0 : 48), [&](double top) {
            y = top + 36;
            y += text(heading, 28, m_theme.secondary, true, 96, inner) + 8;
            y += text(m.excerpt, 32, m_theme.text, false, 96, inner) + 12;
            if (!note.isEmpty())
                text(note, 26, m_theme.secondary, false, 96, inner);
        });
    }

private:
    QPainter &m_p;
    const Theme &m_theme;
    int m_width;
};

QString dayOf(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    return t.isValid() ? QLocale().toString(t.date(), QCoreApplication::translate("ks::YearReview", "MMMM d"))
                       : QString();
}

} // namespace

ReviewImageOptions reviewImageOptions(const ExportSource &source, const QString &themeId)
{
    ReviewImageOptions options;
    options.themeId = themeId;
    if (!source.ownerName().isEmpty())
        options.title = QCoreApplication::translate("BookExporter", "%1's QQ Space").arg(source.ownerName());
    options.emoticonPath = [&source](const QString &id) {
        return source.emoticonPath(id.mid(1));
    };
    return options;
}

QImage renderYearReview(const YearReview &r, const ReviewImageOptions &options, QList<int> *cuts)
{
    const Theme &theme = themeById(options.themeId);
    const int width = options.width;
    QImage image(width, 6000, QImage::Format_RGB32);
    image.fill(theme.window);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    ReviewPainter draw(p, theme, width);

    // The band: the year, large.
    QLinearGradient band(0, 0, width, 520);
    band.setColorAt(0, theme.band);
    band.setColorAt(1, theme.accent);
    p.fillRect(QRectF(0, 0, width, 520), band);
    draw.y = 96;
    draw.text(QCoreApplication::translate("ks::YearReview", "Year in review"), 40, theme.bandText, true);
    draw.y = 160;
    draw.text(QString::number(r.year), 200, theme.bandText, true);
    draw.y = 420;
    if (!options.title.isEmpty())
        draw.text(options.title, 34, theme.bandText);
    draw.y = 580;
    draw.cuts.append(540);

    if (r.isEmpty()) {
        draw.text(QCoreApplication::translate("ks::YearReview", "Nothing was kept from this year."), 40,
                  theme.text, true);
        draw.y += 120;
    } else {
        // Four big figures, two by two.
        const QList<QPair<int, QString>> figures{
            {r.memories, QCoreApplication::translate("ks::YearReview", "%n memories", nullptr, r.memories)},
            {r.photos, QCoreApplication::translate("ks::YearReview", "%n photos", nullptr, r.photos)},
            {r.words,
             QCoreApplication::translate("ks::YearReview", "%n characters written", nullptr, r.words)},
            {r.comments, QCoreApplication::translate("ks::YearReview", "%n comments", nullptr, r.comments)}};
        const double cell = (width - 96 - 32) / 2.0;
        for (int i = 0; i < figures.size(); ++i) {
            const double x = 48 + (i % 2) * (cell + 32);
            const double top = draw.y + (i / 2) * 232;
            QPainterPath path;
            path.addRoundedRect(QRectF(x, top, cell, 200), 28, 28);
            p.fillPath(path, theme.surface);
            p.setPen(QPen(theme.border, 2));
            p.drawPath(path);
            const double saved = draw.y;
            draw.y = top + 28;
            draw.text(QLocale().toString(figures.at(i).first), 72, theme.accent, true, x + 32, cell - 64);
            draw.y = top + 128;
            QString label = figures.at(i).second;
            label.remove(QLocale().toString(figures.at(i).first))
                .remove(QString::number(figures.at(i).first));
            draw.text(label.trimmed(), 30, theme.secondary, false, x + 32, cell - 64);
            draw.y = saved;
        }
        draw.y += 2 * 232 + 16;
        draw.cuts.append(int(draw.y - 16));

        // The months, as bars.
        draw.card(380, [&](double top) {
            draw.y = top + 36;
            draw.text(r.busiestMonth
                          ? QCoreApplication::translate("ks::YearReview", "Busiest month: %1 (%n memories)",
                                                        nullptr, r.busiestMonthCount)
                                .arg(QLocale().monthName(r.busiestMonth))
                          : QCoreApplication::translate("ks::YearReview", "Month by month"),
                      32, theme.heading, true);
            const int most = *std::max_element(r.perMonth.cbegin(), r.perMonth.cend());
            const double slot = (width - 2 * 96) / 12.0;
            for (int m = 0; m < 12; ++m) {
                const double h = 200.0 * r.perMonth.at(m) / qMax(1, most);
                QColor fill = m + 1 == r.busiestMonth ? theme.accent : theme.border;
                p.fillRect(QRectF(96 + m * slot + slot * 0.15, top + 310 - h, slot * 0.7, qMax(h, 3.0)),
                           fill);
                draw.y = top + 318;
                draw.text(QString::number(m + 1), 22, theme.secondary, false, 96 + m * slot, slot,
                          Qt::AlignHCenter);
            }
        });
        if (r.busiestDay.isValid())
            draw.memoryCard(QCoreApplication::translate("ks::YearReview", "The busiest day"),
                            ReviewMemory{1,
                                         {},
                                         {},
                                         {},
                                         QLocale().toString(r.busiestDay, QCoreApplication::translate(
                                                                              "ks::YearReview", "MMMM d")),
                                         0},
                            QCoreApplication::translate("ks::YearReview", "%n memories that day", nullptr,
                                                        r.busiestDayCount));
        draw.memoryCard(QCoreApplication::translate("ks::YearReview", "The first post of the year · %1")
                            .arg(dayOf(r.first.when)),
                        r.first, QString());
        draw.memoryCard(QCoreApplication::translate("ks::YearReview", "The last post of the year · %1")
                            .arg(dayOf(r.last.when)),
                        r.last, QString());
        draw.memoryCard(
            QCoreApplication::translate("ks::YearReview", "The longest · %1").arg(dayOf(r.longest.when)),
            r.longest,
            QCoreApplication::translate("ks::YearReview", "%n characters", nullptr, r.longest.count));
        draw.memoryCard(
            QCoreApplication::translate("ks::YearReview", "The most talked about · %1")
                .arg(dayOf(r.mostCommented.when)),
            r.mostCommented,
            QCoreApplication::translate("ks::YearReview", "%n comments", nullptr, r.mostCommented.count));
        draw.ranking(QCoreApplication::translate("ks::YearReview", "Who commented most"), r.commenters,
                     QCoreApplication::translate("ks::YearReview", "%1 ×"));
        draw.ranking(QCoreApplication::translate("ks::YearReview", "Who left the most notes"), r.boardWriters,
                     QCoreApplication::translate("ks::YearReview", "%1 ×"));
        draw.ranking(QCoreApplication::translate("ks::YearReview", "Places"), r.places,
                     QCoreApplication::translate("ks::YearReview", "%1 ×"));

        if (!r.emoticons.isEmpty()) {
            draw.card(240, [&](double top) {
                draw.y = top + 36;
                draw.text(QCoreApplication::translate("ks::YearReview", "Emoticons used most"), 32,
                          theme.heading, true);
                double x = 96;
                for (const auto &[id, count] : r.emoticons) {
                    const QString path = options.emoticonPath ? options.emoticonPath(id) : QString();
                    QImageReader reader(path);
                    reader.setDecideFormatFromContent(true);
                    const QImage face = path.isEmpty() ? QImage() : reader.read();
                    if (!face.isNull())
                        p.drawImage(QRectF(x, top + 104, 64, 64), face);
                    else {
                        draw.y = top + 116;
                        draw.text(QStringLiteral("[%1]").arg(id), 22, theme.secondary, false, x, 90);
                    }
                    draw.y = top + 176;
                    draw.text(QStringLiteral("×%1").arg(count), 24, theme.secondary, false, x, 90);
                    x += 104;
                    if (x > width - 160)
                        break;
                }
            });
        }
        for (const ReviewMemory &m : r.onThisDay)
            draw.memoryCard(
                QCoreApplication::translate("ks::YearReview", "On this day, %1").arg(dayOf(m.when)), m,
                QString());
    }
    draw.y += 16;
    draw.text(QCoreApplication::translate("ks::YearReview", "Kept by Keepsake · 时光匣"), 24, theme.secondary,
              false, 72, 0, Qt::AlignHCenter);
    draw.y += 96;
    p.end();
    const int height = int(qMin(draw.y, 6000.0));
    if (cuts) {
        *cuts = draw.cuts;
        cuts->append(height);
    }
    return image.copy(0, 0, width, height);
}

} // namespace ks
