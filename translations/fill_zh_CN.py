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
}


def main(path: Path) -> int:
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
