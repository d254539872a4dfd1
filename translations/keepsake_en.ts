<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>LibraryOpen</name>
    <message>
        <source>Keepsake</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The library could not be rebuilt:
%1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Recovered %n file(s) from the vault.</source>
        <translation><numerusform>Recovered %n file from the vault.</numerusform><numerusform>Recovered %n files from the vault.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) did not match their names and were left in the vault untouched.</source>
        <translation><numerusform>%n file did not match their names and were left in the vault untouched.</numerusform><numerusform>%n files did not match their names and were left in the vault untouched.</numerusform></translation>
    </message>
    <message>
        <source>The damaged database is kept as %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Library rebuilt</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The library database %1 is missing, but the vault beside it still holds %n file(s).</source>
        <translation><numerusform>The library database %1 is missing, but the vault beside it still holds %n file.</numerusform><numerusform>The library database %1 is missing, but the vault beside it still holds %n files.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The library database %1 is empty (0 bytes), but the vault beside it still holds %n file(s).</source>
        <translation><numerusform>The library database %1 is empty (0 bytes), but the vault beside it still holds %n file.</numerusform><numerusform>The library database %1 is empty (0 bytes), but the vault beside it still holds %n files.</numerusform></translation>
    </message>
    <message>
        <source>The library at %1 is read-only and was made by an older version of Keepsake, which must update it before it can be shown. Copy the library folder to a writable disk and open the copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The library at %1 cannot be opened:
%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The library database is lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing has been changed. If you have a backup of your library, open it. Or rebuild the library from the vault: every photo and video in it comes back, as loose photos; posts, blogs, comments and tags were kept only in the database and cannot be recovered from the vault. The damaged database file is kept beside the new one, never deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Rebuild from the Vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a &amp;Backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a Library Backup</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ks::BookDialog</name>
    <message>
        <source>Memory Book</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 (%n memories)</source>
        <translation><numerusform>%1 (%n memory)</numerusform><numerusform>%1 (%n memories)</numerusform></translation>
    </message>
    <message>
        <source>Year:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All memories of the year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the tag:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>16K (185 × 260 mm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page size:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> mm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Margins:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Extra picture around each page that a print shop trims off (usually 3 mm).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bleed:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subtitle:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another picture…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cover photo:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cover photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cover: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation><numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
    <message>
        <source>Memory Book — Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the Memory Book</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Making the memory book…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the memory book</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The book could not be written: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n pages).</source>
        <translation><numerusform>Saved %1 (%n page).</numerusform><numerusform>Saved %1 (%n pages).</numerusform></translation>
    </message>
</context>
<context>
    <name>ks::CommentDelegate</name>
    <message>
        <source>Someone</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ks::ContentBrowser</name>
    <message>
        <source>This picture is not in the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Picture not kept by the export</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ks::DetailData</name>
    <message>
        <source>Unknown time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MMM d, yyyy HH:mm</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ks::EmptyStateWidget</name>
    <message>
        <source>Your QQ Space memories belong here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drag a QQ Space export folder or its .zip file onto this window.
Keepsake copies everything into your own library and never changes the original files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose an export folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Look at the sample first</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ks::ExportDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offline web site (HTML)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A date range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Memories containing words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the wall shows now (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Memories:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 (%n memories)</source>
        <translation><numerusform>%1 (%n memory)</numerusform><numerusform>%1 (%n memories)</numerusform></translation>
    </message>
    <message>
        <source>Year:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From – to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tag path, person's name or QQ number, or words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also copy the original photo files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>16K (185 × 260 mm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page size:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Exported %n memories to %1.</source>
        <translation><numerusform>Exported %n memory to %1.</numerusform><numerusform>Exported %n memories to %1.</numerusform></translation>
    </message>
    <message>
        <source>Folder for the web site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting the web site…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Memories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a file. Choose a folder for the web site.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a folder. Choose a file name for the PDF.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder %1 is not empty. Write the site into it anyway?

Files with the same names are replaced; the other files stay.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write into It</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ks::ImportProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopping safely…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 files · %2 new · %3 updated · %4 unchanged · %5 · %6 problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another import into this library is running. Keepsake waits for it to finish and then goes on; Cancel stops waiting.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ks::MainWindow</name>
    <message>
        <source>Keepsake — QQ Space memories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import &amp;Archive (.zip)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the &amp;Sample Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow the System</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import &amp;Problems…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Library &amp;Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Keepsake</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The library is empty</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n memories</source>
        <translation><numerusform>%n memory</numerusform><numerusform>%n memories</numerusform></translation>
    </message>
    <message>
        <source>Choose a QQ Space export folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a QQ Space export archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archives (*.zip *.7z *.tar *.tar.gz *.tgz);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sample</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sample export is missing from this build.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An import is already running. Please wait for it to end.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import was cancelled. What was read so far is kept; import the same folder again to finish.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing could be imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import finished.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New: %1   Updated: %2   Unchanged: %3</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n file(s) need attention.</source>
        <translation><numerusform>%n file needs attention.</numerusform><numerusform>%n files need attention.</numerusform></translation>
    </message>
    <message>
        <source>Import problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No problems: every file was read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These files could not be used as they are. Everything else was imported; damaged pictures are still kept in the library.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Keepsake</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;Keepsake (时光匣) %1&lt;/h3&gt;&lt;p&gt;Turns QQ Space export folders into a lasting, living archive of your memories: 说说, 日志, photos, 留言板 and more, kept safely on your own computer.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An import is still running. Stop it and quit? What was imported so far is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Memory wall</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On this day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Posts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blogs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Diaries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Videos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Favorites</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shares</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visitors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Oldest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Newest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change the order of the wall</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the whole wall again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only: %1  ✕</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n on the wall</source>
        <translation><numerusform>%n on the wall</numerusform><numerusform>%n on the wall</numerusform></translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save This Search…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Memory &amp;Book…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved searches</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n memories match “%1”</source>
        <translation><numerusform>%n memory matches “%1”</numerusform><numerusform>%n memories match “%1”</numerusform></translation>
    </message>
    <message>
        <source>Select memories on the wall first (click, Ctrl+click, Shift+click).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Tags for %n memories…</source>
        <translation><numerusform>Tags for %n memory…</numerusform><numerusform>Tags for %n memories…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Export %n memories…</source>
        <translation><numerusform>Export %n memory…</numerusform><numerusform>Export %n memories…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation><numerusform>%n selected</numerusform><numerusform>%n selected</numerusform></translation>
    </message>
    <message>
        <source>Keepsake — QQ Space memories (read-only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The library at %1 is read-only (a backup disk, a DVD or a folder you cannot write to). You can look through it, search it and export from it, but nothing can be imported into it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ks::MemoryCardDelegate</name>
    <message>
        <source>Post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Diary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Album</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message board</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Favorite</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>[emoticon]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Uploaded %n photo(s)</source>
        <translation><numerusform>Uploaded %n photo</numerusform><numerusform>Uploaded %n photos</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Uploaded %n photo(s) to 《%1》</source>
        <translation><numerusform>Uploaded %n photo to 《%1》</numerusform><numerusform>Uploaded %n photos to 《%1》</numerusform></translation>
    </message>
    <message>
        <source>visited your space</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comments %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Likes %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation><numerusform>%n photo</numerusform><numerusform>%n photos</numerusform></translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n memories</source>
        <translation><numerusform>%n memory</numerusform><numerusform>%n memories</numerusform></translation>
    </message>
    <message>
        <source>No poster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Picture missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Picture damaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>QQ placeholder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot show this picture</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ks::MemoryDetailView</name>
    <message>
        <source>Post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Diary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Album</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message board</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Favorite</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comments (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No comments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Someone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 left a message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reposted from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Play video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 more not in this export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Album: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n like(s)</source>
        <translation><numerusform>%n like</numerusform><numerusform>%n likes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation><numerusform>%n comment</numerusform><numerusform>%n comments</numerusform></translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n read(s)</source>
        <translation><numerusform>%n read</numerusform><numerusform>%n reads</numerusform></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ks::OnThisDayBanner</name>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation><numerusform>%n year ago</numerusform><numerusform>%n years ago</numerusform></translation>
    </message>
    <message>
        <source>On this day</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n memories</source>
        <translation><numerusform>%n memory</numerusform><numerusform>%n memories</numerusform></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n year(s) ago today: %1</source>
        <translation><numerusform>%n year ago today: %1</numerusform><numerusform>%n years ago today: %1</numerusform></translation>
    </message>
    <message>
        <source>Open ›</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ks::OnThisDayModel</name>
    <message numerus="yes">
        <source>%n year(s) ago today</source>
        <translation><numerusform>%n year ago today</numerusform><numerusform>%n years ago today</numerusform></translation>
    </message>
</context>
<context>
    <name>ks::OnThisDayPage</name>
    <message>
        <source>On this day · %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MMMM d</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Nothing on this exact day in earlier years, so this shows the memories within ±%n day(s) of it.</source>
        <translation><numerusform>Nothing on this exact day in earlier years, so this shows the memories within ±%n day of it.</numerusform><numerusform>Nothing on this exact day in earlier years, so this shows the memories within ±%n days of it.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n memories from this day in earlier years. Right-click one to stop showing a person, a date or a tag here.</source>
        <translation><numerusform>%n memory from this day in earlier years. Right-click one to stop showing a person, a date or a tag here.</numerusform><numerusform>%n memories from this day in earlier years. Right-click one to stop showing a person, a date or a tag here.</numerusform></translation>
    </message>
    <message>
        <source>Nothing from this day in earlier years.
Come back tomorrow.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide %1 from On This Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide the tag “%1” from On This Day</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ks::PeopleModel</name>
    <message>
        <source>QQ %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Friends since %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also known as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Likes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Names over time</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ks::PeoplePage</name>
    <message>
        <source>Memories with %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation><numerusform>%n person</numerusform><numerusform>%n people</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n people</source>
        <translation><numerusform>%1 of %n person</numerusform><numerusform>%1 of %n people</numerusform></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by name, remark, group or QQ number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click someone to see every memory they took part in.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ks::PhotoViewer</name>
    <message>
        <source>Previous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom Out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom In</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1:1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full Screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Play video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is nothing to show.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This video is not in the library: the export did not contain it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This photo is not in the library: the export did not contain the file%1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This file is damaged and cannot be shown: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This file is damaged; what could be read of it is shown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>QQ Space served a placeholder instead of this photo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown (no EXIF date)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uploaded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dimensions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Location (GPS)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Original file name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Album</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Path in the export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source export file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missing from the export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Damaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Placeholder picture</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ks::SavedSearchList</name>
    <message>
        <source>Save Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name of the saved search:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename Saved Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ks::SearchBar</name>
    <message>
        <source>&lt;p&gt;Type any words: memories holding all of them appear as you type. Any run of characters is found, even a single one.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;"exact phrase"&lt;/code&gt;&lt;/td&gt;&lt;td&gt;words together, spaces included&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;-word&lt;/code&gt;&lt;/td&gt;&lt;td&gt;without this word&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;tag:旅行&lt;/code&gt;&lt;/td&gt;&lt;td&gt;tagged 旅行 or a tag below it&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;year:2009&lt;/code&gt;&lt;/td&gt;&lt;td&gt;from 2009 (or year:2008-2010)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;after:2009-06 before:2010&lt;/code&gt;&lt;/td&gt;&lt;td&gt;between dates&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;from:老王&lt;/code&gt;&lt;/td&gt;&lt;td&gt;written by 老王&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;with:老王&lt;/code&gt;&lt;/td&gt;&lt;td&gt;written by, commented on by or mentioning 老王&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;kind:post&lt;/code&gt;&lt;/td&gt;&lt;td&gt;说说 (also blog, diary, photo, album, video, board)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;has:photo&lt;/code&gt;&lt;/td&gt;&lt;td&gt;with photos (also video, comment, location)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search your memories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type any words, even a single character. Click ? for more ways to search.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How to search</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ks::StatisticsPage</name>
    <message numerus="yes">
        <source>%1: %n memories</source>
        <translation><numerusform>%1: %n memory</numerusform><numerusform>%1: %n memories</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation><numerusform>%n comment</numerusform><numerusform>%n comments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation><numerusform>%n message</numerusform><numerusform>%n messages</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n memories</source>
        <translation><numerusform>%n memory</numerusform><numerusform>%n memories</numerusform></translation>
    </message>
    <message>
        <source>The library is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 memories from %2 to %3 · %4 photos · %5 comments</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 %2: %n memories</source>
        <translation><numerusform>%1 %2: %n memory</numerusform><numerusform>%1 %2: %n memories</numerusform></translation>
    </message>
    <message>
        <source>Memories per month in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Memories per month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Memories per year (click a year to see its months)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Most active friends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Busiest days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Friend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Memories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ddd, MMM d, yyyy</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ks::TagEditorDialog</name>
    <message>
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Tags of %n Memories</source>
        <translation><numerusform>Tags of %n Memory</numerusform><numerusform>Tags of %n Memories</numerusform></translation>
    </message>
    <message>
        <source>Add a tag, like 旅行/2009 北京</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of the %2 memories have this tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suggested:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The album</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A #topic# in the text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Someone mentioned or commenting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The tags could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ks::TagSidebar</name>
    <message>
        <source>There is no tag %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Tag…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Tag Inside “%1”…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colour…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge Into…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move to the Top Level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name (use / for levels, like 旅行/2009 北京):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name inside %1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename Tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New name for %1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colour of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge Tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge %1 into (its memories and sub-tags move there):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the tag %1 and the tags inside it? The memories themselves stay.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the tag %1? The memories themselves stay.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete Tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No tags yet. Select memories on the wall and press Ctrl+T, or right-click here.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ks::TagTreeModel</name>
    <message>
        <source>Tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Memories</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ks::VideoPlayer</name>
    <message>
        <source>Pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full Screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Video — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This video is not in the library: the export did not contain the file%1.
Import the export's media folder to add it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Press Play to watch this video.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This video cannot be played: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This video cannot be played: the file is damaged or in a format this system cannot decode.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The picture of this video cannot be shown: this computer has no decoder for it%1.
Install the package gstreamer1.0-libav, then restart Keepsake.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Videos cannot be played on this computer: the GStreamer plugins that decode them are not installed.
Install the packages gstreamer1.0-plugins-good, gstreamer1.0-plugins-bad and gstreamer1.0-libav, then restart Keepsake.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ks::YearScrubber</name>
    <message>
        <source>Unknown date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>