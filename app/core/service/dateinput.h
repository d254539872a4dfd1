// SPDX-License-Identifier: GPL-3.0-or-later
// What a person types to put a date right: a date ("2012-06-07", "2012-06-07 21:15",
// "2012-06-07T21:15:30+08:00") or a shift ("+1 year", "+8h", "-1y 2mo", "+3天", "-30 分钟").
#pragma once

#include <QDate>
#include <QString>
#include <QTime>
#include <optional>

namespace ks {

/// A calendar shift: years, months and days move the date in the memory's own local time
/// (31 Jan + 1 month = 29 Feb in a leap year, as a calendar does); seconds move the moment.
struct DateShift
{
    int years = 0;
    int months = 0;
    int days = 0;
    qint64 seconds = 0;
    bool isZero() const { return years == 0 && months == 0 && days == 0 && seconds == 0; }
    bool operator==(const DateShift &other) const
    {
        return years == other.years && months == other.months && days == other.days && seconds == other.seconds;
    }
};

/// A date to set. Without a time the memory keeps its own time of day; without an offset,
/// its own UTC offset (QQ Space's is +08:00).
struct DateSetting
{
    QDate date;
    std::optional<QTime> time;
    std::optional<int> utcOffsetSeconds;
};

/// Units: y/year(s)/年, mo/month(s)/月/个月, w/week(s)/周/星期, d/day(s)/天/日, h/hour(s)/小时/时,
/// min/minute(s)/分/分钟, s/sec/second(s)/秒. A sign applies until the next sign. Empty on
/// anything else, or on a shift of nothing.
std::optional<DateShift> parseDateShift(const QString &text);

/// "YYYY-MM-DD", "YYYY/M/D", "YYYY年M月D日", each optionally followed by "HH:MM[:SS]" (after a
/// space or T) and an offset ("+08:00", "+0800", "Z"). Empty when it is not a real date.
std::optional<DateSetting> parseDateSetting(const QString &text);

} // namespace ks
