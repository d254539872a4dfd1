<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BookExporter</name>
    <message>
        <source>Our memories of %1</source>
        <translation>%1年的回忆</translation>
    </message>
    <message>
        <source>QQ Space</source>
        <translation>QQ空间</translation>
    </message>
    <message>
        <source>%1's QQ Space</source>
        <translation>%1的QQ空间</translation>
    </message>
    <message>
        <source>Our story</source>
        <translation>我们的故事</translation>
    </message>
    <message>
        <source>Our story: %1</source>
        <translation>我们的故事：%1</translation>
    </message>
    <message>
        <source>Friends since %1</source>
        <translation>%1 成为好友</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
</context>
<context>
    <name>BookLayout</name>
    <message numerus="yes">
        <source>%n memories</source>
        <translation><numerusform>%n 条回忆</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n photos</source>
        <translation><numerusform>%n 张照片</numerusform></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Date unknown</source>
        <translation>时间不详</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>MMMM</source>
        <translation>M月</translation>
    </message>
    <message>
        <source>yyyy</source>
        <translation>yyyy年</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Photo missing</source>
        <translation>照片缺失</translation>
    </message>
    <message>
        <source>dddd, MMMM d HH:mm</source>
        <translation>M月d日 dddd HH:mm</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <source> replied</source>
        <translation> 回复</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more comment(s)</source>
        <translation><numerusform>……还有 %n 条评论</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Uploaded %n photo(s)</source>
        <translation><numerusform>上传了 %n 张照片</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Uploaded %n photo(s) to 《%1》</source>
        <translation><numerusform>上传了 %n 张照片到《%1》</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>(%n photo(s) in all; %1 chosen here)</source>
        <translation><numerusform>（共 %n 张，这里选了 %1 张）</numerusform></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>A message from %1</source>
        <translation>%1的留言</translation>
    </message>
    <message>
        <source>Album 《%1》</source>
        <translation>相册《%1》</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>封面</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Photo cannot be read</source>
        <translation>照片无法读取</translation>
    </message>
</context>
<context>
    <name>LibraryOpen</name>
    <message>
        <source>Keepsake</source>
        <translation>时光匣</translation>
    </message>
    <message>
        <source>The library could not be rebuilt:
%1</source>
        <translation>无法重建资料库：
%1</translation>
    </message>
    <message numerus="yes">
        <source>Recovered %n file(s) from the vault.</source>
        <translation><numerusform>已从保险库恢复 %n 个文件。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) did not match their names and were left in the vault untouched.</source>
        <translation><numerusform>%n 个文件的内容与文件名不符，已原样留在保险库里，没有改动。</numerusform></translation>
    </message>
    <message>
        <source>The damaged database is kept as %1.</source>
        <translation>损坏的数据库已保留为 %1。</translation>
    </message>
    <message>
        <source>Library rebuilt</source>
        <translation>资料库已重建</translation>
    </message>
    <message numerus="yes">
        <source>The library database %1 is missing, but the vault beside it still holds %n file(s).</source>
        <translation><numerusform>资料库的数据库 %1 不见了，但旁边的保险库里还保存着 %n 个文件。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The library database %1 is empty (0 bytes), but the vault beside it still holds %n file(s).</source>
        <translation><numerusform>资料库的数据库 %1 是空的（0 字节），但旁边的保险库里还保存着 %n 个文件。</numerusform></translation>
    </message>
    <message>
        <source>The library at %1 is read-only and was made by an older version of Keepsake, which must update it before it can be shown. Copy the library folder to a writable disk and open the copy.</source>
        <translation>位于 %1 的资料库是只读的，而且是由旧版时光匣建立的，需要先升级才能显示。请把资料库文件夹复制到可写的磁盘上，然后打开这份副本。</translation>
    </message>
    <message>
        <source>The library at %1 cannot be opened:
%2</source>
        <translation>无法打开位于 %1 的资料库：
%2</translation>
    </message>
    <message>
        <source>The library database is lost</source>
        <translation>资料库的数据库丢失了</translation>
    </message>
    <message>
        <source>Nothing has been changed. If you have a backup of your library, open it. Or rebuild the library from the vault: every photo and video in it comes back, as loose photos; posts, blogs, comments and tags were kept only in the database and cannot be recovered from the vault. The damaged database file is kept beside the new one, never deleted.</source>
        <translation>什么都还没有改动。如果你有资料库的备份，请打开备份。也可以从保险库重建资料库：其中的每一张照片和每一段视频都会回来，作为零散的照片；说说、日志、评论和标签只保存在数据库里，无法从保险库恢复。损坏的数据库文件会保留在新数据库旁边，绝不会被删除。</translation>
    </message>
    <message>
        <source>&amp;Rebuild from the Vault</source>
        <translation>从保险库重建(&amp;R)</translation>
    </message>
    <message>
        <source>Open a &amp;Backup…</source>
        <translation>打开备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Open a Library Backup</source>
        <translation>打开资料库的备份</translation>
    </message>
    <message>
        <source>Rebuilding the library from the vault…</source>
        <translation>正在从保管库重建资料库…</translation>
    </message>
</context>
<context>
    <name>ks::Appearance</name>
    <message>
        <source>T&amp;heme</source>
        <translation>装扮(&amp;H)</translation>
    </message>
    <message>
        <source>Text &amp;Size</source>
        <translation>文字大小(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Larger</source>
        <translation>放大(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller</source>
        <translation>缩小(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Default Size</source>
        <translation>默认大小(&amp;D)</translation>
    </message>
    <message>
        <source>Classic QQ Space</source>
        <translation>经典空间</translation>
    </message>
    <message>
        <source>Warm Paper</source>
        <translation>暖色纸张</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>High Contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>Warm paper (brown accents)</source>
        <translation>暖色纸张（棕色点缀）</translation>
    </message>
    <message>
        <source>Classic QQ Space (sky blue and yellow)</source>
        <translation>经典空间（天蓝配明黄）</translation>
    </message>
    <message>
        <source>Plain black and white</source>
        <translation>简洁黑白</translation>
    </message>
</context>
<context>
    <name>ks::ArchiveExporter</name>
    <message>
        <source>the archive cannot be written into the library's own folder %1</source>
        <translation>存档不能写进资料库自己的文件夹 %1</translation>
    </message>
    <message>
        <source>%1 holds an earlier archive; nothing was written</source>
        <translation>%1 里有之前的存档；什么也没有写</translation>
    </message>
    <message>
        <source>the folder %1 is not empty and holds no archive; nothing was written</source>
        <translation>文件夹 %1 不是空的，里面也不是存档；什么也没有写</translation>
    </message>
    <message>
        <source>%1 is a file; the archive needs a folder</source>
        <translation>%1 是一个文件；存档需要一个文件夹</translation>
    </message>
    <message>
        <source>the library cannot be read: %1</source>
        <translation>无法读取资料库：%1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>site</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>the web site could not be written: %1</source>
        <translation>无法写入网站：%1</translation>
    </message>
    <message>
        <source>memory %1 cannot be read from the library</source>
        <translation>无法从资料库读取回忆 %1</translation>
    </message>
    <message>
        <source>memories</source>
        <translation>回忆</translation>
    </message>
    <message>
        <source>%1: not a vault path; left out</source>
        <translation>%1：不是保险库里的路径；未放入</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1: cannot be copied (%2); left out</source>
        <translation>%1：无法复制（%2）；未放入</translation>
    </message>
    <message>
        <source>%1: damaged in the library (its content no longer matches its SHA-256; see keepsake verify); left out</source>
        <translation>%1：资料库里的这个文件已损坏（内容与它的 SHA-256 不再相符，见 keepsake verify）；未放入</translation>
    </message>
    <message>
        <source>files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>QQ Space memories</source>
        <translation>QQ空间的回忆</translation>
    </message>
    <message>
        <source>QQ Space memories of %1</source>
        <translation>%1 的QQ空间回忆</translation>
    </message>
    <message numerus="yes">
        <source>%n memories</source>
        <translation><numerusform>%n 条回忆</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n photos</source>
        <translation><numerusform>%n 张照片</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n comments</source>
        <translation><numerusform>%n 条评论</numerusform></translation>
    </message>
    <message>
        <source>An archive Keepsake wrote on %1: it needs no program to be read, and Keepsake imports it back as it was.</source>
        <translation>这是时光匣在 %1 写下的存档：不需要任何程序就能阅读，时光匣也能把它原样导入回去。</translation>
    </message>
    <message>
        <source>%1 cannot be read back: %2</source>
        <translation>%1 写入后无法读回：%2</translation>
    </message>
    <message>
        <source>checksums</source>
        <translation>校验和</translation>
    </message>
    <message>
        <source>%1, kept by Keepsake: an offline web site (data/index.html), every memory with its comments (data/memories.jsonl), the untouched source records (data/sources.jsonl) and the original files (data/vault/).</source>
        <translation>%1，由时光匣保存：离线网站（data/index.html）、每条回忆及其评论（data/memories.jsonl）、未经改动的原始记录（data/sources.jsonl）和原始文件（data/vault/）。</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>cannot create a folder beside %1 to write the archive in</source>
        <translation>无法在 %1 旁边创建用来写入存档的文件夹</translation>
    </message>
    <message>
        <source>Open the memories</source>
        <translation>打开回忆</translation>
    </message>
    <message>
        <source>What this folder holds</source>
        <translation>这个文件夹里有什么</translation>
    </message>
    <message>
        <source>site/ — the memories as web pages: open site/index.html in any browser, no program needed.</source>
        <translation>site/ — 网页形式的回忆：用任何浏览器打开 site/index.html 即可，不需要安装程序。</translation>
    </message>
    <message>
        <source>memories.jsonl — every memory, one JSON object a line, with its comments, tags and files.</source>
        <translation>memories.jsonl — 每条回忆一行 JSON，含评论、标签和文件。</translation>
    </message>
    <message>
        <source>sources.jsonl — the records as the QQ Space exports wrote them, untouched.</source>
        <translation>sources.jsonl — QQ空间导出工具写下的原始记录，未经改动。</translation>
    </message>
    <message>
        <source>vault/ — every original photo and video, named by its SHA-256.</source>
        <translation>vault/ — 每一张原始照片和每一段视频，以 SHA-256 命名。</translation>
    </message>
    <message>
        <source>people.jsonl, tags.jsonl, accounts.json, files.jsonl, problems.jsonl — the people, tags, accounts and files, and what the imports found wrong.</source>
        <translation>people.jsonl、tags.jsonl、accounts.json、files.jsonl、problems.jsonl — 人、标签、账号和文件，以及导入时发现的问题。</translation>
    </message>
    <message>
        <source>Keepsake reads this folder back: drop it on its window, or run keepsake import.</source>
        <translation>时光匣可以把这个文件夹读回去：把它拖到时光匣的窗口上，或运行 keepsake import。</translation>
    </message>
    <message>
        <source>cannot replace the empty folder %1</source>
        <translation>无法替换空文件夹 %1</translation>
    </message>
    <message>
        <source>cannot move the earlier archive %1 aside</source>
        <translation>无法把之前的存档 %1 移开</translation>
    </message>
    <message>
        <source>%1 is there already; nothing was replaced</source>
        <translation>%1 已经存在；没有替换任何东西</translation>
    </message>
    <message>
        <source>cannot rename the finished archive to %1</source>
        <translation>无法把写好的存档改名为 %1</translation>
    </message>
</context>
<context>
    <name>ks::BagIt</name>
    <message>
        <source>line %1 of a manifest cannot be read: %2</source>
        <translation>清单的第 %1 行无法读取：%2</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 不是文件夹</translation>
    </message>
    <message>
        <source>bagit.txt is missing or cannot be read: this is not a BagIt bag</source>
        <translation>没有 bagit.txt 或无法读取：这不是 BagIt 包</translation>
    </message>
    <message>
        <source>bagit.txt does not declare BagIt-Version and Tag-File-Character-Encoding</source>
        <translation>bagit.txt 没有写明 BagIt-Version 和 Tag-File-Character-Encoding</translation>
    </message>
    <message>
        <source>the bag has no data folder</source>
        <translation>包里没有 data 文件夹</translation>
    </message>
    <message>
        <source>manifest-sha256.txt is missing or cannot be read</source>
        <translation>没有 manifest-sha256.txt 或无法读取</translation>
    </message>
    <message>
        <source>the manifest names a file outside the payload: %1</source>
        <translation>清单列出了内容文件夹之外的文件：%1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 无法读取：%2</translation>
    </message>
</context>
<context>
    <name>ks::BookDialog</name>
    <message>
        <source>Memory Book</source>
        <translation>回忆书</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n memories)</source>
        <translation><numerusform>%1（%n 条回忆）</numerusform></translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <source>All memories of the year</source>
        <translation>这一年的全部回忆</translation>
    </message>
    <message>
        <source>Only the tag:</source>
        <translation>只要标签：</translation>
    </message>
    <message>
        <source>16K (185 × 260 mm)</source>
        <translation>16开 (185 × 260 毫米)</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>纸张大小：</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> 毫米</translation>
    </message>
    <message>
        <source>Margins:</source>
        <translation>页边距：</translation>
    </message>
    <message>
        <source>Extra picture around each page that a print shop trims off (usually 3 mm).</source>
        <translation>每页四周多出的一圈画面，印刷厂裁切时会切掉（通常 3 毫米）。</translation>
    </message>
    <message>
        <source>Bleed:</source>
        <translation>出血：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Subtitle:</source>
        <translation>副标题：</translation>
    </message>
    <message>
        <source>Another picture…</source>
        <translation>换一张图片…</translation>
    </message>
    <message>
        <source>Cover photo:</source>
        <translation>封面照片：</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>存为 PDF…</translation>
    </message>
    <message>
        <source>Cover photo</source>
        <translation>封面照片</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</translation>
    </message>
    <message>
        <source>Cover: %1</source>
        <translation>封面：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation><numerusform>%n 页</numerusform></translation>
    </message>
    <message>
        <source>Memory Book — Preview</source>
        <translation>回忆书 — 预览</translation>
    </message>
    <message>
        <source>Print the Memory Book</source>
        <translation>打印回忆书</translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation>打印失败：%1</translation>
    </message>
    <message>
        <source>Making the memory book…</source>
        <translation>正在制作回忆书…</translation>
    </message>
    <message>
        <source>Save the memory book</source>
        <translation>保存回忆书</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>The book could not be written: %1</source>
        <translation>无法写出回忆书：%1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n pages).</source>
        <translation><numerusform>已保存 %1（共 %n 页）。</numerusform></translation>
    </message>
    <message>
        <source>Style:</source>
        <translation>样式：</translation>
    </message>
    <message>
        <source>Start every month on a new page</source>
        <translation>每个月从新的一页开始</translation>
    </message>
    <message>
        <source>Otherwise a short month follows the one before it on the same page.</source>
        <translation>不勾选时，内容少的月份接在上个月后面，排在同一页。</translation>
    </message>
    <message>
        <source>Months:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>%1×%2 pixels</source>
        <translation>%1×%2 像素</translation>
    </message>
    <message>
        <source>This photo is %1×%2: it will print soft at this size, so the book places it smaller on the cover. A larger photo fills the cover.</source>
        <translation>这张照片只有 %1×%2 像素，放满封面会印得模糊，所以纪念册会把它缩小放在封面上。换一张更大的照片就能铺满封面。</translation>
    </message>
    <message>
        <source>Our Story as a Book</source>
        <translation>我们的故事（纪念册）</translation>
    </message>
    <message>
        <source>Our story: %1</source>
        <translation>我们的故事：%1</translation>
    </message>
    <message>
        <source>Open the book with the year in review</source>
        <translation>纪念册以年度回顾开篇</translation>
    </message>
</context>
<context>
    <name>ks::CommentDelegate</name>
    <message>
        <source>Someone</source>
        <translation>某人</translation>
    </message>
</context>
<context>
    <name>ks::ContentBrowser</name>
    <message>
        <source>This picture is not in the library</source>
        <translation>这张图片不在资料库里</translation>
    </message>
    <message>
        <source>Picture not kept by the export</source>
        <translation>导出时没有保存这张图片</translation>
    </message>
</context>
<context>
    <name>ks::DateCorrection</name>
    <message>
        <source>The library could not be changed: %1</source>
        <translation>资料库无法修改：%1</translation>
    </message>
    <message>
        <source>These memories have no date to shift; set one instead.</source>
        <translation>这些回忆没有日期，无法平移；请直接设定一个日期。</translation>
    </message>
    <message>
        <source>No photo of these memories carries a camera date.</source>
        <translation>这些回忆的照片里都没有相机记录的拍摄日期。</translation>
    </message>
    <message>
        <source>The dates are changed, but the wall could not be rebuilt; open the library again.</source>
        <translation>日期已经改好，但回忆墙没能刷新；请重新打开资料库。</translation>
    </message>
    <message>
        <source>There is no date change to undo.</source>
        <translation>没有可以撤销的日期修改。</translation>
    </message>
</context>
<context>
    <name>ks::DateCorrectionDialog</name>
    <message>
        <source>Correct the Date</source>
        <translation>修正日期</translation>
    </message>
    <message numerus="yes">
        <source>Put the date of %n memories right. The date the backup had is kept as the original, and Edit → Undo Date Change puts it back.</source>
        <translation><numerusform>修正 %n 条回忆的日期。备份里原来的日期会保留下来，用“编辑 → 撤销日期修改”可以改回去。</numerusform></translation>
    </message>
    <message>
        <source>&amp;Set the date to</source>
        <translation>设为(&amp;S)</translation>
    </message>
    <message>
        <source>New date</source>
        <translation>新的日期</translation>
    </message>
    <message>
        <source>S&amp;hift by</source>
        <translation>平移(&amp;H)</translation>
    </message>
    <message>
        <source> y</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>年</translation>
    </message>
    <message>
        <source> mo</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月</translation>
    </message>
    <message>
        <source> d</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Use the &amp;camera's date from the photo</source>
        <translation>使用照片里相机记录的日期(&amp;C)</translation>
    </message>
    <message>
        <source>The date the camera wrote into the photo (EXIF), for memories with photos.</source>
        <translation>相机写在照片里的日期（EXIF），适用于带照片的回忆。</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>没有日期</translation>
    </message>
    <message>
        <source>Originally: %1</source>
        <translation>原来的日期：%1</translation>
    </message>
    <message>
        <source>Change the Date</source>
        <translation>修改日期</translation>
    </message>
    <message numerus="yes">
        <source>Put back the date of %n memories.</source>
        <translation><numerusform>已恢复 %n 条回忆的日期。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Changed the date of %n memories.</source>
        <translation><numerusform>已修改 %n 条回忆的日期。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n memories already had that date.</source>
        <translation><numerusform>其中 %n 条本来就是这个日期。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Not shifted, as they have no date: %n memories. Set a date instead.</source>
        <translation><numerusform>有 %n 条回忆没有日期，没有平移；请直接设定日期。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Left as they were, with no photo that carries a camera date: %n memories.</source>
        <translation><numerusform>有 %n 条回忆的照片里没有相机日期，保持原样。</numerusform></translation>
    </message>
</context>
<context>
    <name>ks::DetailData</name>
    <message>
        <source>Unknown time</source>
        <translation>时间未知</translation>
    </message>
    <message>
        <source>MMM d, yyyy HH:mm</source>
        <translation>yyyy年M月d日 HH:mm</translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
</context>
<context>
    <name>ks::EmptyStateWidget</name>
    <message>
        <source>Your QQ Space memories belong here</source>
        <translation>把你的QQ空间回忆安放在这里</translation>
    </message>
    <message>
        <source>Drag a QQ Space export folder or its .zip file onto this window.
Keepsake copies everything into your own library and never changes the original files.</source>
        <translation>把QQ空间的导出文件夹或它的 .zip 压缩包拖到这个窗口里。
时光匣会把所有内容复制到你自己的资料库，绝不改动原来的文件。</translation>
    </message>
    <message>
        <source>Choose an export folder…</source>
        <translation>选择导出文件夹…</translation>
    </message>
    <message>
        <source>Look at the sample first</source>
        <translation>先看看示例</translation>
    </message>
</context>
<context>
    <name>ks::Export</name>
    <message>
        <source>Post</source>
        <translation>说说</translation>
    </message>
    <message>
        <source>Blog</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Private diary</source>
        <translation>私密日记</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Album</source>
        <translation>相册</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Message board</source>
        <translation>留言板</translation>
    </message>
    <message>
        <source>Favorite</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>分享</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>访客</translation>
    </message>
</context>
<context>
    <name>ks::ExportDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Offline web site (HTML)</source>
        <translation>离线网页 (HTML)</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>One year</source>
        <translation>某一年</translation>
    </message>
    <message>
        <source>A date range</source>
        <translation>一段日期</translation>
    </message>
    <message>
        <source>A tag</source>
        <translation>某个标签</translation>
    </message>
    <message>
        <source>A person</source>
        <translation>某个人</translation>
    </message>
    <message>
        <source>Memories containing words</source>
        <translation>包含某些文字的回忆</translation>
    </message>
    <message>
        <source>What the wall shows now (%1)</source>
        <translation>回忆墙上现在显示的（%1）</translation>
    </message>
    <message>
        <source>Memories:</source>
        <translation>回忆：</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n memories)</source>
        <translation><numerusform>%1（%n 条回忆）</numerusform></translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <source>From – to:</source>
        <translation>从 – 到：</translation>
    </message>
    <message>
        <source>Tag path, person's name or QQ number, or words</source>
        <translation>标签路径、人名或 QQ 号，或者要找的文字</translation>
    </message>
    <message>
        <source>Which:</source>
        <translation>哪个：</translation>
    </message>
    <message>
        <source>Also copy the original photo files</source>
        <translation>同时复制照片原图</translation>
    </message>
    <message>
        <source>16K (185 × 260 mm)</source>
        <translation>16开 (185 × 260 毫米)</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>纸张大小：</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>保存到：</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n memories to %1.</source>
        <translation><numerusform>已把 %n 条回忆导出到 %1。</numerusform></translation>
    </message>
    <message>
        <source>Folder for the web site</source>
        <translation>网页存放的文件夹</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting the web site…</source>
        <translation>正在导出网页…</translation>
    </message>
    <message>
        <source>Memories</source>
        <translation>回忆</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>正在生成 PDF…</translation>
    </message>
    <message>
        <source>%1 is a file. Choose a folder for the web site.</source>
        <translation>%1 是一个文件。请为网页选择一个文件夹。</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name for the PDF.</source>
        <translation>%1 是一个文件夹。请为 PDF 选择一个文件名。</translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Write the site into it anyway?

Files with the same names are replaced; the other files stay.</source>
        <translation>文件夹 %1 不是空的。仍然把网页写进去吗？

同名的文件会被替换，其他文件保持不动。</translation>
    </message>
    <message>
        <source>Write into It</source>
        <translation>写入</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已经存在。要替换它吗？</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Look of the site:</source>
        <translation>网页装扮：</translation>
    </message>
    <message>
        <source>%1 holds an earlier archive. Replace it with the new one?

The earlier archive is removed once the new one is complete.</source>
        <translation>%1 里有之前的存档。要用新的替换它吗？

新存档完整写好之后，之前的存档才会被删除。</translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Choose an empty or new folder for the archive.</source>
        <translation>文件夹 %1 不是空的。请为存档选择一个空的或新的文件夹。</translation>
    </message>
    <message>
        <source>%1 is a file. Choose a folder for the archive.</source>
        <translation>%1 是一个文件。请为存档选择一个文件夹。</translation>
    </message>
    <message>
        <source>Archive (BagIt)</source>
        <translation>存档（BagIt）</translation>
    </message>
    <message>
        <source>A folder that outlives Keepsake: the web site, every memory with its comments as JSON, the untouched source records and every original file, each with its checksum. Keepsake imports it back as it was.</source>
        <translation>一个比时光匣活得更久的文件夹：网站、以 JSON 保存的每条回忆及其评论、未经改动的原始记录和每一个原始文件，每个文件都带校验和。时光匣可以把它原样导入回来。</translation>
    </message>
    <message numerus="yes">
        <source>The archive was written to %1, but %n files could not go into it, so it is incomplete:</source>
        <translation><numerusform>存档已写入 %1，但有 %n 个文件没能放进去，所以存档不完整：</numerusform></translation>
    </message>
    <message>
        <source>Folder for the archive</source>
        <translation>存档的文件夹</translation>
    </message>
    <message>
        <source>Keepsake archive %1</source>
        <translation>时光匣存档 %1</translation>
    </message>
    <message>
        <source>Writing the archive…</source>
        <translation>正在写入存档…</translation>
    </message>
</context>
<context>
    <name>ks::HtmlExporter</name>
    <message>
        <source>Date unknown</source>
        <translation>时间不详</translation>
    </message>
    <message>
        <source>MMMM d, yyyy HH:mm</source>
        <translation>yyyy年M月d日 HH:mm</translation>
    </message>
    <message>
        <source>MMMM d HH:mm</source>
        <translation>M月d日 HH:mm</translation>
    </message>
    <message>
        <source>yyyy</source>
        <translation>yyyy年</translation>
    </message>
    <message>
        <source>MMMM</source>
        <translation>M月</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>找到 %1 条</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>没有找到</translation>
    </message>
    <message>
        <source>[emoticon]</source>
        <translation>[表情]</translation>
    </message>
    <message>
        <source>Video not exported</source>
        <translation>视频未导出</translation>
    </message>
    <message>
        <source>Photo cannot be read</source>
        <translation>照片无法读取</translation>
    </message>
    <message>
        <source>Photo missing</source>
        <translation>照片缺失</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>地点：%1</translation>
    </message>
    <message>
        <source>Album 《%1》</source>
        <translation>相册《%1》</translation>
    </message>
    <message numerus="yes">
        <source>%n like(s)</source>
        <translation><numerusform>%n 人觉得很赞</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Comments (%n)</source>
        <translation><numerusform>评论（%n）</numerusform></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Previous memory</source>
        <translation>上一条</translation>
    </message>
    <message>
        <source>Next memory</source>
        <translation>下一条</translation>
    </message>
    <message>
        <source>QQ Space memories</source>
        <translation>QQ空间的回忆</translation>
    </message>
    <message>
        <source>%1's QQ Space</source>
        <translation>%1的QQ空间</translation>
    </message>
    <message numerus="yes">
        <source>%n memories</source>
        <translation><numerusform>%n 条回忆</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n photos</source>
        <translation><numerusform>%n 张照片</numerusform></translation>
    </message>
    <message>
        <source>exported on %1</source>
        <translation>导出于 %1</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Search the exported text…</source>
        <translation>搜索导出的文字…</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>打印全部</translation>
    </message>
    <message numerus="yes">
        <source>Uploaded %n photo(s)</source>
        <translation><numerusform>上传了 %n 张照片</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Uploaded %n photo(s) to 《%1》</source>
        <translation><numerusform>上传了 %n 张照片到《%1》</numerusform></translation>
    </message>
    <message>
        <source>Exported by Keepsake · readable offline, no network needed</source>
        <translation>由时光匣 Keepsake 导出 · 离线可读，不需要网络</translation>
    </message>
</context>
<context>
    <name>ks::ImportProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stopping safely…</source>
        <translation>正在安全地停止…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>%1 files · %2 new · %3 updated · %4 unchanged · %5 · %6 problems</source>
        <translation>%1 个文件 · 新增 %2 · 更新 %3 · 未变 %4 · %5 · %6 个问题</translation>
    </message>
    <message>
        <source>Another import into this library is running. Keepsake waits for it to finish and then goes on; Cancel stops waiting.</source>
        <translation>另一个导入正在向这个资料库写入。时光匣会等它完成后再继续；点“取消”可以不再等待。</translation>
    </message>
</context>
<context>
    <name>ks::MainWindow</name>
    <message>
        <source>Keepsake — QQ Space memories</source>
        <translation>时光匣 — QQ空间的回忆</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Import &amp;Archive (.zip)…</source>
        <translation>导入压缩包 (.zip)(&amp;A)…</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Export</source>
        <translation>打开示例备份(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>全屏(&amp;U)</translation>
    </message>
    <message>
        <source>Follow the System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Import &amp;Problems…</source>
        <translation>导入问题(&amp;P)…</translation>
    </message>
    <message>
        <source>Open Library &amp;Folder</source>
        <translation>打开资料库文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;About Keepsake</source>
        <translation>关于时光匣(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>The library is empty</source>
        <translation>资料库还是空的</translation>
    </message>
    <message numerus="yes">
        <source>%n memories</source>
        <translation><numerusform>%n 条回忆</numerusform></translation>
    </message>
    <message>
        <source>Choose a QQ Space export folder</source>
        <translation>选择QQ空间导出文件夹</translation>
    </message>
    <message>
        <source>Choose a QQ Space export archive</source>
        <translation>选择QQ空间导出压缩包</translation>
    </message>
    <message>
        <source>Archives (*.zip *.7z *.tar *.tar.gz *.tgz);;All files (*)</source>
        <translation>压缩包 (*.zip *.7z *.tar *.tar.gz *.tgz);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>The sample export is missing from this build.</source>
        <translation>这个版本里缺少示例备份。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>An import is already running. Please wait for it to end.</source>
        <translation>已经有一个导入正在进行，请等它完成。</translation>
    </message>
    <message>
        <source>About Keepsake</source>
        <translation>关于时光匣</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keepsake (时光匣) %1&lt;/h3&gt;&lt;p&gt;Turns QQ Space export folders into a lasting, living archive of your memories: 说说, 日志, photos, 留言板 and more, kept safely on your own computer.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;时光匣 (Keepsake) %1&lt;/h3&gt;&lt;p&gt;把QQ空间的导出文件夹变成一份长久、鲜活的回忆档案：说说、日志、照片、留言板……都安全地保存在你自己的电脑上。&lt;/p&gt;&lt;p&gt;资料库：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import running</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>An import is still running. Stop it and quit? What was imported so far is kept.</source>
        <translation>导入还在进行。要停止并退出吗？已经导入的内容会保留。</translation>
    </message>
    <message>
        <source>Memory wall</source>
        <translation>回忆墙</translation>
    </message>
    <message>
        <source>On this day</source>
        <translation>那年今日</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>说说</translation>
    </message>
    <message>
        <source>Blogs</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Diaries</source>
        <translation>日记</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>Favorites</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>分享</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>最早在前</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>最新在前</translation>
    </message>
    <message>
        <source>Change the order of the wall</source>
        <translation>切换回忆墙的排列顺序</translation>
    </message>
    <message>
        <source>Show the whole wall again</source>
        <translation>重新显示整面回忆墙</translation>
    </message>
    <message numerus="yes">
        <source>%n on the wall</source>
        <translation><numerusform>墙上 %n 条</numerusform></translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>标签(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Save This Search…</source>
        <translation>保存这次搜索(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Memory &amp;Book…</source>
        <translation>回忆书(&amp;B)…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>保存的搜索</translation>
    </message>
    <message numerus="yes">
        <source>%n memories match “%1”</source>
        <translation><numerusform>有 %n 条回忆符合“%1”</numerusform></translation>
    </message>
    <message>
        <source>Select memories on the wall first (click, Ctrl+click, Shift+click).</source>
        <translation>请先在回忆墙上选中回忆（单击、Ctrl+单击、Shift+单击）。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message numerus="yes">
        <source>Tags for %n memories…</source>
        <translation><numerusform>给 %n 条回忆加标签…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Export %n memories…</source>
        <translation><numerusform>导出 %n 条回忆…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation><numerusform>已选 %n 条</numerusform></translation>
    </message>
    <message>
        <source>Keepsake — QQ Space memories (read-only)</source>
        <translation>时光匣 — QQ空间的回忆（只读）</translation>
    </message>
    <message>
        <source>The library at %1 is read-only (a backup disk, a DVD or a folder you cannot write to). You can look through it, search it and export from it, but nothing can be imported into it.</source>
        <translation>位于 %1 的资料库是只读的（备份磁盘、DVD 或你无权写入的文件夹）。你可以浏览、搜索它，也可以从中导出，但不能向它导入任何内容。</translation>
    </message>
    <message>
        <source>This library is read-only: it can be viewed, searched and exported, not changed.</source>
        <translation>这个资料库是只读的：可以浏览、搜索和导出，但不能修改。</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) and file(s)</source>
        <translation><numerusform>%n 个文件夹和文件</numerusform></translation>
    </message>
    <message>
        <source>This library is read-only: %1 cannot be imported here.</source>
        <translation>这个资料库是只读的：%1 不能导入到这里。</translation>
    </message>
    <message>
        <source>An import is running: drop %1 when it has finished.</source>
        <translation>正在导入：等它完成后再拖入 %1。</translation>
    </message>
    <message>
        <source>Drop to import %1 into this library.
The original files are never changed.</source>
        <translation>松开鼠标，把 %1 导入这个资料库。
原来的文件绝不会被改动。</translation>
    </message>
    <message>
        <source>Remove the filter %1</source>
        <translation>移除筛选条件 %1</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>Export &amp;Photos…</source>
        <translation>导出照片(&amp;P)…</translation>
    </message>
    <message numerus="yes">
        <source>Correct the date of %n memories…</source>
        <translation><numerusform>修正 %n 条回忆的日期…</numerusform></translation>
    </message>
    <message>
        <source>Correct the &amp;Date…</source>
        <translation>修正日期(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Undo Date Change</source>
        <translation>撤销日期修改(&amp;U)</translation>
    </message>
    <message>
        <source>Export Ar&amp;chive…</source>
        <translation>导出存档(&amp;C)…</translation>
    </message>
    <message>
        <source>Select photos in the grid first (Ctrl+click, Shift+click, Ctrl+A).</source>
        <translation>请先在照片网格里选择照片（Ctrl+点击、Shift+点击、Ctrl+A）。</translation>
    </message>
</context>
<context>
    <name>ks::MemoryCardDelegate</name>
    <message>
        <source>Post</source>
        <translation>说说</translation>
    </message>
    <message>
        <source>Blog</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>日记</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Album</source>
        <translation>相册</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Message board</source>
        <translation>留言板</translation>
    </message>
    <message>
        <source>Favorite</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>分享</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>[emoticon]</source>
        <translation>[表情]</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <source>Unknown date</source>
        <translation>日期未知</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message numerus="yes">
        <source>Uploaded %n photo(s)</source>
        <translation><numerusform>上传了 %n 张照片</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Uploaded %n photo(s) to 《%1》</source>
        <translation><numerusform>上传了 %n 张照片到《%1》</numerusform></translation>
    </message>
    <message>
        <source>visited your space</source>
        <translation>访问了你的空间</translation>
    </message>
    <message>
        <source>Comments %1</source>
        <translation>评论 %1</translation>
    </message>
    <message>
        <source>Likes %1</source>
        <translation>赞 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation><numerusform>%n 张照片</numerusform></translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message numerus="yes">
        <source>%n memories</source>
        <translation><numerusform>%n 条回忆</numerusform></translation>
    </message>
    <message>
        <source>No poster</source>
        <translation>没有封面</translation>
    </message>
    <message>
        <source>Picture missing</source>
        <translation>图片缺失</translation>
    </message>
    <message>
        <source>Picture damaged</source>
        <translation>图片已损坏</translation>
    </message>
    <message>
        <source>QQ placeholder</source>
        <translation>QQ 占位图</translation>
    </message>
    <message>
        <source>Cannot show this picture</source>
        <translation>无法显示这张图片</translation>
    </message>
</context>
<context>
    <name>ks::MemoryDetailView</name>
    <message>
        <source>Post</source>
        <translation>说说</translation>
    </message>
    <message>
        <source>Blog</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>日记</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Album</source>
        <translation>相册</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Message board</source>
        <translation>留言板</translation>
    </message>
    <message>
        <source>Favorite</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>分享</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Comments (%1)</source>
        <translation>评论（%1）</translation>
    </message>
    <message>
        <source>No comments</source>
        <translation>还没有评论</translation>
    </message>
    <message>
        <source>Unknown time</source>
        <translation>时间未知</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <source>%1 left a message</source>
        <translation>%1 的留言</translation>
    </message>
    <message>
        <source>Reposted from %1</source>
        <translation>转发自 %1</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <source>Play video</source>
        <translation>播放视频</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>在 %1</translation>
    </message>
    <message>
        <source>Album: %1</source>
        <translation>相册：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n like(s)</source>
        <translation><numerusform>%n 人觉得很赞</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation><numerusform>%n 条评论</numerusform></translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>分类：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n read(s)</source>
        <translation><numerusform>阅读 %n</numerusform></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>无标题</translation>
    </message>
    <message numerus="yes">
        <source>%n more picture(s) not in this export</source>
        <translation><numerusform>还有 %n 张不在这份备份里</numerusform></translation>
    </message>
    <message>
        <source>%1 visited your QQ Space on %2.</source>
        <translation>%1 在 %2 来访过你的QQ空间。</translation>
    </message>
    <message>
        <source>%1 visited your QQ Space.</source>
        <translation>%1 来访过你的QQ空间。</translation>
    </message>
    <message>
        <source>Posts they looked at</source>
        <translation>看过的说说</translation>
    </message>
    <message>
        <source>Blogs they read</source>
        <translation>读过的日志</translation>
    </message>
    <message>
        <source>Photos they looked at</source>
        <translation>看过的照片</translation>
    </message>
    <message>
        <source>Shares they looked at</source>
        <translation>看过的分享</translation>
    </message>
    <message>
        <source>A friend</source>
        <translation>好友</translation>
    </message>
    <message>
        <source>your note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>group: %1</source>
        <translation>分组：%1</translation>
    </message>
    <message>
        <source>friends since %1</source>
        <translation>%1 成为好友</translation>
    </message>
    <message numerus="yes">
        <source>and %n earlier visit(s)</source>
        <translation><numerusform>以及更早的 %n 次</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 came %n time(s)</source>
        <translation><numerusform>%1 一共来访过 %n 次</numerusform></translation>
    </message>
    <message>
        <source>no date</source>
        <translation>没有日期</translation>
    </message>
    <message>
        <source>(corrected; originally %1)</source>
        <translation>（已修改；原来是 %1）</translation>
    </message>
</context>
<context>
    <name>ks::OnThisDayBanner</name>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation><numerusform>%n 年前</numerusform></translation>
    </message>
    <message>
        <source>On this day</source>
        <translation>那年今日</translation>
    </message>
    <message numerus="yes">
        <source>%n memories</source>
        <translation><numerusform>%n 条回忆</numerusform></translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago today: %1</source>
        <translation><numerusform>%n 年前的今天：%1</numerusform></translation>
    </message>
    <message>
        <source>Open ›</source>
        <translation>查看 ›</translation>
    </message>
</context>
<context>
    <name>ks::OnThisDayModel</name>
    <message numerus="yes">
        <source>%n year(s) ago today</source>
        <translation><numerusform>%n 年前的今天</numerusform></translation>
    </message>
</context>
<context>
    <name>ks::OnThisDayNavigator</name>
    <message>
        <source>MMMM d</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>Nearest days with memories:</source>
        <translation>最近有回忆的日子：</translation>
    </message>
    <message numerus="yes">
        <source>← %1 · %n memories</source>
        <translation><numerusform>← %1 · %n 条回忆</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n memories →</source>
        <translation><numerusform>%1 · %n 条回忆 →</numerusform></translation>
    </message>
    <message>
        <source>Visit a day:</source>
        <translation>去看某一天：</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Visit a day</source>
        <translation>去看某一天</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>回到今天</translation>
    </message>
</context>
<context>
    <name>ks::OnThisDayPage</name>
    <message>
        <source>On this day · %1</source>
        <translation>那年今日 · %1</translation>
    </message>
    <message>
        <source>MMMM d</source>
        <translation>M月d日</translation>
    </message>
    <message numerus="yes">
        <source>%n memories from this day in earlier years. Right-click one to stop showing a person, a date or a tag here.</source>
        <translation><numerusform>往年的这一天共有 %n 条回忆。右键点击一条，可以不再在这里显示某个人、某个日期或某个标签。</numerusform></translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Hide %1 from On This Day</source>
        <translation>不在那年今日显示 %1</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>这个人</translation>
    </message>
    <message>
        <source>Hide the tag “%1” from On This Day</source>
        <translation>不在那年今日显示标签“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Nothing on this exact day in earlier years. This week in earlier years: %n memories within ±%1 days of it.</source>
        <translation><numerusform>往年的这一天没有回忆。往年的这一周：前后 %1 天内有 %n 条回忆。</numerusform></translation>
    </message>
    <message>
        <source>Nothing from this day in earlier years, and nothing this week in earlier years either.
Visit one of the nearest days above, or pick any day.</source>
        <translation>往年的这一天没有回忆，往年的这一周也没有。
可以去看上面最近有回忆的日子，或者任选一天。</translation>
    </message>
</context>
<context>
    <name>ks::PageStack</name>
    <message>
        <source>‹ Back</source>
        <translation>‹ 返回</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>返回（Esc）</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>%1 — Keepsake</source>
        <translation>%1 — 时光匣</translation>
    </message>
</context>
<context>
    <name>ks::PeopleModel</name>
    <message>
        <source>QQ %1</source>
        <translation>QQ %1</translation>
    </message>
    <message>
        <source>Friends since %1</source>
        <translation>%1 成为好友</translation>
    </message>
    <message>
        <source>Also known as %1</source>
        <translation>曾用名：%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>被提到</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>赞</translation>
    </message>
    <message>
        <source>Names over time</source>
        <translation>用过的名字</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>Date format of "friends since" (Qt's date format letters).</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Friends since</source>
        <translation>成为好友</translation>
    </message>
</context>
<context>
    <name>ks::PeoplePage</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation><numerusform>共 %n 人</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n people</source>
        <translation><numerusform>%1 / 共 %n 人</numerusform></translation>
    </message>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Filter by name, remark, group or QQ number</source>
        <translation>按名字、备注、分组或 QQ 号筛选</translation>
    </message>
    <message>
        <source>Click someone to see every memory they took part in.</source>
        <translation>点一个人，就能看到和 Ta 有关的所有回忆。</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>筛选好友</translation>
    </message>
    <message>
        <source>Our Story as a Book…</source>
        <translation>我们的故事（纪念册）…</translation>
    </message>
    <message>
        <source>Every memory the chosen friend took part in, in order, as a printable book</source>
        <translation>选中好友参与过的每一条回忆，按时间排好，做成可以打印的纪念册</translation>
    </message>
    <message>
        <source>Our story: %1</source>
        <translation>我们的故事：%1</translation>
    </message>
</context>
<context>
    <name>ks::PhotoCellDelegate</name>
    <message>
        <source>Unknown date</source>
        <translation>日期未知</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message numerus="yes">
        <source>%n photos</source>
        <translation><numerusform>%n 张照片</numerusform></translation>
    </message>
    <message>
        <source>Picture missing</source>
        <translation>图片缺失</translation>
    </message>
    <message>
        <source>Cannot show this picture</source>
        <translation>无法显示这张图片</translation>
    </message>
</context>
<context>
    <name>ks::PhotoExport</name>
    <message>
        <source>it could not be written to %1 (%2)</source>
        <translation>无法写入 %1（%2）</translation>
    </message>
    <message>
        <source>its JPEG structure cannot be read</source>
        <translation>它的 JPEG 结构无法读取</translation>
    </message>
    <message>
        <source>its camera's EXIF block leaves no room for the date and words</source>
        <translation>相机写入的 EXIF 信息已占满空间，放不下日期和文字</translation>
    </message>
    <message>
        <source>its EXIF block could not be written</source>
        <translation>无法写入它的 EXIF 信息</translation>
    </message>
    <message>
        <source>its file is missing from the library's vault</source>
        <translation>它的文件不在资料库的保险库里</translation>
    </message>
    <message>
        <source>its file in the vault cannot be read (%1)</source>
        <translation>保险库里它的文件无法读取（%1）</translation>
    </message>
    <message>
        <source>its file in the vault is damaged (its content no longer matches)</source>
        <translation>保险库里它的文件已损坏（内容与记录不再相符）</translation>
    </message>
    <message>
        <source>the folder %1 could not be made</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>every name for it in %1 is taken</source>
        <translation>%1 里能给它用的文件名都已被占用</translation>
    </message>
    <message>
        <source>the photos cannot be written into the library's own folder %1</source>
        <translation>照片不能写进资料库自己的文件夹 %1</translation>
    </message>
    <message>
        <source>%1: the QQ export did not contain this photo</source>
        <translation>%1：QQ 空间的导出里没有这张照片</translation>
    </message>
    <message>
        <source>%1: QQ Space gave its "picture missing" image instead of this photo</source>
        <translation>%1：QQ 空间给出的是“图片丢失”的占位图，而不是这张照片</translation>
    </message>
    <message>
        <source>its file was already damaged when it was imported</source>
        <translation>导入时它的文件就已经损坏了</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>日期不明</translation>
    </message>
    <message>
        <source>its PNG chunks cannot be read, so privacy mode cannot take its metadata out; it was left out</source>
        <translation>它的 PNG 数据块无法读取，隐私模式没法去掉其中的元数据；已略过</translation>
    </message>
    <message>
        <source>privacy mode cannot take the metadata out of a %1 file; it was left out</source>
        <translation>隐私模式没法去掉 %1 文件里的元数据；已略过</translation>
    </message>
</context>
<context>
    <name>ks::PhotoExportDialog</name>
    <message>
        <source>Export Photos</source>
        <translation>导出照片</translation>
    </message>
    <message>
        <source>Copies of the photos, each with its date and the words of its post or album written into the file, so other photo programs sort them by when they were taken. The library itself is not changed.</source>
        <translation>导出照片的副本，每张照片的日期和它所属说说或相册的文字都写进文件里，这样别的相册软件就能按拍摄时间排列它们。资料库本身不会有任何改动。</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>One year</source>
        <translation>某一年</translation>
    </message>
    <message>
        <source>A date range</source>
        <translation>一段日期</translation>
    </message>
    <message>
        <source>A tag</source>
        <translation>某个标签</translation>
    </message>
    <message>
        <source>A person</source>
        <translation>某个人</translation>
    </message>
    <message>
        <source>What the wall shows now (%1)</source>
        <translation>回忆墙上现在显示的（%1）</translation>
    </message>
    <message>
        <source>Photos of:</source>
        <translation>导出哪些照片：</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <source>From – to:</source>
        <translation>从 – 到：</translation>
    </message>
    <message>
        <source>Tag path, or a person's name or QQ number</source>
        <translation>标签路径，或某人的名字、QQ 号</translation>
    </message>
    <message>
        <source>Which:</source>
        <translation>哪个：</translation>
    </message>
    <message>
        <source>A folder per album</source>
        <translation>每个相册一个文件夹</translation>
    </message>
    <message>
        <source>A folder per month</source>
        <translation>每个月一个文件夹</translation>
    </message>
    <message>
        <source>All in one folder</source>
        <translation>全部放在一个文件夹里</translation>
    </message>
    <message>
        <source>Folders:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>保存到：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Folder for the photos</source>
        <translation>存放照片的文件夹</translation>
    </message>
    <message>
        <source>Exporting the photos…</source>
        <translation>正在导出照片…</translation>
    </message>
    <message numerus="yes">
        <source>%n photos exported to %1.</source>
        <translation><numerusform>已导出 %n 张照片到 %1。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n photos could not be exported.</source>
        <translation><numerusform>%n 张照片无法导出。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n photos skipped: not in the QQ export.</source>
        <translation><numerusform>跳过了 %n 张照片：QQ 空间的导出里没有它们。</numerusform></translation>
    </message>
    <message>
        <source>%1 is a file. Choose a folder for the photos.</source>
        <translation>%1 是一个文件。请为照片选择一个文件夹。</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Stopped: the photos written so far are complete.</source>
        <translation>已停止：已经写出的照片都是完整的。</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected photo(s)</source>
        <translation><numerusform>选中的 %n 张照片</numerusform></translation>
    </message>
</context>
<context>
    <name>ks::PhotoGridMode</name>
    <message>
        <source>&amp;Photo Grid</source>
        <translation>照片网格(&amp;P)</translation>
    </message>
    <message>
        <source>Show every photo as a grid instead of the memory cards</source>
        <translation>以网格显示全部照片，代替回忆卡片</translation>
    </message>
    <message>
        <source>▦ Photo grid</source>
        <translation>▦ 照片网格</translation>
    </message>
    <message>
        <source>Show every photo as a grid (Ctrl+G)</source>
        <translation>以网格显示全部照片（Ctrl+G）</translation>
    </message>
    <message>
        <source>Photo grid</source>
        <translation>照片网格</translation>
    </message>
</context>
<context>
    <name>ks::PhotoGridModel</name>
    <message>
        <source>Photo, date unknown</source>
        <translation>照片，日期不详</translation>
    </message>
    <message>
        <source>Photo, %1</source>
        <translation>照片，%1</translation>
    </message>
    <message>
        <source>Unknown date</source>
        <translation>日期未知</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
</context>
<context>
    <name>ks::PhotoGridView</name>
    <message>
        <source>Photo grid</source>
        <translation>照片网格</translation>
    </message>
    <message>
        <source>No photos here. The filters or the search leave none; the wall may still show other memories.</source>
        <translation>这里没有照片。当前的筛选或搜索里没有照片；回忆墙上可能还有别的回忆。</translation>
    </message>
</context>
<context>
    <name>ks::PhotoSelectionBar</name>
    <message numerus="yes">
        <source>%n photo(s) selected</source>
        <translation><numerusform>已选 %n 张</numerusform></translation>
    </message>
    <message>
        <source>Tag…</source>
        <translation>加标签…</translation>
    </message>
    <message>
        <source>Correct the Date…</source>
        <translation>修正日期…</translation>
    </message>
    <message>
        <source>Export Photos…</source>
        <translation>导出照片…</translation>
    </message>
    <message>
        <source>✕ Clear</source>
        <translation>✕ 取消选择</translation>
    </message>
    <message>
        <source>Let go of the selected photos (Esc)</source>
        <translation>不再选择这些照片（Esc）</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>取消选择</translation>
    </message>
</context>
<context>
    <name>ks::PhotoViewer</name>
    <message>
        <source>Previous</source>
        <translation>上一张</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一张</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Full Screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>Play video</source>
        <translation>播放视频</translation>
    </message>
    <message>
        <source>There is nothing to show.</source>
        <translation>没有可以显示的内容。</translation>
    </message>
    <message>
        <source>This video is not in the library: the export did not contain it.</source>
        <translation>这段视频不在资料库里：导出里没有它。</translation>
    </message>
    <message>
        <source>This photo is not in the library: the export did not contain the file%1.</source>
        <translation>这张照片不在资料库里：导出里没有这个文件%1。</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>This file is damaged and cannot be shown: %1</source>
        <translation>文件已损坏，无法显示：%1</translation>
    </message>
    <message>
        <source>This file is damaged; what could be read of it is shown.</source>
        <translation>文件已损坏，下面显示的是能读出来的部分。</translation>
    </message>
    <message>
        <source>QQ Space served a placeholder instead of this photo.</source>
        <translation>QQ空间给的是一张占位图，而不是这张照片。</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>拍摄时间</translation>
    </message>
    <message>
        <source>Unknown (no EXIF date)</source>
        <translation>未知（没有 EXIF 日期）</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>上传时间</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>相机</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>文件大小</translation>
    </message>
    <message>
        <source>Location (GPS)</source>
        <translation>位置（GPS）</translation>
    </message>
    <message>
        <source>Album</source>
        <translation>相册</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Missing from the export</source>
        <translation>导出中缺失</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <source>Placeholder picture</source>
        <translation>占位图</translation>
    </message>
    <message>
        <source>Previous (←)</source>
        <translation>上一张（←）</translation>
    </message>
    <message>
        <source>Previous photo</source>
        <translation>上一张照片</translation>
    </message>
    <message>
        <source>Next (→)</source>
        <translation>下一张（→）</translation>
    </message>
    <message>
        <source>Next photo</source>
        <translation>下一张照片</translation>
    </message>
    <message>
        <source>Show or hide the details (I)</source>
        <translation>显示或隐藏详细信息（I）</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 张，共 %2 张</translation>
    </message>
    <message>
        <source>In the export</source>
        <translation>在备份里的位置</translation>
    </message>
    <message>
        <source>Read from</source>
        <translation>读取自</translation>
    </message>
</context>
<context>
    <name>ks::Privacy</name>
    <message>
        <source>Friend %1</source>
        <translation>好友 %1</translation>
    </message>
</context>
<context>
    <name>ks::PrivacyBox</name>
    <message>
        <source>For sharing: privacy mode</source>
        <translation>用于分享：隐私模式</translation>
    </message>
    <message>
        <source>Friends are shown as Friend A, Friend B…; their comments, message board notes, visits and avatars, every QQ number, what is marked private and the GPS of photos are left out.</source>
        <translation>好友显示为“好友 A”“好友 B”……；他们的评论、留言、来访和头像，所有QQ号，标为私密的内容，以及照片里的GPS位置都不会导出。</translation>
    </message>
    <message>
        <source>Keep friends' names, comments and message board notes</source>
        <translation>保留好友的名字、评论和留言</translation>
    </message>
    <message>
        <source>Keep private diaries, private albums and secret notes</source>
        <translation>保留私密日记、私密相册和悄悄话</translation>
    </message>
</context>
<context>
    <name>ks::Problem</name>
    <message>
        <source>not an archive Keepsake can read</source>
        <translation>不是时光匣能读取的压缩包</translation>
    </message>
    <message>
        <source>the archive is damaged%1; the rest could not be unpacked: %2</source>
        <translation>压缩包已损坏%1；其余部分无法解压：%2</translation>
    </message>
    <message>
        <source> after the entry "%1"</source>
        <translation>（在条目“%1”之后）</translation>
    </message>
    <message>
        <source>the archive holds more than %1 entries; the rest was not unpacked</source>
        <translation>压缩包里的条目超过 %1 个；其余的没有解压</translation>
    </message>
    <message>
        <source>the archive has more than %1 damaged entries; the rest was not unpacked</source>
        <translation>压缩包里损坏的条目超过 %1 个；其余的没有解压</translation>
    </message>
    <message>
        <source>the archive is damaged after the entry "%1"; the rest could not be unpacked</source>
        <translation>压缩包在条目“%1”之后已损坏；其余部分无法解压</translation>
    </message>
    <message>
        <source>the entry's path points outside the archive; it was not unpacked</source>
        <translation>这个条目的路径指向压缩包之外；没有解压它</translation>
    </message>
    <message>
        <source>links inside archives are not followed</source>
        <translation>压缩包里的链接不会被跟随</translation>
    </message>
    <message>
        <source>not a regular file (device, pipe or socket)</source>
        <translation>不是普通文件（设备、管道或套接字）</translation>
    </message>
    <message>
        <source>the entry is encrypted; Keepsake cannot unpack it</source>
        <translation>这个条目已加密；时光匣无法解压</translation>
    </message>
    <message>
        <source>the entry says it is %1 bytes, more than the %2 allowed</source>
        <translation>这个条目声称有 %1 字节，超过允许的 %2</translation>
    </message>
    <message>
        <source>cannot create its folder while unpacking</source>
        <translation>解压时无法创建它的文件夹</translation>
    </message>
    <message>
        <source>cannot write it while unpacking: %1</source>
        <translation>解压时无法写入：%1</translation>
    </message>
    <message>
        <source>the entry is damaged in the archive%1: %2</source>
        <translation>这个条目在压缩包里已损坏%1：%2</translation>
    </message>
    <message>
        <source> (the %1 readable bytes were kept)</source>
        <translation>（保留了可读的 %1 字节）</translation>
    </message>
    <message>
        <source>the entry is larger than the %1 bytes allowed</source>
        <translation>这个条目超过允许的 %1 字节</translation>
    </message>
    <message>
        <source>the archive unpacks to more than the %1 bytes allowed</source>
        <translation>压缩包解压后超过允许的 %1 字节</translation>
    </message>
    <message>
        <source>the entry expands more than %1 times its packed size (a zip bomb?)</source>
        <translation>这个条目解压后超过压缩大小的 %1 倍（疑似压缩炸弹）</translation>
    </message>
    <message>
        <source>the archive expands more than %1 times its packed size (a zip bomb?)</source>
        <translation>压缩包解压后超过压缩大小的 %1 倍（疑似压缩炸弹）</translation>
    </message>
    <message>
        <source>%1; it was not unpacked</source>
        <translation>%1；没有解压它</translation>
    </message>
    <message>
        <source>read failed</source>
        <translation>读取失败</translation>
    </message>
    <message>
        <source>changed while read</source>
        <translation>读取期间文件被改动</translation>
    </message>
    <message>
        <source>cannot write into the vault</source>
        <translation>无法写入保管库</translation>
    </message>
    <message>
        <source>no 说说, 留言 or friend could be read from this folder</source>
        <translation>这个文件夹里读不出任何说说、留言或好友</translation>
    </message>
    <message>
        <source>feed lines that are neither 说说, 转发 nor 留言 are not imported</source>
        <translation>既不是说说、转发也不是留言的动态没有导入</translation>
    </message>
    <message>
        <source>another folder of this GetQzonehistory run holds more: %1 (%2); drop the whole resource folder to import it too</source>
        <translation>这次 GetQzonehistory 备份的另一个文件夹里有更多内容：%1（%2）；把整个资源文件夹拖进来就能一起导入</translation>
    </message>
    <message>
        <source>every visible 说说 with its id and all comments</source>
        <translation>所有可见的说说，带编号和全部评论</translation>
    </message>
    <message>
        <source>the 说说, 转发 and 留言 lists, the friends and the pictures</source>
        <translation>说说、转发和留言列表、好友和图片</translation>
    </message>
    <message>
        <source>no msglist in the file</source>
        <translation>文件里没有 msglist</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <source>the spreadsheet is cut short (its zip directory is missing): the rows before the cut were imported</source>
        <translation>表格文件被截断了（缺少 zip 目录）：截断之前的行已导入</translation>
    </message>
    <message>
        <source>no %1 column (the header is: %2)</source>
        <translation>没有“%1”列（表头是：%2）</translation>
    </message>
    <message>
        <source>评论 of the row of %1 is not a comment list: %2</source>
        <translation>%1 那一行的“评论”不是评论列表：%2</translation>
    </message>
    <message>
        <source>%1 of the pictures in pic/ match no row of the lists by name; they are kept without a post</source>
        <translation>pic/ 里有 %1 张图片按名字对不上任何一行；它们已保存，但没有归到说说里</translation>
    </message>
    <message>
        <source>%1 picture(s) named like this could belong to any of %2 rows whose text begins the same; they are kept without a post</source>
        <translation>有 %1 张这样命名的图片可能属于 %2 行开头文字相同的任何一行；它们已保存，但没有归到说说里</translation>
    </message>
    <message>
        <source>not a list of comments</source>
        <translation>不是评论列表</translation>
    </message>
    <message>
        <source>the library could not be written</source>
        <translation>无法写入资料库</translation>
    </message>
    <message>
        <source>a link that leads outside the imported folder (to %1); it was not read</source>
        <translation>这个链接指向导入文件夹之外（指向 %1）；没有读取</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB; it was not read (the file itself is kept)</source>
        <translation>文件超过 %1 MB；没有读取（文件本身已保存）</translation>
    </message>
    <message>
        <source>reading the file failed: %1</source>
        <translation>读取文件失败：%1</translation>
    </message>
    <message>
        <source>%1: the import stopped: %2</source>
        <translation>%1：导入已停止：%2</translation>
    </message>
    <message>
        <source>no account is known for this record</source>
        <translation>这条记录不知道属于哪个账号</translation>
    </message>
    <message>
        <source>the search index could not be updated (%1)</source>
        <translation>搜索索引无法更新（%1）</translation>
    </message>
    <message>
        <source>could not store %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>an album without a name</source>
        <translation>一个没有名字的相册</translation>
    </message>
    <message>
        <source>a photo block without a picture</source>
        <translation>一个没有图片的照片块</translation>
    </message>
    <message>
        <source>a 说说 block without its "&gt; yyyy-MM-dd hh:mm:ss" line</source>
        <translation>一个缺少“&gt; yyyy-MM-dd hh:mm:ss”时间行的说说块</translation>
    </message>
    <message>
        <source>no "# title" and no "&gt; time" line: not a 日志 file</source>
        <translation>没有“# 标题”也没有“&gt; 时间”行：不是日志文件</translation>
    </message>
    <message>
        <source>the 日志 names no time; imported without one</source>
        <translation>这篇日志没有写时间；已按无时间导入</translation>
    </message>
    <message>
        <source>text outside any 留言 block</source>
        <translation>不在任何留言块里的文字</translation>
    </message>
    <message>
        <source>留言 %1楼 lacks its author/time or 正文 line</source>
        <translation>%1楼的留言缺少作者/时间或正文行</translation>
    </message>
    <message>
        <source>a MarkDown file over 48 MB is not read (the file itself is kept)</source>
        <translation>超过 48 MB 的 MarkDown 文件不会读取（文件本身已保存）</translation>
    </message>
    <message>
        <source>some bytes are not valid %1 text; they were replaced and the rest was read</source>
        <translation>有些字节不是有效的 %1 文字；已替换，其余部分照常读取</translation>
    </message>
    <message>
        <source>the file is %1 text, not the UTF-8 QZoneExport writes: another program saved it again; it was read as %1</source>
        <translation>这个文件是 %1 编码，不是 QZoneExport 写的 UTF-8：它被别的程序另存过；已按 %1 读取</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes): it was damaged or never written completely</source>
        <translation>文件是空的（0 字节）：它已损坏或从未完整写入</translation>
    </message>
    <message>
        <source>a picture path leads outside the export folder; it was not read</source>
        <translation>有个图片路径指向导出文件夹之外；没有读取</translation>
    </message>
    <message>
        <source>line %1: %2; the rest of the file was read</source>
        <translation>第 %1 行：%2；文件其余部分已读取</translation>
    </message>
    <message>
        <source>cannot tell whose export this is: no QQ number in the folder name (QQ空间备份_&lt;QQ号&gt;) or in index.md</source>
        <translation>看不出这是谁的备份：文件夹名（QQ空间备份_&lt;QQ号&gt;）和 index.md 里都没有 QQ 号</translation>
    </message>
    <message>
        <source>no MarkDown file could be opened</source>
        <translation>没有能打开的 MarkDown 文件</translation>
    </message>
    <message>
        <source>no item could be read from this MarkDown export (%1)</source>
        <translation>这个 MarkDown 备份里读不出任何条目（%1）</translation>
    </message>
    <message>
        <source>the year files</source>
        <translation>各年份文件</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes); its items were read from the year files</source>
        <translation>文件是空的（0 字节）；其中的条目已从各年份文件读取</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes); its items were read from %1</source>
        <translation>文件是空的（0 字节）；其中的条目已从 %1 读取</translation>
    </message>
    <message>
        <source>the other files</source>
        <translation>其他文件</translation>
    </message>
    <message>
        <source>some bytes are not valid %1 text and were replaced</source>
        <translation>有些字节不是有效的 %1 文字，已替换</translation>
    </message>
    <message>
        <source>it is %1 text, saved again by another program</source>
        <translation>它是 %1 编码，被别的程序另存过</translation>
    </message>
    <message>
        <source>it ends in the middle of an item (cut off)</source>
        <translation>它在一个条目中间断掉了（被截断）</translation>
    </message>
    <message>
        <source>%1 item(s) found in %2 are missing from it; they were read from there</source>
        <translation>%2 里的 %1 个条目在它里面缺失；已从那里读取</translation>
    </message>
    <message>
        <source>%1 damaged item(s) in it were replaced by their intact copies in %2</source>
        <translation>它里面 %1 个损坏的条目已用 %2 里完好的副本代替</translation>
    </message>
    <message>
        <source>%1 block(s) could not be read</source>
        <translation>有 %1 个块无法读取</translation>
    </message>
    <message>
        <source>the file is damaged: %1</source>
        <translation>文件已损坏：%1</translation>
    </message>
    <message>
        <source>a 访客 block without its "###### time" or visitor; kept as it is</source>
        <translation>一个缺少“###### 时间”或访客的访客块；按原样保存</translation>
    </message>
    <message>
        <source>the file disappeared during the import</source>
        <translation>导入期间文件消失了</translation>
    </message>
    <message>
        <source>not a regular file (a pipe, device or socket); skipped</source>
        <translation>不是普通文件（管道、设备或套接字）；已跳过</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>文件是空的（0 字节）</translation>
    </message>
    <message>
        <source>reading the file failed part-way</source>
        <translation>文件读到一半失败了</translation>
    </message>
    <message>
        <source>cannot write into the vault (%1)</source>
        <translation>无法写入保管库（%1）</translation>
    </message>
    <message>
        <source>cannot move a file into the vault (%1)</source>
        <translation>无法把文件移入保管库（%1）</translation>
    </message>
    <message>
        <source>%1 — kept in the vault as it is</source>
        <translation>%1 — 已按原样保存在保管库中</translation>
    </message>
    <message>
        <source>the export names this %1 but the file is not in the folder</source>
        <translation>备份里提到了这个%1，但文件夹里没有这个文件</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes); there is no picture to keep</source>
        <translation>文件是空的（0 字节）；没有可保存的图片</translation>
    </message>
    <message>
        <source>the file cannot be opened (no permission)</source>
        <translation>无法打开文件（没有权限）</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>无法读取文件</translation>
    </message>
    <message>
        <source>%1 pictures and videos named by this export are not in it: it holds only the text. Import the folder with the pictures (the media half of the same backup) to fill them in.</source>
        <translation>这个备份提到的 %1 张图片和视频不在其中：它只有文字。导入带图片的那个文件夹（同一次备份的媒体部分）就能补上。</translation>
    </message>
    <message>
        <source>unexpected text after the value</source>
        <translation>值后面有多余的文字</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>嵌套太深</translation>
    </message>
    <message>
        <source>a value was expected</source>
        <translation>这里应该有一个值</translation>
    </message>
    <message>
        <source>unexpected character '%1'</source>
        <translation>意外的字符“%1”</translation>
    </message>
    <message>
        <source>'%1' was expected</source>
        <translation>这里应该是“%1”</translation>
    </message>
    <message>
        <source>',' or '%1' was expected</source>
        <translation>这里应该是“,”或“%1”</translation>
    </message>
    <message>
        <source>'}' was expected</source>
        <translation>这里应该是“}”</translation>
    </message>
    <message>
        <source>only string keys are supported</source>
        <translation>只支持字符串作为键</translation>
    </message>
    <message>
        <source>':' was expected</source>
        <translation>这里应该是“:”</translation>
    </message>
    <message>
        <source>',' or '}' was expected</source>
        <translation>这里应该是“,”或“}”</translation>
    </message>
    <message>
        <source>bad escape: %1 hex digits were expected</source>
        <translation>错误的转义：应有 %1 位十六进制数字</translation>
    </message>
    <message>
        <source>bad escape: code point out of range</source>
        <translation>错误的转义：码位超出范围</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>字符串没有结束</translation>
    </message>
    <message>
        <source>line break inside a string</source>
        <translation>字符串里有换行</translation>
    </message>
    <message>
        <source>a number was expected</source>
        <translation>这里应该是一个数字</translation>
    </message>
    <message>
        <source>bad exponent</source>
        <translation>错误的指数</translation>
    </message>
    <message>
        <source>the data file holds no list of items</source>
        <translation>数据文件里没有条目列表</translation>
    </message>
    <message>
        <source>%1 of the %2 entries in the data file are not items; they were skipped</source>
        <translation>数据文件的 %2 个条目中有 %1 个不是条目；已跳过</translation>
    </message>
    <message>
        <source>not a data file this importer knows; its contents were not read</source>
        <translation>不是这个导入器认识的数据文件；没有读取它的内容</translation>
    </message>
    <message>
        <source>%1 items are only in this light index (their data file is missing or unreadable): imported with the short text it holds</source>
        <translation>有 %1 个条目只在这个简要索引里（它们的数据文件缺失或无法读取）：已按索引里的简短文字导入</translation>
    </message>
    <message>
        <source>the data file holds no album</source>
        <translation>数据文件里没有相册</translation>
    </message>
    <message>
        <source>cannot tell whose QQ Space this export is (no QQ number found)</source>
        <translation>看不出这是谁的QQ空间（没有找到 QQ 号）</translation>
    </message>
    <message>
        <source>its data files hold no items</source>
        <translation>它的数据文件里没有条目</translation>
    </message>
    <message>
        <source>none of its data files could be read: %1</source>
        <translation>它的数据文件都无法读取：%1</translation>
    </message>
    <message>
        <source>no memories were imported from this qzone-archiver export: %1</source>
        <translation>这个 qzone-archiver 备份没有导入任何回忆：%1</translation>
    </message>
    <message>
        <source>the data file is empty</source>
        <translation>数据文件是空的</translation>
    </message>
    <message>
        <source>not JSON and not a JavaScript data assignment</source>
        <translation>既不是 JSON，也不是 JavaScript 数据赋值</translation>
    </message>
    <message>
        <source>no JSON value in the file</source>
        <translation>文件里没有 JSON 值</translation>
    </message>
    <message>
        <source>the file is neither UTF-8 nor GBK text</source>
        <translation>文件既不是 UTF-8 也不是 GBK 文字</translation>
    </message>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation>第 %1 字节处的 JSON 无效：%2</translation>
    </message>
    <message>
        <source>cannot read the data file: %1</source>
        <translation>无法读取数据文件：%1</translation>
    </message>
    <message>
        <source>reading the data file failed: %1</source>
        <translation>读取数据文件失败：%1</translation>
    </message>
    <message>
        <source>the data file holds more than %1 MB of data; it was not read (the file itself is kept)</source>
        <translation>数据文件的数据超过 %1 MB；没有读取（文件本身已保存）</translation>
    </message>
    <message>
        <source>a text of %1 bytes%2 at byte %3 is longer than the %4 MB kept per text: it was cut there (the whole file is kept)</source>
        <translation>第 %3 字节处一段 %1 字节的文字%2超过了每段保留的 %4 MB：已在那里截断（整个文件已保存）</translation>
    </message>
    <message>
        <source> (field "%1")</source>
        <translation>（字段“%1”）</translation>
    </message>
    <message>
        <source>%1 more texts were cut</source>
        <translation>还有 %1 段文字被截断</translation>
    </message>
    <message>
        <source>%1 of the %2 entries have fields of the wrong type (a list or object where a text or number belongs); what could be read was kept</source>
        <translation>%2 个条目中有 %1 个的字段类型不对（应是文字或数字的地方是列表或对象）；能读的部分已保留</translation>
    </message>
    <message>
        <source>the backup names a file outside its folder: %1</source>
        <translation>备份提到了一个在它文件夹之外的文件：%1</translation>
    </message>
    <message>
        <source>expected a list of items (a JSON array or {"items": […]})</source>
        <translation>应是条目列表（JSON 数组或 {"items": […]}）</translation>
    </message>
    <message>
        <source>%1 of the %2 entries are not JSON objects and were skipped</source>
        <translation>%2 个条目中有 %1 个不是 JSON 对象，已跳过</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>应是 JSON 对象</translation>
    </message>
    <message>
        <source>not a failed-download record: line %1</source>
        <translation>不是下载失败记录：第 %1 行</translation>
    </message>
    <message>
        <source>the full-size picture is not in the backup; its thumbnail %1 is kept instead</source>
        <translation>备份里没有这张图片的原图；改为保存它的缩略图 %1</translation>
    </message>
    <message>
        <source>; … and %1 more</source>
        <translation>；……还有 %1 个</translation>
    </message>
    <message>
        <source>%1 pictures and videos were never downloaded by Time-Machine; the backup keeps only their web addresses: %2</source>
        <translation>有 %1 张图片和视频 Time-Machine 从未下载；备份里只有它们的网址：%2</translation>
    </message>
    <message>
        <source>Time-Machine could not download album photo %1 (%2), and no photo list names it</source>
        <translation>Time-Machine 没能下载相册照片 %1（%2），也没有照片列表提到它</translation>
    </message>
    <message>
        <source>cannot tell whose QQ Space this backup is (no QQ number in meta.json, data/user.json or the folder name)</source>
        <translation>看不出这是谁的QQ空间备份（meta.json、data/user.json 和文件夹名里都没有 QQ 号）</translation>
    </message>
    <message>
        <source>no memories could be read from this Time-Machine backup; unusable data files: %1</source>
        <translation>这个 Time-Machine 备份里读不出任何回忆；无法使用的数据文件：%1</translation>
    </message>
    <message>
        <source>the backup's data folder holds none of Time-Machine's data files (messages.json, blogs.json, photos/albums.json …)</source>
        <translation>备份的 data 文件夹里没有 Time-Machine 的任何数据文件（messages.json、blogs.json、photos/albums.json……）</translation>
    </message>
    <message>
        <source>the backup's data files hold no memories: %1</source>
        <translation>备份的数据文件里没有回忆：%1</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <source>the folder cannot be opened (%1): nothing in it was imported</source>
        <translation>无法打开这个文件夹（%1）：里面的内容都没有导入</translation>
    </message>
    <message>
        <source>a link to something that does not exist (%1)</source>
        <translation>一个指向不存在之物的链接（%1）</translation>
    </message>
    <message>
        <source>the library's disk is full (%1)</source>
        <translation>资料库所在的磁盘已满（%1）</translation>
    </message>
    <message>
        <source>the library is read-only (%1)</source>
        <translation>资料库是只读的（%1）</translation>
    </message>
    <message>
        <source>the library is in use by another program (%1)</source>
        <translation>资料库正被另一个程序使用（%1）</translation>
    </message>
    <message>
        <source>the library's disk could not be written (%1)</source>
        <translation>资料库所在的磁盘无法写入（%1）</translation>
    </message>
    <message>
        <source>the library database is damaged (%1)</source>
        <translation>资料库数据库已损坏（%1）</translation>
    </message>
    <message>
        <source>the library database refused a write (%1)</source>
        <translation>资料库数据库拒绝了写入（%1）</translation>
    </message>
    <message>
        <source>%1 说说 have more than 9 pictures but the file keeps only the first 9 of them (no QzoneExporter.shuoshuo_floatview): %2</source>
        <translation>有 %1 条说说的图片超过 9 张，但文件只保留了前 9 张（没有 QzoneExporter.shuoshuo_floatview）：%2</translation>
    </message>
    <message>
        <source>the pictures past the 9th of %1 说说 cannot be read, only the first 9 are imported: %2</source>
        <translation>%1 条说说第 9 张之后的图片无法读取，只导入了前 9 张：%2</translation>
    </message>
    <message>
        <source>%1 of the comments in the file are not comment objects; they were skipped</source>
        <translation>文件里有 %1 条评论不是评论对象；已跳过</translation>
    </message>
    <message>
        <source>data.comments is not a list of comments</source>
        <translation>data.comments 不是评论列表</translation>
    </message>
    <message>
        <source>QzoneExporter.shuoshuo_floatview is not an object</source>
        <translation>QzoneExporter.shuoshuo_floatview 不是对象</translation>
    </message>
    <message>
        <source>the saved picture list has no data (code %1: %2)</source>
        <translation>保存的图片列表没有数据（代码 %1：%2）</translation>
    </message>
    <message>
        <source>data.photos of the saved picture list is not a list</source>
        <translation>保存的图片列表里的 data.photos 不是列表</translation>
    </message>
    <message>
        <source>the saved picture list holds no picture</source>
        <translation>保存的图片列表里没有图片</translation>
    </message>
    <message>
        <source>unknown archive error</source>
        <translation>未知的压缩包错误</translation>
    </message>
    <message>
        <source>%1: %2 (line %3)</source>
        <translation>%1：%2（第 %3 行）</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>没有这个文件</translation>
    </message>
    <message>
        <source>not a zip package: %1</source>
        <translation>不是 zip 包：%1</translation>
    </message>
    <message>
        <source>damaged zip package: %1</source>
        <translation>zip 包已损坏：%1</translation>
    </message>
    <message>
        <source>too many entries for a spreadsheet</source>
        <translation>对表格文件来说条目太多了</translation>
    </message>
    <message>
        <source>%1 expands beyond %2 MB</source>
        <translation>%1 解压后超过 %2 MB</translation>
    </message>
    <message>
        <source>damaged entry %1: %2</source>
        <translation>损坏的条目 %1：%2</translation>
    </message>
    <message>
        <source>the package expands beyond %1 MB</source>
        <translation>整个包解压后超过 %1 MB</translation>
    </message>
    <message>
        <source>not a spreadsheet: the package has no XML parts</source>
        <translation>不是表格文件：包里没有 XML 部分</translation>
    </message>
    <message>
        <source>not a spreadsheet: %1 is missing</source>
        <translation>不是表格文件：缺少 %1</translation>
    </message>
    <message>
        <source>no sheet named %1</source>
        <translation>没有名为 %1 的工作表</translation>
    </message>
    <message>
        <source>no sheet %1</source>
        <translation>没有工作表 %1</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <source>%1: bad row number %2 (line %3)</source>
        <translation>%1：错误的行号 %2（第 %3 行）</translation>
    </message>
    <message>
        <source>%1: bad cell reference %2 (line %3)</source>
        <translation>%1：错误的单元格引用 %2（第 %3 行）</translation>
    </message>
    <message>
        <source>%1: too many columns (line %2)</source>
        <translation>%1：列太多（第 %2 行）</translation>
    </message>
    <message>
        <source>%1: cell %2 names shared string %3, which does not exist</source>
        <translation>%1：单元格 %2 引用了不存在的共享字符串 %3</translation>
    </message>
    <message>
        <source>no QQ column in sheet %1</source>
        <translation>工作表 %1 里没有 QQ 列</translation>
    </message>
    <message>
        <source>the library database %1 is %2 but the vault holds %3 files: the database was lost, this is not a new library. Open a backup of the library, or run `keepsake rebuild --library %4` to rebuild it from the vault (the broken file is kept)</source>
        <translation>资料库数据库 %1 %2，但保管库里有 %3 个文件：数据库丢失了，这不是新资料库。请打开资料库的备份，或运行 `keepsake rebuild --library %4` 从保管库重建（损坏的文件会保留）</translation>
    </message>
    <message>
        <source>empty (0 bytes)</source>
        <translation>是空的（0 字节）</translation>
    </message>
    <message>
        <source>the library folder %1 is read-only and holds no library database (%2), so no library can be created there</source>
        <translation>资料库文件夹 %1 是只读的，里面没有资料库数据库（%2），所以无法在那里创建资料库</translation>
    </message>
    <message>
        <source>cannot create the library folder %1</source>
        <translation>无法创建资料库文件夹 %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>cannot read the read-only library database %1: %2</source>
        <translation>无法读取只读的资料库数据库 %1：%2</translation>
    </message>
    <message>
        <source>this library was written by a newer Keepsake (schema %1, this build knows %2)</source>
        <translation>这个资料库是较新版本的时光匣写的（结构版本 %1，本程序只认识 %2）</translation>
    </message>
    <message>
        <source>the library at %1 is read-only and was written by an older Keepsake (schema %2; this build reads schema %3 and must upgrade the database first, which needs writing). Copy the library folder to a writable disk and open the copy</source>
        <translation>位于 %1 的资料库是只读的，而且是旧版时光匣写的（结构版本 %2；本程序读取结构版本 %3，必须先升级数据库，这需要写入）。请把资料库文件夹复制到可写的磁盘上，再打开那份副本</translation>
    </message>
    <message>
        <source>missing migration %1</source>
        <translation>缺少迁移 %1</translation>
    </message>
    <message>
        <source>the library folder %1 cannot be written (read-only?)</source>
        <translation>资料库文件夹 %1 无法写入（只读？）</translation>
    </message>
    <message>
        <source>the import lock %1 cannot be made</source>
        <translation>无法创建导入锁 %1</translation>
    </message>
    <message>
        <source>the vault file is gone (sha256 %1)</source>
        <translation>保管库里的文件不见了（sha256 %1）</translation>
    </message>
    <message>
        <source>%1 bytes on disk, %2 recorded</source>
        <translation>磁盘上有 %1 字节，记录的是 %2</translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation>无法读取文件</translation>
    </message>
    <message>
        <source>content hashes to %1, not %2</source>
        <translation>内容的哈希是 %1，不是 %2</translation>
    </message>
    <message>
        <source>no memory refers to this file (left by an interrupted import)</source>
        <translation>没有回忆用到这个文件（中断的导入留下的）</translation>
    </message>
    <message>
        <source>video truncated or damaged: a part of the file runs past its end (at byte %1 of %2)</source>
        <translation>视频被截断或已损坏：文件的一部分超出了文件末尾（在 %2 字节中的第 %1 字节）</translation>
    </message>
    <message>
        <source>video damaged: it has no movie header (moov), no player can open it</source>
        <translation>视频已损坏：没有影片头（moov），任何播放器都打不开</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <source>QQ's small "image missing" picture, not the real photo</source>
        <translation>QQ 的“图片丢失”小图，不是真正的照片</translation>
    </message>
    <message>
        <source>JPEG damaged: the header ends before the image data</source>
        <translation>JPEG 已损坏：文件头在图像数据之前就结束了</translation>
    </message>
    <message>
        <source>JPEG truncated (no end-of-image marker)</source>
        <translation>JPEG 被截断（没有图像结束标记）</translation>
    </message>
    <message>
        <source>PNG truncated (no IEND chunk)</source>
        <translation>PNG 被截断（没有 IEND 块）</translation>
    </message>
    <message>
        <source>the file is named like a %1 but holds no picture or video Keepsake recognises (%2 bytes)</source>
        <translation>文件名看起来是%1，但里面没有时光匣认识的图片或视频（%2 字节）</translation>
    </message>
    <message>
        <source>the image cannot be read: %1</source>
        <translation>无法读取图片：%1</translation>
    </message>
    <message>
        <source>too large: the picture says it is %1 × %2 pixels</source>
        <translation>太大了：图片声称有 %1 × %2 像素</translation>
    </message>
    <message>
        <source>%1: the library cannot be written: %2</source>
        <translation>%1：资料库无法写入：%2</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>没有这个文件或文件夹</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1：没有这个文件或文件夹</translation>
    </message>
    <message>
        <source>not a folder or an archive Keepsake can read</source>
        <translation>不是时光匣能读取的文件夹或压缩包</translation>
    </message>
    <message>
        <source>%1: not a QQ Space export folder or archive</source>
        <translation>%1：不是QQ空间的备份文件夹或压缩包</translation>
    </message>
    <message>
        <source>%1: the archive could not be read</source>
        <translation>%1：无法读取压缩包</translation>
    </message>
    <message>
        <source>this looks like a %1 export, but no memories could be read from it</source>
        <translation>看起来是 %1 的备份，但读不出任何回忆</translation>
    </message>
    <message>
        <source>%1: no QQ Space export or photos found here</source>
        <translation>%1：这里没有找到QQ空间备份或照片</translation>
    </message>
    <message>
        <source>%1: nothing could be imported</source>
        <translation>%1：什么都没能导入</translation>
    </message>
    <message>
        <source>%1: cancelled while another import was running</source>
        <translation>%1：在等待另一个导入时被取消了</translation>
    </message>
    <message>
        <source>cannot read it: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>its content hashes to %1, not to its name: the file is damaged in the library and was not copied</source>
        <translation>它的内容哈希是 %1，与文件名不符：这个文件在资料库里已损坏，没有复制</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>%1 (nothing was written there)</source>
        <translation>%1（那里没有写入任何东西）</translation>
    </message>
    <message>
        <source>%1 is the library, inside it or around it: back up to another folder</source>
        <translation>%1 就是资料库本身，或在它里面或外面：请备份到别的文件夹</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 不是文件夹</translation>
    </message>
    <message>
        <source>%1 is not empty and is not a Keepsake backup (it has no %2)</source>
        <translation>%1 不是空的，也不是时光匣的备份（里面没有 %2）</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot copy the database %1 to %2: %3</source>
        <translation>无法把数据库 %1 复制到 %2：%3</translation>
    </message>
    <message>
        <source>the copy %1 does not read back as written</source>
        <translation>副本 %1 读回来与写入的不一致</translation>
    </message>
    <message>
        <source>the database copy %1 fails its check: %2</source>
        <translation>数据库副本 %1 没有通过检查：%2</translation>
    </message>
    <message>
        <source>cannot move %1 to %2</source>
        <translation>无法把 %1 移到 %2</translation>
    </message>
    <message>
        <source>cannot move %1 aside to %2</source>
        <translation>无法把 %1 移到一边，改名为 %2</translation>
    </message>
    <message>
        <source>cannot write the new library database: %1</source>
        <translation>无法写入新的资料库数据库：%1</translation>
    </message>
    <message>
        <source>not a vault file name (&lt;sha256&gt;.&lt;ext&gt;)</source>
        <translation>不是保管库的文件名（&lt;sha256&gt;.&lt;扩展名&gt;）</translation>
    </message>
    <message>
        <source>the content hashes to %1, not its name: damaged, left in place</source>
        <translation>内容的哈希是 %1，与文件名不符：已损坏，留在原处</translation>
    </message>
    <message>
        <source>the library at %1 is read-only: it cannot be rebuilt in place (copy the folder to a writable disk and rebuild the copy)</source>
        <translation>位于 %1 的资料库是只读的：无法就地重建（请把文件夹复制到可写的磁盘上，再重建那份副本）</translation>
    </message>
    <message>
        <source>%1 holds no vault folder: there is nothing to rebuild from</source>
        <translation>%1 里没有保管库文件夹：没有可用来重建的东西</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>没有这个文件或目录</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>磁盘空间不足</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>只读文件系统</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>输入/输出错误</translation>
    </message>
    <message>
        <source>database or disk is full</source>
        <translation>数据库或磁盘已满</translation>
    </message>
    <message>
        <source>attempt to write a readonly database</source>
        <translation>试图写入只读的数据库</translation>
    </message>
    <message>
        <source>database is locked</source>
        <translation>数据库被锁定</translation>
    </message>
    <message>
        <source>disk I/O error</source>
        <translation>磁盘输入/输出错误</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>%1; the %2 entries before it were read</source>
        <translation>%1；此前的 %2 条已读入</translation>
    </message>
    <message>
        <source>the data file ends before its list is closed (cut short?); the %1 entries before the cut were read</source>
        <translation>数据文件在列表结束前就断了（文件不完整？）；断开之前的 %1 条已读入</translation>
    </message>
    <message>
        <source>%1 entries of the data file hold more than %2 MB each and were skipped, the first at byte %3 (the file itself is kept)</source>
        <translation>数据文件中有 %1 条每条超过 %2 MB，已跳过，第一条在第 %3 字节处（文件本身已保留）</translation>
    </message>
    <message>
        <source>%1 entries of the data file could not be read and were skipped, the first: %2</source>
        <translation>数据文件中有 %1 条无法读取，已跳过，第一条：%2</translation>
    </message>
    <message>
        <source>the file has changed since it was archived (its SHA-256 is %1, the archive recorded %2); it was not imported</source>
        <translation>这个文件在存档之后被改动过（它的 SHA-256 是 %1，存档记录的是 %2）；没有导入</translation>
    </message>
    <message>
        <source>the archive has no manifest-sha256.txt: its files cannot be checked</source>
        <translation>存档里没有 manifest-sha256.txt：无法检查其中的文件</translation>
    </message>
    <message>
        <source>the archive's manifest does not list this file; it is read as it is</source>
        <translation>存档的清单里没有这个文件；按原样读取</translation>
    </message>
    <message>
        <source>the file has changed since it was archived (its checksum no longer matches the archive's manifest); it is read as it is</source>
        <translation>这个文件在存档之后被改动过（校验和与存档清单不再相符）；按原样读取</translation>
    </message>
    <message>
        <source>line %1 is not a JSON object (%2); it was skipped</source>
        <translation>第 %1 行不是 JSON 对象（%2）；已跳过</translation>
    </message>
    <message>
        <source>a memory of the archive has no key or an unknown kind (%1); it was skipped</source>
        <translation>存档里有一条回忆没有键或类型不明（%1）；已跳过</translation>
    </message>
    <message>
        <source>the archive names a file outside its vault folder; it was not imported</source>
        <translation>存档指向了它的 vault 文件夹之外的文件；没有导入</translation>
    </message>
    <message>
        <source>a memory of the archive names no account (%1); it was skipped</source>
        <translation>存档里有一条回忆没有写明账号（%1）；已跳过</translation>
    </message>
    <message>
        <source>%1 source records match no memory of the archive (or are out of order); those memories keep only their first record</source>
        <translation>有 %1 条原始记录对不上存档里的任何回忆（或顺序错乱）；这些回忆只保留它们的第一条记录</translation>
    </message>
    <message>
        <source>the archive was written by a newer Keepsake (format %1); what this version knows is read</source>
        <translation>这个存档是更新版本的时光匣写的（格式 %1）；只读取这个版本认识的部分</translation>
    </message>
    <message>
        <source>a tag needs a name</source>
        <translation>标签需要一个名字</translation>
    </message>
    <message>
        <source>no such tag</source>
        <translation>没有这个标签</translation>
    </message>
    <message>
        <source>no such tag: %1</source>
        <translation>没有这个标签：%1</translation>
    </message>
    <message>
        <source>there is already a tag "%1" there</source>
        <translation>那里已经有一个叫“%1”的标签</translation>
    </message>
    <message>
        <source>a tag cannot go inside itself</source>
        <translation>标签不能放进它自己里面</translation>
    </message>
    <message>
        <source>a tag cannot be merged into a tag below it</source>
        <translation>标签不能合并到它下面的标签里</translation>
    </message>
    <message>
        <source>not a colour: %1</source>
        <translation>不是颜色：%1</translation>
    </message>
    <message>
        <source>search index unreadable</source>
        <translation>搜索索引无法读取</translation>
    </message>
    <message>
        <source>%1: needs a value</source>
        <translation>%1：需要一个值</translation>
    </message>
    <message>
        <source>unknown kind "%1" (post, blog, diary, photo, album, video, board, favorite, share, visit)</source>
        <translation>不认识的类型“%1”（可用：post 说说、blog 日志、diary 私密日记、photo 照片、album 相册、video 视频、board 留言、favorite 收藏、share 分享、visit 访客）</translation>
    </message>
    <message>
        <source>year: expects a year like 2009 or 2008-2010, not "%1"</source>
        <translation>year：需要像 2009 或 2008-2010 这样的年份，而不是“%1”</translation>
    </message>
    <message>
        <source>%1: expects a date like 2009, 2009-06 or 2009-06-30, not "%2"</source>
        <translation>%1：需要像 2009、2009-06 或 2009-06-30 这样的日期，而不是“%2”</translation>
    </message>
    <message>
        <source>has: expects photo, video, comment or location, not "%1"</source>
        <translation>has：需要 photo（照片）、video（视频）、comment（评论）或 location（地点），而不是“%1”</translation>
    </message>
    <message>
        <source>nothing to print</source>
        <translation>没有可以打印的内容</translation>
    </message>
    <message>
        <source>bookmarks not added: %1</source>
        <translation>没能加上书签：%1</translation>
    </message>
    <message>
        <source>the selection holds no memories</source>
        <translation>所选范围里没有回忆</translation>
    </message>
    <message>
        <source>cannot paint on the output device</source>
        <translation>无法在输出设备上绘制</translation>
    </message>
    <message>
        <source>cannot start a new page</source>
        <translation>无法开始新的一页</translation>
    </message>
    <message>
        <source>the picture says it is %1 × %2 pixels, too large to decode</source>
        <translation>这张图片自称有 %1 × %2 像素，太大，无法解码</translation>
    </message>
    <message>
        <source>cannot write to %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>no startxref</source>
        <translation>PDF 里没有 startxref</translation>
    </message>
    <message>
        <source>cross-reference streams are not supported</source>
        <translation>不支持交叉引用流</translation>
    </message>
    <message>
        <source>malformed xref</source>
        <translation>PDF 的交叉引用表格式不对</translation>
    </message>
    <message>
        <source>no catalog</source>
        <translation>PDF 里没有目录对象</translation>
    </message>
    <message>
        <source>no pages</source>
        <translation>PDF 里没有页面</translation>
    </message>
    <message>
        <source>a memory could not be read</source>
        <translation>有一条回忆无法读取</translation>
    </message>
    <message>
        <source>the photos of a memory could not be read</source>
        <translation>有一条回忆的照片无法读取</translation>
    </message>
</context>
<context>
    <name>ks::ProblemKind</name>
    <message numerus="yes">
        <source>%n file(s) named by the export are not in it</source>
        <translation><numerusform>%n 个备份里提到的文件不在其中</numerusform></translation>
    </message>
    <message>
        <source>The memories are imported without them. If you have another copy of the backup (the folder with the pictures, an older zip), drop it onto the window too: the missing files are filled in and nothing is imported twice.</source>
        <translation>回忆已导入，只是缺了这些文件。如果你还有这份备份的另一份拷贝（带图片的文件夹、更早的压缩包），也把它拖到窗口里：缺的文件会补上，不会重复导入。</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged file(s)</source>
        <translation><numerusform>%n 个损坏的文件</numerusform></translation>
    </message>
    <message>
        <source>They are kept in the library exactly as they are. If another copy of the backup has them intact, import it too and the good copy is added.</source>
        <translation>它们已原样保存在资料库里。如果另一份备份里有完好的版本，把它也导入，完好的那份就会加进来。</translation>
    </message>
    <message numerus="yes">
        <source>%n empty file(s)</source>
        <translation><numerusform>%n 个空文件</numerusform></translation>
    </message>
    <message>
        <source>These files hold nothing (0 bytes): the download or the copy did not finish. Another copy of the backup may have them.</source>
        <translation>这些文件里什么都没有（0 字节）：下载或复制没有完成。另一份备份里也许有。</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) QQ Space replaced with “image missing”</source>
        <translation><numerusform>%n 张被QQ空间换成“图片丢失”的图片</numerusform></translation>
    </message>
    <message>
        <source>QQ Space no longer had these photos when the backup was made. There is nothing more to do here unless an older backup has them.</source>
        <translation>备份时QQ空间已经没有这些照片了。除非更早的备份里还有，这里无能为力。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) or folder(s) could not be read</source>
        <translation><numerusform>%n 个文件或文件夹无法读取</numerusform></translation>
    </message>
    <message>
        <source>Usually a permission or a failing disk. Copy the export to your own disk and import the copy; everything already imported stays.</source>
        <translation>通常是权限问题或磁盘故障。把备份复制到你自己的磁盘上再导入那份副本；已经导入的内容都会保留。</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) leading outside the export</source>
        <translation><numerusform>%n 个指向备份之外的链接</numerusform></translation>
    </message>
    <message>
        <source>Keepsake never reads outside the folder you dropped. If the files are yours, copy them into the export folder and import it again.</source>
        <translation>时光匣从不读取你拖进来的文件夹之外的东西。如果这些文件是你的，把它们复制到备份文件夹里再导入一次。</translation>
    </message>
    <message numerus="yes">
        <source>%n path(s) leading outside the export</source>
        <translation><numerusform>%n 个指向备份之外的路径</numerusform></translation>
    </message>
    <message>
        <source>These entries point outside the export and were not read, to keep your computer safe.</source>
        <translation>这些条目指向备份之外，为了你电脑的安全没有读取。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) or text(s) too large to read</source>
        <translation><numerusform>%n 个文件或文字太大，无法读取</numerusform></translation>
    </message>
    <message>
        <source>The files are kept in the library as they are, so nothing is lost; only the part over the limit is not shown.</source>
        <translation>这些文件已原样保存在资料库里，什么都没有丢；只是超出限度的部分不显示。</translation>
    </message>
    <message numerus="yes">
        <source>%n data file(s) partly unreadable</source>
        <translation><numerusform>%n 个数据文件有部分无法读取</numerusform></translation>
    </message>
    <message>
        <source>What could be read was imported. The export tool may have been interrupted; exporting again and importing the new export adds what is missing.</source>
        <translation>能读的部分已导入。导出工具可能中途被打断了；重新导出一次并导入新的备份，就能补上缺的内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in an unexpected text encoding</source>
        <translation><numerusform>%n 个文件的文字编码不寻常</numerusform></translation>
    </message>
    <message>
        <source>The text was read as well as it could be. Check the memories from these files; the original files are unchanged.</source>
        <translation>文字已尽量读取。请看看来自这些文件的回忆；原文件没有改动。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) disappeared during the import</source>
        <translation><numerusform>%n 个文件在导入期间消失了</numerusform></translation>
    </message>
    <message>
        <source>Another program moved or deleted them while Keepsake read. Import the export again when it is complete.</source>
        <translation>时光匣读取时，别的程序移动或删除了它们。等备份完整后再导入一次。</translation>
    </message>
    <message numerus="yes">
        <source>%n special file(s) skipped</source>
        <translation><numerusform>跳过了 %n 个特殊文件</numerusform></translation>
    </message>
    <message>
        <source>Pipes, devices and similar are not memories; nothing to do.</source>
        <translation>管道、设备之类不是回忆；不用处理。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) Keepsake does not read yet</source>
        <translation><numerusform>%n 项时光匣暂时还不能读取</numerusform></translation>
    </message>
    <message>
        <source>The files are kept; a later version of Keepsake may show them.</source>
        <translation>文件已保存；以后版本的时光匣也许能显示它们。</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of the backup are in another folder</source>
        <translation><numerusform>备份有 %n 部分在另一个文件夹里</numerusform></translation>
    </message>
    <message>
        <source>Drop the other folder onto the window too.</source>
        <translation>把另一个文件夹也拖到窗口里。</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation><numerusform>%n 条说明</numerusform></translation>
    </message>
    <message>
        <source>For your information; nothing was lost.</source>
        <translation>仅供参考；没有丢失任何东西。</translation>
    </message>
    <message numerus="yes">
        <source>%n other problem(s)</source>
        <translation><numerusform>%n 个其他问题</numerusform></translation>
    </message>
    <message>
        <source>The rest of the export was imported.</source>
        <translation>备份的其余部分已导入。</translation>
    </message>
</context>
<context>
    <name>ks::ProblemsView</name>
    <message>
        <source>Import problems</source>
        <translation>导入问题</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The import was cancelled. What was read so far is kept; import the same folder again to finish.</source>
        <translation>导入已取消。已经读到的内容都保留着；再导入一次同一个文件夹就能完成。</translation>
    </message>
    <message>
        <source>Nothing could be imported.</source>
        <translation>没有可以导入的内容。</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>导入完成。</translation>
    </message>
    <message>
        <source>New: %1   Updated: %2   Unchanged: %3</source>
        <translation>新增：%1   更新：%2   未变：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) need attention. Everything else was imported:</source>
        <translation><numerusform>%n 个文件需要留意。其余的都已导入：</numerusform></translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>No problems: every file was read.</source>
        <translation>没有问题：每个文件都读取成功。</translation>
    </message>
    <message>
        <source>These files could not be used as they are. Everything else was imported; damaged pictures are still kept in the library.</source>
        <translation>这些文件无法按原样使用。其余内容都已导入；损坏的图片也仍然保存在资料库里。</translation>
    </message>
</context>
<context>
    <name>ks::SavedSearchList</name>
    <message>
        <source>Save Search</source>
        <translation>保存搜索</translation>
    </message>
    <message>
        <source>Name of the saved search:</source>
        <translation>保存的搜索的名字：</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Rename Saved Search</source>
        <translation>重命名保存的搜索</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名字：</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>ks::SearchBar</name>
    <message>
        <source>&lt;p&gt;Type any words: memories holding all of them appear as you type. Any run of characters is found, even a single one.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;"exact phrase"&lt;/code&gt;&lt;/td&gt;&lt;td&gt;words together, spaces included&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;-word&lt;/code&gt;&lt;/td&gt;&lt;td&gt;without this word&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;tag:旅行&lt;/code&gt;&lt;/td&gt;&lt;td&gt;tagged 旅行 or a tag below it&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;year:2009&lt;/code&gt;&lt;/td&gt;&lt;td&gt;from 2009 (or year:2008-2010)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;after:2009-06 before:2010&lt;/code&gt;&lt;/td&gt;&lt;td&gt;between dates&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;from:老王&lt;/code&gt;&lt;/td&gt;&lt;td&gt;written by 老王&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;with:老王&lt;/code&gt;&lt;/td&gt;&lt;td&gt;written by, commented on by or mentioning 老王&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;kind:post&lt;/code&gt;&lt;/td&gt;&lt;td&gt;说说 (also blog, diary, photo, album, video, board)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;has:photo&lt;/code&gt;&lt;/td&gt;&lt;td&gt;with photos (also video, comment, location)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;p&gt;输入任意文字：边打字边出现包含全部这些文字的回忆。任何一串字都能找到，哪怕只有一个字。&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;"完整短语"&lt;/code&gt;&lt;/td&gt;&lt;td&gt;连在一起的文字，空格也算&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;-词&lt;/code&gt;&lt;/td&gt;&lt;td&gt;不含这个词&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;tag:旅行&lt;/code&gt;&lt;/td&gt;&lt;td&gt;带有“旅行”标签或它下面的标签&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;year:2009&lt;/code&gt;&lt;/td&gt;&lt;td&gt;2009 年的（或 year:2008-2010）&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;after:2009-06 before:2010&lt;/code&gt;&lt;/td&gt;&lt;td&gt;在两个日期之间&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;from:老王&lt;/code&gt;&lt;/td&gt;&lt;td&gt;老王发的&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;with:老王&lt;/code&gt;&lt;/td&gt;&lt;td&gt;老王发的、评论过的或提到老王的&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;kind:post&lt;/code&gt;&lt;/td&gt;&lt;td&gt;说说（也可以是 blog 日志、diary 日记、photo 照片、album 相册、video 视频、board 留言）&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;has:photo&lt;/code&gt;&lt;/td&gt;&lt;td&gt;带照片的（也可以是 video、comment、location）&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Search your memories</source>
        <translation>搜索回忆</translation>
    </message>
    <message>
        <source>Type any words, even a single character. Click ? for more ways to search.</source>
        <translation>输入任意文字，一个字也能找到。点“?”看更多搜索方法。</translation>
    </message>
    <message>
        <source>How to search</source>
        <translation>怎样搜索</translation>
    </message>
</context>
<context>
    <name>ks::StatisticsPage</name>
    <message numerus="yes">
        <source>%1: %n memories</source>
        <translation><numerusform>%1 年：%n 条回忆</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation><numerusform>%n 条评论</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation><numerusform>%n 条留言</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n memories</source>
        <translation><numerusform>%n 条回忆</numerusform></translation>
    </message>
    <message>
        <source>The library is empty.</source>
        <translation>资料库还是空的。</translation>
    </message>
    <message>
        <source>%1 memories from %2 to %3 · %4 photos · %5 comments</source>
        <translation>从 %2 年到 %3 年共 %1 条回忆 · %4 张照片 · %5 条评论</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n memories</source>
        <translation><numerusform>%2 年 %1：%n 条回忆</numerusform></translation>
    </message>
    <message>
        <source>Memories per month in %1</source>
        <translation>%1 年每月的回忆</translation>
    </message>
    <message>
        <source>Memories per month</source>
        <translation>每月的回忆</translation>
    </message>
    <message>
        <source>Memories per year (click a year to see its months)</source>
        <translation>每年的回忆（点一年，看它每个月的回忆）</translation>
    </message>
    <message>
        <source>Most active friends</source>
        <translation>最活跃的朋友</translation>
    </message>
    <message>
        <source>Busiest days</source>
        <translation>最热闹的日子</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>朋友</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Memories</source>
        <translation>回忆</translation>
    </message>
    <message>
        <source>ddd, MMM d, yyyy</source>
        <translation>yyyy年M月d日 ddd</translation>
    </message>
    <message>
        <source>Year in Review %1…</source>
        <translation>%1 年度回顾…</translation>
    </message>
    <message>
        <source>Year in Review…</source>
        <translation>年度回顾…</translation>
    </message>
</context>
<context>
    <name>ks::TagEditorDialog</name>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message numerus="yes">
        <source>Tags of %n Memories</source>
        <translation><numerusform>%n 条回忆的标签</numerusform></translation>
    </message>
    <message>
        <source>Add a tag, like 旅行/2009 北京</source>
        <translation>添加标签，比如 旅行/2009 北京</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>%1 of the %2 memories have this tag</source>
        <translation>%2 条回忆中有 %1 条带这个标签</translation>
    </message>
    <message>
        <source>Suggested:</source>
        <translation>推荐：</translation>
    </message>
    <message>
        <source>The album</source>
        <translation>所在相册</translation>
    </message>
    <message>
        <source>A #topic# in the text</source>
        <translation>文字里的 #话题#</translation>
    </message>
    <message>
        <source>The place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Someone mentioned or commenting</source>
        <translation>提到的人或评论的人</translation>
    </message>
    <message>
        <source>The tags could not be saved: %1</source>
        <translation>标签没能保存：%1</translation>
    </message>
</context>
<context>
    <name>ks::TagSidebar</name>
    <message>
        <source>There is no tag %1.</source>
        <translation>没有“%1”这个标签。</translation>
    </message>
    <message>
        <source>New Tag…</source>
        <translation>新建标签…</translation>
    </message>
    <message>
        <source>New Tag Inside “%1”…</source>
        <translation>在“%1”里新建标签…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>颜色…</translation>
    </message>
    <message>
        <source>Merge Into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <source>Move to the Top Level</source>
        <translation>移到最上层</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation>新建标签</translation>
    </message>
    <message>
        <source>Name (use / for levels, like 旅行/2009 北京):</source>
        <translation>名字（用 / 分层，比如 旅行/2009 北京）：</translation>
    </message>
    <message>
        <source>Name inside %1:</source>
        <translation>在 %1 里的名字：</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>重命名标签</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>%1 的新名字：</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>%1 的颜色</translation>
    </message>
    <message>
        <source>Merge Tag</source>
        <translation>合并标签</translation>
    </message>
    <message>
        <source>Merge %1 into (its memories and sub-tags move there):</source>
        <translation>把 %1 合并到（它的回忆和子标签都会移过去）：</translation>
    </message>
    <message>
        <source>Delete the tag %1 and the tags inside it? The memories themselves stay.</source>
        <translation>删除标签 %1 和它里面的标签吗？回忆本身会保留。</translation>
    </message>
    <message>
        <source>Delete the tag %1? The memories themselves stay.</source>
        <translation>删除标签 %1 吗？回忆本身会保留。</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <source>No tags yet. Select memories on the wall and press Ctrl+T, or right-click here.</source>
        <translation>还没有标签。在回忆墙上选中回忆后按 Ctrl+T，或在这里点右键。</translation>
    </message>
</context>
<context>
    <name>ks::TagStore</name>
    <message>
        <source>This library is read-only (a backup disk, a DVD or a folder you cannot write to): tags cannot be changed here.</source>
        <translation>这个资料库是只读的（备份盘、光盘或你无法写入的文件夹）：这里不能修改标签。</translation>
    </message>
</context>
<context>
    <name>ks::TagTreeModel</name>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Memories</source>
        <translation>回忆</translation>
    </message>
</context>
<context>
    <name>ks::VideoPlayer</name>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Full Screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Video — %1</source>
        <translation>视频 — %1</translation>
    </message>
    <message>
        <source>This video is not in the library: the export did not contain the file%1.
Import the export's media folder to add it.</source>
        <translation>这段视频不在资料库里：导出里没有这个文件%1。
导入这份导出的媒体文件夹就能补上。</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Press Play to watch this video.</source>
        <translation>点“播放”观看这段视频。</translation>
    </message>
    <message>
        <source>This video cannot be played: %1</source>
        <translation>无法播放这段视频：%1</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>未知格式</translation>
    </message>
    <message>
        <source>This video cannot be played: the file is damaged or in a format this system cannot decode.</source>
        <translation>无法播放这段视频：文件已损坏，或者这台电脑不能解码这种格式。</translation>
    </message>
    <message>
        <source>The picture of this video cannot be shown: this computer has no decoder for it%1.
Install the package gstreamer1.0-libav, then restart Keepsake.</source>
        <translation>这段视频的画面无法显示：这台电脑没有它的解码器%1。
请安装软件包 gstreamer1.0-libav，然后重新启动时光匣。</translation>
    </message>
    <message>
        <source>Videos cannot be played on this computer: the GStreamer plugins that decode them are not installed.
Install the packages gstreamer1.0-plugins-good, gstreamer1.0-plugins-bad and gstreamer1.0-libav, then restart Keepsake.</source>
        <translation>这台电脑无法播放视频：没有安装解码视频所需的 GStreamer 插件。
请安装软件包 gstreamer1.0-plugins-good、gstreamer1.0-plugins-bad 和 gstreamer1.0-libav，然后重新启动时光匣。</translation>
    </message>
    <message numerus="yes">
        <source>This video did not start: nothing came from the file for %n second(s). The file may be incomplete, or on a disk or network drive that is not answering.</source>
        <translation><numerusform>这段视频没有开始播放：%n 秒内文件没有传来任何内容。文件可能不完整，或者所在的磁盘、网络盘没有响应。</numerusform></translation>
    </message>
</context>
<context>
    <name>ks::WallEmptyState</name>
    <message>
        <source>No memory contains “%1”</source>
        <translation>没有回忆包含“%1”</translation>
    </message>
    <message>
        <source>Try fewer words or a shorter piece of the text: the search finds exactly what is typed. The kind and year filters also narrow the search.</source>
        <translation>试试少输几个字，或只输入其中一小段：搜索只找完全一样的文字。上面的类别和年份筛选也会缩小搜索范围。</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <source>No memories match these filters</source>
        <translation>没有符合这些筛选条件的回忆</translation>
    </message>
    <message>
        <source>The kinds, the year or the tag or person chosen above hide every memory. Clear the filters to see the whole wall again.</source>
        <translation>上面选的类别、年份、标签或好友把所有回忆都隐藏了。清除筛选即可重新看到整面回忆墙。</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
</context>
<context>
    <name>ks::YearReview</name>
    <message numerus="yes">
        <source>%n memories</source>
        <translation><numerusform>%n 条回忆</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n photos</source>
        <translation><numerusform>%n 张照片</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n characters written</source>
        <translation><numerusform>%n 个字</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n comments</source>
        <translation><numerusform>%n 条评论</numerusform></translation>
    </message>
    <message>
        <source>MMMM d</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>Year in review</source>
        <translation>年度回顾</translation>
    </message>
    <message>
        <source>Nothing was kept from this year.</source>
        <translation>这一年没有留下回忆。</translation>
    </message>
    <message numerus="yes">
        <source>Busiest month: %1 (%n memories)</source>
        <translation><numerusform>最热闹的月份：%1（%n 条回忆）</numerusform></translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>每个月</translation>
    </message>
    <message>
        <source>The busiest day</source>
        <translation>最热闹的一天</translation>
    </message>
    <message numerus="yes">
        <source>%n memories that day</source>
        <translation><numerusform>那天有 %n 条回忆</numerusform></translation>
    </message>
    <message>
        <source>The first post of the year · %1</source>
        <translation>这一年的第一条说说 · %1</translation>
    </message>
    <message>
        <source>The last post of the year · %1</source>
        <translation>这一年的最后一条说说 · %1</translation>
    </message>
    <message>
        <source>The longest · %1</source>
        <translation>写得最长的 · %1</translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation><numerusform>%n 个字</numerusform></translation>
    </message>
    <message>
        <source>The most talked about · %1</source>
        <translation>评论最多的 · %1</translation>
    </message>
    <message>
        <source>Who commented most</source>
        <translation>评论最多的朋友</translation>
    </message>
    <message>
        <source>%1 ×</source>
        <translation>%1 次</translation>
    </message>
    <message>
        <source>Who left the most notes</source>
        <translation>留言最多的朋友</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>去过的地方</translation>
    </message>
    <message>
        <source>Emoticons used most</source>
        <translation>最常用的表情</translation>
    </message>
    <message>
        <source>On this day, %1</source>
        <translation>那年今日 · %1</translation>
    </message>
    <message>
        <source>Kept by Keepsake · 时光匣</source>
        <translation>由时光匣 Keepsake 珍藏</translation>
    </message>
</context>
<context>
    <name>ks::YearReviewPage</name>
    <message>
        <source>Looking back at %1…</source>
        <translation>正在回顾 %1 年…</translation>
    </message>
    <message>
        <source>Year in review %1</source>
        <translation>%1 年度回顾</translation>
    </message>
    <message numerus="yes">
        <source>%n memories</source>
        <translation><numerusform>%n 条回忆</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n photos</source>
        <translation><numerusform>%n 张照片</numerusform></translation>
    </message>
    <message>
        <source>Save the Year in Review</source>
        <translation>保存年度回顾</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Year in Review</source>
        <translation>年度回顾</translation>
    </message>
    <message>
        <source>The picture could not be saved to %1:
%2</source>
        <translation>图片无法保存到 %1：
%2</translation>
    </message>
    <message>
        <source>Save as Image…</source>
        <translation>存为图片…</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Year in review</source>
        <translation>年度回顾</translation>
    </message>
</context>
<context>
    <name>ks::YearScrubber</name>
    <message>
        <source>Unknown date</source>
        <translation>日期未知</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Jump to a year</source>
        <translation>跳到某一年</translation>
    </message>
    <message>
        <source>Up and Down arrows move to the previous or next year</source>
        <translation>用上下方向键跳到上一年或下一年</translation>
    </message>
</context>
<context>
    <name>ks::cli</name>
    <message>
        <source>counts of what the library holds</source>
        <translation>统计资料库里有多少内容</translation>
    </message>
    <message>
        <source>import export folders or .zip archives</source>
        <translation>导入QQ空间的导出文件夹或 .zip 压缩包</translation>
    </message>
    <message>
        <source>every memory, one JSON object per line</source>
        <translation>列出每一条回忆，每行一个 JSON 对象</translation>
    </message>
    <message>
        <source>files the imports could not use, and why</source>
        <translation>导入时无法使用的文件，以及原因</translation>
    </message>
    <message>
        <source>find memories</source>
        <translation>查找回忆</translation>
    </message>
    <message>
        <source>organise memories with tags</source>
        <translation>用标签整理回忆</translation>
    </message>
    <message>
        <source>put the dates of memories right</source>
        <translation>修正回忆的日期</translation>
    </message>
    <message>
        <source>a year in review (年度回顾)</source>
        <translation>年度回顾</translation>
    </message>
    <message>
        <source>a printable memory book of a year, or of a friend</source>
        <translation>可以打印的纪念册：某一年的，或某位好友的</translation>
    </message>
    <message>
        <source>check the vault against the database</source>
        <translation>核对保险库里的文件与数据库是否一致</translation>
    </message>
    <message>
        <source>a consistent, verified copy of the library</source>
        <translation>为资料库做一份完整、经过校验的备份</translation>
    </message>
    <message>
        <source>a lost database rebuilt from the vault's files</source>
        <translation>用保险库里的文件重建丢失的数据库</translation>
    </message>
    <message>
        <source>library folder (default: $KEEPSAKE_LIBRARY or the app data folder)</source>
        <translation>资料库文件夹（默认：$KEEPSAKE_LIBRARY 或程序的数据文件夹）</translation>
    </message>
    <message>
        <source>the language of messages, books and sites (default: $KEEPSAKE_LANGUAGE
or the system's)</source>
        <translation>提示信息、纪念册和网站使用的语言（默认：$KEEPSAKE_LANGUAGE
或系统的语言）</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>输出供程序读取的格式</translation>
    </message>
    <message>
        <source>this help</source>
        <translation>显示这份帮助</translation>
    </message>
    <message>
        <source>the version</source>
        <translation>显示版本号</translation>
    </message>
    <message>
        <source>Keepsake (时光匣) %1 keeps your QQ Space memories.
Without a subcommand it opens the window.</source>
        <translation>时光匣 (Keepsake) %1 为你珍藏QQ空间的回忆。
不带子命令运行时，会打开程序窗口。</translation>
    </message>
    <message>
        <source>Usage: keepsake SUBCOMMAND [options]   (keepsake SUBCOMMAND --help for more)</source>
        <translation>用法：keepsake 子命令 [选项]   （更多说明：keepsake 子命令 --help）</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>子命令：</translation>
    </message>
    <message>
        <source>Common options:</source>
        <translation>通用选项：</translation>
    </message>
    <message>
        <source>unknown subcommand '%1' (see keepsake --help)</source>
        <translation>没有“%1”这个子命令（请看 keepsake --help）</translation>
    </message>
    <message>
        <source>Library folder (default: $KEEPSAKE_LIBRARY or the app data folder).</source>
        <translation>资料库文件夹（默认：$KEEPSAKE_LIBRARY 或程序的数据文件夹）。</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>输出供程序读取的 JSON。</translation>
    </message>
    <message>
        <source>cannot open the library at %1: %2</source>
        <translation>无法打开位于 %1 的资料库：%2</translation>
    </message>
    <message>
        <source>the library at %1 is read-only (a backup disk, a DVD or a folder without write permission): %2 needs to write to it. Copy the library to a writable disk first (keepsake backup).</source>
        <translation>位于 %1 的资料库是只读的（备份盘、光盘，或没有写入权限的文件夹），而 %2 需要写入它。请先把资料库复制到可以写入的磁盘上（keepsake backup）。</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>an offline site, a PDF, dated photos or an archive</source>
        <translation>导出离线网站、PDF、带日期的照片或存档</translation>
    </message>
    <message>
        <source>check an archive's files against its manifest</source>
        <translation>按清单检查存档里的文件</translation>
    </message>
    <message>
        <source>--theme must be one of %1</source>
        <translation>--theme 只能是 %1 之一</translation>
    </message>
</context>
<context>
    <name>ks::cli::Archive</name>
    <message>
        <source>the word archive</source>
        <translation>archive（存档）这个词</translation>
    </message>
    <message>
        <source>the folder the archive becomes (new or empty)</source>
        <translation>存档所在的文件夹（新的或空的）</translation>
    </message>
    <message>
        <source>The look of the web site inside: %1 (default %2).</source>
        <translation>存档里网站的装扮：%1（默认 %2）。</translation>
    </message>
    <message>
        <source>Replace an earlier archive at OUT (a folder of anything else is never replaced).</source>
        <translation>替换 OUT 处之前的存档（装着其他东西的文件夹永远不会被替换）。</translation>
    </message>
    <message>
        <source>Write an archive that outlives Keepsake: a BagIt bag (RFC 8493) holding an offline web site, every memory with its comments and tags as JSON lines, the untouched source records and every original file, each with its SHA-256 in the bag's manifest. It opens in a browser with no program, keepsake verify-archive checks it, and keepsake import reads it back.
The archive is written beside OUT and renamed at the end; an existing OUT that is not empty is left alone (exit 1) unless --force replaces an earlier archive there.</source>
        <translation>写一个比时光匣活得更久的存档：一个 BagIt 包（RFC 8493），里面有离线网站、以 JSON 行保存的每条回忆及其评论和标签、未经改动的原始记录和每一个原始文件，每个文件的 SHA-256 都记在包的清单里。不用任何程序就能在浏览器里打开，keepsake verify-archive 可以检查它，keepsake import 可以把它读回来。
存档先写在 OUT 旁边，最后再改名；已经存在且不为空的 OUT 不会被动（退出码 1），除非用 --force 替换那里之前的存档。</translation>
    </message>
    <message>
        <source>usage: keepsake export archive OUT [--year Y] [--from DATE] [--to DATE] [--tag T] [--person P] [--query Q] [--force] [--json] [--library DIR]</source>
        <translation>用法：keepsake export archive OUT [--year 年] [--from 日期] [--to 日期] [--tag 标签] [--person 人] [--query 词] [--force] [--json] [--library 文件夹]</translation>
    </message>
    <message>
        <source>%1 already holds an archive; nothing was written. Choose a new folder, or add --force to replace that archive.</source>
        <translation>%1 里已经有一个存档；什么也没有写。请选择一个新文件夹，或加上 --force 替换那个存档。</translation>
    </message>
    <message>
        <source>the folder %1 is not empty; nothing was written. Choose an empty or new folder (--force replaces only an earlier archive).</source>
        <translation>文件夹 %1 不是空的；什么也没有写。请选择一个空的或新的文件夹（--force 只会替换之前的存档）。</translation>
    </message>
    <message>
        <source>%1 is a file; the archive needs a folder</source>
        <translation>%1 是一个文件；存档需要一个文件夹</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>存档</translation>
    </message>
    <message>
        <source>stopped; nothing was written to %1.</source>
        <translation>已停止；没有向 %1 写入任何东西。</translation>
    </message>
    <message>
        <source>nothing was written to %1.</source>
        <translation>没有向 %1 写入任何东西。</translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>未放入：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n memories archived to %1</source>
        <translation><numerusform>已把 %n 条回忆存档到 %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n files could not go into the archive (named above): it is incomplete.</source>
        <translation><numerusform>有 %n 个文件没能放进存档（见上面）：存档不完整。</numerusform></translation>
    </message>
    <message>
        <source>the archive's folder (a BagIt bag)</source>
        <translation>存档的文件夹（一个 BagIt 包）</translation>
    </message>
    <message>
        <source>Check an archive (any BagIt bag): bagit.txt, every line of manifest-sha256.txt and tagmanifest-sha256.txt (the file is there and has that SHA-256), payload files the manifest does not list, and Payload-Oxum. Prints what changed, by path; exit 0 when the archive is valid, 1 when not. Only reads.</source>
        <translation>检查一个存档（任何 BagIt 包）：bagit.txt、manifest-sha256.txt 和 tagmanifest-sha256.txt 的每一行（文件在不在、SHA-256 对不对）、清单里没有列出的内容文件，以及 Payload-Oxum。按路径列出变化；存档完好时退出码为 0，否则为 1。只读不写。</translation>
    </message>
    <message>
        <source>usage: keepsake verify-archive OUT [--json]</source>
        <translation>用法：keepsake verify-archive OUT [--json]</translation>
    </message>
    <message>
        <source>checked %1 of %2 files</source>
        <translation>已检查 %1 / %2 个文件</translation>
    </message>
    <message>
        <source>%1 is a valid archive: %2 files checked, Payload-Oxum %3 matches.</source>
        <translation>%1 是完好的存档：检查了 %2 个文件，Payload-Oxum %3 相符。</translation>
    </message>
    <message>
        <source>%1 is NOT a valid archive:</source>
        <translation>%1 不是完好的存档：</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>已改动：%1</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>已缺失：%1</translation>
    </message>
    <message>
        <source>not in the manifest: %1</source>
        <translation>不在清单里：%1</translation>
    </message>
    <message>
        <source>Payload-Oxum says %1 (bytes.files), the payload holds %2</source>
        <translation>Payload-Oxum 写的是 %1（字节数.文件数），实际内容是 %2</translation>
    </message>
    <message>
        <source>keepsake verify-archive: stopped.</source>
        <translation>keepsake verify-archive：已停止。</translation>
    </message>
    <message numerus="yes">
        <source> (%n files, %1 bytes).</source>
        <translation><numerusform>（%n 个文件，%1 字节）。</numerusform></translation>
    </message>
</context>
<context>
    <name>ks::cli::Backup</name>
    <message>
        <source>An empty folder, or an earlier Keepsake backup.</source>
        <translation>一个空文件夹，或以前用时光匣做的备份。</translation>
    </message>
    <message>
        <source>Write a consistent copy of the library to DEST: the database as one snapshot (the app may be open), every vault file checked by its SHA-256. A second backup to the same DEST copies only what is new.</source>
        <translation>把资料库完整地复制到 DEST：数据库作为一份快照写出（程序窗口可以开着），保险库里的每个文件都用 SHA-256 校验。以后再备份到同一个 DEST，只复制新增的内容。</translation>
    </message>
    <message>
        <source>name one destination folder</source>
        <translation>请指定一个目标文件夹</translation>
    </message>
    <message numerus="yes">
        <source>checked %1 of %n vault files</source>
        <translation><numerusform>已检查保险库里的 %1 / %n 个文件</numerusform></translation>
    </message>
    <message>
        <source>Backed up %1 to %2</source>
        <translation>已把 %1 备份到 %2</translation>
    </message>
    <message>
        <source>database: %1 bytes</source>
        <translation>数据库：%1 字节</translation>
    </message>
    <message numerus="yes">
        <source>vault: copied %n files (%1 bytes), %2 already in the backup and intact</source>
        <translation><numerusform>保险库：复制了 %n 个文件（%1 字节），另有 %2 个已在备份里且完好</numerusform></translation>
    </message>
    <message>
        <source>FAILED %1: %2</source>
        <translation>失败 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n vault files were not backed up</source>
        <translation><numerusform>保险库里有 %n 个文件没有备份</numerusform></translation>
    </message>
</context>
<context>
    <name>ks::cli::Book</name>
    <message>
        <source>Instead of a year: 我们的故事, every memory this person (name, remark or QQ number) took part in: keepsake book --person P OUT.pdf.</source>
        <translation>不按年份，而是做“我们的故事”：这个人（名字、备注或QQ号）参与过的每一条回忆：keepsake book --person P OUT.pdf。</translation>
    </message>
    <message>
        <source>Leave out the year in review at the front of a year's book.</source>
        <translation>年度纪念册的开头不放年度回顾。</translation>
    </message>
    <message>
        <source>the year of the book</source>
        <translation>纪念册的年份</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>要写出的 PDF</translation>
    </message>
    <message>
        <source>A4 (default), A5 or 16k (185×260 mm).</source>
        <translation>A4（默认）、A5 或 16 开（185×260 毫米）。</translation>
    </message>
    <message>
        <source>Only memories with this tag (or below it).</source>
        <translation>只收录带有这个标签（或其下级标签）的回忆。</translation>
    </message>
    <message>
        <source>Title on the cover.</source>
        <translation>封面上的标题。</translation>
    </message>
    <message>
        <source>Margin in millimetres (default 18).</source>
        <translation>页边距，单位毫米（默认 18）。</translation>
    </message>
    <message>
        <source>Bleed in millimetres around each page, for a print shop (default 0).</source>
        <translation>每页四周的出血，单位毫米，供印刷店使用（默认 0）。</translation>
    </message>
    <message>
        <source>The book's look: %1 (default %2).</source>
        <translation>纪念册的外观：%1（默认 %2）。</translation>
    </message>
    <message>
        <source>Start every month on a new page (by default short months share a page).</source>
        <translation>每个月都从新的一页开始（默认内容少的月份会共用一页）。</translation>
    </message>
    <message>
        <source>Replace OUT.pdf when that file already exists.</source>
        <translation>OUT.pdf 已存在时替换它。</translation>
    </message>
    <message>
        <source>Make a printable memory book of one year.
Without --force an existing OUT.pdf is left alone and the command exits with 1.</source>
        <translation>把一年的回忆做成可打印的纪念册。
不加 --force 时，已存在的 OUT.pdf 不会被改动，命令以 1 退出。</translation>
    </message>
    <message>
        <source>usage: keepsake book YEAR OUT.pdf [--page-size A4|A5|16k] [--tag T] [--force] [--library DIR]</source>
        <translation>用法：keepsake book 年份 输出.pdf [--page-size A4|A5|16k] [--tag 标签] [--force] [--library 资料库文件夹]</translation>
    </message>
    <message>
        <source>--page-size must be A4, A5 or 16k</source>
        <translation>--page-size 只能是 A4、A5 或 16k</translation>
    </message>
    <message>
        <source>--margin must be 5–60 mm and --bleed 0–10 mm</source>
        <translation>--margin 必须在 5–60 毫米之间，--bleed 在 0–10 毫米之间</translation>
    </message>
    <message>
        <source>--style must be one of %1</source>
        <translation>--style 只能是 %1 之一</translation>
    </message>
    <message>
        <source>memory book</source>
        <translation>纪念册</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败了</translation>
    </message>
    <message>
        <source>Wrote %1: %2, %3, %4</source>
        <translation>已写出 %1：%2、%3、%4</translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation><numerusform>%n 页</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n memories</source>
        <translation><numerusform>%n 条回忆</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n photos</source>
        <translation><numerusform>%n 张照片</numerusform></translation>
    </message>
</context>
<context>
    <name>ks::cli::Date</name>
    <message>
        <source>usage: keepsake date set KEY… DATETIME   (2012-06-07, "2012-06-07 21:15", 2012-06-07T21:15+08:00)
       keepsake date shift KEY… --by OFFSET   (+1y, -8h, "+1 year 2 months", +3天)
       keepsake date camera KEY…   (the date the photo's camera wrote)
       keepsake date undo   |   keepsake date show KEY…</source>
        <translation>用法：keepsake date set 键… 日期时间   （2012-06-07、"2012-06-07 21:15"、2012-06-07T21:15+08:00）
      keepsake date shift 键… --by 偏移   （+1y、-8h、"+1年2个月"、+3天）
      keepsake date camera 键…   （使用照片里相机记录的日期）
      keepsake date undo   |   keepsake date show 键…</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>没有日期</translation>
    </message>
    <message numerus="yes">
        <source>Put back the date of %n memories.</source>
        <translation><numerusform>已恢复 %n 条回忆的日期。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Changed the date of %n memories.</source>
        <translation><numerusform>已修改 %n 条回忆的日期。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n memories already had that date.</source>
        <translation><numerusform>其中 %n 条本来就是这个日期。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Not shifted, as they have no date: %n memories. Set a date instead.</source>
        <translation><numerusform>有 %n 条回忆没有日期，没有平移；请直接设定日期。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Left as they were, with no photo that carries a camera date: %n memories.</source>
        <translation><numerusform>有 %n 条回忆的照片里没有相机日期，保持原样。</numerusform></translation>
    </message>
    <message>
        <source>(corrected; originally %1)</source>
        <translation>（已修改；原来是 %1）</translation>
    </message>
    <message>
        <source>set, shift, camera, undo or show.</source>
        <translation>set（设定）、shift（平移）、camera（用相机日期）、undo（撤销）或 show（查看）。</translation>
    </message>
    <message>
        <source>Memory keys, as `keepsake list --json` prints them.</source>
        <translation>回忆的键，和 `keepsake list --json` 输出的一样。</translation>
    </message>
    <message>
        <source>How far to shift: +1y, -8h, "+1 year 2 months", +3天.</source>
        <translation>平移多少：+1y、-8h、"+1年2个月"、+3天。</translation>
    </message>
    <message>
        <source>Put the dates of memories right, with undo.</source>
        <translation>修正回忆的日期，可以撤销。</translation>
    </message>
    <message>
        <source>say what to do: set, shift, camera, undo or show</source>
        <translation>请说明要做什么：set、shift、camera、undo 或 show</translation>
    </message>
    <message>
        <source>unknown action '%1'</source>
        <translation>不认识的操作“%1”</translation>
    </message>
    <message>
        <source>give one or more keys and then the date</source>
        <translation>请先写一个或多个键，再写日期</translation>
    </message>
    <message>
        <source>the date is not one Keepsake can read, like 2012-06-07 or "2012-06-07 21:15"</source>
        <translation>看不懂这个日期，请写成 2012-06-07 或 "2012-06-07 21:15" 这样</translation>
    </message>
    <message>
        <source>say how far with --by, like --by +1y or --by -8h</source>
        <translation>请用 --by 说明平移多少，比如 --by +1y 或 --by -8h</translation>
    </message>
    <message>
        <source>the offset is not one Keepsake can read, like +1y, -8h or "+1 year 2 months"</source>
        <translation>看不懂这个偏移，请写成 +1y、-8h 或 "+1年2个月" 这样</translation>
    </message>
    <message>
        <source>undo takes no keys</source>
        <translation>撤销不需要写键</translation>
    </message>
    <message>
        <source>give one or more keys</source>
        <translation>请写一个或多个键</translation>
    </message>
    <message>
        <source>no memory has the key %1; nothing was changed</source>
        <translation>没有回忆的键是 %1；什么都没有改</translation>
    </message>
</context>
<context>
    <name>ks::cli::Export</name>
    <message>
        <source>the folder %1 already exists and is not empty; nothing was written. Choose an empty or new folder, or add --force to write the site into it (files of the same name are overwritten).</source>
        <translation>文件夹 %1 已经存在，而且不是空的；什么都没有写入。请选择一个空的或新的文件夹，或者加上 --force 把网站写进去（同名的文件会被覆盖）。</translation>
    </message>
    <message>
        <source>the file %1 already exists; nothing was written. Choose another name, or add --force to overwrite it.</source>
        <translation>文件 %1 已经存在；什么都没有写入。请换一个名字，或者加上 --force 覆盖它。</translation>
    </message>
    <message>
        <source>%1 is a folder; give the PDF a file name, like %1/memories.pdf</source>
        <translation>%1 是一个文件夹；请给 PDF 一个文件名，例如 %1/memories.pdf</translation>
    </message>
    <message>
        <source>%1 is a file; the site needs a folder</source>
        <translation>%1 是一个文件；网站需要一个文件夹</translation>
    </message>
    <message>
        <source>html (an offline site) or pdf</source>
        <translation>html（离线网站）或 pdf</translation>
    </message>
    <message>
        <source>output folder (html) or .pdf file</source>
        <translation>输出的文件夹（html）或 .pdf 文件</translation>
    </message>
    <message>
        <source>Only this year (local time).</source>
        <translation>只导出这一年（本地时间）。</translation>
    </message>
    <message>
        <source>From this day on (yyyy-mm-dd).</source>
        <translation>从这一天开始（yyyy-mm-dd）。</translation>
    </message>
    <message>
        <source>Up to this day, inclusive (yyyy-mm-dd).</source>
        <translation>到这一天为止，包括这一天（yyyy-mm-dd）。</translation>
    </message>
    <message>
        <source>Memories with this tag or a tag below it.</source>
        <translation>带有这个标签或其下级标签的回忆。</translation>
    </message>
    <message>
        <source>Memories by, mentioning or commented by this person (name or QQ).</source>
        <translation>这个人发的、提到这个人或这个人评论过的回忆（名字或 QQ 号）。</translation>
    </message>
    <message>
        <source>Memories containing these words.</source>
        <translation>包含这些词语的回忆。</translation>
    </message>
    <message>
        <source>Title of the site or document.</source>
        <translation>网站或文档的标题。</translation>
    </message>
    <message>
        <source>html: also copy the original photo files.</source>
        <translation>html：同时复制照片的原始文件。</translation>
    </message>
    <message>
        <source>pdf: A4 (default), A5 or 16k.</source>
        <translation>pdf：A4（默认）、A5 或 16k。</translation>
    </message>
    <message>
        <source>html: the site's look: %1 (default %2).</source>
        <translation>html：网站的外观：%1（默认 %2）。</translation>
    </message>
    <message>
        <source>html: write into OUT even when that folder is not empty (files of the same name are replaced, others stay). pdf: replace OUT when that file exists.</source>
        <translation>html：即使输出文件夹不是空的也写进去（同名的文件会被替换，其他文件保留）。pdf：输出文件已存在时替换它。</translation>
    </message>
    <message>
        <source>Export memories as an offline HTML site or a PDF.
OUT must be a new or empty folder (html) or a new file (pdf); without --force an existing one is left alone and the command exits with 1.</source>
        <translation>把回忆导出为离线 HTML 网站或 PDF。
输出（OUT）必须是新的或空的文件夹（html），或者新的文件（pdf）；不加 --force 时，已存在的不会被改动，命令以 1 退出。</translation>
    </message>
    <message>
        <source>usage: keepsake export html|pdf OUT [--year Y] [--from DATE] [--to DATE] [--tag T] [--person P] [--query Q] [--force] [--library DIR]</source>
        <translation>用法：keepsake export html|pdf 输出 [--year 年份] [--from 日期] [--to 日期] [--tag 标签] [--person 人] [--query 词语] [--force] [--library 资料库文件夹]</translation>
    </message>
    <message>
        <source>--year needs a year, like 2012</source>
        <translation>--year 需要一个年份，例如 2012</translation>
    </message>
    <message>
        <source>--%1 needs a date like 2012-06-07</source>
        <translation>--%1 需要一个日期，例如 2012-06-07</translation>
    </message>
    <message>
        <source>--page-size must be A4, A5 or 16k</source>
        <translation>--page-size 只能是 A4、A5 或 16k</translation>
    </message>
    <message>
        <source>export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>QQ Space memories</source>
        <translation>QQ空间的回忆</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败了</translation>
    </message>
    <message>
        <source>Exported %1, %2, %3 to %4</source>
        <translation>已导出 %1、%2、%3 到 %4</translation>
    </message>
    <message numerus="yes">
        <source>%n memories</source>
        <translation><numerusform>%n 条回忆</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n photos</source>
        <translation><numerusform>%n 张照片</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation><numerusform>%n 页</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n PDF pages</source>
        <translation><numerusform>%n 页 PDF</numerusform></translation>
    </message>
</context>
<context>
    <name>ks::cli::ExportPhotos</name>
    <message>
        <source>the word photos</source>
        <translation>照片（photos 这个词）</translation>
    </message>
    <message>
        <source>the folder the copies go to (made when needed)</source>
        <translation>副本存放的文件夹（不存在时会自动创建）</translation>
    </message>
    <message>
        <source>album: a folder per album (else per year); month: a folder per month; flat: one folder.</source>
        <translation>album：每个相册一个文件夹（没有相册的按年份）；month：每个月一个文件夹；flat：全部放在一个文件夹里。</translation>
    </message>
    <message>
        <source>Copy the photos out of the library as files that carry their date and words.
JPEGs get the date (EXIF DateTimeOriginal, unless the camera wrote one), the text of the post or photo and the album in their EXIF; PNG, GIF and other pictures are copied unchanged with an .xmp file beside them. Each file's modification time is its date. Existing files are never replaced, and the library is only read.</source>
        <translation>把照片从资料库里复制出来，每个文件都带着它的日期和文字。
JPEG 的 EXIF 里会写入日期（EXIF DateTimeOriginal，相机已写过的保持不变）、说说或照片的文字以及相册名；PNG、GIF 等其他图片原样复制，旁边附一个 .xmp 文件。每个文件的修改时间就是它的日期。已有的文件绝不会被覆盖，资料库只读不写。</translation>
    </message>
    <message>
        <source>usage: keepsake export photos OUT [--year Y] [--from DATE] [--to DATE] [--tag T] [--person P] [--query Q] [--layout album|month|flat] [--library DIR]</source>
        <translation>用法：keepsake export photos 输出文件夹 [--year 年份] [--from 日期] [--to 日期] [--tag 标签] [--person 人] [--query 词语] [--layout album|month|flat] [--library 资料库文件夹]</translation>
    </message>
    <message>
        <source>--layout must be album, month or flat</source>
        <translation>--layout 只能是 album、month 或 flat</translation>
    </message>
    <message>
        <source>%1 is a file; the photos need a folder</source>
        <translation>%1 是一个文件；照片需要一个文件夹</translation>
    </message>
    <message>
        <source>export photos</source>
        <translation>导出照片</translation>
    </message>
    <message>
        <source>not exported: %1</source>
        <translation>未导出：%1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n photos exported to %1.</source>
        <translation><numerusform>已导出 %n 张照片到 %1。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n photos could not be exported (named above).</source>
        <translation><numerusform>%n 张照片无法导出（见上方列出的名字）。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n photos skipped: never in the library (see keepsake problems).</source>
        <translation><numerusform>跳过了 %n 张照片：资料库里从来没有它们（见 keepsake problems）。</numerusform></translation>
    </message>
    <message>
        <source>Stopped: the photos written so far are complete.</source>
        <translation>已停止：已经写出的照片都是完整的。</translation>
    </message>
</context>
<context>
    <name>ks::cli::Import</name>
    <message>
        <source>Export folders or archives.</source>
        <translation>导出文件夹或压缩包。</translation>
    </message>
    <message>
        <source>Import QQ Space exports into the library.</source>
        <translation>把QQ空间的导出内容导入资料库。</translation>
    </message>
    <message>
        <source>name at least one folder or archive to import</source>
        <translation>请至少指定一个要导入的文件夹或压缩包</translation>
    </message>
    <message>
        <source>another import into this library is running (%1); waiting for it to finish. Ctrl-C stops waiting.</source>
        <translation>这个资料库正在进行另一个导入（%1）；正在等它完成。按 Ctrl-C 可以不再等待。</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged — %4</source>
        <translation>新增 %1，更新 %2，未变 %3 — %4</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>已导入 %1</translation>
    </message>
    <message>
        <source>formats: %1</source>
        <translation>格式：%1</translation>
    </message>
    <message>
        <source>added %1, updated %2, unchanged %3</source>
        <translation>新增 %1，更新 %2，未变 %3</translation>
    </message>
    <message>
        <source>media files stored %1, missing %2</source>
        <translation>已保存媒体文件 %1 个，缺失 %2 个</translation>
    </message>
    <message>
        <source>problems: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>… and %1 more (keepsake problems)</source>
        <translation>… 还有 %1 个（见 keepsake problems）</translation>
    </message>
    <message>
        <source>stopped by a signal; what was complete is kept. Import again to finish.</source>
        <translation>收到停止信号，导入已停止；已经完成的部分都保留着。再导入一次就能完成。</translation>
    </message>
</context>
<context>
    <name>ks::cli::List</name>
    <message>
        <source>Only memories of this kind.</source>
        <translation>只列出这一类回忆。</translation>
    </message>
    <message>
        <source>Every memory, one JSON object per line.</source>
        <translation>列出每一条回忆，每行一个 JSON 对象。</translation>
    </message>
    <message>
        <source>unknown kind %1</source>
        <translation>没有 %1 这一类回忆</translation>
    </message>
</context>
<context>
    <name>ks::cli::Privacy</name>
    <message>
        <source>For sharing: friends become Friend A, Friend B…, their comments, message board notes, visits and avatars stay out, no QQ number is written, what the source marks private stays out, and photos lose their GPS.</source>
        <translation>用于分享：好友变成“好友 A”“好友 B”……，不导出他们的评论、留言、来访和头像，不写任何QQ号，不导出标为私密的内容，照片去掉GPS位置。</translation>
    </message>
    <message>
        <source>With --privacy: keep friends' names, comments and message board notes (never their QQ numbers).</source>
        <translation>与 --privacy 一起用：保留好友的名字、评论和留言（QQ号仍然不写）。</translation>
    </message>
    <message>
        <source>With --privacy: keep private diaries, private albums, secret notes and private comments.</source>
        <translation>与 --privacy 一起用：保留私密日记、私密相册、悄悄话和私密评论。</translation>
    </message>
</context>
<context>
    <name>ks::cli::Problems</name>
    <message>
        <source>Files the imports could not use, and why.</source>
        <translation>导入时无法使用的文件，以及原因。</translation>
    </message>
</context>
<context>
    <name>ks::cli::Rebuild</name>
    <message>
        <source>Rebuild even though the database opens (its memories, comments and tags are then only in the file moved aside).</source>
        <translation>即使数据库能打开也重建（那样的话，它的回忆、评论和标签就只留在被移到一旁的文件里）。</translation>
    </message>
    <message>
        <source>Rebuild a lost or broken library database from the files in the vault: the old keepsake.db is moved aside as keepsake.db.broken-&lt;time&gt; (never deleted) and every vault file comes back as a loose photo.</source>
        <translation>用保险库里的文件重建丢失或损坏的资料库数据库：旧的 keepsake.db 会改名为 keepsake.db.broken-&lt;时间&gt; 留在一旁（绝不删除），保险库里的每个文件都会作为零散的照片回来。</translation>
    </message>
    <message>
        <source>the library at %1 is read-only: it cannot be rebuilt in place. Copy the folder to a writable disk and rebuild the copy.</source>
        <translation>位于 %1 的资料库是只读的，无法就地重建。请把这个文件夹复制到可以写入的磁盘上，再重建那份副本。</translation>
    </message>
    <message>
        <source>the library database %1 opens normally: nothing to rebuild. (--force rebuilds it anyway from the vault; memories, comments and tags would then be only in the file moved aside.)</source>
        <translation>资料库的数据库 %1 能正常打开，不需要重建。（加上 --force 仍会用保险库重建；那样的话，回忆、评论和标签就只留在被移到一旁的文件里。）</translation>
    </message>
    <message>
        <source>%1: open it with that version instead.</source>
        <translation>%1：请改用那个版本打开它。</translation>
    </message>
    <message>
        <source>the old database is kept as %1</source>
        <translation>旧的数据库保留为 %1</translation>
    </message>
    <message>
        <source>Rebuilt the library at %1 from its vault</source>
        <translation>已用保险库重建位于 %1 的资料库</translation>
    </message>
    <message numerus="yes">
        <source>recovered %n files (%1 photos and videos on the wall, %2 other files kept as media)</source>
        <translation><numerusform>恢复了 %n 个文件（%1 张照片和视频回到回忆墙上，其余 %2 个文件作为媒体保存）</numerusform></translation>
    </message>
    <message>
        <source>not recovered: %1: %2</source>
        <translation>未能恢复：%1：%2</translation>
    </message>
</context>
<context>
    <name>ks::cli::Review</name>
    <message>
        <source>Year in review %1</source>
        <translation>%1 年度回顾</translation>
    </message>
    <message>
        <source>First post</source>
        <translation>第一条说说</translation>
    </message>
    <message>
        <source>Last post</source>
        <translation>最后一条说说</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>写得最长的</translation>
    </message>
    <message>
        <source>Most commented</source>
        <translation>评论最多的</translation>
    </message>
    <message>
        <source>Busiest day</source>
        <translation>最热闹的一天</translation>
    </message>
    <message>
        <source>Busiest month</source>
        <translation>最热闹的月份</translation>
    </message>
    <message>
        <source>Commented most</source>
        <translation>评论最多的朋友</translation>
    </message>
    <message>
        <source>Left the most notes</source>
        <translation>留言最多的朋友</translation>
    </message>
    <message>
        <source>Emoticons</source>
        <translation>表情</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>去过的地方</translation>
    </message>
    <message>
        <source>The year.</source>
        <translation>年份。</translation>
    </message>
    <message>
        <source>Also write the review as one tall picture (PNG) to share.</source>
        <translation>同时把年度回顾存成一张长图（PNG），方便分享。</translation>
    </message>
    <message>
        <source>The picture's look: %1 (default %2).</source>
        <translation>长图的样式：%1（默认 %2）。</translation>
    </message>
    <message>
        <source>A year in review (年度回顾).</source>
        <translation>年度回顾。</translation>
    </message>
    <message>
        <source>usage: keepsake review YEAR [--json] [--image OUT.png] [--theme NAME]</source>
        <translation>用法：keepsake review 年份 [--json] [--image 输出.png] [--theme 样式]</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Wrote %1 (%2×%3)</source>
        <translation>已写入 %1（%2×%3）</translation>
    </message>
</context>
<context>
    <name>ks::cli::Search</name>
    <message>
        <source>Words to find (all of them), "an exact phrase", -excluded, tag:旅行, year:2009, from:老王, with:老王, kind:post, has:photo, after:2009-06, before:2010.</source>
        <translation>要查找的词语（必须全部包含）、"完整的短语"、-要排除的词，以及 tag:旅行、year:2009、from:老王、with:老王、kind:post、has:photo、after:2009-06、before:2010。</translation>
    </message>
    <message>
        <source>Find memories, newest first: one per line, with a snippet.</source>
        <translation>查找回忆，最新的在前：每行一条，附带一段摘录。</translation>
    </message>
    <message>
        <source>give something to search for</source>
        <translation>请给出要查找的内容</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>（没有日期）</translation>
    </message>
    <message numerus="yes">
        <source>%n memories</source>
        <translation><numerusform>%n 条回忆</numerusform></translation>
    </message>
</context>
<context>
    <name>ks::cli::Stats</name>
    <message>
        <source>post</source>
        <translation>说说</translation>
    </message>
    <message>
        <source>blog</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>diary</source>
        <translation>日记</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>album</source>
        <translation>相册</translation>
    </message>
    <message>
        <source>video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>board</source>
        <translation>留言板</translation>
    </message>
    <message>
        <source>favorite</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>share</source>
        <translation>分享</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Counts of what the library holds.</source>
        <translation>统计资料库里有多少内容。</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>资料库：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Comments: %1</source>
        <translation>评论：%1</translation>
    </message>
    <message>
        <source>People: %1</source>
        <translation>人物：%1</translation>
    </message>
    <message>
        <source>Media files: %1 (%2 bytes), missing %3</source>
        <translation>媒体文件：%1 个（%2 字节），缺失 %3 个</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>Memories: %1, photos %2, videos %3 (as the app counts them)</source>
        <translation>回忆：%1 条，照片 %2 张，视频 %3 个（与程序窗口里的计数一致）</translation>
    </message>
</context>
<context>
    <name>ks::cli::Tag</name>
    <message>
        <source>usage: keepsake tag add|remove TAG --key KEY…   |   keepsake tag list [--json]
       keepsake tag rename TAG NEWNAME | move TAG NEWPARENT|/ | merge TAG INTOTAG | delete TAG
       keepsake tag color TAG COLOR|none</source>
        <translation>用法：keepsake tag add|remove 标签 --key 键…   |   keepsake tag list [--json]
      keepsake tag rename 标签 新名字 | move 标签 新的上级标签|/ | merge 标签 并入的标签 | delete 标签
      keepsake tag color 标签 颜色|none</translation>
    </message>
    <message>
        <source>add, remove, list, rename, move, merge, delete or color.</source>
        <translation>add（添加）、remove（移除）、list（列出）、rename（改名）、move（移动）、merge（合并）、delete（删除）或 color（颜色）。</translation>
    </message>
    <message>
        <source>A tag path, like 旅行/2009 北京.</source>
        <translation>标签路径，例如 旅行/2009 北京。</translation>
    </message>
    <message>
        <source>A memory key (post:&lt;tid&gt;, photo:&lt;picKey&gt;…); repeatable.</source>
        <translation>回忆的键（post:&lt;tid&gt;、photo:&lt;picKey&gt;…）；可以写多个。</translation>
    </message>
    <message>
        <source>Organise memories with tags.</source>
        <translation>用标签整理回忆。</translation>
    </message>
    <message>
        <source>say what to do</source>
        <translation>请说明要做什么</translation>
    </message>
    <message>
        <source>unknown action %1</source>
        <translation>没有 %1 这个操作</translation>
    </message>
    <message>
        <source>name a tag</source>
        <translation>请指定一个标签</translation>
    </message>
    <message>
        <source>name the memories with --key KEY</source>
        <translation>请用 --key 键 指定回忆</translation>
    </message>
    <message>
        <source>no memory with the key %1</source>
        <translation>没有键为 %1 的回忆</translation>
    </message>
    <message>
        <source>no tag %1</source>
        <translation>没有 %1 这个标签</translation>
    </message>
    <message numerus="yes">
        <source>tagged %n memories with %1</source>
        <translation><numerusform>已给 %n 条回忆加上标签 %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>untagged %n memories from %1</source>
        <translation><numerusform>已从 %n 条回忆上去掉标签 %1</numerusform></translation>
    </message>
    <message>
        <source>give a colour (#e06c75, red, none)</source>
        <translation>请给出一种颜色（#e06c75、red、none）</translation>
    </message>
    <message>
        <source>%1 needs a second argument</source>
        <translation>%1 还需要第二个参数</translation>
    </message>
</context>
<context>
    <name>ks::cli::Verify</name>
    <message>
        <source>Check presence and size only, not the SHA-256 of every file.</source>
        <translation>只检查文件是否存在、大小是否正确，不计算每个文件的 SHA-256。</translation>
    </message>
    <message>
        <source>Check that every file in the vault is present and unchanged.</source>
        <translation>检查保险库里的每个文件是否都在、都没有改变。</translation>
    </message>
    <message numerus="yes">
        <source>checked %1 of %n files</source>
        <translation><numerusform>已检查 %1 / %n 个文件</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n unfinished files an interrupted import left behind</source>
        <translation><numerusform>已删除中断的导入留下的 %n 个未完成的文件</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Checked %n files (%1 bytes): %2</source>
        <translation><numerusform>检查了 %n 个文件（%1 字节）：%2</numerusform></translation>
    </message>
    <message>
        <source>all intact</source>
        <translation>全部完好</translation>
    </message>
    <message>
        <source>PROBLEMS FOUND</source>
        <translation>发现问题</translation>
    </message>
</context>
</TS>