# SPDX-License-Identifier: GPL-3.0-or-later
# Errors of the tag store, the search query and the exporters (problemtext.cpp, ks::Problem):
# shown by the command line and the dialogs in the person's language.
ZH = {
    "a tag needs a name": "标签需要一个名字",
    "no such tag": "没有这个标签",
    "no such tag: %1": "没有这个标签：%1",
    "there is already a tag \"%1\" there": "那里已经有一个叫“%1”的标签",
    "a tag cannot go inside itself": "标签不能放进它自己里面",
    "a tag cannot be merged into a tag below it": "标签不能合并到它下面的标签里",
    "not a colour: %1": "不是颜色：%1",
    "search index unreadable": "搜索索引无法读取",
    "%1: needs a value": "%1：需要一个值",
    "unknown kind \"%1\" (post, blog, diary, photo, album, video, board, favorite, share, visit)":
        "不认识的类型“%1”（可用：post 说说、blog 日志、diary 私密日记、photo 照片、album 相册、video 视频、"
        "board 留言、favorite 收藏、share 分享、visit 访客）",
    "year: expects a year like 2009 or 2008-2010, not \"%1\"": "year：需要像 2009 或 2008-2010 这样的年份，而不是“%1”",
    "%1: expects a date like 2009, 2009-06 or 2009-06-30, not \"%2\"":
        "%1：需要像 2009、2009-06 或 2009-06-30 这样的日期，而不是“%2”",
    "has: expects photo, video, comment or location, not \"%1\"":
        "has：需要 photo（照片）、video（视频）、comment（评论）或 location（地点），而不是“%1”",
    "nothing to print": "没有可以打印的内容",
    "bookmarks not added: %1": "没能加上书签：%1",
    "the selection holds no memories": "所选范围里没有回忆",
    "cannot paint on the output device": "无法在输出设备上绘制",
    "cannot start a new page": "无法开始新的一页",
    "the picture says it is %1 × %2 pixels, too large to decode": "这张图片自称有 %1 × %2 像素，太大，无法解码",
    "cannot write to %1": "无法写入 %1",
    "no startxref": "PDF 里没有 startxref",
    "cross-reference streams are not supported": "不支持交叉引用流",
    "malformed xref": "PDF 的交叉引用表格式不对",
    "no catalog": "PDF 里没有目录对象",
    "no pages": "PDF 里没有页面",
    "a memory could not be read": "有一条回忆无法读取",
    "the photos of a memory could not be read": "有一条回忆的照片无法读取",
}
