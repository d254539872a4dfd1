# SPDX-License-Identifier: GPL-3.0-or-later
# Keeping a library safe: a lost database (rebuild from the vault, open a backup), read-only libraries.
ZH = {
    "The library database is lost": "资料库的数据库丢失了",
    "The library database %1 is missing, but the vault beside it still holds %n file(s).":
        "资料库的数据库 %1 不见了，但旁边的保险库里还保存着 %n 个文件。",
    "The library database %1 is empty (0 bytes), but the vault beside it still holds %n file(s).":
        "资料库的数据库 %1 是空的（0 字节），但旁边的保险库里还保存着 %n 个文件。",
    "Nothing has been changed. If you have a backup of your library, open it. Or rebuild the "
    "library from the vault: every photo and video in it comes back, as loose photos; posts, "
    "blogs, comments and tags were kept only in the database and cannot be recovered from the "
    "vault. The damaged database file is kept beside the new one, never deleted.":
        "什么都还没有改动。如果你有资料库的备份，请打开备份。也可以从保险库重建资料库：其中的每一张照片和"
        "每一段视频都会回来，作为零散的照片；说说、日志、评论和标签只保存在数据库里，无法从保险库恢复。"
        "损坏的数据库文件会保留在新数据库旁边，绝不会被删除。",
    "&Rebuild from the Vault": "从保险库重建(&R)",
    "Open a &Backup…": "打开备份(&B)…",
    "&Quit": "退出(&Q)",
    "Open a Library Backup": "打开资料库的备份",
    "The library could not be rebuilt:\n%1": "无法重建资料库：\n%1",
    "Recovered %n file(s) from the vault.": "已从保险库恢复 %n 个文件。",
    "%n file(s) did not match their names and were left in the vault untouched.":
        "%n 个文件的内容与文件名不符，已原样留在保险库里，没有改动。",
    "The damaged database is kept as %1.": "损坏的数据库已保留为 %1。",
    "Library rebuilt": "资料库已重建",
    "The library at %1 is read-only and was made by an older version of Keepsake, which must update "
    "it before it can be shown. Copy the library folder to a writable disk and open the copy.":
        "位于 %1 的资料库是只读的，而且是由旧版时光匣建立的，需要先升级才能显示。"
        "请把资料库文件夹复制到可写的磁盘上，然后打开这份副本。",
    "Keepsake — QQ Space memories (read-only)": "时光匣 — QQ空间的回忆（只读）",
    "The library at %1 is read-only (a backup disk, a DVD or a folder you cannot write to). You can "
    "look through it, search it and export from it, but nothing can be imported into it.":
        "位于 %1 的资料库是只读的（备份磁盘、DVD 或你无权写入的文件夹）。你可以浏览、搜索它，"
        "也可以从中导出，但不能向它导入任何内容。",
}
