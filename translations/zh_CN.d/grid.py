# SPDX-License-Identifier: GPL-3.0-or-later
# View → Photo Grid (app/ui/grid, app/core/models/photogridmodel.cpp) and the two-column wall.
ZH = {
    "&Photo Grid": "照片网格(&P)",
    "Show every photo as a grid instead of the memory cards": "以网格显示全部照片，代替回忆卡片",
    "▦ Photo grid": "▦ 照片网格",
    "Show every photo as a grid (Ctrl+G)": "以网格显示全部照片（Ctrl+G）",
    "Photo grid": "照片网格",
    "Photo, date unknown": "照片，日期不详",
    "Photo, %1": "照片，%1",
    "%n photos": "%n 张照片",
    "No photos here. The filters or the search leave none; the wall may still show other memories.":
        "这里没有照片。当前的筛选或搜索里没有照片；回忆墙上可能还有别的回忆。",
    # The grid's selection (app/ui/grid/photoselectionbar.cpp, mainwindow, photo export).
    "%n photo(s) selected": "已选 %n 张",
    "Tag…": "加标签…",
    "Correct the Date…": "修正日期…",
    "Export Photos…": "导出照片…",
    "✕ Clear": "✕ 取消选择",
    "Let go of the selected photos (Esc)": "不再选择这些照片（Esc）",
    "Clear the selection": "取消选择",
    "Select photos in the grid first (Ctrl+click, Shift+click, Ctrl+A).":
        "请先在照片网格里选择照片（Ctrl+点击、Shift+点击、Ctrl+A）。",
    "The %n selected photo(s)": "选中的 %n 张照片",
}
