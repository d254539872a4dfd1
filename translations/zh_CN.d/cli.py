# SPDX-License-Identifier: GPL-3.0-or-later
# The command line (keepsake SUBCOMMAND …): help, usage lines, errors and summaries.
# Command names, option names and placeholders people type (--json, keepsake backup, post:<tid>)
# stay as they are: they are what the person types.
ZH = {
    # keepsake --help
    "Keepsake (时光匣) %1 keeps your QQ Space memories.\nWithout a subcommand it opens the window.":
        "时光匣 (Keepsake) %1 为你珍藏QQ空间的回忆。\n不带子命令运行时，会打开程序窗口。",
    "Usage: keepsake SUBCOMMAND [options]   (keepsake SUBCOMMAND --help for more)":
        "用法：keepsake 子命令 [选项]   （更多说明：keepsake 子命令 --help）",
    "Subcommands:": "子命令：",
    "Common options:": "通用选项：",
    "counts of what the library holds": "统计资料库里有多少内容",
    "import export folders or .zip archives": "导入QQ空间的导出文件夹或 .zip 压缩包",
    "every memory, one JSON object per line": "列出每一条回忆，每行一个 JSON 对象",
    "files the imports could not use, and why": "导入时无法使用的文件，以及原因",
    "find memories": "查找回忆",
    "organise memories with tags": "用标签整理回忆",
    "an offline site, a PDF, dated photos or an archive": "导出离线网站、PDF、带日期的照片或存档",
    "check an archive's files against its manifest": "按清单检查存档里的文件",
    "a printable yearly memory book": "制作可打印的年度纪念册",
    "check the vault against the database": "核对保险库里的文件与数据库是否一致",
    "a consistent, verified copy of the library": "为资料库做一份完整、经过校验的备份",
    "a lost database rebuilt from the vault's files": "用保险库里的文件重建丢失的数据库",
    "library folder (default: $KEEPSAKE_LIBRARY or the app data folder)":
        "资料库文件夹（默认：$KEEPSAKE_LIBRARY 或程序的数据文件夹）",
    "the language of messages, books and sites (default: $KEEPSAKE_LANGUAGE\nor the system's)":
        "提示信息、纪念册和网站使用的语言（默认：$KEEPSAKE_LANGUAGE\n或系统的语言）",
    "machine-readable output": "输出供程序读取的格式",
    "this help": "显示这份帮助",
    "the version": "显示版本号",
    "unknown subcommand '%1' (see keepsake --help)": "没有“%1”这个子命令（请看 keepsake --help）",
    # Shared by the subcommands
    "Library folder (default: $KEEPSAKE_LIBRARY or the app data folder).":
        "资料库文件夹（默认：$KEEPSAKE_LIBRARY 或程序的数据文件夹）。",
    "Print machine-readable JSON.": "输出供程序读取的 JSON。",
    "cannot open the library at %1: %2": "无法打开位于 %1 的资料库：%2",
    "the library at %1 is read-only (a backup disk, a DVD or a folder without write permission): "
    "%2 needs to write to it. Copy the library to a writable disk first (keepsake backup).":
        "位于 %1 的资料库是只读的（备份盘、光盘，或没有写入权限的文件夹），而 %2 需要写入它。"
        "请先把资料库复制到可以写入的磁盘上（keepsake backup）。",
    "warning: %1": "注意：%1",
    # keepsake stats
    "Counts of what the library holds.": "统计资料库里有多少内容。",
    "Library: %1": "资料库：%1",
    "post": "说说",
    "blog": "日志",
    "diary": "日记",
    "photo": "照片",
    "album": "相册",
    "video": "视频",
    "board": "留言板",
    "favorite": "收藏",
    "share": "分享",
    "visit": "访客",
    "%1: %2": "%1：%2",
    "Comments: %1": "评论：%1",
    "People: %1": "人物：%1",
    "Media files: %1 (%2 bytes), missing %3": "媒体文件：%1 个（%2 字节），缺失 %3 个",
    "Tags: %1": "标签：%1",
    "Problems: %1": "问题：%1",
    "Memories: %1, photos %2, videos %3 (as the app counts them)":
        "回忆：%1 条，照片 %2 张，视频 %3 个（与程序窗口里的计数一致）",
    # keepsake import
    "Export folders or archives.": "导出文件夹或压缩包。",
    "Import QQ Space exports into the library.": "把QQ空间的导出内容导入资料库。",
    "name at least one folder or archive to import": "请至少指定一个要导入的文件夹或压缩包",
    "another import into this library is running (%1); waiting for it to finish. Ctrl-C stops waiting.":
        "这个资料库正在进行另一个导入（%1）；正在等它完成。按 Ctrl-C 可以不再等待。",
    "%1 added, %2 updated, %3 unchanged — %4": "新增 %1，更新 %2，未变 %3 — %4",
    "Imported %1": "已导入 %1",
    "formats: %1": "格式：%1",
    "added %1, updated %2, unchanged %3": "新增 %1，更新 %2，未变 %3",
    "media files stored %1, missing %2": "已保存媒体文件 %1 个，缺失 %2 个",
    "problems: %1": "问题：%1",
    "… and %1 more (keepsake problems)": "… 还有 %1 个（见 keepsake problems）",
    "stopped by a signal; what was complete is kept. Import again to finish.":
        "收到停止信号，导入已停止；已经完成的部分都保留着。再导入一次就能完成。",
    # keepsake list, problems
    "Only memories of this kind.": "只列出这一类回忆。",
    "Every memory, one JSON object per line.": "列出每一条回忆，每行一个 JSON 对象。",
    "unknown kind %1": "没有 %1 这一类回忆",
    "Files the imports could not use, and why.": "导入时无法使用的文件，以及原因。",
    # keepsake search
    "Words to find (all of them), \"an exact phrase\", -excluded, tag:旅行, year:2009, from:老王, "
    "with:老王, kind:post, has:photo, after:2009-06, before:2010.":
        "要查找的词语（必须全部包含）、\"完整的短语\"、-要排除的词，以及 tag:旅行、year:2009、from:老王、"
        "with:老王、kind:post、has:photo、after:2009-06、before:2010。",
    "Find memories, newest first: one per line, with a snippet.": "查找回忆，最新的在前：每行一条，附带一段摘录。",
    "give something to search for": "请给出要查找的内容",
    "(no date)": "（没有日期）",
    # keepsake tag
    "usage: keepsake tag add|remove TAG --key KEY…   |   keepsake tag list [--json]\n"
    "       keepsake tag rename TAG NEWNAME | move TAG NEWPARENT|/ | merge TAG INTOTAG | delete TAG\n"
    "       keepsake tag color TAG COLOR|none":
        "用法：keepsake tag add|remove 标签 --key 键…   |   keepsake tag list [--json]\n"
        "      keepsake tag rename 标签 新名字 | move 标签 新的上级标签|/ | merge 标签 并入的标签 | delete 标签\n"
        "      keepsake tag color 标签 颜色|none",
    "add, remove, list, rename, move, merge, delete or color.":
        "add（添加）、remove（移除）、list（列出）、rename（改名）、move（移动）、merge（合并）、"
        "delete（删除）或 color（颜色）。",
    "A tag path, like 旅行/2009 北京.": "标签路径，例如 旅行/2009 北京。",
    "A memory key (post:<tid>, photo:<picKey>…); repeatable.": "回忆的键（post:<tid>、photo:<picKey>…）；可以写多个。",
    "Organise memories with tags.": "用标签整理回忆。",
    "say what to do": "请说明要做什么",
    "unknown action %1": "没有 %1 这个操作",
    "name a tag": "请指定一个标签",
    "name the memories with --key KEY": "请用 --key 键 指定回忆",
    "no memory with the key %1": "没有键为 %1 的回忆",
    "no tag %1": "没有 %1 这个标签",
    "tagged %n memories with %1": "已给 %n 条回忆加上标签 %1",
    "untagged %n memories from %1": "已从 %n 条回忆上去掉标签 %1",
    "give a colour (#e06c75, red, none)": "请给出一种颜色（#e06c75、red、none）",
    "%1 needs a second argument": "%1 还需要第二个参数",
    # keepsake export html|pdf
    "the folder %1 already exists and is not empty; nothing was written. Choose an empty or new folder, "
    "or add --force to write the site into it (files of the same name are overwritten).":
        "文件夹 %1 已经存在，而且不是空的；什么都没有写入。请选择一个空的或新的文件夹，"
        "或者加上 --force 把网站写进去（同名的文件会被覆盖）。",
    "the file %1 already exists; nothing was written. Choose another name, or add --force to overwrite it.":
        "文件 %1 已经存在；什么都没有写入。请换一个名字，或者加上 --force 覆盖它。",
    "%1 is a folder; give the PDF a file name, like %1/memories.pdf":
        "%1 是一个文件夹；请给 PDF 一个文件名，例如 %1/memories.pdf",
    "%1 is a file; the site needs a folder": "%1 是一个文件；网站需要一个文件夹",
    "html (an offline site) or pdf": "html（离线网站）或 pdf",
    "output folder (html) or .pdf file": "输出的文件夹（html）或 .pdf 文件",
    "Title of the site or document.": "网站或文档的标题。",
    "html: also copy the original photo files.": "html：同时复制照片的原始文件。",
    "pdf: A4 (default), A5 or 16k.": "pdf：A4（默认）、A5 或 16k。",
    "html: the site's look: %1 (default %2).": "html：网站的外观：%1（默认 %2）。",
    "html: write into OUT even when that folder is not empty (files of the same name are replaced, "
    "others stay). pdf: replace OUT when that file exists.":
        "html：即使输出文件夹不是空的也写进去（同名的文件会被替换，其他文件保留）。"
        "pdf：输出文件已存在时替换它。",
    "Export memories as an offline HTML site or a PDF.\nOUT must be a new or empty folder (html) or a new "
    "file (pdf); without --force an existing one is left alone and the command exits with 1.":
        "把回忆导出为离线 HTML 网站或 PDF。\n输出（OUT）必须是新的或空的文件夹（html），或者新的文件（pdf）；"
        "不加 --force 时，已存在的不会被改动，命令以 1 退出。",
    "usage: keepsake export html|pdf OUT [--year Y] [--from DATE] [--to DATE] [--tag T] [--person P] "
    "[--query Q] [--force] [--library DIR]":
        "用法：keepsake export html|pdf 输出 [--year 年份] [--from 日期] [--to 日期] [--tag 标签] "
        "[--person 人] [--query 词语] [--force] [--library 资料库文件夹]",
    "--theme must be one of %1": "--theme 只能是 %1 之一",
    "export": "导出",
    "failed": "失败了",
    "Exported %1, %2, %3 to %4": "已导出 %1、%2、%3 到 %4",
    "%n PDF pages": "%n 页 PDF",
    # keepsake book
    "the year of the book": "纪念册的年份",
    "the PDF to write": "要写出的 PDF",
    "A4 (default), A5 or 16k (185×260 mm).": "A4（默认）、A5 或 16 开（185×260 毫米）。",
    "Only memories with this tag (or below it).": "只收录带有这个标签（或其下级标签）的回忆。",
    "Title on the cover.": "封面上的标题。",
    "Margin in millimetres (default 18).": "页边距，单位毫米（默认 18）。",
    "Bleed in millimetres around each page, for a print shop (default 0).":
        "每页四周的出血，单位毫米，供印刷店使用（默认 0）。",
    "The book's look: %1 (default %2).": "纪念册的外观：%1（默认 %2）。",
    "Start every month on a new page (by default short months share a page).":
        "每个月都从新的一页开始（默认内容少的月份会共用一页）。",
    "Replace OUT.pdf when that file already exists.": "OUT.pdf 已存在时替换它。",
    "Make a printable memory book of one year.\nWithout --force an existing OUT.pdf is left alone and the "
    "command exits with 1.":
        "把一年的回忆做成可打印的纪念册。\n不加 --force 时，已存在的 OUT.pdf 不会被改动，命令以 1 退出。",
    "usage: keepsake book YEAR OUT.pdf [--page-size A4|A5|16k] [--tag T] [--force] [--library DIR]":
        "用法：keepsake book 年份 输出.pdf [--page-size A4|A5|16k] [--tag 标签] [--force] "
        "[--library 资料库文件夹]",
    "--page-size must be A4, A5 or 16k": "--page-size 只能是 A4、A5 或 16k",
    "--margin must be 5–60 mm and --bleed 0–10 mm": "--margin 必须在 5–60 毫米之间，--bleed 在 0–10 毫米之间",
    "--style must be one of %1": "--style 只能是 %1 之一",
    "memory book": "纪念册",
    "Wrote %1: %2, %3, %4": "已写出 %1：%2、%3、%4",
    # keepsake verify
    "Check presence and size only, not the SHA-256 of every file.": "只检查文件是否存在、大小是否正确，不计算每个文件的 SHA-256。",
    "Check that every file in the vault is present and unchanged.": "检查保险库里的每个文件是否都在、都没有改变。",
    "checked %1 of %n files": "已检查 %1 / %n 个文件",
    "Removed %n unfinished files an interrupted import left behind": "已删除中断的导入留下的 %n 个未完成的文件",
    "Checked %n files (%1 bytes): %2": "检查了 %n 个文件（%1 字节）：%2",
    "all intact": "全部完好",
    "PROBLEMS FOUND": "发现问题",
    # keepsake backup
    "An empty folder, or an earlier Keepsake backup.": "一个空文件夹，或以前用时光匣做的备份。",
    "Write a consistent copy of the library to DEST: the database as one snapshot (the app may be open), "
    "every vault file checked by its SHA-256. A second backup to the same DEST copies only what is new.":
        "把资料库完整地复制到 DEST：数据库作为一份快照写出（程序窗口可以开着），保险库里的每个文件都用 "
        "SHA-256 校验。以后再备份到同一个 DEST，只复制新增的内容。",
    "name one destination folder": "请指定一个目标文件夹",
    "checked %1 of %n vault files": "已检查保险库里的 %1 / %n 个文件",
    "Backed up %1 to %2": "已把 %1 备份到 %2",
    "database: %1 bytes": "数据库：%1 字节",
    "vault: copied %n files (%1 bytes), %2 already in the backup and intact":
        "保险库：复制了 %n 个文件（%1 字节），另有 %2 个已在备份里且完好",
    "FAILED %1: %2": "失败 %1：%2",
    "%n vault files were not backed up": "保险库里有 %n 个文件没有备份",
    # keepsake rebuild
    "Rebuild even though the database opens (its memories, comments and tags are then only in the file "
    "moved aside).":
        "即使数据库能打开也重建（那样的话，它的回忆、评论和标签就只留在被移到一旁的文件里）。",
    "Rebuild a lost or broken library database from the files in the vault: the old keepsake.db is moved "
    "aside as keepsake.db.broken-<time> (never deleted) and every vault file comes back as a loose photo.":
        "用保险库里的文件重建丢失或损坏的资料库数据库：旧的 keepsake.db 会改名为 keepsake.db.broken-<时间> "
        "留在一旁（绝不删除），保险库里的每个文件都会作为零散的照片回来。",
    "the library at %1 is read-only: it cannot be rebuilt in place. Copy the folder to a writable disk "
    "and rebuild the copy.":
        "位于 %1 的资料库是只读的，无法就地重建。请把这个文件夹复制到可以写入的磁盘上，再重建那份副本。",
    "the library database %1 opens normally: nothing to rebuild. (--force rebuilds it anyway from the "
    "vault; memories, comments and tags would then be only in the file moved aside.)":
        "资料库的数据库 %1 能正常打开，不需要重建。（加上 --force 仍会用保险库重建；"
        "那样的话，回忆、评论和标签就只留在被移到一旁的文件里。）",
    "%1: open it with that version instead.": "%1：请改用那个版本打开它。",
    "the old database is kept as %1": "旧的数据库保留为 %1",
    "Rebuilt the library at %1 from its vault": "已用保险库重建位于 %1 的资料库",
    "recovered %n files (%1 photos and videos on the wall, %2 other files kept as media)":
        "恢复了 %n 个文件（%1 张照片和视频回到回忆墙上，其余 %2 个文件作为媒体保存）",
    "not recovered: %1: %2": "未能恢复：%1：%2",
}
