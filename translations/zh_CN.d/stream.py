# SPDX-License-Identifier: GPL-3.0-or-later
# Problems of data files read entry by entry (import/jsonstream).
ZH = {
    "%1; the %2 entries before it were read": "%1；此前的 %2 条已读入",
    "the data file ends before its list is closed (cut short?); the %1 entries before the cut were read":
        "数据文件在列表结束前就断了（文件不完整？）；断开之前的 %1 条已读入",
    "%1 entries of the data file hold more than %2 MB each and were skipped, the first at byte %3 (the file itself is kept)":
        "数据文件中有 %1 条每条超过 %2 MB，已跳过，第一条在第 %3 字节处（文件本身已保留）",
    "%1 entries of the data file could not be read and were skipped, the first: %2":
        "数据文件中有 %1 条无法读取，已跳过，第一条：%2",
}
