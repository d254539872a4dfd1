<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <name>ks::DetailData</name>
    <message>
        <source>Unknown time</source>
        <translation>时间未知</translation>
    </message>
    <message>
        <source>MMM d, yyyy HH:mm</source>
        <translation>yyyy年M月d日 HH:mm</translation>
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
        <source>%n file(s) need attention.</source>
        <translation><numerusform>有 %n 个文件需要留意。</numerusform></translation>
    </message>
    <message>
        <source>Import problems</source>
        <translation>导入问题</translation>
    </message>
    <message>
        <source>No problems: every file was read.</source>
        <translation>没有问题：每个文件都读取成功。</translation>
    </message>
    <message>
        <source>These files could not be used as they are. Everything else was imported; damaged pictures are still kept in the library.</source>
        <translation>这些文件无法按原样使用。其余内容都已导入；损坏的图片也仍然保存在资料库里。</translation>
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
    <message>
        <source>Only: %1  ✕</source>
        <translation>只看：%1  ✕</translation>
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
        <source>%1 more not in this export</source>
        <translation>还有 %1 个不在这份导出里</translation>
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
        <translation><numerusform>%n 人赞过</numerusform></translation>
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
        <source>Nothing on this exact day in earlier years, so this shows the memories within ±%n day(s) of it.</source>
        <translation><numerusform>往年的这一天没有回忆，所以这里显示前后 %n 天之内的回忆。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n memories from this day in earlier years. Right-click one to stop showing a person, a date or a tag here.</source>
        <translation><numerusform>往年的这一天共有 %n 条回忆。右键点击一条，可以不再在这里显示某个人、某个日期或某个标签。</numerusform></translation>
    </message>
    <message>
        <source>Nothing from this day in earlier years.
Come back tomorrow.</source>
        <translation>往年的这一天没有回忆。
明天再来看看吧。</translation>
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
</context>
<context>
    <name>ks::PeoplePage</name>
    <message>
        <source>Memories with %1</source>
        <translation>和 %1 有关的回忆</translation>
    </message>
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
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
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
        <source>Original file name</source>
        <translation>原文件名</translation>
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
        <source>Path in the export</source>
        <translation>在导出中的路径</translation>
    </message>
    <message>
        <source>Source export file</source>
        <translation>来源导出文件</translation>
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
</context>
</TS>