ZH = {
    "Another import into this library is running. Keepsake waits for it to finish and then goes on; "
    "Cancel stops waiting.": "另一个导入正在向这个资料库写入。时光匣会等它完成后再继续；点“取消”可以不再等待。",
}
ZH.update({
    "Search your memories": "搜索回忆",
    "Type any words, even a single character. Click ? for more ways to search.":
        "输入任意文字，一个字也能找到。点“?”看更多搜索方法。",
    "How to search": "怎样搜索",
    "Rebuilding the library from the vault…": "正在从保管库重建资料库…",
    "This library is read-only: it can be viewed, searched and exported, not changed.":
        "这个资料库是只读的：可以浏览、搜索和导出，但不能修改。",
    "What happened": "发生了什么",
    "File": "文件",
    "%n file(s) need attention. Everything else was imported:": "%n 个文件需要留意。其余的都已导入：",
    "This library is read-only (a backup disk, a DVD or a folder you cannot write to): tags cannot be changed here.":
        "这个资料库是只读的（备份盘、光盘或你无法写入的文件夹）：这里不能修改标签。",
    "%n folder(s) and file(s)": "%n 个文件夹和文件",
    "This library is read-only: %1 cannot be imported here.": "这个资料库是只读的：%1 不能导入到这里。",
    "An import is running: drop %1 when it has finished.": "正在导入：等它完成后再拖入 %1。",
    "Drop to import %1 into this library.\nThe original files are never changed.":
        "松开鼠标，把 %1 导入这个资料库。\n原来的文件绝不会被改动。",
    "Friends since": "成为好友",
    "d MMM yyyy": "yyyy年M月d日",
})
