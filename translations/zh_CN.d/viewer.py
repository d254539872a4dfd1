# SPDX-License-Identifier: GPL-3.0-or-later
# One window: pages with Back, the immersive photo viewer, the visit page, where a file came from.
ZH = {
    # The page stack (app/ui/detail/pagestack.cpp)
    "‹ Back": "‹ 返回",
    "Back (Esc)": "返回（Esc）",
    "Back": "返回",
    "%1 — Keepsake": "%1 — 时光匣",
    # The photo viewer
    "Previous (←)": "上一张（←）",
    "Previous photo": "上一张照片",
    "Next (→)": "下一张（→）",
    "Next photo": "下一张照片",
    "Show or hide the details (I)": "显示或隐藏详细信息（I）",
    "%1 of %2": "第 %1 张，共 %2 张",
    "%1 · %2": "%1 · %2",
    "In the export": "在备份里的位置",
    "Read from": "读取自",
    "MMM d, yyyy": "yyyy年M月d日",
    # The post and visit pages
    "%n more picture(s) not in this export": "还有 %n 张不在这份备份里",
    "%1 visited your QQ Space on %2.": "%1 在 %2 来访过你的QQ空间。",
    "%1 visited your QQ Space.": "%1 来访过你的QQ空间。",
    "Posts they looked at": "看过的说说",
    "Blogs they read": "读过的日志",
    "Photos they looked at": "看过的照片",
    "Shares they looked at": "看过的分享",
    "A friend": "好友",
    "your note: %1": "备注：%1",
    "group: %1": "分组：%1",
    "friends since %1": "%1 成为好友",
    "and %n earlier visit(s)": "以及更早的 %n 次",
    "%1 came %n time(s)": "%1 一共来访过 %n 次",
}
