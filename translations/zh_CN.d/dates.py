# Dates put right (issue 13): the core's DateCorrection and `keepsake date`.
ZH = {
    "The library could not be changed: %1": "资料库无法修改：%1",
    "These memories have no date to shift; set one instead.": "这些回忆没有日期，无法平移；请直接设定一个日期。",
    "No photo of these memories carries a camera date.": "这些回忆的照片里都没有相机记录的拍摄日期。",
    "The dates are changed, but the wall could not be rebuilt; open the library again.":
        "日期已经改好，但回忆墙没能刷新；请重新打开资料库。",
    "There is no date change to undo.": "没有可以撤销的日期修改。",
    'usage: keepsake date set KEY… DATETIME   (2012-06-07, "2012-06-07 21:15", 2012-06-07T21:15+08:00)\n'
    '       keepsake date shift KEY… --by OFFSET   (+1y, -8h, "+1 year 2 months", +3天)\n'
    "       keepsake date camera KEY…   (the date the photo's camera wrote)\n"
    "       keepsake date undo   |   keepsake date show KEY…":
        '用法：keepsake date set 键… 日期时间   （2012-06-07、"2012-06-07 21:15"、2012-06-07T21:15+08:00）\n'
        '      keepsake date shift 键… --by 偏移   （+1y、-8h、"+1年2个月"、+3天）\n'
        "      keepsake date camera 键…   （使用照片里相机记录的日期）\n"
        "      keepsake date undo   |   keepsake date show 键…",
    "no date": "没有日期",
    "Put back the date of %n memories.": "已恢复 %n 条回忆的日期。",
    "Changed the date of %n memories.": "已修改 %n 条回忆的日期。",
    "%n memories already had that date.": "其中 %n 条本来就是这个日期。",
    "Not shifted, as they have no date: %n memories. Set a date instead.": "有 %n 条回忆没有日期，没有平移；请直接设定日期。",
    "Left as they were, with no photo that carries a camera date: %n memories.":
        "有 %n 条回忆的照片里没有相机日期，保持原样。",
    "(corrected; originally %1)": "（已修改；原来是 %1）",
    "set, shift, camera, undo or show.": "set（设定）、shift（平移）、camera（用相机日期）、undo（撤销）或 show（查看）。",
    "Memory keys, as `keepsake list --json` prints them.": "回忆的键，和 `keepsake list --json` 输出的一样。",
    'How far to shift: +1y, -8h, "+1 year 2 months", +3天.': '平移多少：+1y、-8h、"+1年2个月"、+3天。',
    "Put the dates of memories right, with undo.": "修正回忆的日期，可以撤销。",
    "say what to do: set, shift, camera, undo or show": "请说明要做什么：set、shift、camera、undo 或 show",
    "unknown action '%1'": "不认识的操作“%1”",
    "give one or more keys and then the date": "请先写一个或多个键，再写日期",
    'the date is not one Keepsake can read, like 2012-06-07 or "2012-06-07 21:15"':
        '看不懂这个日期，请写成 2012-06-07 或 "2012-06-07 21:15" 这样',
    "say how far with --by, like --by +1y or --by -8h": "请用 --by 说明平移多少，比如 --by +1y 或 --by -8h",
    'the offset is not one Keepsake can read, like +1y, -8h or "+1 year 2 months"':
        '看不懂这个偏移，请写成 +1y、-8h 或 "+1年2个月" 这样',
    "undo takes no keys": "撤销不需要写键",
    "give one or more keys": "请写一个或多个键",
    "no memory has the key %1; nothing was changed": "没有回忆的键是 %1；什么都没有改",
    # Edit → Correct the Date…
    "Correct the Date": "修正日期",
    "Put the date of %n memories right. The date the backup had is kept as the original, and Edit → Undo Date Change puts it back.":
        "修正 %n 条回忆的日期。备份里原来的日期会保留下来，用“编辑 → 撤销日期修改”可以改回去。",
    "&Set the date to": "设为(&S)",
    "New date": "新的日期",
    "S&hift by": "平移(&H)",
    " y": " 年",
    "Years": "年",
    " mo": " 个月",
    "Months": "月",
    " d": " 天",
    "Days": "天",
    " h": " 小时",
    "Hours": "小时",
    " min": " 分钟",
    "Minutes": "分钟",
    "Use the &camera's date from the photo": "使用照片里相机记录的日期(&C)",
    "The date the camera wrote into the photo (EXIF), for memories with photos.": "相机写在照片里的日期（EXIF），适用于带照片的回忆。",
    "Originally: %1": "原来的日期：%1",
    "Change the Date": "修改日期",
    "Correct the date of %n memories…": "修正 %n 条回忆的日期…",
    "Correct the &Date…": "修正日期(&D)…",
    "&Undo Date Change": "撤销日期修改(&U)",
    "put the dates of memories right": "修正回忆的日期",
}
