<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>Keepsake</source>
        <translation>时光匣</translation>
    </message>
    <message>
        <source>The library at %1 cannot be opened:
%2</source>
        <translation>无法打开位于 %1 的资料库：
%2</translation>
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
</context>
</TS>