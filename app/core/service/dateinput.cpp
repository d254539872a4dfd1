// SPDX-License-Identifier: GPL-3.0-or-later
#include "dateinput.h"

#include <QRegularExpression>

namespace ks {

namespace {

enum class Unit
{
    Year,
    Month,
    Week,
    Day,
    Hour,
    Minute,
    Second,
    None
};

Unit unitOf(const QString &word)
{
    const QString w = word.toLower();
    if (w == QLatin1String("y") || w == QLatin1String("yr") || w.startsWith(QLatin1String("year")) ||
        w == QStringLiteral("年"))
        return Unit::Year;
    if (w == QLatin1String("mo") || w == QLatin1String("mon") || w.startsWith(QLatin1String("month")) ||
        w == QStringLiteral("月") || w == QStringLiteral("个月"))
        return Unit::Month;
    if (w == QLatin1String("w") || w.startsWith(QLatin1String("week")) || w == QStringLiteral("周") ||
        w == QStringLiteral("星期"))
        return Unit::Week;
    if (w == QLatin1String("d") || w.startsWith(QLatin1String("day")) || w == QStringLiteral("天") ||
        w == QStringLiteral("日"))
        return Unit::Day;
    if (w == QLatin1String("h") || w == QLatin1String("hr") || w.startsWith(QLatin1String("hour")) ||
        w == QStringLiteral("小时") || w == QStringLiteral("时"))
        return Unit::Hour;
    if (w == QLatin1String("m") || w == QLatin1String("min") || w.startsWith(QLatin1String("minute")) ||
        w == QStringLiteral("分") || w == QStringLiteral("分钟"))
        return Unit::Minute;
    if (w == QLatin1String("s") || w == QLatin1String("sec") || w.startsWith(QLatin1String("second")) ||
        w == QStringLiteral("秒"))
        return Unit::Second;
    return Unit::None;
}

} // namespace

std::optional<DateShift> parseDateShift(const QString &text)
{
    static const QRegularExpression term(QStringLiteral("\\s*([+-]?)\\s*(\\d{1,7})\\s*([^\\s\\d+-]+)\\s*"));
    const QString input = text.trimmed();
    if (input.isEmpty())
        return std::nullopt;
    DateShift shift;
    int sign = 1;
    qsizetype at = 0;
    while (at < input.size()) {
        const QRegularExpressionMatch m = term.match(input, at, QRegularExpression::NormalMatch,
                                                     QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch())
            return std::nullopt;
        if (m.captured(1) == QLatin1String("-"))
            sign = -1;
        else if (m.captured(1) == QLatin1String("+"))
            sign = 1;
        const qint64 n = sign * m.captured(2).toLongLong();
        switch (unitOf(m.captured(3))) {
        case Unit::Year:
            shift.years += int(n);
            break;
        case Unit::Month:
            shift.months += int(n);
            break;
        case Unit::Week:
            shift.days += int(n * 7);
            break;
        case Unit::Day:
            shift.days += int(n);
            break;
        case Unit::Hour:
            shift.seconds += n * 3600;
            break;
        case Unit::Minute:
            shift.seconds += n * 60;
            break;
        case Unit::Second:
            shift.seconds += n;
            break;
        case Unit::None:
            return std::nullopt;
        }
        at = m.capturedEnd(0);
    }
    // A thousand years either way is a typo, not a clock that was wrong.
    if (shift.isZero() || qAbs(shift.years + shift.months / 12 + shift.days / 366) > 1000 ||
        qAbs(shift.seconds) > qint64(1000) * 366 * 86400)
        return std::nullopt;
    return shift;
}

std::optional<DateSetting> parseDateSetting(const QString &text)
{
    static const QRegularExpression form(
        QStringLiteral("^(\\d{4})\\s*(?:[-/.]|年)\\s*(\\d{1,2})\\s*(?:[-/.]|月)\\s*(\\d{1,2})\\s*日?"
                       "(?:(?:\\s+|T)(\\d{1,2})[:：](\\d{2})(?:[:：](\\d{2}))?)?"
                       "\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?$"));
    const QRegularExpressionMatch m = form.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    DateSetting setting;
    setting.date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!setting.date.isValid())
        return std::nullopt;
    if (!m.captured(4).isEmpty()) {
        const QTime time(m.captured(4).toInt(), m.captured(5).toInt(),
                         m.captured(6).isEmpty() ? 0 : m.captured(6).toInt());
        if (!time.isValid())
            return std::nullopt;
        setting.time = time;
    }
    const QString zone = m.captured(7);
    if (zone == QLatin1String("Z")) {
        setting.utcOffsetSeconds = 0;
    } else if (!zone.isEmpty()) {
        QString digits = zone.mid(1);
        digits.remove(QLatin1Char(':'));
        const int hours = digits.left(2).toInt();
        const int minutes = digits.size() > 2 ? digits.mid(2).toInt() : 0;
        if (hours > 14 || minutes > 59)
            return std::nullopt;
        setting.utcOffsetSeconds = (zone.at(0) == QLatin1Char('-') ? -1 : 1) * (hours * 3600 + minutes * 60);
    }
    return setting;
}

} // namespace ks
