# SPDX-License-Identifier: GPL-3.0-or-later
# Problem sentences of the core (app/core/domain/problemtext.cpp, context ks::Problem) and the
# headings/advice of the problems report (ks::ProblemKind).
ZH = {
    "not an archive Keepsake can read":
        "不是时光匣能读取的压缩包",
    "the archive is damaged%1; the rest could not be unpacked: %2":
        "压缩包已损坏%1；其余部分无法解压：%2",
    " after the entry \"%1\"":
        "（在条目“%1”之后）",
    "the archive holds more than %1 entries; the rest was not unpacked":
        "压缩包里的条目超过 %1 个；其余的没有解压",
    "the archive has more than %1 damaged entries; the rest was not unpacked":
        "压缩包里损坏的条目超过 %1 个；其余的没有解压",
    "the archive is damaged after the entry \"%1\"; the rest could not be unpacked":
        "压缩包在条目“%1”之后已损坏；其余部分无法解压",
    "the entry's path points outside the archive; it was not unpacked":
        "这个条目的路径指向压缩包之外；没有解压它",
    "links inside archives are not followed":
        "压缩包里的链接不会被跟随",
    "not a regular file (device, pipe or socket)":
        "不是普通文件（设备、管道或套接字）",
    "the entry is encrypted; Keepsake cannot unpack it":
        "这个条目已加密；时光匣无法解压",
    "the entry says it is %1 bytes, more than the %2 allowed":
        "这个条目声称有 %1 字节，超过允许的 %2",
    "cannot create its folder while unpacking":
        "解压时无法创建它的文件夹",
    "cannot write it while unpacking: %1":
        "解压时无法写入：%1",
    "the entry is damaged in the archive%1: %2":
        "这个条目在压缩包里已损坏%1：%2",
    " (the %1 readable bytes were kept)":
        "（保留了可读的 %1 字节）",
    "the entry is larger than the %1 bytes allowed":
        "这个条目超过允许的 %1 字节",
    "the archive unpacks to more than the %1 bytes allowed":
        "压缩包解压后超过允许的 %1 字节",
    "the entry expands more than %1 times its packed size (a zip bomb?)":
        "这个条目解压后超过压缩大小的 %1 倍（疑似压缩炸弹）",
    "the archive expands more than %1 times its packed size (a zip bomb?)":
        "压缩包解压后超过压缩大小的 %1 倍（疑似压缩炸弹）",
    "%1; it was not unpacked":
        "%1；没有解压它",
    "read failed":
        "读取失败",
    "changed while read":
        "读取期间文件被改动",
    "cannot write into the vault":
        "无法写入保管库",
    "no 说说, 留言 or friend could be read from this folder":
        "这个文件夹里读不出任何说说、留言或好友",
    "feed lines that are neither 说说, 转发 nor 留言 are not imported":
        "既不是说说、转发也不是留言的动态没有导入",
    "another folder of this GetQzonehistory run holds more: %1 (%2); drop the whole resource folder to import it too":
        "这次 GetQzonehistory 备份的另一个文件夹里有更多内容：%1（%2）；把整个资源文件夹拖进来就能一起导入",
    "every visible 说说 with its id and all comments":
        "所有可见的说说，带编号和全部评论",
    "the 说说, 转发 and 留言 lists, the friends and the pictures":
        "说说、转发和留言列表、好友和图片",
    "no msglist in the file":
        "文件里没有 msglist",
    "the file is empty":
        "文件是空的",
    "the spreadsheet is cut short (its zip directory is missing): the rows before the cut were imported":
        "表格文件被截断了（缺少 zip 目录）：截断之前的行已导入",
    "no %1 column (the header is: %2)":
        "没有“%1”列（表头是：%2）",
    "评论 of the row of %1 is not a comment list: %2":
        "%1 那一行的“评论”不是评论列表：%2",
    "%1 of the pictures in pic/ match no row of the lists by name; they are kept without a post":
        "pic/ 里有 %1 张图片按名字对不上任何一行；它们已保存，但没有归到说说里",
    "%1 picture(s) named like this could belong to any of %2 rows whose text begins the same; they are kept without a post":
        "有 %1 张这样命名的图片可能属于 %2 行开头文字相同的任何一行；它们已保存，但没有归到说说里",
    "not a list of comments":
        "不是评论列表",
    "the library could not be written":
        "无法写入资料库",
    "a link that leads outside the imported folder (to %1); it was not read":
        "这个链接指向导入文件夹之外（指向 %1）；没有读取",
    "cannot open the file: %1":
        "无法打开文件：%1",
    "the file is larger than %1 MB; it was not read (the file itself is kept)":
        "文件超过 %1 MB；没有读取（文件本身已保存）",
    "reading the file failed: %1":
        "读取文件失败：%1",
    "%1: the import stopped: %2":
        "%1：导入已停止：%2",
    "no account is known for this record":
        "这条记录不知道属于哪个账号",
    "the search index could not be updated (%1)":
        "搜索索引无法更新（%1）",
    "could not store %1: %2":
        "无法保存 %1：%2",
    "an album without a name":
        "一个没有名字的相册",
    "a photo block without a picture":
        "一个没有图片的照片块",
    "a 说说 block without its \"> yyyy-MM-dd hh:mm:ss\" line":
        "一个缺少“> yyyy-MM-dd hh:mm:ss”时间行的说说块",
    "no \"# title\" and no \"> time\" line: not a 日志 file":
        "没有“# 标题”也没有“> 时间”行：不是日志文件",
    "the 日志 names no time; imported without one":
        "这篇日志没有写时间；已按无时间导入",
    "text outside any 留言 block":
        "不在任何留言块里的文字",
    "留言 %1楼 lacks its author/time or 正文 line":
        "%1楼的留言缺少作者/时间或正文行",
    "a MarkDown file over 48 MB is not read (the file itself is kept)":
        "超过 48 MB 的 MarkDown 文件不会读取（文件本身已保存）",
    "some bytes are not valid %1 text; they were replaced and the rest was read":
        "有些字节不是有效的 %1 文字；已替换，其余部分照常读取",
    "the file is %1 text, not the UTF-8 QZoneExport writes: another program saved it again; it was read as %1":
        "这个文件是 %1 编码，不是 QZoneExport 写的 UTF-8：它被别的程序另存过；已按 %1 读取",
    "the file is empty (0 bytes): it was damaged or never written completely":
        "文件是空的（0 字节）：它已损坏或从未完整写入",
    "a picture path leads outside the export folder; it was not read":
        "有个图片路径指向导出文件夹之外；没有读取",
    "line %1: %2; the rest of the file was read":
        "第 %1 行：%2；文件其余部分已读取",
    "cannot tell whose export this is: no QQ number in the folder name (QQ空间备份_<QQ号>) or in index.md":
        "看不出这是谁的备份：文件夹名（QQ空间备份_<QQ号>）和 index.md 里都没有 QQ 号",
    "no MarkDown file could be opened":
        "没有能打开的 MarkDown 文件",
    "no item could be read from this MarkDown export (%1)":
        "这个 MarkDown 备份里读不出任何条目（%1）",
    "the year files":
        "各年份文件",
    "the file is empty (0 bytes); its items were read from the year files":
        "文件是空的（0 字节）；其中的条目已从各年份文件读取",
    "the file is empty (0 bytes); its items were read from %1":
        "文件是空的（0 字节）；其中的条目已从 %1 读取",
    "the other files":
        "其他文件",
    "some bytes are not valid %1 text and were replaced":
        "有些字节不是有效的 %1 文字，已替换",
    "it is %1 text, saved again by another program":
        "它是 %1 编码，被别的程序另存过",
    "it ends in the middle of an item (cut off)":
        "它在一个条目中间断掉了（被截断）",
    "%1 item(s) found in %2 are missing from it; they were read from there":
        "%2 里的 %1 个条目在它里面缺失；已从那里读取",
    "%1 damaged item(s) in it were replaced by their intact copies in %2":
        "它里面 %1 个损坏的条目已用 %2 里完好的副本代替",
    "%1 block(s) could not be read":
        "有 %1 个块无法读取",
    "the file is damaged: %1":
        "文件已损坏：%1",
    "a 访客 block without its \"###### time\" or visitor; kept as it is":
        "一个缺少“###### 时间”或访客的访客块；按原样保存",
    "the file disappeared during the import":
        "导入期间文件消失了",
    "not a regular file (a pipe, device or socket); skipped":
        "不是普通文件（管道、设备或套接字）；已跳过",
    "cannot read the file: %1":
        "无法读取文件：%1",
    "the file is empty (0 bytes)":
        "文件是空的（0 字节）",
    "reading the file failed part-way":
        "文件读到一半失败了",
    "cannot write into the vault (%1)":
        "无法写入保管库（%1）",
    "cannot move a file into the vault (%1)":
        "无法把文件移入保管库（%1）",
    "%1 — kept in the vault as it is":
        "%1 — 已按原样保存在保管库中",
    "the export names this %1 but the file is not in the folder":
        "备份里提到了这个%1，但文件夹里没有这个文件",
    "the file is empty (0 bytes); there is no picture to keep":
        "文件是空的（0 字节）；没有可保存的图片",
    "the file cannot be opened (no permission)":
        "无法打开文件（没有权限）",
    "the file cannot be read":
        "无法读取文件",
    "%1 pictures and videos named by this export are not in it: it holds only the text. Import the folder with the pictures (the media half of the same backup) to fill them in.":
        "这个备份提到的 %1 张图片和视频不在其中：它只有文字。导入带图片的那个文件夹（同一次备份的媒体部分）就能补上。",
    "unexpected text after the value":
        "值后面有多余的文字",
    "nested too deeply":
        "嵌套太深",
    "a value was expected":
        "这里应该有一个值",
    "unexpected character '%1'":
        "意外的字符“%1”",
    "'%1' was expected":
        "这里应该是“%1”",
    "',' or '%1' was expected":
        "这里应该是“,”或“%1”",
    "'}' was expected":
        "这里应该是“}”",
    "only string keys are supported":
        "只支持字符串作为键",
    "':' was expected":
        "这里应该是“:”",
    "',' or '}' was expected":
        "这里应该是“,”或“}”",
    "bad escape: %1 hex digits were expected":
        "错误的转义：应有 %1 位十六进制数字",
    "bad escape: code point out of range":
        "错误的转义：码位超出范围",
    "unterminated string":
        "字符串没有结束",
    "line break inside a string":
        "字符串里有换行",
    "a number was expected":
        "这里应该是一个数字",
    "bad exponent":
        "错误的指数",
    "the data file holds no list of items":
        "数据文件里没有条目列表",
    "%1 of the %2 entries in the data file are not items; they were skipped":
        "数据文件的 %2 个条目中有 %1 个不是条目；已跳过",
    "not a data file this importer knows; its contents were not read":
        "不是这个导入器认识的数据文件；没有读取它的内容",
    "%1 items are only in this light index (their data file is missing or unreadable): imported with the short text it holds":
        "有 %1 个条目只在这个简要索引里（它们的数据文件缺失或无法读取）：已按索引里的简短文字导入",
    "the data file holds no album":
        "数据文件里没有相册",
    "cannot tell whose QQ Space this export is (no QQ number found)":
        "看不出这是谁的QQ空间（没有找到 QQ 号）",
    "its data files hold no items":
        "它的数据文件里没有条目",
    "none of its data files could be read: %1":
        "它的数据文件都无法读取：%1",
    "no memories were imported from this qzone-archiver export: %1":
        "这个 qzone-archiver 备份没有导入任何回忆：%1",
    "the data file is empty":
        "数据文件是空的",
    "not JSON and not a JavaScript data assignment":
        "既不是 JSON，也不是 JavaScript 数据赋值",
    "no JSON value in the file":
        "文件里没有 JSON 值",
    "the file is neither UTF-8 nor GBK text":
        "文件既不是 UTF-8 也不是 GBK 文字",
    "invalid JSON at byte %1: %2":
        "第 %1 字节处的 JSON 无效：%2",
    "cannot read the data file: %1":
        "无法读取数据文件：%1",
    "reading the data file failed: %1":
        "读取数据文件失败：%1",
    "the data file holds more than %1 MB of data; it was not read (the file itself is kept)":
        "数据文件的数据超过 %1 MB；没有读取（文件本身已保存）",
    "a text of %1 bytes%2 at byte %3 is longer than the %4 MB kept per text: it was cut there (the whole file is kept)":
        "第 %3 字节处一段 %1 字节的文字%2超过了每段保留的 %4 MB：已在那里截断（整个文件已保存）",
    " (field \"%1\")":
        "（字段“%1”）",
    "%1 more texts were cut":
        "还有 %1 段文字被截断",
    "%1 of the %2 entries have fields of the wrong type (a list or object where a text or number belongs); what could be read was kept":
        "%2 个条目中有 %1 个的字段类型不对（应是文字或数字的地方是列表或对象）；能读的部分已保留",
    "the backup names a file outside its folder: %1":
        "备份提到了一个在它文件夹之外的文件：%1",
    "expected a list of items (a JSON array or {\"items\": […]})":
        "应是条目列表（JSON 数组或 {\"items\": […]}）",
    "%1 of the %2 entries are not JSON objects and were skipped":
        "%2 个条目中有 %1 个不是 JSON 对象，已跳过",
    "expected a JSON object":
        "应是 JSON 对象",
    "not a failed-download record: line %1":
        "不是下载失败记录：第 %1 行",
    "the full-size picture is not in the backup; its thumbnail %1 is kept instead":
        "备份里没有这张图片的原图；改为保存它的缩略图 %1",
    "; … and %1 more":
        "；……还有 %1 个",
    "%1 pictures and videos were never downloaded by Time-Machine; the backup keeps only their web addresses: %2":
        "有 %1 张图片和视频 Time-Machine 从未下载；备份里只有它们的网址：%2",
    "Time-Machine could not download album photo %1 (%2), and no photo list names it":
        "Time-Machine 没能下载相册照片 %1（%2），也没有照片列表提到它",
    "cannot tell whose QQ Space this backup is (no QQ number in meta.json, data/user.json or the folder name)":
        "看不出这是谁的QQ空间备份（meta.json、data/user.json 和文件夹名里都没有 QQ 号）",
    "no memories could be read from this Time-Machine backup; unusable data files: %1":
        "这个 Time-Machine 备份里读不出任何回忆；无法使用的数据文件：%1",
    "the backup's data folder holds none of Time-Machine's data files (messages.json, blogs.json, photos/albums.json …)":
        "备份的 data 文件夹里没有 Time-Machine 的任何数据文件（messages.json、blogs.json、photos/albums.json……）",
    "the backup's data files hold no memories: %1":
        "备份的数据文件里没有回忆：%1",
    "permission denied":
        "没有权限",
    "the folder cannot be opened (%1): nothing in it was imported":
        "无法打开这个文件夹（%1）：里面的内容都没有导入",
    "a link to something that does not exist (%1)":
        "一个指向不存在之物的链接（%1）",
    "the library's disk is full (%1)":
        "资料库所在的磁盘已满（%1）",
    "the library is read-only (%1)":
        "资料库是只读的（%1）",
    "the library is in use by another program (%1)":
        "资料库正被另一个程序使用（%1）",
    "the library's disk could not be written (%1)":
        "资料库所在的磁盘无法写入（%1）",
    "the library database is damaged (%1)":
        "资料库数据库已损坏（%1）",
    "the library database refused a write (%1)":
        "资料库数据库拒绝了写入（%1）",
    "%1 说说 have more than 9 pictures but the file keeps only the first 9 of them (no QzoneExporter.shuoshuo_floatview): %2":
        "有 %1 条说说的图片超过 9 张，但文件只保留了前 9 张（没有 QzoneExporter.shuoshuo_floatview）：%2",
    "the pictures past the 9th of %1 说说 cannot be read, only the first 9 are imported: %2":
        "%1 条说说第 9 张之后的图片无法读取，只导入了前 9 张：%2",
    "%1 of the comments in the file are not comment objects; they were skipped":
        "文件里有 %1 条评论不是评论对象；已跳过",
    "data.comments is not a list of comments":
        "data.comments 不是评论列表",
    "QzoneExporter.shuoshuo_floatview is not an object":
        "QzoneExporter.shuoshuo_floatview 不是对象",
    "the saved picture list has no data (code %1: %2)":
        "保存的图片列表没有数据（代码 %1：%2）",
    "data.photos of the saved picture list is not a list":
        "保存的图片列表里的 data.photos 不是列表",
    "the saved picture list holds no picture":
        "保存的图片列表里没有图片",
    "unknown archive error":
        "未知的压缩包错误",
    "%1: %2 (line %3)":
        "%1：%2（第 %3 行）",
    "no such file":
        "没有这个文件",
    "not a zip package: %1":
        "不是 zip 包：%1",
    "damaged zip package: %1":
        "zip 包已损坏：%1",
    "too many entries for a spreadsheet":
        "对表格文件来说条目太多了",
    "%1 expands beyond %2 MB":
        "%1 解压后超过 %2 MB",
    "damaged entry %1: %2":
        "损坏的条目 %1：%2",
    "the package expands beyond %1 MB":
        "整个包解压后超过 %1 MB",
    "not a spreadsheet: the package has no XML parts":
        "不是表格文件：包里没有 XML 部分",
    "not a spreadsheet: %1 is missing":
        "不是表格文件：缺少 %1",
    "no sheet named %1":
        "没有名为 %1 的工作表",
    "no sheet %1":
        "没有工作表 %1",
    "%1 is missing":
        "缺少 %1",
    "%1: bad row number %2 (line %3)":
        "%1：错误的行号 %2（第 %3 行）",
    "%1: bad cell reference %2 (line %3)":
        "%1：错误的单元格引用 %2（第 %3 行）",
    "%1: too many columns (line %2)":
        "%1：列太多（第 %2 行）",
    "%1: cell %2 names shared string %3, which does not exist":
        "%1：单元格 %2 引用了不存在的共享字符串 %3",
    "no QQ column in sheet %1":
        "工作表 %1 里没有 QQ 列",
    "the library database %1 is %2 but the vault holds %3 files: the database was lost, this is not a new library. Open a backup of the library, or run `keepsake rebuild --library %4` to rebuild it from the vault (the broken file is kept)":
        "资料库数据库 %1 %2，但保管库里有 %3 个文件：数据库丢失了，这不是新资料库。请打开资料库的备份，或运行 `keepsake rebuild --library %4` 从保管库重建（损坏的文件会保留）",
    "empty (0 bytes)":
        "是空的（0 字节）",
    "the library folder %1 is read-only and holds no library database (%2), so no library can be created there":
        "资料库文件夹 %1 是只读的，里面没有资料库数据库（%2），所以无法在那里创建资料库",
    "cannot create the library folder %1":
        "无法创建资料库文件夹 %1",
    "cannot open %1: %2":
        "无法打开 %1：%2",
    "cannot read the read-only library database %1: %2":
        "无法读取只读的资料库数据库 %1：%2",
    "this library was written by a newer Keepsake (schema %1, this build knows %2)":
        "这个资料库是较新版本的时光匣写的（结构版本 %1，本程序只认识 %2）",
    "the library at %1 is read-only and was written by an older Keepsake (schema %2; this build reads schema %3 and must upgrade the database first, which needs writing). Copy the library folder to a writable disk and open the copy":
        "位于 %1 的资料库是只读的，而且是旧版时光匣写的（结构版本 %2；本程序读取结构版本 %3，必须先升级数据库，这需要写入）。请把资料库文件夹复制到可写的磁盘上，再打开那份副本",
    "missing migration %1":
        "缺少迁移 %1",
    "the library folder %1 cannot be written (read-only?)":
        "资料库文件夹 %1 无法写入（只读？）",
    "the import lock %1 cannot be made":
        "无法创建导入锁 %1",
    "the vault file is gone (sha256 %1)":
        "保管库里的文件不见了（sha256 %1）",
    "%1 bytes on disk, %2 recorded":
        "磁盘上有 %1 字节，记录的是 %2",
    "cannot read the file":
        "无法读取文件",
    "content hashes to %1, not %2":
        "内容的哈希是 %1，不是 %2",
    "no memory refers to this file (left by an interrupted import)":
        "没有回忆用到这个文件（中断的导入留下的）",
    "video truncated or damaged: a part of the file runs past its end (at byte %1 of %2)":
        "视频被截断或已损坏：文件的一部分超出了文件末尾（在 %2 字节中的第 %1 字节）",
    "video damaged: it has no movie header (moov), no player can open it":
        "视频已损坏：没有影片头（moov），任何播放器都打不开",
    "file not found":
        "找不到文件",
    "QQ's small \"image missing\" picture, not the real photo":
        "QQ 的“图片丢失”小图，不是真正的照片",
    "JPEG damaged: the header ends before the image data":
        "JPEG 已损坏：文件头在图像数据之前就结束了",
    "JPEG truncated (no end-of-image marker)":
        "JPEG 被截断（没有图像结束标记）",
    "PNG truncated (no IEND chunk)":
        "PNG 被截断（没有 IEND 块）",
    "the file is named like a %1 but holds no picture or video Keepsake recognises (%2 bytes)":
        "文件名看起来是%1，但里面没有时光匣认识的图片或视频（%2 字节）",
    "the image cannot be read: %1":
        "无法读取图片：%1",
    "too large: the picture says it is %1 × %2 pixels":
        "太大了：图片声称有 %1 × %2 像素",
    "%1: the library cannot be written: %2":
        "%1：资料库无法写入：%2",
    "no such file or folder":
        "没有这个文件或文件夹",
    "%1: no such file or folder":
        "%1：没有这个文件或文件夹",
    "not a folder or an archive Keepsake can read":
        "不是时光匣能读取的文件夹或压缩包",
    "%1: not a QQ Space export folder or archive":
        "%1：不是QQ空间的备份文件夹或压缩包",
    "%1: the archive could not be read":
        "%1：无法读取压缩包",
    "this looks like a %1 export, but no memories could be read from it":
        "看起来是 %1 的备份，但读不出任何回忆",
    "%1: no QQ Space export or photos found here":
        "%1：这里没有找到QQ空间备份或照片",
    "%1: nothing could be imported":
        "%1：什么都没能导入",
    "%1: cancelled while another import was running":
        "%1：在等待另一个导入时被取消了",
    "cannot read it: %1":
        "无法读取：%1",
    "cannot write %1: %2":
        "无法写入 %1：%2",
    "its content hashes to %1, not to its name: the file is damaged in the library and was not copied":
        "它的内容哈希是 %1，与文件名不符：这个文件在资料库里已损坏，没有复制",
    "cannot write %1":
        "无法写入 %1",
    "%1 (nothing was written there)":
        "%1（那里没有写入任何东西）",
    "%1 is the library, inside it or around it: back up to another folder":
        "%1 就是资料库本身，或在它里面或外面：请备份到别的文件夹",
    "%1 is not a folder":
        "%1 不是文件夹",
    "%1 is not empty and is not a Keepsake backup (it has no %2)":
        "%1 不是空的，也不是时光匣的备份（里面没有 %2）",
    "cannot create the folder %1":
        "无法创建文件夹 %1",
    "cannot copy the database %1 to %2: %3":
        "无法把数据库 %1 复制到 %2：%3",
    "the copy %1 does not read back as written":
        "副本 %1 读回来与写入的不一致",
    "the database copy %1 fails its check: %2":
        "数据库副本 %1 没有通过检查：%2",
    "cannot move %1 to %2":
        "无法把 %1 移到 %2",
    "cannot move %1 aside to %2":
        "无法把 %1 移到一边，改名为 %2",
    "cannot write the new library database: %1":
        "无法写入新的资料库数据库：%1",
    "not a vault file name (<sha256>.<ext>)":
        "不是保管库的文件名（<sha256>.<扩展名>）",
    "the content hashes to %1, not its name: damaged, left in place":
        "内容的哈希是 %1，与文件名不符：已损坏，留在原处",
    "the library at %1 is read-only: it cannot be rebuilt in place (copy the folder to a writable disk and rebuild the copy)":
        "位于 %1 的资料库是只读的：无法就地重建（请把文件夹复制到可写的磁盘上，再重建那份副本）",
    "%1 holds no vault folder: there is nothing to rebuild from":
        "%1 里没有保管库文件夹：没有可用来重建的东西",
    "Permission denied":
        "没有权限",
    "No such file or directory":
        "没有这个文件或目录",
    "No space left on device":
        "磁盘空间不足",
    "Read-only file system":
        "只读文件系统",
    "Input/output error":
        "输入/输出错误",
    "database or disk is full":
        "数据库或磁盘已满",
    "attempt to write a readonly database":
        "试图写入只读的数据库",
    "database is locked":
        "数据库被锁定",
    "disk I/O error":
        "磁盘输入/输出错误",
    "Unknown error":
        "未知错误",
    "%n file(s) named by the export are not in it":
        "%n 个备份里提到的文件不在其中",
    "The memories are imported without them. If you have another copy of the backup (the folder with the pictures, an older zip), drop it onto the window too: the missing files are filled in and nothing is imported twice.":
        "回忆已导入，只是缺了这些文件。如果你还有这份备份的另一份拷贝（带图片的文件夹、更早的压缩包），也把它拖到窗口里：缺的文件会补上，不会重复导入。",
    "%n damaged file(s)":
        "%n 个损坏的文件",
    "They are kept in the library exactly as they are. If another copy of the backup has them intact, import it too and the good copy is added.":
        "它们已原样保存在资料库里。如果另一份备份里有完好的版本，把它也导入，完好的那份就会加进来。",
    "%n empty file(s)":
        "%n 个空文件",
    "These files hold nothing (0 bytes): the download or the copy did not finish. Another copy of the backup may have them.":
        "这些文件里什么都没有（0 字节）：下载或复制没有完成。另一份备份里也许有。",
    "%n picture(s) QQ Space replaced with “image missing”":
        "%n 张被QQ空间换成“图片丢失”的图片",
    "QQ Space no longer had these photos when the backup was made. There is nothing more to do here unless an older backup has them.":
        "备份时QQ空间已经没有这些照片了。除非更早的备份里还有，这里无能为力。",
    "%n file(s) or folder(s) could not be read":
        "%n 个文件或文件夹无法读取",
    "Usually a permission or a failing disk. Copy the export to your own disk and import the copy; everything already imported stays.":
        "通常是权限问题或磁盘故障。把备份复制到你自己的磁盘上再导入那份副本；已经导入的内容都会保留。",
    "%n link(s) leading outside the export":
        "%n 个指向备份之外的链接",
    "Keepsake never reads outside the folder you dropped. If the files are yours, copy them into the export folder and import it again.":
        "时光匣从不读取你拖进来的文件夹之外的东西。如果这些文件是你的，把它们复制到备份文件夹里再导入一次。",
    "%n path(s) leading outside the export":
        "%n 个指向备份之外的路径",
    "These entries point outside the export and were not read, to keep your computer safe.":
        "这些条目指向备份之外，为了你电脑的安全没有读取。",
    "%n file(s) or text(s) too large to read":
        "%n 个文件或文字太大，无法读取",
    "The files are kept in the library as they are, so nothing is lost; only the part over the limit is not shown.":
        "这些文件已原样保存在资料库里，什么都没有丢；只是超出限度的部分不显示。",
    "%n data file(s) partly unreadable":
        "%n 个数据文件有部分无法读取",
    "What could be read was imported. The export tool may have been interrupted; exporting again and importing the new export adds what is missing.":
        "能读的部分已导入。导出工具可能中途被打断了；重新导出一次并导入新的备份，就能补上缺的内容。",
    "%n file(s) in an unexpected text encoding":
        "%n 个文件的文字编码不寻常",
    "The text was read as well as it could be. Check the memories from these files; the original files are unchanged.":
        "文字已尽量读取。请看看来自这些文件的回忆；原文件没有改动。",
    "%n file(s) disappeared during the import":
        "%n 个文件在导入期间消失了",
    "Another program moved or deleted them while Keepsake read. Import the export again when it is complete.":
        "时光匣读取时，别的程序移动或删除了它们。等备份完整后再导入一次。",
    "%n special file(s) skipped":
        "跳过了 %n 个特殊文件",
    "Pipes, devices and similar are not memories; nothing to do.":
        "管道、设备之类不是回忆；不用处理。",
    "%n item(s) Keepsake does not read yet":
        "%n 项时光匣暂时还不能读取",
    "The files are kept; a later version of Keepsake may show them.":
        "文件已保存；以后版本的时光匣也许能显示它们。",
    "%n part(s) of the backup are in another folder":
        "备份有 %n 部分在另一个文件夹里",
    "Drop the other folder onto the window too.":
        "把另一个文件夹也拖到窗口里。",
    "%n note(s)":
        "%n 条说明",
    "For your information; nothing was lost.":
        "仅供参考；没有丢失任何东西。",
    "%n other problem(s)":
        "%n 个其他问题",
    "The rest of the export was imported.":
        "备份的其余部分已导入。",
}
