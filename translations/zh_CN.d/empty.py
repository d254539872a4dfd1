# Empty views that say why and offer the way out; tag and friend chips (issue 11).
ZH = {
    "No memory contains “%1”": "没有回忆包含“%1”",
    "Try fewer words or a shorter piece of the text: the search finds exactly what is typed. "
    "The kind and year filters also narrow the search.":
        "试试少输几个字，或只输入其中一小段：搜索只找完全一样的文字。上面的类别和年份筛选也会缩小搜索范围。",
    "Clear the search": "清除搜索",
    "No memories match these filters": "没有符合这些筛选条件的回忆",
    "The kinds, the year or the tag or person chosen above hide every memory. "
    "Clear the filters to see the whole wall again.":
        "上面选的类别、年份、标签或好友把所有回忆都隐藏了。清除筛选即可重新看到整面回忆墙。",
    "Clear filters": "清除筛选",
    "Tag: %1": "标签：%1",
    "Friend: %1": "好友：%1",
    "Remove the filter %1": "移除筛选条件 %1",
    "Nearest days with memories:": "最近有回忆的日子：",
    "← %1 · %n memories": "← %1 · %n 条回忆",
    "%1 · %n memories →": "%1 · %n 条回忆 →",
    "Visit a day:": "去看某一天：",
    "Visit a day": "去看某一天",
    "yyyy-MM-dd": "yyyy年M月d日",
    "Back to today": "回到今天",
    "Nothing on this exact day in earlier years. This week in earlier years: %n memories within "
    "±%1 days of it.": "往年的这一天没有回忆。往年的这一周：前后 %1 天内有 %n 条回忆。",
    "Nothing from this day in earlier years, and nothing this week in earlier years either.\n"
    "Visit one of the nearest days above, or pick any day.":
        "往年的这一天没有回忆，往年的这一周也没有。\n可以去看上面最近有回忆的日子，或者任选一天。",
}
