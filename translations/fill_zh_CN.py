#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills keepsake_zh_CN.ts from the table below (run after `ninja update_translations`).

Qt Linguist works as well; this table keeps the Chinese wording reviewable in one place.
Sources without an entry stay unfinished and are reported, so nothing is silently English."""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ZH = {
    "Keepsake": "时光匣",
    "The library at %1 cannot be opened:\n%2": "无法打开位于 %1 的资料库：\n%2",
    "Your QQ Space memories belong here": "把你的QQ空间回忆安放在这里",
    "Drag a QQ Space export folder or its .zip file onto this window.\n"
    "Keepsake copies everything into your own library and never changes the original files.":
        "把QQ空间的导出文件夹或它的 .zip 压缩包拖到这个窗口里。\n时光匣会把所有内容复制到你自己的资料库，绝不改动原来的文件。",
    "Choose an export folder…": "选择导出文件夹…",
    "Look at the sample first": "先看看示例",
    "Cancel": "取消",
    "Stopping safely…": "正在安全地停止…",
    "Importing %1…": "正在导入 %1…",
    "%1 files · %2 new · %3 updated · %4 unchanged · %5 · %6 problems":
        "%1 个文件 · 新增 %2 · 更新 %3 · 未变 %4 · %5 · %6 个问题",
    "Keepsake — QQ Space memories": "时光匣 — QQ空间的回忆",
    "&File": "文件(&F)",
    "&Edit": "编辑(&E)",
    "&View": "查看(&V)",
    "&Tools": "工具(&T)",
    "&Help": "帮助(&H)",
    "&Language": "语言(&L)",
    "Import &Folder…": "导入文件夹(&F)…",
    "Import &Archive (.zip)…": "导入压缩包 (.zip)(&A)…",
    "Open the &Sample Export": "打开示例备份(&S)",
    "&Quit": "退出(&Q)",
    "&Find…": "查找(&F)…",
    "Select &All": "全选(&A)",
    "&Refresh": "刷新(&R)",
    "F&ull Screen": "全屏(&U)",
    "Follow the System": "跟随系统",
    "Import &Problems…": "导入问题(&P)…",
    "Open Library &Folder": "打开资料库文件夹(&F)",
    "&About Keepsake": "关于时光匣(&A)",
    "About &Qt": "关于 &Qt",
    "The library is empty": "资料库还是空的",
    "%n memories": "%n 条回忆",
    "Choose a QQ Space export folder": "选择QQ空间导出文件夹",
    "Choose a QQ Space export archive": "选择QQ空间导出压缩包",
    "Archives (*.zip *.7z *.tar *.tar.gz *.tgz);;All files (*)": "压缩包 (*.zip *.7z *.tar *.tar.gz *.tgz);;所有文件 (*)",
    "Sample": "示例",
    "The sample export is missing from this build.": "这个版本里缺少示例备份。",
    "Import": "导入",
    "An import is already running. Please wait for it to end.": "已经有一个导入正在进行，请等它完成。",
    "The import was cancelled. What was read so far is kept; import the same folder again to finish.":
        "导入已取消。已经读到的内容都保留着；再导入一次同一个文件夹就能完成。",
    "Nothing could be imported.": "没有可以导入的内容。",
    "Import finished.": "导入完成。",
    "New: %1   Updated: %2   Unchanged: %3": "新增：%1   更新：%2   未变：%3",
    "%n file(s) need attention.": "有 %n 个文件需要留意。",
    "Import problems": "导入问题",
    "No problems: every file was read.": "没有问题：每个文件都读取成功。",
    "These files could not be used as they are. Everything else was imported; damaged pictures are still kept in the library.":
        "这些文件无法按原样使用。其余内容都已导入；损坏的图片也仍然保存在资料库里。",
    "About Keepsake": "关于时光匣",
    "<h3>Keepsake (时光匣) %1</h3><p>Turns QQ Space export folders into a lasting, living archive of your memories: "
    "说说, 日志, photos, 留言板 and more, kept safely on your own computer.</p><p>Library: %2</p>":
        "<h3>时光匣 (Keepsake) %1</h3><p>把QQ空间的导出文件夹变成一份长久、鲜活的回忆档案：说说、日志、照片、留言板……"
        "都安全地保存在你自己的电脑上。</p><p>资料库：%2</p>",
    "Import running": "正在导入",
    "An import is still running. Stop it and quit? What was imported so far is kept.":
        "导入还在进行。要停止并退出吗？已经导入的内容会保留。",
    # The memory wall, its cards, the year scrubber and 那年今日.
    "Memory wall": "回忆墙",
    "On this day": "那年今日",
    "People": "人物",
    "Statistics": "统计",
    "Posts": "说说",
    "Blogs": "日志",
    "Diaries": "日记",
    "Photos": "照片",
    "Videos": "视频",
    "Messages": "留言",
    "Favorites": "收藏",
    "Shares": "分享",
    "Visitors": "访客",
    "All years": "全部年份",
    "Oldest first": "最早在前",
    "Newest first": "最新在前",
    "Change the order of the wall": "切换回忆墙的排列顺序",
    "Search (coming soon)": "搜索（即将推出）",
    "Search is coming in a later version (Ctrl+F)": "搜索功能将在后续版本推出（Ctrl+F）",
    "Show the whole wall again": "重新显示整面回忆墙",
    "Only: %1  ✕": "只看：%1  ✕",
    "Search arrives in a coming version.": "搜索功能将在后续版本推出。",
    "%n on the wall": "墙上 %n 条",
    "Post": "说说",
    "Blog": "日志",
    "Diary": "日记",
    "Album": "相册",
    "Video": "视频",
    "Message board": "留言板",
    "Favorite": "收藏",
    "Share": "分享",
    "Visit": "访客",
    "[emoticon]": "[表情]",
    "Me": "我",
    "Unknown date": "日期未知",
    "(untitled)": "（无标题）",
    "Uploaded %n photo(s)": "上传了 %n 张照片",
    "Uploaded %n photo(s) to 《%1》": "上传了 %n 张照片到《%1》",
    "visited your space": "访问了你的空间",
    "Comments %1": "评论 %1",
    "Likes %1": "赞 %1",
    "%n photo(s)": "%n 张照片",
    "MMMM yyyy": "yyyy年M月",
    "No poster": "没有封面",
    "Picture missing": "图片缺失",
    "Picture damaged": "图片已损坏",
    "QQ placeholder": "QQ 占位图",
    "Cannot show this picture": "无法显示这张图片",
    "%n year(s) ago": "%n 年前",
    ", ": "、",
    "%n year(s) ago today: %1": "%n 年前的今天：%1",
    "Open ›": "查看 ›",
    "%n year(s) ago today": "%n 年前的今天",
    "On this day · %1": "那年今日 · %1",
    "MMMM d": "M月d日",
    "Nothing on this exact day in earlier years, so this shows the memories within ±%n day(s) of it.":
        "往年的这一天没有回忆，所以这里显示前后 %n 天之内的回忆。",
    "%n memories from this day in earlier years. Right-click one to stop showing a person, a date or a tag here.":
        "往年的这一天共有 %n 条回忆。右键点击一条，可以不再在这里显示某个人、某个日期或某个标签。",
    "Nothing from this day in earlier years.\nCome back tomorrow.": "往年的这一天没有回忆。\n明天再来看看吧。",
    "Open": "打开",
    "Hide %1 from On This Day": "不在那年今日显示 %1",
    "this person": "这个人",
    "Hide the tag “%1” from On This Day": "不在那年今日显示标签“%1”",
    # --- detail views, photo viewer, video player, people, statistics (detail helper) ---
    "Someone": "某人",
    "someone": "某人",
    "This picture is not in the library": "这张图片不在资料库里",
    "Picture not kept by the export": "导出时没有保存这张图片",
    "Unknown time": "时间未知",
    "MMM d, yyyy HH:mm": "yyyy年M月d日 HH:mm",
    "ddd, MMM d, yyyy": "yyyy年M月d日 ddd",
    "Photo": "照片",
    "Comments (%1)": "评论（%1）",
    "No comments": "还没有评论",
    "%1 — %2": "%1 — %2",
    "from %1": "来自 %1",
    "%1 left a message": "%1 的留言",
    "Reposted from %1": "转发自 %1",
    "Play video": "播放视频",
    "%1 more not in this export": "还有 %1 个不在这份导出里",
    "At %1": "在 %1",
    "Album: %1": "相册：%1",
    "%n like(s)": "%n 人赞过",
    "%n comment(s)": "%n 条评论",
    "Category: %1": "分类：%1",
    "%n read(s)": "阅读 %n",
    "Untitled": "无标题",
    "QQ %1": "QQ %1",
    "Friends since %1": "%1 成为好友",
    "Also known as %1": "曾用名：%1",
    "Name": "名字",
    "Remark": "备注",
    "Group": "分组",
    "Comments": "评论",
    "Mentions": "被提到",
    "Likes": "赞",
    "Names over time": "用过的名字",
    "Memories with %1": "和 %1 有关的回忆",
    "%n people": "共 %n 人",
    "%1 of %n people": "%1 / 共 %n 人",
    "Filter by name, remark, group or QQ number": "按名字、备注、分组或 QQ 号筛选",
    "Click someone to see every memory they took part in.": "点一个人，就能看到和 Ta 有关的所有回忆。",
    "Previous": "上一张",
    "Next": "下一张",
    "Zoom Out": "缩小",
    "Zoom In": "放大",
    "Fit": "适合窗口",
    "1:1": "1:1",
    "Details": "详细信息",
    "Full Screen": "全屏",
    "There is nothing to show.": "没有可以显示的内容。",
    "This video is not in the library: the export did not contain it.": "这段视频不在资料库里：导出里没有它。",
    "This photo is not in the library: the export did not contain the file%1.":
        "这张照片不在资料库里：导出里没有这个文件%1。",
    " (%1)": "（%1）",
    "This file is damaged and cannot be shown: %1": "文件已损坏，无法显示：%1",
    "This file is damaged; what could be read of it is shown.": "文件已损坏，下面显示的是能读出来的部分。",
    "QQ Space served a placeholder instead of this photo.": "QQ空间给的是一张占位图，而不是这张照片。",
    "Taken": "拍摄时间",
    "Unknown (no EXIF date)": "未知（没有 EXIF 日期）",
    "Uploaded": "上传时间",
    "Camera": "相机",
    "Dimensions": "尺寸",
    "%1 × %2 pixels": "%1 × %2 像素",
    "File size": "文件大小",
    "Location (GPS)": "位置（GPS）",
    "Original file name": "原文件名",
    "Description": "描述",
    "Path in the export": "在导出中的路径",
    "Source export file": "来源导出文件",
    "Status": "状态",
    "Missing from the export": "导出中缺失",
    "Damaged": "已损坏",
    "Placeholder picture": "占位图",
    "%1: %n memories": "%1 年：%n 条回忆",
    "%n message(s)": "%n 条留言",
    "The library is empty.": "资料库还是空的。",
    "%1 memories from %2 to %3 · %4 photos · %5 comments": "从 %2 年到 %3 年共 %1 条回忆 · %4 张照片 · %5 条评论",
    "%1 %2: %n memories": "%2 年 %1：%n 条回忆",
    "Memories per month in %1": "%1 年每月的回忆",
    "Memories per month": "每月的回忆",
    "Memories per year (click a year to see its months)": "每年的回忆（点一年，看它每个月的回忆）",
    "Most active friends": "最活跃的朋友",
    "Busiest days": "最热闹的日子",
    "Friend": "朋友",
    "Day": "日期",
    "Memories": "回忆",
    "Pause": "暂停",
    "Play": "播放",
    "Volume": "音量",
    "Video — %1": "视频 — %1",
    "This video is not in the library: the export did not contain the file%1.\nImport the export's media folder to add it.":
        "这段视频不在资料库里：导出里没有这个文件%1。\n导入这份导出的媒体文件夹就能补上。",
    "Press Play to watch this video.": "点“播放”观看这段视频。",
    "This video cannot be played: %1": "无法播放这段视频：%1",
    "The picture of this video cannot be shown: this computer has no decoder for it%1.\n"
    "Install the package gstreamer1.0-libav, then restart Keepsake.":
        "这段视频的画面无法显示：这台电脑没有它的解码器%1。\n请安装软件包 gstreamer1.0-libav，然后重新启动时光匣。",
    "Videos cannot be played on this computer: the GStreamer plugins that decode them are not installed.\n"
    "Install the packages gstreamer1.0-plugins-good, gstreamer1.0-plugins-bad and gstreamer1.0-libav, then restart Keepsake.":
        "这台电脑无法播放视频：没有安装解码视频所需的 GStreamer 插件。\n"
        "请安装软件包 gstreamer1.0-plugins-good、gstreamer1.0-plugins-bad 和 gstreamer1.0-libav，然后重新启动时光匣。",
    "unknown format": "未知格式",
    "This video cannot be played: the file is damaged or in a format this system cannot decode.":
        "无法播放这段视频：文件已损坏，或者这台电脑不能解码这种格式。",
    # --- export to HTML / PDF and the memory book (export helper) ---
    "Stopping…": "正在停止…",
    "Export": "导出",
    "Offline web site (HTML)": "离线网页 (HTML)",
    "PDF document": "PDF 文档",
    "Format:": "格式：",
    "Everything": "全部",
    "One year": "某一年",
    "A date range": "一段日期",
    "A tag": "某个标签",
    "A person": "某个人",
    "Memories containing words": "包含某些文字的回忆",
    "What the wall shows now (%1)": "回忆墙上现在显示的（%1）",
    "Memories:": "回忆：",
    "%1 (%n memories)": "%1（%n 条回忆）",
    "Year:": "年份：",
    "From – to:": "从 – 到：",
    "Tag path, person's name or QQ number, or words": "标签路径、人名或 QQ 号，或者要找的文字",
    "Which:": "哪个：",
    "Also copy the original photo files": "同时复制照片原图",
    "16K (185 × 260 mm)": "16开 (185 × 260 毫米)",
    "Page size:": "纸张大小：",
    "Choose…": "选择…",
    "Save to:": "保存到：",
    "The export failed: %1": "导出失败：%1",
    "Exported %n memories to %1.": "已把 %n 条回忆导出到 %1。",
    "Folder for the web site": "网页存放的文件夹",
    "Save the PDF": "保存 PDF",
    "PDF documents (*.pdf)": "PDF 文档 (*.pdf)",
    "Exporting the web site…": "正在导出网页…",
    "%1 is a file. Choose a folder for the web site.": "%1 是一个文件。请为网页选择一个文件夹。",
    "%1 is a folder. Choose a file name for the PDF.": "%1 是一个文件夹。请为 PDF 选择一个文件名。",
    "The folder %1 is not empty. Write the site into it anyway?\n\n"
    "Files with the same names are replaced; the other files stay.":
        "文件夹 %1 不是空的。仍然把网页写进去吗？\n\n同名的文件会被替换，其他文件保持不动。",
    "Write into It": "写入",
    "%1 already exists. Replace it?": "%1 已经存在。要替换它吗？",
    "Replace": "替换",
    "Writing the PDF…": "正在生成 PDF…",
    "Memory Book": "回忆书",
    "All memories of the year": "这一年的全部回忆",
    "Only the tag:": "只要标签：",
    " mm": " 毫米",
    "Margins:": "页边距：",
    "Extra picture around each page that a print shop trims off (usually 3 mm).":
        "每页四周多出的一圈画面，印刷厂裁切时会切掉（通常 3 毫米）。",
    "Bleed:": "出血：",
    "Title:": "标题：",
    "Subtitle:": "副标题：",
    "Another picture…": "换一张图片…",
    "Cover photo:": "封面照片：",
    "Preview…": "预览…",
    "Print…": "打印…",
    "Save as PDF…": "存为 PDF…",
    "Cover photo": "封面照片",
    "Pictures (*.jpg *.jpeg *.png *.gif *.webp *.bmp)": "图片 (*.jpg *.jpeg *.png *.gif *.webp *.bmp)",
    "Cover: %1": "封面：%1",
    "%n pages": "%n 页",
    "Memory Book — Preview": "回忆书 — 预览",
    "Print the Memory Book": "打印回忆书",
    "Printing failed: %1": "打印失败：%1",
    "Making the memory book…": "正在制作回忆书…",
    "Save the memory book": "保存回忆书",
    "The book could not be written: %1": "无法写出回忆书：%1",
    "Saved %1 (%n pages).": "已保存 %1（共 %n 页）。",
    # Search and tags (issue 5): the search box, saved searches, the tag sidebar and editor.
    "Tag": "标签",
    "Search  毕业  \"exact phrase\"  -word  tag:旅行  year:2009  from:老王":
        "搜索  毕业  \"完整短语\"  -排除词  tag:旅行  year:2009  from:老王",
    "<p>Type any words: memories holding all of them appear as you type. Any run of characters "
    "is found, even a single one.</p>"
    "<table>"
    "<tr><td><code>\"exact phrase\"</code></td><td>words together, spaces included</td></tr>"
    "<tr><td><code>-word</code></td><td>without this word</td></tr>"
    "<tr><td><code>tag:旅行</code></td><td>tagged 旅行 or a tag below it</td></tr>"
    "<tr><td><code>year:2009</code></td><td>from 2009 (or year:2008-2010)</td></tr>"
    "<tr><td><code>after:2009-06 before:2010</code></td><td>between dates</td></tr>"
    "<tr><td><code>from:老王</code></td><td>written by 老王</td></tr>"
    "<tr><td><code>with:老王</code></td><td>written by, commented on by or mentioning 老王</td></tr>"
    "<tr><td><code>kind:post</code></td><td>说说 (also blog, diary, photo, album, video, board)</td></tr>"
    "<tr><td><code>has:photo</code></td><td>with photos (also video, comment, location)</td></tr>"
    "</table>":
        "<p>输入任意文字：边打字边出现包含全部这些文字的回忆。任何一串字都能找到，哪怕只有一个字。</p>"
        "<table>"
        "<tr><td><code>\"完整短语\"</code></td><td>连在一起的文字，空格也算</td></tr>"
        "<tr><td><code>-词</code></td><td>不含这个词</td></tr>"
        "<tr><td><code>tag:旅行</code></td><td>带有“旅行”标签或它下面的标签</td></tr>"
        "<tr><td><code>year:2009</code></td><td>2009 年的（或 year:2008-2010）</td></tr>"
        "<tr><td><code>after:2009-06 before:2010</code></td><td>在两个日期之间</td></tr>"
        "<tr><td><code>from:老王</code></td><td>老王发的</td></tr>"
        "<tr><td><code>with:老王</code></td><td>老王发的、评论过的或提到老王的</td></tr>"
        "<tr><td><code>kind:post</code></td><td>说说（也可以是 blog 日志、diary 日记、photo 照片、album 相册、video 视频、board 留言）</td></tr>"
        "<tr><td><code>has:photo</code></td><td>带照片的（也可以是 video、comment、location）</td></tr>"
        "</table>",
    "Save Search": "保存搜索",
    "Name of the saved search:": "保存的搜索的名字：",
    "Run": "搜索",
    "Rename…": "重命名…",
    "Rename Saved Search": "重命名保存的搜索",
    "New name:": "新名字：",
    "Remove": "移除",
    "There is no tag %1.": "没有“%1”这个标签。",
    "New Tag…": "新建标签…",
    "New Tag Inside “%1”…": "在“%1”里新建标签…",
    "Colour…": "颜色…",
    "Merge Into…": "合并到…",
    "Move to the Top Level": "移到最上层",
    "Delete…": "删除…",
    "New Tag": "新建标签",
    "Name (use / for levels, like 旅行/2009 北京):": "名字（用 / 分层，比如 旅行/2009 北京）：",
    "Name inside %1:": "在 %1 里的名字：",
    "Rename Tag": "重命名标签",
    "New name for %1:": "%1 的新名字：",
    "Colour of %1": "%1 的颜色",
    "Merge Tag": "合并标签",
    "Merge %1 into (its memories and sub-tags move there):": "把 %1 合并到（它的回忆和子标签都会移过去）：",
    "Delete the tag %1 and the tags inside it? The memories themselves stay.":
        "删除标签 %1 和它里面的标签吗？回忆本身会保留。",
    "Delete the tag %1? The memories themselves stay.": "删除标签 %1 吗？回忆本身会保留。",
    "Delete Tag": "删除标签",
    "Tags": "标签",
    "Tags of %n Memories": "%n 条回忆的标签",
    "Add a tag, like 旅行/2009 北京": "添加标签，比如 旅行/2009 北京",
    "Add": "添加",
    "%1 of the %2 memories have this tag": "%2 条回忆中有 %1 条带这个标签",
    "Suggested:": "推荐：",
    "The album": "所在相册",
    "A #topic# in the text": "文字里的 #话题#",
    "The place": "地点",
    "Someone mentioned or commenting": "提到的人或评论的人",
    "The tags could not be saved: %1": "标签没能保存：%1",
    # --- main window: search, tags, export wiring ---
    "&Tags…": "标签(&T)…",
    "&Save This Search…": "保存这次搜索(&S)…",
    "&Export…": "导出(&E)…",
    "Memory &Book…": "回忆书(&B)…",
    "Saved searches": "保存的搜索",
    "%n memories match “%1”": "有 %n 条回忆符合“%1”",
    "Select memories on the wall first (click, Ctrl+click, Shift+click).": "请先在回忆墙上选中回忆（单击、Ctrl+单击、Shift+单击）。",
    "Tags for %n memories…": "给 %n 条回忆加标签…",
    "Export %n memories…": "导出 %n 条回忆…",
    "%n selected": "已选 %n 条",
    "No tags yet. Select memories on the wall and press Ctrl+T, or right-click here.": "还没有标签。在回忆墙上选中回忆后按 Ctrl+T，或在这里点右键。",
}

def load_extra_tables() -> None:
    """More tables in zh_CN.d/*.py (each defines ZH = {...}): one per area, so parallel work on
    different areas never edits the same lines."""
    for extra in sorted(Path(__file__).with_name("zh_CN.d").glob("*.py")):
        scope: dict = {}
        exec(compile(extra.read_text(encoding="utf-8"), str(extra), "exec"), scope)
        ZH.update(scope.get("ZH", {}))


def main(path: Path) -> int:
    load_extra_tables()
    tree = ET.parse(path)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source not in ZH:
            missing.append(source)
            continue
        text = ZH[source]
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            form = ET.SubElement(translation, "numerusform")
            form.text = text
            translation.text = None
        else:
            translation.text = text
    tree.write(path, encoding="utf-8", xml_declaration=True)
    with open(path, "r+", encoding="utf-8") as f:  # keep Linguist's doctype line
        body = f.read().replace("<?xml version='1.0' encoding='utf-8'?>",
                                '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
        f.seek(0)
        f.write(body)
        f.truncate()
    for source in missing:
        print(f"untranslated: {source!r}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).with_name("keepsake_zh_CN.ts"))))
