# An archive that outlives the app (issue 13, h-bag): keepsake export archive, verify-archive,
# File → Export Archive…, and importing the archive back.
ZH = {
    # core: util/bagit
    "line %1 of a manifest cannot be read: %2": "清单的第 %1 行无法读取：%2",
    "bagit.txt is missing or cannot be read: this is not a BagIt bag": "没有 bagit.txt 或无法读取：这不是 BagIt 包",
    "bagit.txt does not declare BagIt-Version and Tag-File-Character-Encoding":
        "bagit.txt 没有写明 BagIt-Version 和 Tag-File-Character-Encoding",
    "the bag has no data folder": "包里没有 data 文件夹",
    "manifest-sha256.txt is missing or cannot be read": "没有 manifest-sha256.txt 或无法读取",
    "the manifest names a file outside the payload: %1": "清单列出了内容文件夹之外的文件：%1",
    "%1 cannot be read: %2": "%1 无法读取：%2",
    # core: export/archiveexporter, archivefiles
    "cannot create %1: %2": "无法创建 %1：%2",
    "cannot create a folder beside %1 to write the archive in": "无法在 %1 旁边创建用来写入存档的文件夹",
    "Open the memories": "打开回忆",
    "What this folder holds": "这个文件夹里有什么",
    "site/ — the memories as web pages: open site/index.html in any browser, no program needed.":
        "site/ — 网页形式的回忆：用任何浏览器打开 site/index.html 即可，不需要安装程序。",
    "memories.jsonl — every memory, one JSON object a line, with its comments, tags and files.":
        "memories.jsonl — 每条回忆一行 JSON，含评论、标签和文件。",
    "sources.jsonl — the records as the QQ Space exports wrote them, untouched.":
        "sources.jsonl — QQ空间导出工具写下的原始记录，未经改动。",
    "vault/ — every original photo and video, named by its SHA-256.": "vault/ — 每一张原始照片和每一段视频，以 SHA-256 命名。",
    "people.jsonl, tags.jsonl, accounts.json, files.jsonl, problems.jsonl — the people, tags, accounts and files, and what the imports found wrong.":
        "people.jsonl、tags.jsonl、accounts.json、files.jsonl、problems.jsonl — 人、标签、账号和文件，以及导入时发现的问题。",
    "Keepsake reads this folder back: drop it on its window, or run keepsake import.":
        "时光匣可以把这个文件夹读回去：把它拖到时光匣的窗口上，或运行 keepsake import。",
    "cannot replace the empty folder %1": "无法替换空文件夹 %1",
    "cannot move the earlier archive %1 aside": "无法把之前的存档 %1 移开",
    "%1 is there already; nothing was replaced": "%1 已经存在；没有替换任何东西",
    "cannot rename the finished archive to %1": "无法把写好的存档改名为 %1",
    "the archive cannot be written into the library's own folder %1": "存档不能写进资料库自己的文件夹 %1",
    "%1 holds an earlier archive; nothing was written": "%1 里有之前的存档；什么也没有写",
    "the folder %1 is not empty and holds no archive; nothing was written":
        "文件夹 %1 不是空的，里面也不是存档；什么也没有写",
    "%1 is a file; the archive needs a folder": "%1 是一个文件；存档需要一个文件夹",
    "the library cannot be read: %1": "无法读取资料库：%1",
    "site": "网站",
    "the web site could not be written: %1": "无法写入网站：%1",
    "memory %1 cannot be read from the library": "无法从资料库读取回忆 %1",
    "memories": "回忆",
    "%1: not a vault path; left out": "%1：不是保险库里的路径；未放入",
    "%1: cannot be copied (%2); left out": "%1：无法复制（%2）；未放入",
    "%1: damaged in the library (its content no longer matches its SHA-256; see keepsake verify); left out":
        "%1：资料库里的这个文件已损坏（内容与它的 SHA-256 不再相符，见 keepsake verify）；未放入",
    "files": "文件",
    "QQ Space memories of %1": "%1 的QQ空间回忆",
    "%n comments": "%n 条评论",
    "An archive Keepsake wrote on %1: it needs no program to be read, and Keepsake imports it back as it was.":
        "这是时光匣在 %1 写下的存档：不需要任何程序就能阅读，时光匣也能把它原样导入回去。",
    "%1 cannot be read back: %2": "%1 写入后无法读回：%2",
    "checksums": "校验和",
    "%1, kept by Keepsake: an offline web site (data/index.html), every memory with its comments (data/memories.jsonl), the untouched source records (data/sources.jsonl) and the original files (data/vault/).":
        "%1，由时光匣保存：离线网站（data/index.html）、每条回忆及其评论（data/memories.jsonl）、未经改动的原始记录（data/sources.jsonl）和原始文件（data/vault/）。",
    # cli: keepsake export archive, keepsake verify-archive
    "the word archive": "archive（存档）这个词",
    "the folder the archive becomes (new or empty)": "存档所在的文件夹（新的或空的）",
    "The look of the web site inside: %1 (default %2).": "存档里网站的装扮：%1（默认 %2）。",
    "Replace an earlier archive at OUT (a folder of anything else is never replaced).":
        "替换 OUT 处之前的存档（装着其他东西的文件夹永远不会被替换）。",
    "Write an archive that outlives Keepsake: a BagIt bag (RFC 8493) holding an offline web site, every memory with its comments and tags as JSON lines, the untouched source records and every original file, each with its SHA-256 in the bag's manifest. It opens in a browser with no program, keepsake verify-archive checks it, and keepsake import reads it back.\nThe archive is written beside OUT and renamed at the end; an existing OUT that is not empty is left alone (exit 1) unless --force replaces an earlier archive there.":
        "写一个比时光匣活得更久的存档：一个 BagIt 包（RFC 8493），里面有离线网站、以 JSON 行保存的每条回忆及其评论和标签、未经改动的原始记录和每一个原始文件，每个文件的 SHA-256 都记在包的清单里。不用任何程序就能在浏览器里打开，keepsake verify-archive 可以检查它，keepsake import 可以把它读回来。\n存档先写在 OUT 旁边，最后再改名；已经存在且不为空的 OUT 不会被动（退出码 1），除非用 --force 替换那里之前的存档。",
    "usage: keepsake export archive OUT [--year Y] [--from DATE] [--to DATE] [--tag T] [--person P] [--query Q] [--force] [--json] [--library DIR]":
        "用法：keepsake export archive OUT [--year 年] [--from 日期] [--to 日期] [--tag 标签] [--person 人] [--query 词] [--force] [--json] [--library 文件夹]",
    "--theme must be one of %1": "--theme 必须是以下之一：%1",
    "%1 already holds an archive; nothing was written. Choose a new folder, or add --force to replace that archive.":
        "%1 里已经有一个存档；什么也没有写。请选择一个新文件夹，或加上 --force 替换那个存档。",
    "the folder %1 is not empty; nothing was written. Choose an empty or new folder (--force replaces only an earlier archive).":
        "文件夹 %1 不是空的；什么也没有写。请选择一个空的或新的文件夹（--force 只会替换之前的存档）。",
    "archive": "存档",
    "stopped; nothing was written to %1.": "已停止；没有向 %1 写入任何东西。",
    "nothing was written to %1.": "没有向 %1 写入任何东西。",
    "left out: %1": "未放入：%1",
    " (%n files, %1 bytes).": "（%n 个文件，%1 字节）。",
    "%n memories archived to %1": "已把 %n 条回忆存档到 %1",
    "%n files could not go into the archive (named above): it is incomplete.":
        "有 %n 个文件没能放进存档（见上面）：存档不完整。",
    "the archive's folder (a BagIt bag)": "存档的文件夹（一个 BagIt 包）",
    "Check an archive (any BagIt bag): bagit.txt, every line of manifest-sha256.txt and tagmanifest-sha256.txt (the file is there and has that SHA-256), payload files the manifest does not list, and Payload-Oxum. Prints what changed, by path; exit 0 when the archive is valid, 1 when not. Only reads.":
        "检查一个存档（任何 BagIt 包）：bagit.txt、manifest-sha256.txt 和 tagmanifest-sha256.txt 的每一行（文件在不在、SHA-256 对不对）、清单里没有列出的内容文件，以及 Payload-Oxum。按路径列出变化；存档完好时退出码为 0，否则为 1。只读不写。",
    "usage: keepsake verify-archive OUT [--json]": "用法：keepsake verify-archive OUT [--json]",
    "checked %1 of %2 files": "已检查 %1 / %2 个文件",
    "%1 is a valid archive: %2 files checked, Payload-Oxum %3 matches.":
        "%1 是完好的存档：检查了 %2 个文件，Payload-Oxum %3 相符。",
    "%1 is NOT a valid archive:": "%1 不是完好的存档：",
    "changed: %1": "已改动：%1",
    "missing: %1": "已缺失：%1",
    "not in the manifest: %1": "不在清单里：%1",
    "Payload-Oxum says %1 (bytes.files), the payload holds %2": "Payload-Oxum 写的是 %1（字节数.文件数），实际内容是 %2",
    "keepsake verify-archive: stopped.": "keepsake verify-archive：已停止。",
    # ui: the export dialog and the File menu
    "Export Ar&chive…": "导出存档(&C)…",
    "Archive (BagIt)": "存档（BagIt）",
    "A folder that outlives Keepsake: the web site, every memory with its comments as JSON, the untouched source records and every original file, each with its checksum. Keepsake imports it back as it was.":
        "一个比时光匣活得更久的文件夹：网站、以 JSON 保存的每条回忆及其评论、未经改动的原始记录和每一个原始文件，每个文件都带校验和。时光匣可以把它原样导入回来。",
    "%1 holds an earlier archive. Replace it with the new one?\n\nThe earlier archive is removed once the new one is complete.":
        "%1 里有之前的存档。要用新的替换它吗？\n\n新存档完整写好之后，之前的存档才会被删除。",
    "The folder %1 is not empty. Choose an empty or new folder for the archive.":
        "文件夹 %1 不是空的。请为存档选择一个空的或新的文件夹。",
    "%1 is a file. Choose a folder for the archive.": "%1 是一个文件。请为存档选择一个文件夹。",
    "Folder for the archive": "存档的文件夹",
    "Keepsake archive %1": "时光匣存档 %1",
    "Writing the archive…": "正在写入存档…",
    "The archive was written to %1, but %n files could not go into it, so it is incomplete:":
        "存档已写入 %1，但有 %n 个文件没能放进去，所以存档不完整：",
    # problems (stored in English, shown translated): importing the archive back
    "the file has changed since it was archived (its SHA-256 is %1, the archive recorded %2); it was not imported":
        "这个文件在存档之后被改动过（它的 SHA-256 是 %1，存档记录的是 %2）；没有导入",
    "the archive has no manifest-sha256.txt: its files cannot be checked": "存档里没有 manifest-sha256.txt：无法检查其中的文件",
    "the archive's manifest does not list this file; it is read as it is": "存档的清单里没有这个文件；按原样读取",
    "the file has changed since it was archived (its checksum no longer matches the archive's manifest); it is read as it is":
        "这个文件在存档之后被改动过（校验和与存档清单不再相符）；按原样读取",
    "line %1 is not a JSON object (%2); it was skipped": "第 %1 行不是 JSON 对象（%2）；已跳过",
    "a memory of the archive has no key or an unknown kind (%1); it was skipped": "存档里有一条回忆没有键或类型不明（%1）；已跳过",
    "the archive names a file outside its vault folder; it was not imported": "存档指向了它的 vault 文件夹之外的文件；没有导入",
    "a memory of the archive names no account (%1); it was skipped": "存档里有一条回忆没有写明账号（%1）；已跳过",
    "%1 source records match no memory of the archive (or are out of order); those memories keep only their first record":
        "有 %1 条原始记录对不上存档里的任何回忆（或顺序错乱）；这些回忆只保留它们的第一条记录",
    "the archive was written by a newer Keepsake (format %1); what this version knows is read":
        "这个存档是更新版本的时光匣写的（格式 %1）；只读取这个版本认识的部分",
}
