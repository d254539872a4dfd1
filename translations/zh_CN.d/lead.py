ZH = {
    "Another import into this library is running. Keepsake waits for it to finish and then goes on; "
    "Cancel stops waiting.": "另一个导入正在向这个资料库写入。时光匣会等它完成后再继续；点“取消”可以不再等待。",
}
ZH.update({
    "Search your memories": "搜索回忆",
    "Type any words, even a single character. Click ? for more ways to search.":
        "输入任意文字，一个字也能找到。点“?”看更多搜索方法。",
    "How to search": "怎样搜索",
})
