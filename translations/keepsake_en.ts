<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BookExporter</name>
    <message>
        <source>Our memories of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>QQ Space</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1's QQ Space</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Our story</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Our story: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Friends since %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BookLayout</name>
    <message numerus="yes">
        <source>%n memories</source>
        <translation><numerusform>%n memory</numerusform><numerusform>%n memories</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n photos</source>
        <translation><numerusform>%n photo</numerusform><numerusform>%n photos</numerusform></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MMMM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yyyy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Photo missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dddd, MMMM d HH:mm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> replied</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>… and %n more comment(s)</source>
        <translation><numerusform>… and %n more comment</numerusform><numerusform>… and %n more comments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Uploaded %n photo(s)</source>
        <translation><numerusform>Uploaded %n photo</numerusform><numerusform>Uploaded %n photos</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Uploaded %n photo(s) to 《%1》</source>
        <translation><numerusform>Uploaded %n photo to 《%1》</numerusform><numerusform>Uploaded %n photos to 《%1》</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>(%n photo(s) in all; %1 chosen here)</source>
        <translation><numerusform>(%n photo in all; %1 chosen here)</numerusform><numerusform>(%n photos in all; %1 chosen here)</numerusform></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A message from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Album 《%1》</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cover</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Photo cannot be read</source>
        <translation type="unfinished" />
    </message>
</context>
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
    <message>
        <source>Rebuilding the library from the vault…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ks::Appearance</name>
    <message>
        <source>T&amp;heme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text &amp;Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Larger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Smaller</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Default Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Classic QQ Space</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warm Paper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>High Contrast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warm paper (brown accents)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Classic QQ Space (sky blue and yellow)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plain black and white</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ks::ArchiveExporter</name>
    <message>
        <source>the archive cannot be written into the library's own folder %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 holds an earlier archive; nothing was written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the folder %1 is not empty and holds no archive; nothing was written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a file; the archive needs a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the library cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the web site could not be written: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>memory %1 cannot be read from the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>memories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not a vault path; left out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot be copied (%2); left out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: damaged in the library (its content no longer matches its SHA-256; see keepsake verify); left out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>QQ Space memories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>QQ Space memories of %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n memories</source>
        <translation><numerusform>%n memory</numerusform><numerusform>%n memories</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n photos</source>
        <translation><numerusform>%n photo</numerusform><numerusform>%n photos</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n comments</source>
        <translation><numerusform>%n comment</numerusform><numerusform>%n comments</numerusform></translation>
    </message>
    <message>
        <source>An archive Keepsake wrote on %1: it needs no program to be read, and Keepsake imports it back as it was.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be read back: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>checksums</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, kept by Keepsake: an offline web site (data/index.html), every memory with its comments (data/memories.jsonl), the untouched source records (data/sources.jsonl) and the original files (data/vault/).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot create a folder beside %1 to write the archive in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the memories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What this folder holds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>site/ — the memories as web pages: open site/index.html in any browser, no program needed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>memories.jsonl — every memory, one JSON object a line, with its comments, tags and files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sources.jsonl — the records as the QQ Space exports wrote them, untouched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>vault/ — every original photo and video, named by its SHA-256.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>people.jsonl, tags.jsonl, accounts.json, files.jsonl, problems.jsonl — the people, tags, accounts and files, and what the imports found wrong.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keepsake reads this folder back: drop it on its window, or run keepsake import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot replace the empty folder %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot move the earlier archive %1 aside</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is there already; nothing was replaced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot rename the finished archive to %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ks::BagIt</name>
    <message>
        <source>line %1 of a manifest cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bagit.txt is missing or cannot be read: this is not a BagIt bag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bagit.txt does not declare BagIt-Version and Tag-File-Character-Encoding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the bag has no data folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>manifest-sha256.txt is missing or cannot be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the manifest names a file outside the payload: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
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
    <message>
        <source>Style:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start every month on a new page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Otherwise a short month follows the one before it on the same page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Months:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1×%2 pixels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This photo is %1×%2: it will print soft at this size, so the book places it smaller on the cover. A larger photo fills the cover.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Our Story as a Book</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Our story: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the book with the year in review</source>
        <translation type="unfinished" />
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
    <name>ks::DateCorrection</name>
    <message>
        <source>The library could not be changed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These memories have no date to shift; set one instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No photo of these memories carries a camera date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The dates are changed, but the wall could not be rebuilt; open the library again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no date change to undo.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ks::DateCorrectionDialog</name>
    <message>
        <source>Correct the Date</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Put the date of %n memories right. The date the backup had is kept as the original, and Edit → Undo Date Change puts it back.</source>
        <translation><numerusform>Put the date of %n memory right. The date the backup had is kept as the original, and Edit → Undo Date Change puts it back.</numerusform><numerusform>Put the date of %n memories right. The date the backup had is kept as the original, and Edit → Undo Date Change puts it back.</numerusform></translation>
    </message>
    <message>
        <source>&amp;Set the date to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;hift by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> y</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> mo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> d</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the &amp;camera's date from the photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date the camera wrote into the photo (EXIF), for memories with photos.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Originally: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change the Date</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Put back the date of %n memories.</source>
        <translation><numerusform>Put back the date of %n memory.</numerusform><numerusform>Put back the date of %n memories.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Changed the date of %n memories.</source>
        <translation><numerusform>Changed the date of %n memory.</numerusform><numerusform>Changed the date of %n memories.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n memories already had that date.</source>
        <translation><numerusform>%n memory already had that date.</numerusform><numerusform>%n memories already had that date.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Not shifted, as they have no date: %n memories. Set a date instead.</source>
        <translation><numerusform>Not shifted, as they have no date: %n memory. Set a date instead.</numerusform><numerusform>Not shifted, as they have no date: %n memories. Set a date instead.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Left as they were, with no photo that carries a camera date: %n memories.</source>
        <translation><numerusform>Left as they were, with no photo that carries a camera date: %n memory.</numerusform><numerusform>Left as they were, with no photo that carries a camera date: %n memories.</numerusform></translation>
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
    <message>
        <source>MMM d, yyyy</source>
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
    <name>ks::Export</name>
    <message>
        <source>Post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Private diary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Photo</source>
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
    <message>
        <source>Look of the site:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 holds an earlier archive. Replace it with the new one?

The earlier archive is removed once the new one is complete.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder %1 is not empty. Choose an empty or new folder for the archive.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a file. Choose a folder for the archive.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archive (BagIt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A folder that outlives Keepsake: the web site, every memory with its comments as JSON, the untouched source records and every original file, each with its checksum. Keepsake imports it back as it was.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The archive was written to %1, but %n files could not go into it, so it is incomplete:</source>
        <translation><numerusform>The archive was written to %1, but %n file could not go into it, so it is incomplete:</numerusform><numerusform>The archive was written to %1, but %n files could not go into it, so it is incomplete:</numerusform></translation>
    </message>
    <message>
        <source>Folder for the archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keepsake archive %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing the archive…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ks::HtmlExporter</name>
    <message>
        <source>Date unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MMMM d, yyyy HH:mm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MMMM d HH:mm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yyyy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MMMM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>[emoticon]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Video not exported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Photo cannot be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Photo missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Place: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Album 《%1》</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n like(s)</source>
        <translation><numerusform>%n like</numerusform><numerusform>%n likes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Comments (%n)</source>
        <translation><numerusform>Comments (%n)</numerusform><numerusform>Comments (%n)</numerusform></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous memory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next memory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>QQ Space memories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1's QQ Space</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n memories</source>
        <translation><numerusform>%n memory</numerusform><numerusform>%n memories</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n photos</source>
        <translation><numerusform>%n photo</numerusform><numerusform>%n photos</numerusform></translation>
    </message>
    <message>
        <source>exported on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search the exported text…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print all</source>
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
        <source>Exported by Keepsake · readable offline, no network needed</source>
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
    <message>
        <source>This library is read-only: it can be viewed, searched and exported, not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n folder(s) and file(s)</source>
        <translation><numerusform>%n folder and file</numerusform><numerusform>%n folders and files</numerusform></translation>
    </message>
    <message>
        <source>This library is read-only: %1 cannot be imported here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An import is running: drop %1 when it has finished.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drop to import %1 into this library.
The original files are never changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the filter %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tag: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export &amp;Photos…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Correct the date of %n memories…</source>
        <translation><numerusform>Correct the date of %n memory…</numerusform><numerusform>Correct the date of %n memories…</numerusform></translation>
    </message>
    <message>
        <source>Correct the &amp;Date…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo Date Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Ar&amp;chive…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select photos in the grid first (Ctrl+click, Shift+click, Ctrl+A).</source>
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
    <message numerus="yes">
        <source>%n more picture(s) not in this export</source>
        <translation><numerusform>%n more picture not in this export</numerusform><numerusform>%n more pictures not in this export</numerusform></translation>
    </message>
    <message>
        <source>%1 visited your QQ Space on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 visited your QQ Space.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Posts they looked at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blogs they read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Photos they looked at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shares they looked at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A friend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>your note: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>group: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>friends since %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>and %n earlier visit(s)</source>
        <translation><numerusform>and %n earlier visit</numerusform><numerusform>and %n earlier visits</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 came %n time(s)</source>
        <translation><numerusform>%1 came %n time</numerusform><numerusform>%1 came %n times</numerusform></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(corrected; originally %1)</source>
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
    <name>ks::OnThisDayNavigator</name>
    <message>
        <source>MMMM d</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nearest days with memories:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>← %1 · %n memories</source>
        <translation><numerusform>← %1 · %n memory</numerusform><numerusform>← %1 · %n memories</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n memories →</source>
        <translation><numerusform>%1 · %n memory →</numerusform><numerusform>%1 · %n memories →</numerusform></translation>
    </message>
    <message>
        <source>Visit a day:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visit a day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to today</source>
        <translation type="unfinished" />
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
        <source>%n memories from this day in earlier years. Right-click one to stop showing a person, a date or a tag here.</source>
        <translation><numerusform>%n memory from this day in earlier years. Right-click one to stop showing a person, a date or a tag here.</numerusform><numerusform>%n memories from this day in earlier years. Right-click one to stop showing a person, a date or a tag here.</numerusform></translation>
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
    <message numerus="yes">
        <source>Nothing on this exact day in earlier years. This week in earlier years: %n memories within ±%1 days of it.</source>
        <translation><numerusform>Nothing on this exact day in earlier years. This week in earlier years: %n memory within ±%1 days of it.</numerusform><numerusform>Nothing on this exact day in earlier years. This week in earlier years: %n memories within ±%1 days of it.</numerusform></translation>
    </message>
    <message>
        <source>Nothing from this day in earlier years, and nothing this week in earlier years either.
Visit one of the nearest days above, or pick any day.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ks::PageStack</name>
    <message>
        <source>‹ Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — Keepsake</source>
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
    <message>
        <source>d MMM yyyy</source>
        <extracomment>Date format of "friends since" (Qt's date format letters).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Friends since</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ks::PeoplePage</name>
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
    <message>
        <source>Filter people</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Our Story as a Book…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every memory the chosen friend took part in, in order, as a printable book</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Our story: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ks::PhotoCellDelegate</name>
    <message>
        <source>Unknown date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n photos</source>
        <translation><numerusform>%n photo</numerusform><numerusform>%n photos</numerusform></translation>
    </message>
    <message>
        <source>Picture missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot show this picture</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ks::PhotoExport</name>
    <message>
        <source>it could not be written to %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its JPEG structure cannot be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its camera's EXIF block leaves no room for the date and words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its EXIF block could not be written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its file is missing from the library's vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its file in the vault cannot be read (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its file in the vault is damaged (its content no longer matches)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the folder %1 could not be made</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every name for it in %1 is taken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the photos cannot be written into the library's own folder %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the QQ export did not contain this photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: QQ Space gave its "picture missing" image instead of this photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its file was already damaged when it was imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its PNG chunks cannot be read, so privacy mode cannot take its metadata out; it was left out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>privacy mode cannot take the metadata out of a %1 file; it was left out</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ks::PhotoExportDialog</name>
    <message>
        <source>Export Photos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copies of the photos, each with its date and the words of its post or album written into the file, so other photo programs sort them by when they were taken. The library itself is not changed.</source>
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
        <source>What the wall shows now (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Photos of:</source>
        <translation type="unfinished" />
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
        <source>Tag path, or a person's name or QQ number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A folder per album</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A folder per month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All in one folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folders:</source>
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
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder for the photos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting the photos…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n photos exported to %1.</source>
        <translation><numerusform>%n photo exported to %1.</numerusform><numerusform>%n photos exported to %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n photos could not be exported.</source>
        <translation><numerusform>%n photo could not be exported.</numerusform><numerusform>%n photos could not be exported.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n photos skipped: not in the QQ export.</source>
        <translation><numerusform>%n photo skipped: not in the QQ export.</numerusform><numerusform>%n photos skipped: not in the QQ export.</numerusform></translation>
    </message>
    <message>
        <source>%1 is a file. Choose a folder for the photos.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped: the photos written so far are complete.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The %n selected photo(s)</source>
        <translation><numerusform>The %n selected photo</numerusform><numerusform>The %n selected photos</numerusform></translation>
    </message>
</context>
<context>
    <name>ks::PhotoGridMode</name>
    <message>
        <source>&amp;Photo Grid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show every photo as a grid instead of the memory cards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>▦ Photo grid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show every photo as a grid (Ctrl+G)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Photo grid</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ks::PhotoGridModel</name>
    <message>
        <source>Photo, date unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Photo, %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ks::PhotoGridView</name>
    <message>
        <source>Photo grid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No photos here. The filters or the search leave none; the wall may still show other memories.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ks::PhotoSelectionBar</name>
    <message numerus="yes">
        <source>%n photo(s) selected</source>
        <translation><numerusform>%n photo selected</numerusform><numerusform>%n photos selected</numerusform></translation>
    </message>
    <message>
        <source>Tag…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correct the Date…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Photos…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✕ Clear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Let go of the selected photos (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear the selection</source>
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
        <source>Album</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
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
    <message>
        <source>Previous (←)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next (→)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show or hide the details (I)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In the export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read from</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ks::Privacy</name>
    <message>
        <source>Friend %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ks::PrivacyBox</name>
    <message>
        <source>For sharing: privacy mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Friends are shown as Friend A, Friend B…; their comments, message board notes, visits and avatars, every QQ number, what is marked private and the GPS of photos are left out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep friends' names, comments and message board notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep private diaries, private albums and secret notes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ks::Problem</name>
    <message>
        <source>not an archive Keepsake can read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the archive is damaged%1; the rest could not be unpacked: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> after the entry "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the archive holds more than %1 entries; the rest was not unpacked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the archive has more than %1 damaged entries; the rest was not unpacked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the archive is damaged after the entry "%1"; the rest could not be unpacked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the entry's path points outside the archive; it was not unpacked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>links inside archives are not followed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a regular file (device, pipe or socket)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the entry is encrypted; Keepsake cannot unpack it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the entry says it is %1 bytes, more than the %2 allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot create its folder while unpacking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write it while unpacking: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the entry is damaged in the archive%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (the %1 readable bytes were kept)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the entry is larger than the %1 bytes allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the archive unpacks to more than the %1 bytes allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the entry expands more than %1 times its packed size (a zip bomb?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the archive expands more than %1 times its packed size (a zip bomb?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1; it was not unpacked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>changed while read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write into the vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no 说说, 留言 or friend could be read from this folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>feed lines that are neither 说说, 转发 nor 留言 are not imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>another folder of this GetQzonehistory run holds more: %1 (%2); drop the whole resource folder to import it too</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every visible 说说 with its id and all comments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the 说说, 转发 and 留言 lists, the friends and the pictures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no msglist in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the spreadsheet is cut short (its zip directory is missing): the rows before the cut were imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no %1 column (the header is: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>评论 of the row of %1 is not a comment list: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of the pictures in pic/ match no row of the lists by name; they are kept without a post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 picture(s) named like this could belong to any of %2 rows whose text begins the same; they are kept without a post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a list of comments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the library could not be written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a link that leads outside the imported folder (to %1); it was not read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is larger than %1 MB; it was not read (the file itself is kept)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the file failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the import stopped: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no account is known for this record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the search index could not be updated (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not store %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an album without a name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a photo block without a picture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a 说说 block without its "&gt; yyyy-MM-dd hh:mm:ss" line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no "# title" and no "&gt; time" line: not a 日志 file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the 日志 names no time; imported without one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>text outside any 留言 block</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>留言 %1楼 lacks its author/time or 正文 line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a MarkDown file over 48 MB is not read (the file itself is kept)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>some bytes are not valid %1 text; they were replaced and the rest was read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is %1 text, not the UTF-8 QZoneExport writes: another program saved it again; it was read as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is empty (0 bytes): it was damaged or never written completely</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a picture path leads outside the export folder; it was not read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: %2; the rest of the file was read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot tell whose export this is: no QQ number in the folder name (QQ空间备份_&lt;QQ号&gt;) or in index.md</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no MarkDown file could be opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no item could be read from this MarkDown export (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the year files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is empty (0 bytes); its items were read from the year files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is empty (0 bytes); its items were read from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the other files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>some bytes are not valid %1 text and were replaced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is %1 text, saved again by another program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it ends in the middle of an item (cut off)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 item(s) found in %2 are missing from it; they were read from there</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 damaged item(s) in it were replaced by their intact copies in %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 block(s) could not be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is damaged: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a 访客 block without its "###### time" or visitor; kept as it is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file disappeared during the import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a regular file (a pipe, device or socket); skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the file failed part-way</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write into the vault (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot move a file into the vault (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — kept in the vault as it is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the export names this %1 but the file is not in the folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is empty (0 bytes); there is no picture to keep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file cannot be opened (no permission)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 pictures and videos named by this export are not in it: it holds only the text. Import the folder with the pictures (the media half of the same backup) to fill them in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected text after the value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nested too deeply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a value was expected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected character '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' was expected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>',' or '%1' was expected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'}' was expected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only string keys are supported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>':' was expected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>',' or '}' was expected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bad escape: %1 hex digits were expected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bad escape: code point out of range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unterminated string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line break inside a string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a number was expected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bad exponent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the data file holds no list of items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of the %2 entries in the data file are not items; they were skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a data file this importer knows; its contents were not read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 items are only in this light index (their data file is missing or unreadable): imported with the short text it holds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the data file holds no album</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot tell whose QQ Space this export is (no QQ number found)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its data files hold no items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none of its data files could be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no memories were imported from this qzone-archiver export: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the data file is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not JSON and not a JavaScript data assignment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no JSON value in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is neither UTF-8 nor GBK text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read the data file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the data file failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the data file holds more than %1 MB of data; it was not read (the file itself is kept)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a text of %1 bytes%2 at byte %3 is longer than the %4 MB kept per text: it was cut there (the whole file is kept)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (field "%1")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 more texts were cut</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of the %2 entries have fields of the wrong type (a list or object where a text or number belongs); what could be read was kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the backup names a file outside its folder: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a list of items (a JSON array or {"items": […]})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of the %2 entries are not JSON objects and were skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a failed-download record: line %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the full-size picture is not in the backup; its thumbnail %1 is kept instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; … and %1 more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 pictures and videos were never downloaded by Time-Machine; the backup keeps only their web addresses: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time-Machine could not download album photo %1 (%2), and no photo list names it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot tell whose QQ Space this backup is (no QQ number in meta.json, data/user.json or the folder name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no memories could be read from this Time-Machine backup; unusable data files: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the backup's data folder holds none of Time-Machine's data files (messages.json, blogs.json, photos/albums.json …)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the backup's data files hold no memories: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the folder cannot be opened (%1): nothing in it was imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a link to something that does not exist (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the library's disk is full (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the library is read-only (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the library is in use by another program (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the library's disk could not be written (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the library database is damaged (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the library database refused a write (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 说说 have more than 9 pictures but the file keeps only the first 9 of them (no QzoneExporter.shuoshuo_floatview): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the pictures past the 9th of %1 说说 cannot be read, only the first 9 are imported: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of the comments in the file are not comment objects; they were skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>data.comments is not a list of comments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>QzoneExporter.shuoshuo_floatview is not an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the saved picture list has no data (code %1: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>data.photos of the saved picture list is not a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the saved picture list holds no picture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown archive error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 (line %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a zip package: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>damaged zip package: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>too many entries for a spreadsheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 expands beyond %2 MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>damaged entry %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the package expands beyond %1 MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a spreadsheet: the package has no XML parts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a spreadsheet: %1 is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no sheet named %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no sheet %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: bad row number %2 (line %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: bad cell reference %2 (line %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: too many columns (line %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cell %2 names shared string %3, which does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no QQ column in sheet %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the library database %1 is %2 but the vault holds %3 files: the database was lost, this is not a new library. Open a backup of the library, or run `keepsake rebuild --library %4` to rebuild it from the vault (the broken file is kept)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>empty (0 bytes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the library folder %1 is read-only and holds no library database (%2), so no library can be created there</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot create the library folder %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read the read-only library database %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this library was written by a newer Keepsake (schema %1, this build knows %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the library at %1 is read-only and was written by an older Keepsake (schema %2; this build reads schema %3 and must upgrade the database first, which needs writing). Copy the library folder to a writable disk and open the copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing migration %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the library folder %1 cannot be written (read-only?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the import lock %1 cannot be made</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the vault file is gone (sha256 %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 bytes on disk, %2 recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>content hashes to %1, not %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no memory refers to this file (left by an interrupted import)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>video truncated or damaged: a part of the file runs past its end (at byte %1 of %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>video damaged: it has no movie header (moov), no player can open it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>file not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>QQ's small "image missing" picture, not the real photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JPEG damaged: the header ends before the image data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JPEG truncated (no end-of-image marker)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG truncated (no IEND chunk)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is named like a %1 but holds no picture or video Keepsake recognises (%2 bytes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the image cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>too large: the picture says it is %1 × %2 pixels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the library cannot be written: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no such file or folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a folder or an archive Keepsake can read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not a QQ Space export folder or archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the archive could not be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this looks like a %1 export, but no memories could be read from it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no QQ Space export or photos found here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: nothing could be imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cancelled while another import was running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read it: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its content hashes to %1, not to its name: the file is damaged in the library and was not copied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (nothing was written there)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is the library, inside it or around it: back up to another folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not empty and is not a Keepsake backup (it has no %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot copy the database %1 to %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the copy %1 does not read back as written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the database copy %1 fails its check: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot move %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot move %1 aside to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write the new library database: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a vault file name (&lt;sha256&gt;.&lt;ext&gt;)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the content hashes to %1, not its name: damaged, left in place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the library at %1 is read-only: it cannot be rebuilt in place (copy the folder to a writable disk and rebuild the copy)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 holds no vault folder: there is nothing to rebuild from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Permission denied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No such file or directory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No space left on device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read-only file system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Input/output error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>database or disk is full</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>attempt to write a readonly database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>database is locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>disk I/O error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1; the %2 entries before it were read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the data file ends before its list is closed (cut short?); the %1 entries before the cut were read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 entries of the data file hold more than %2 MB each and were skipped, the first at byte %3 (the file itself is kept)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 entries of the data file could not be read and were skipped, the first: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file has changed since it was archived (its SHA-256 is %1, the archive recorded %2); it was not imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the archive has no manifest-sha256.txt: its files cannot be checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the archive's manifest does not list this file; it is read as it is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file has changed since it was archived (its checksum no longer matches the archive's manifest); it is read as it is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1 is not a JSON object (%2); it was skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a memory of the archive has no key or an unknown kind (%1); it was skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the archive names a file outside its vault folder; it was not imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a memory of the archive names no account (%1); it was skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 source records match no memory of the archive (or are out of order); those memories keep only their first record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the archive was written by a newer Keepsake (format %1); what this version knows is read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a tag needs a name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no such tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no such tag: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is already a tag "%1" there</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a tag cannot go inside itself</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a tag cannot be merged into a tag below it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a colour: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>search index unreadable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: needs a value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown kind "%1" (post, blog, diary, photo, album, video, board, favorite, share, visit)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>year: expects a year like 2009 or 2008-2010, not "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: expects a date like 2009, 2009-06 or 2009-06-30, not "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>has: expects photo, video, comment or location, not "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing to print</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bookmarks not added: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the selection holds no memories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot paint on the output device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot start a new page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the picture says it is %1 × %2 pixels, too large to decode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no startxref</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cross-reference streams are not supported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>malformed xref</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no catalog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a memory could not be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the photos of a memory could not be read</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ks::ProblemKind</name>
    <message numerus="yes">
        <source>%n file(s) named by the export are not in it</source>
        <translation><numerusform>%n file named by the export are not in it</numerusform><numerusform>%n files named by the export are not in it</numerusform></translation>
    </message>
    <message>
        <source>The memories are imported without them. If you have another copy of the backup (the folder with the pictures, an older zip), drop it onto the window too: the missing files are filled in and nothing is imported twice.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n damaged file(s)</source>
        <translation><numerusform>%n damaged file</numerusform><numerusform>%n damaged files</numerusform></translation>
    </message>
    <message>
        <source>They are kept in the library exactly as they are. If another copy of the backup has them intact, import it too and the good copy is added.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n empty file(s)</source>
        <translation><numerusform>%n empty file</numerusform><numerusform>%n empty files</numerusform></translation>
    </message>
    <message>
        <source>These files hold nothing (0 bytes): the download or the copy did not finish. Another copy of the backup may have them.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n picture(s) QQ Space replaced with “image missing”</source>
        <translation><numerusform>%n picture QQ Space replaced with “image missing”</numerusform><numerusform>%n pictures QQ Space replaced with “image missing”</numerusform></translation>
    </message>
    <message>
        <source>QQ Space no longer had these photos when the backup was made. There is nothing more to do here unless an older backup has them.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n file(s) or folder(s) could not be read</source>
        <translation><numerusform>%n file or folder could not be read</numerusform><numerusform>%n files or folders could not be read</numerusform></translation>
    </message>
    <message>
        <source>Usually a permission or a failing disk. Copy the export to your own disk and import the copy; everything already imported stays.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n link(s) leading outside the export</source>
        <translation><numerusform>%n link leading outside the export</numerusform><numerusform>%n links leading outside the export</numerusform></translation>
    </message>
    <message>
        <source>Keepsake never reads outside the folder you dropped. If the files are yours, copy them into the export folder and import it again.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n path(s) leading outside the export</source>
        <translation><numerusform>%n path leading outside the export</numerusform><numerusform>%n paths leading outside the export</numerusform></translation>
    </message>
    <message>
        <source>These entries point outside the export and were not read, to keep your computer safe.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n file(s) or text(s) too large to read</source>
        <translation><numerusform>%n file or text too large to read</numerusform><numerusform>%n files or texts too large to read</numerusform></translation>
    </message>
    <message>
        <source>The files are kept in the library as they are, so nothing is lost; only the part over the limit is not shown.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n data file(s) partly unreadable</source>
        <translation><numerusform>%n data file partly unreadable</numerusform><numerusform>%n data files partly unreadable</numerusform></translation>
    </message>
    <message>
        <source>What could be read was imported. The export tool may have been interrupted; exporting again and importing the new export adds what is missing.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n file(s) in an unexpected text encoding</source>
        <translation><numerusform>%n file in an unexpected text encoding</numerusform><numerusform>%n files in an unexpected text encoding</numerusform></translation>
    </message>
    <message>
        <source>The text was read as well as it could be. Check the memories from these files; the original files are unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n file(s) disappeared during the import</source>
        <translation><numerusform>%n file disappeared during the import</numerusform><numerusform>%n files disappeared during the import</numerusform></translation>
    </message>
    <message>
        <source>Another program moved or deleted them while Keepsake read. Import the export again when it is complete.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n special file(s) skipped</source>
        <translation><numerusform>%n special file skipped</numerusform><numerusform>%n special files skipped</numerusform></translation>
    </message>
    <message>
        <source>Pipes, devices and similar are not memories; nothing to do.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n item(s) Keepsake does not read yet</source>
        <translation><numerusform>%n item Keepsake does not read yet</numerusform><numerusform>%n items Keepsake does not read yet</numerusform></translation>
    </message>
    <message>
        <source>The files are kept; a later version of Keepsake may show them.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n part(s) of the backup are in another folder</source>
        <translation><numerusform>%n part of the backup are in another folder</numerusform><numerusform>%n parts of the backup are in another folder</numerusform></translation>
    </message>
    <message>
        <source>Drop the other folder onto the window too.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation><numerusform>%n note</numerusform><numerusform>%n notes</numerusform></translation>
    </message>
    <message>
        <source>For your information; nothing was lost.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n other problem(s)</source>
        <translation><numerusform>%n other problem</numerusform><numerusform>%n other problems</numerusform></translation>
    </message>
    <message>
        <source>The rest of the export was imported.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ks::ProblemsView</name>
    <message>
        <source>Import problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
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
        <source>%n file(s) need attention. Everything else was imported:</source>
        <translation><numerusform>%n file needs attention. Everything else was imported:</numerusform><numerusform>%n files need attention. Everything else was imported:</numerusform></translation>
    </message>
    <message>
        <source>Import</source>
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
    <message>
        <source>Year in Review %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year in Review…</source>
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
    <name>ks::TagStore</name>
    <message>
        <source>This library is read-only (a backup disk, a DVD or a folder you cannot write to): tags cannot be changed here.</source>
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
    <message numerus="yes">
        <source>This video did not start: nothing came from the file for %n second(s). The file may be incomplete, or on a disk or network drive that is not answering.</source>
        <translation><numerusform>This video did not start: nothing came from the file for %n second. The file may be incomplete, or on a disk or network drive that is not answering.</numerusform><numerusform>This video did not start: nothing came from the file for %n seconds. The file may be incomplete, or on a disk or network drive that is not answering.</numerusform></translation>
    </message>
</context>
<context>
    <name>ks::WallEmptyState</name>
    <message>
        <source>No memory contains “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try fewer words or a shorter piece of the text: the search finds exactly what is typed. The kind and year filters also narrow the search.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No memories match these filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The kinds, the year or the tag or person chosen above hide every memory. Clear the filters to see the whole wall again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ks::YearReview</name>
    <message numerus="yes">
        <source>%n memories</source>
        <translation><numerusform>%n memory</numerusform><numerusform>%n memories</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n photos</source>
        <translation><numerusform>%n photo</numerusform><numerusform>%n photos</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n characters written</source>
        <translation><numerusform>%n character written</numerusform><numerusform>%n characters written</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n comments</source>
        <translation><numerusform>%n comment</numerusform><numerusform>%n comments</numerusform></translation>
    </message>
    <message>
        <source>MMMM d</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year in review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was kept from this year.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Busiest month: %1 (%n memories)</source>
        <translation><numerusform>Busiest month: %1 (%n memory)</numerusform><numerusform>Busiest month: %1 (%n memories)</numerusform></translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The busiest day</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n memories that day</source>
        <translation><numerusform>%n memory that day</numerusform><numerusform>%n memories that day</numerusform></translation>
    </message>
    <message>
        <source>The first post of the year · %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last post of the year · %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The longest · %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation><numerusform>%n character</numerusform><numerusform>%n characters</numerusform></translation>
    </message>
    <message>
        <source>The most talked about · %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who commented most</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ×</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who left the most notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Emoticons used most</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On this day, %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kept by Keepsake · 时光匣</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ks::YearReviewPage</name>
    <message>
        <source>Looking back at %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year in review %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n memories</source>
        <translation><numerusform>%n memory</numerusform><numerusform>%n memories</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n photos</source>
        <translation><numerusform>%n photo</numerusform><numerusform>%n photos</numerusform></translation>
    </message>
    <message>
        <source>Save the Year in Review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year in Review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The picture could not be saved to %1:
%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as Image…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year in review</source>
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
    <message>
        <source>Jump to a year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Up and Down arrows move to the previous or next year</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ks::cli</name>
    <message>
        <source>counts of what the library holds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>import export folders or .zip archives</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every memory, one JSON object per line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>files the imports could not use, and why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>find memories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>organise memories with tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>put the dates of memories right</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a year in review (年度回顾)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a printable memory book of a year, or of a friend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>check the vault against the database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a consistent, verified copy of the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a lost database rebuilt from the vault's files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>library folder (default: $KEEPSAKE_LIBRARY or the app data folder)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the language of messages, books and sites (default: $KEEPSAKE_LANGUAGE
or the system's)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>machine-readable output</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keepsake (时光匣) %1 keeps your QQ Space memories.
Without a subcommand it opens the window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: keepsake SUBCOMMAND [options]   (keepsake SUBCOMMAND --help for more)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subcommands:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Common options:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown subcommand '%1' (see keepsake --help)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Library folder (default: $KEEPSAKE_LIBRARY or the app data folder).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot open the library at %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the library at %1 is read-only (a backup disk, a DVD or a folder without write permission): %2 needs to write to it. Copy the library to a writable disk first (keepsake backup).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an offline site, a PDF, dated photos or an archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>check an archive's files against its manifest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--theme must be one of %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ks::cli::Archive</name>
    <message>
        <source>the word archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the folder the archive becomes (new or empty)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The look of the web site inside: %1 (default %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace an earlier archive at OUT (a folder of anything else is never replaced).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write an archive that outlives Keepsake: a BagIt bag (RFC 8493) holding an offline web site, every memory with its comments and tags as JSON lines, the untouched source records and every original file, each with its SHA-256 in the bag's manifest. It opens in a browser with no program, keepsake verify-archive checks it, and keepsake import reads it back.
The archive is written beside OUT and renamed at the end; an existing OUT that is not empty is left alone (exit 1) unless --force replaces an earlier archive there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: keepsake export archive OUT [--year Y] [--from DATE] [--to DATE] [--tag T] [--person P] [--query Q] [--force] [--json] [--library DIR]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already holds an archive; nothing was written. Choose a new folder, or add --force to replace that archive.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the folder %1 is not empty; nothing was written. Choose an empty or new folder (--force replaces only an earlier archive).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a file; the archive needs a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stopped; nothing was written to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing was written to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>left out: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n memories archived to %1</source>
        <translation><numerusform>%n memory archived to %1</numerusform><numerusform>%n memories archived to %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n files could not go into the archive (named above): it is incomplete.</source>
        <translation><numerusform>%n file could not go into the archive (named above): it is incomplete.</numerusform><numerusform>%n files could not go into the archive (named above): it is incomplete.</numerusform></translation>
    </message>
    <message>
        <source>the archive's folder (a BagIt bag)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check an archive (any BagIt bag): bagit.txt, every line of manifest-sha256.txt and tagmanifest-sha256.txt (the file is there and has that SHA-256), payload files the manifest does not list, and Payload-Oxum. Prints what changed, by path; exit 0 when the archive is valid, 1 when not. Only reads.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: keepsake verify-archive OUT [--json]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>checked %1 of %2 files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a valid archive: %2 files checked, Payload-Oxum %3 matches.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is NOT a valid archive:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>changed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not in the manifest: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payload-Oxum says %1 (bytes.files), the payload holds %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>keepsake verify-archive: stopped.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source> (%n files, %1 bytes).</source>
        <translation><numerusform> (%n file, %1 bytes).</numerusform><numerusform> (%n files, %1 bytes).</numerusform></translation>
    </message>
</context>
<context>
    <name>ks::cli::Backup</name>
    <message>
        <source>An empty folder, or an earlier Keepsake backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a consistent copy of the library to DEST: the database as one snapshot (the app may be open), every vault file checked by its SHA-256. A second backup to the same DEST copies only what is new.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name one destination folder</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>checked %1 of %n vault files</source>
        <translation><numerusform>checked %1 of %n vault file</numerusform><numerusform>checked %1 of %n vault files</numerusform></translation>
    </message>
    <message>
        <source>Backed up %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>database: %1 bytes</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>vault: copied %n files (%1 bytes), %2 already in the backup and intact</source>
        <translation><numerusform>vault: copied %n file (%1 bytes), %2 already in the backup and intact</numerusform><numerusform>vault: copied %n files (%1 bytes), %2 already in the backup and intact</numerusform></translation>
    </message>
    <message>
        <source>FAILED %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n vault files were not backed up</source>
        <translation><numerusform>%n vault file was not backed up</numerusform><numerusform>%n vault files were not backed up</numerusform></translation>
    </message>
</context>
<context>
    <name>ks::cli::Book</name>
    <message>
        <source>Instead of a year: 我们的故事, every memory this person (name, remark or QQ number) took part in: keepsake book --person P OUT.pdf.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave out the year in review at the front of a year's book.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the year of the book</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the PDF to write</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A4 (default), A5 or 16k (185×260 mm).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only memories with this tag (or below it).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title on the cover.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Margin in millimetres (default 18).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bleed in millimetres around each page, for a print shop (default 0).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The book's look: %1 (default %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start every month on a new page (by default short months share a page).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace OUT.pdf when that file already exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make a printable memory book of one year.
Without --force an existing OUT.pdf is left alone and the command exits with 1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: keepsake book YEAR OUT.pdf [--page-size A4|A5|16k] [--tag T] [--force] [--library DIR]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--page-size must be A4, A5 or 16k</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--margin must be 5–60 mm and --bleed 0–10 mm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--style must be one of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>memory book</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote %1: %2, %3, %4</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation><numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n memories</source>
        <translation><numerusform>%n memory</numerusform><numerusform>%n memories</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n photos</source>
        <translation><numerusform>%n photo</numerusform><numerusform>%n photos</numerusform></translation>
    </message>
</context>
<context>
    <name>ks::cli::Date</name>
    <message>
        <source>usage: keepsake date set KEY… DATETIME   (2012-06-07, "2012-06-07 21:15", 2012-06-07T21:15+08:00)
       keepsake date shift KEY… --by OFFSET   (+1y, -8h, "+1 year 2 months", +3天)
       keepsake date camera KEY…   (the date the photo's camera wrote)
       keepsake date undo   |   keepsake date show KEY…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Put back the date of %n memories.</source>
        <translation><numerusform>Put back the date of %n memory.</numerusform><numerusform>Put back the date of %n memories.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Changed the date of %n memories.</source>
        <translation><numerusform>Changed the date of %n memory.</numerusform><numerusform>Changed the date of %n memories.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n memories already had that date.</source>
        <translation><numerusform>%n memory already had that date.</numerusform><numerusform>%n memories already had that date.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Not shifted, as they have no date: %n memories. Set a date instead.</source>
        <translation><numerusform>Not shifted, as they have no date: %n memory. Set a date instead.</numerusform><numerusform>Not shifted, as they have no date: %n memories. Set a date instead.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Left as they were, with no photo that carries a camera date: %n memories.</source>
        <translation><numerusform>Left as they were, with no photo that carries a camera date: %n memory.</numerusform><numerusform>Left as they were, with no photo that carries a camera date: %n memories.</numerusform></translation>
    </message>
    <message>
        <source>(corrected; originally %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>set, shift, camera, undo or show.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Memory keys, as `keepsake list --json` prints them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How far to shift: +1y, -8h, "+1 year 2 months", +3天.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put the dates of memories right, with undo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>say what to do: set, shift, camera, undo or show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown action '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>give one or more keys and then the date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the date is not one Keepsake can read, like 2012-06-07 or "2012-06-07 21:15"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>say how far with --by, like --by +1y or --by -8h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the offset is not one Keepsake can read, like +1y, -8h or "+1 year 2 months"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>undo takes no keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>give one or more keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no memory has the key %1; nothing was changed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ks::cli::Export</name>
    <message>
        <source>the folder %1 already exists and is not empty; nothing was written. Choose an empty or new folder, or add --force to write the site into it (files of the same name are overwritten).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file %1 already exists; nothing was written. Choose another name, or add --force to overwrite it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a folder; give the PDF a file name, like %1/memories.pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a file; the site needs a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>html (an offline site) or pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>output folder (html) or .pdf file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only this year (local time).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From this day on (yyyy-mm-dd).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Up to this day, inclusive (yyyy-mm-dd).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Memories with this tag or a tag below it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Memories by, mentioning or commented by this person (name or QQ).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Memories containing these words.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title of the site or document.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>html: also copy the original photo files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pdf: A4 (default), A5 or 16k.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>html: the site's look: %1 (default %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>html: write into OUT even when that folder is not empty (files of the same name are replaced, others stay). pdf: replace OUT when that file exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export memories as an offline HTML site or a PDF.
OUT must be a new or empty folder (html) or a new file (pdf); without --force an existing one is left alone and the command exits with 1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: keepsake export html|pdf OUT [--year Y] [--from DATE] [--to DATE] [--tag T] [--person P] [--query Q] [--force] [--library DIR]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--year needs a year, like 2012</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 needs a date like 2012-06-07</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--page-size must be A4, A5 or 16k</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>QQ Space memories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported %1, %2, %3 to %4</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n memories</source>
        <translation><numerusform>%n memory</numerusform><numerusform>%n memories</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n photos</source>
        <translation><numerusform>%n photo</numerusform><numerusform>%n photos</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation><numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n PDF pages</source>
        <translation><numerusform>%n PDF page</numerusform><numerusform>%n PDF pages</numerusform></translation>
    </message>
</context>
<context>
    <name>ks::cli::ExportPhotos</name>
    <message>
        <source>the word photos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the folder the copies go to (made when needed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>album: a folder per album (else per year); month: a folder per month; flat: one folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the photos out of the library as files that carry their date and words.
JPEGs get the date (EXIF DateTimeOriginal, unless the camera wrote one), the text of the post or photo and the album in their EXIF; PNG, GIF and other pictures are copied unchanged with an .xmp file beside them. Each file's modification time is its date. Existing files are never replaced, and the library is only read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: keepsake export photos OUT [--year Y] [--from DATE] [--to DATE] [--tag T] [--person P] [--query Q] [--layout album|month|flat] [--library DIR]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--layout must be album, month or flat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a file; the photos need a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export photos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not exported: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>skipped: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n photos exported to %1.</source>
        <translation><numerusform>%n photo exported to %1.</numerusform><numerusform>%n photos exported to %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n photos could not be exported (named above).</source>
        <translation><numerusform>%n photo could not be exported (named above).</numerusform><numerusform>%n photos could not be exported (named above).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n photos skipped: never in the library (see keepsake problems).</source>
        <translation><numerusform>%n photo skipped: never in the library (see keepsake problems).</numerusform><numerusform>%n photos skipped: never in the library (see keepsake problems).</numerusform></translation>
    </message>
    <message>
        <source>Stopped: the photos written so far are complete.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ks::cli::Import</name>
    <message>
        <source>Export folders or archives.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import QQ Space exports into the library.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name at least one folder or archive to import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>another import into this library is running (%1); waiting for it to finish. Ctrl-C stops waiting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged — %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>formats: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>added %1, updated %2, unchanged %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>media files stored %1, missing %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>problems: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>… and %1 more (keepsake problems)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stopped by a signal; what was complete is kept. Import again to finish.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ks::cli::List</name>
    <message>
        <source>Only memories of this kind.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every memory, one JSON object per line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown kind %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ks::cli::Privacy</name>
    <message>
        <source>For sharing: friends become Friend A, Friend B…, their comments, message board notes, visits and avatars stay out, no QQ number is written, what the source marks private stays out, and photos lose their GPS.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With --privacy: keep friends' names, comments and message board notes (never their QQ numbers).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With --privacy: keep private diaries, private albums, secret notes and private comments.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ks::cli::Problems</name>
    <message>
        <source>Files the imports could not use, and why.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ks::cli::Rebuild</name>
    <message>
        <source>Rebuild even though the database opens (its memories, comments and tags are then only in the file moved aside).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rebuild a lost or broken library database from the files in the vault: the old keepsake.db is moved aside as keepsake.db.broken-&lt;time&gt; (never deleted) and every vault file comes back as a loose photo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the library at %1 is read-only: it cannot be rebuilt in place. Copy the folder to a writable disk and rebuild the copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the library database %1 opens normally: nothing to rebuild. (--force rebuilds it anyway from the vault; memories, comments and tags would then be only in the file moved aside.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: open it with that version instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the old database is kept as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rebuilt the library at %1 from its vault</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>recovered %n files (%1 photos and videos on the wall, %2 other files kept as media)</source>
        <translation><numerusform>recovered %n file (%1 photos and videos on the wall, %2 other files kept as media)</numerusform><numerusform>recovered %n files (%1 photos and videos on the wall, %2 other files kept as media)</numerusform></translation>
    </message>
    <message>
        <source>not recovered: %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ks::cli::Review</name>
    <message>
        <source>Year in review %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Longest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Most commented</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Busiest day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Busiest month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commented most</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left the most notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Emoticons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The year.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also write the review as one tall picture (PNG) to share.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The picture's look: %1 (default %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A year in review (年度回顾).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: keepsake review YEAR [--json] [--image OUT.png] [--theme NAME]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote %1 (%2×%3)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ks::cli::Search</name>
    <message>
        <source>Words to find (all of them), "an exact phrase", -excluded, tag:旅行, year:2009, from:老王, with:老王, kind:post, has:photo, after:2009-06, before:2010.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find memories, newest first: one per line, with a snippet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>give something to search for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no date)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n memories</source>
        <translation><numerusform>%n memory</numerusform><numerusform>%n memories</numerusform></translation>
    </message>
</context>
<context>
    <name>ks::cli::Stats</name>
    <message>
        <source>post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>blog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>diary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>album</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>board</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>favorite</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counts of what the library holds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Library: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comments: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Media files: %1 (%2 bytes), missing %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problems: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Memories: %1, photos %2, videos %3 (as the app counts them)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ks::cli::Tag</name>
    <message>
        <source>usage: keepsake tag add|remove TAG --key KEY…   |   keepsake tag list [--json]
       keepsake tag rename TAG NEWNAME | move TAG NEWPARENT|/ | merge TAG INTOTAG | delete TAG
       keepsake tag color TAG COLOR|none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add, remove, list, rename, move, merge, delete or color.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A tag path, like 旅行/2009 北京.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A memory key (post:&lt;tid&gt;, photo:&lt;picKey&gt;…); repeatable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organise memories with tags.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>say what to do</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown action %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name a tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name the memories with --key KEY</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no memory with the key %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no tag %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>tagged %n memories with %1</source>
        <translation><numerusform>tagged %n memory with %1</numerusform><numerusform>tagged %n memories with %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>untagged %n memories from %1</source>
        <translation><numerusform>untagged %n memory from %1</numerusform><numerusform>untagged %n memories from %1</numerusform></translation>
    </message>
    <message>
        <source>give a colour (#e06c75, red, none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 needs a second argument</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ks::cli::Verify</name>
    <message>
        <source>Check presence and size only, not the SHA-256 of every file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check that every file in the vault is present and unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>checked %1 of %n files</source>
        <translation><numerusform>checked %1 of %n file</numerusform><numerusform>checked %1 of %n files</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n unfinished files an interrupted import left behind</source>
        <translation><numerusform>Removed %n unfinished file an interrupted import left behind</numerusform><numerusform>Removed %n unfinished files an interrupted import left behind</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Checked %n files (%1 bytes): %2</source>
        <translation><numerusform>Checked %n file (%1 bytes): %2</numerusform><numerusform>Checked %n files (%1 bytes): %2</numerusform></translation>
    </message>
    <message>
        <source>all intact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PROBLEMS FOUND</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>