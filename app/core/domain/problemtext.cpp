// SPDX-License-Identifier: GPL-3.0-or-later
#include "problemtext.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>
#include <iterator>
#include <vector>

namespace ks::problemtext {

namespace {

// Every sentence the core writes into a problem, a report error or a check result, in the
// English it is stored in. scripts/check_problem_texts.py (a CTest) fails when the core gains a
// sentence that is not here, so none reaches a Chinese screen in English.
const char *const kTemplates[] = {
    QT_TRANSLATE_NOOP("ks::Problem", "not an archive Keepsake can read"),
    QT_TRANSLATE_NOOP("ks::Problem", "the archive is damaged%1; the rest could not be unpacked: %2"),
    QT_TRANSLATE_NOOP("ks::Problem", " after the entry \"%1\""),
    QT_TRANSLATE_NOOP("ks::Problem", "the archive holds more than %1 entries; the rest was not unpacked"),
    QT_TRANSLATE_NOOP("ks::Problem",
                      "the archive has more than %1 damaged entries; the rest was not unpacked"),
    QT_TRANSLATE_NOOP("ks::Problem",
                      "the archive is damaged after the entry \"%1\"; the rest could not be unpacked"),
    QT_TRANSLATE_NOOP("ks::Problem", "the entry's path points outside the archive; it was not unpacked"),
    QT_TRANSLATE_NOOP("ks::Problem", "links inside archives are not followed"),
    QT_TRANSLATE_NOOP("ks::Problem", "not a regular file (device, pipe or socket)"),
    QT_TRANSLATE_NOOP("ks::Problem", "the entry is encrypted; Keepsake cannot unpack it"),
    QT_TRANSLATE_NOOP("ks::Problem", "the entry says it is %1 bytes, more than the %2 allowed"),
    QT_TRANSLATE_NOOP("ks::Problem", "cannot create its folder while unpacking"),
    QT_TRANSLATE_NOOP("ks::Problem", "cannot write it while unpacking: %1"),
    QT_TRANSLATE_NOOP("ks::Problem", "the entry is damaged in the archive%1: %2"),
    QT_TRANSLATE_NOOP("ks::Problem", " (the %1 readable bytes were kept)"),
    QT_TRANSLATE_NOOP("ks::Problem", "the entry is larger than the %1 bytes allowed"),
    QT_TRANSLATE_NOOP("ks::Problem", "the archive unpacks to more than the %1 bytes allowed"),
    QT_TRANSLATE_NOOP("ks::Problem", "the entry expands more than %1 times its packed size (a zip bomb?)"),
    QT_TRANSLATE_NOOP("ks::Problem", "the archive expands more than %1 times its packed size (a zip bomb?)"),
    QT_TRANSLATE_NOOP("ks::Problem", "%1; it was not unpacked"),
    QT_TRANSLATE_NOOP("ks::Problem", "read failed"),
    QT_TRANSLATE_NOOP("ks::Problem", "changed while read"),
    QT_TRANSLATE_NOOP("ks::Problem", "cannot write into the vault"),
    QT_TRANSLATE_NOOP("ks::Problem", "no 说说, 留言 or friend could be read from this folder"),
    QT_TRANSLATE_NOOP("ks::Problem", "feed lines that are neither 说说, 转发 nor 留言 are not imported"),
    QT_TRANSLATE_NOOP("ks::Problem", "another folder of this GetQzonehistory run holds more: %1 (%2); drop "
                                     "the whole resource folder to import it too"),
    QT_TRANSLATE_NOOP("ks::Problem", "every visible 说说 with its id and all comments"),
    QT_TRANSLATE_NOOP("ks::Problem", "the 说说, 转发 and 留言 lists, the friends and the pictures"),
    QT_TRANSLATE_NOOP("ks::Problem", "no msglist in the file"),
    QT_TRANSLATE_NOOP("ks::Problem", "the file is empty"),
    QT_TRANSLATE_NOOP(
        "ks::Problem",
        "the spreadsheet is cut short (its zip directory is missing): the rows before the cut were imported"),
    QT_TRANSLATE_NOOP("ks::Problem", "no %1 column (the header is: %2)"),
    QT_TRANSLATE_NOOP("ks::Problem", "评论 of the row of %1 is not a comment list: %2"),
    QT_TRANSLATE_NOOP(
        "ks::Problem",
        "%1 of the pictures in pic/ match no row of the lists by name; they are kept without a post"),
    QT_TRANSLATE_NOOP("ks::Problem", "%1 picture(s) named like this could belong to any of %2 rows whose "
                                     "text begins the same; they are kept without a post"),
    QT_TRANSLATE_NOOP("ks::Problem", "not a list of comments"),
    QT_TRANSLATE_NOOP("ks::Problem", "the library could not be written"),
    QT_TRANSLATE_NOOP("ks::Problem",
                      "a link that leads outside the imported folder (to %1); it was not read"),
    QT_TRANSLATE_NOOP("ks::Problem", "cannot open the file: %1"),
    QT_TRANSLATE_NOOP("ks::Problem",
                      "the file is larger than %1 MB; it was not read (the file itself is kept)"),
    QT_TRANSLATE_NOOP("ks::Problem", "reading the file failed: %1"),
    QT_TRANSLATE_NOOP("ks::Problem", "%1: the import stopped: %2"),
    QT_TRANSLATE_NOOP("ks::Problem", "no account is known for this record"),
    QT_TRANSLATE_NOOP("ks::Problem", "the search index could not be updated (%1)"),
    QT_TRANSLATE_NOOP("ks::Problem", "could not store %1: %2"),
    QT_TRANSLATE_NOOP("ks::Problem", "an album without a name"),
    QT_TRANSLATE_NOOP("ks::Problem", "a photo block without a picture"),
    QT_TRANSLATE_NOOP("ks::Problem", "a 说说 block without its \"> yyyy-MM-dd hh:mm:ss\" line"),
    QT_TRANSLATE_NOOP("ks::Problem", "no \"# title\" and no \"> time\" line: not a 日志 file"),
    QT_TRANSLATE_NOOP("ks::Problem", "the 日志 names no time; imported without one"),
    QT_TRANSLATE_NOOP("ks::Problem", "text outside any 留言 block"),
    QT_TRANSLATE_NOOP("ks::Problem", "留言 %1楼 lacks its author/time or 正文 line"),
    QT_TRANSLATE_NOOP("ks::Problem", "a MarkDown file over 48 MB is not read (the file itself is kept)"),
    QT_TRANSLATE_NOOP("ks::Problem",
                      "some bytes are not valid %1 text; they were replaced and the rest was read"),
    QT_TRANSLATE_NOOP("ks::Problem", "the file is %1 text, not the UTF-8 QZoneExport writes: another program "
                                     "saved it again; it was read as %1"),
    QT_TRANSLATE_NOOP("ks::Problem",
                      "the file is empty (0 bytes): it was damaged or never written completely"),
    QT_TRANSLATE_NOOP("ks::Problem", "a picture path leads outside the export folder; it was not read"),
    QT_TRANSLATE_NOOP("ks::Problem", "line %1: %2; the rest of the file was read"),
    QT_TRANSLATE_NOOP("ks::Problem", "cannot tell whose export this is: no QQ number in the folder name "
                                     "(QQ空间备份_<QQ号>) or in index.md"),
    QT_TRANSLATE_NOOP("ks::Problem", "no MarkDown file could be opened"),
    QT_TRANSLATE_NOOP("ks::Problem", "no item could be read from this MarkDown export (%1)"),
    QT_TRANSLATE_NOOP("ks::Problem", "the year files"),
    QT_TRANSLATE_NOOP("ks::Problem", "the file is empty (0 bytes); its items were read from the year files"),
    QT_TRANSLATE_NOOP("ks::Problem", "the file is empty (0 bytes); its items were read from %1"),
    QT_TRANSLATE_NOOP("ks::Problem", "the other files"),
    QT_TRANSLATE_NOOP("ks::Problem", "some bytes are not valid %1 text and were replaced"),
    QT_TRANSLATE_NOOP("ks::Problem", "it is %1 text, saved again by another program"),
    QT_TRANSLATE_NOOP("ks::Problem", "it ends in the middle of an item (cut off)"),
    QT_TRANSLATE_NOOP("ks::Problem", "%1 item(s) found in %2 are missing from it; they were read from there"),
    QT_TRANSLATE_NOOP("ks::Problem", "%1 damaged item(s) in it were replaced by their intact copies in %2"),
    QT_TRANSLATE_NOOP("ks::Problem", "%1 block(s) could not be read"),
    QT_TRANSLATE_NOOP("ks::Problem", "the file is damaged: %1"),
    QT_TRANSLATE_NOOP("ks::Problem", "a 访客 block without its \"###### time\" or visitor; kept as it is"),
    QT_TRANSLATE_NOOP("ks::Problem", "the file disappeared during the import"),
    QT_TRANSLATE_NOOP("ks::Problem", "not a regular file (a pipe, device or socket); skipped"),
    QT_TRANSLATE_NOOP("ks::Problem", "cannot read the file: %1"),
    QT_TRANSLATE_NOOP("ks::Problem", "the file is empty (0 bytes)"),
    QT_TRANSLATE_NOOP("ks::Problem", "reading the file failed part-way"),
    QT_TRANSLATE_NOOP("ks::Problem", "cannot write into the vault (%1)"),
    QT_TRANSLATE_NOOP("ks::Problem", "cannot move a file into the vault (%1)"),
    QT_TRANSLATE_NOOP("ks::Problem", "%1 — kept in the vault as it is"),
    QT_TRANSLATE_NOOP("ks::Problem", "the export names this %1 but the file is not in the folder"),
    QT_TRANSLATE_NOOP("ks::Problem", "the file is empty (0 bytes); there is no picture to keep"),
    QT_TRANSLATE_NOOP("ks::Problem", "the file cannot be opened (no permission)"),
    QT_TRANSLATE_NOOP("ks::Problem", "the file cannot be read"),
    QT_TRANSLATE_NOOP(
        "ks::Problem",
        "%1 pictures and videos named by this export are not in it: it holds only the text. Import the "
        "folder with the pictures (the media half of the same backup) to fill them in."),
    QT_TRANSLATE_NOOP("ks::Problem", "unexpected text after the value"),
    QT_TRANSLATE_NOOP("ks::Problem", "nested too deeply"),
    QT_TRANSLATE_NOOP("ks::Problem", "a value was expected"),
    QT_TRANSLATE_NOOP("ks::Problem", "unexpected character '%1'"),
    QT_TRANSLATE_NOOP("ks::Problem", "'%1' was expected"),
    QT_TRANSLATE_NOOP("ks::Problem", "',' or '%1' was expected"),
    QT_TRANSLATE_NOOP("ks::Problem", "'}' was expected"),
    QT_TRANSLATE_NOOP("ks::Problem", "only string keys are supported"),
    QT_TRANSLATE_NOOP("ks::Problem", "':' was expected"),
    QT_TRANSLATE_NOOP("ks::Problem", "',' or '}' was expected"),
    QT_TRANSLATE_NOOP("ks::Problem", "bad escape: %1 hex digits were expected"),
    QT_TRANSLATE_NOOP("ks::Problem", "bad escape: code point out of range"),
    QT_TRANSLATE_NOOP("ks::Problem", "unterminated string"),
    QT_TRANSLATE_NOOP("ks::Problem", "line break inside a string"),
    QT_TRANSLATE_NOOP("ks::Problem", "a number was expected"),
    QT_TRANSLATE_NOOP("ks::Problem", "bad exponent"),
    QT_TRANSLATE_NOOP("ks::Problem", "the data file holds no list of items"),
    QT_TRANSLATE_NOOP("ks::Problem",
                      "%1 of the %2 entries in the data file are not items; they were skipped"),
    QT_TRANSLATE_NOOP("ks::Problem", "not a data file this importer knows; its contents were not read"),
    QT_TRANSLATE_NOOP("ks::Problem", "%1 items are only in this light index (their data file is missing or "
                                     "unreadable): imported with the short text it holds"),
    QT_TRANSLATE_NOOP("ks::Problem", "the data file holds no album"),
    QT_TRANSLATE_NOOP("ks::Problem", "cannot tell whose QQ Space this export is (no QQ number found)"),
    QT_TRANSLATE_NOOP("ks::Problem", "its data files hold no items"),
    QT_TRANSLATE_NOOP("ks::Problem", "none of its data files could be read: %1"),
    QT_TRANSLATE_NOOP("ks::Problem", "no memories were imported from this qzone-archiver export: %1"),
    QT_TRANSLATE_NOOP("ks::Problem", "the data file is empty"),
    QT_TRANSLATE_NOOP("ks::Problem", "not JSON and not a JavaScript data assignment"),
    QT_TRANSLATE_NOOP("ks::Problem", "no JSON value in the file"),
    QT_TRANSLATE_NOOP("ks::Problem", "the file is neither UTF-8 nor GBK text"),
    QT_TRANSLATE_NOOP("ks::Problem", "invalid JSON at byte %1: %2"),
    QT_TRANSLATE_NOOP("ks::Problem", "%1; the %2 entries before it were read"),
    QT_TRANSLATE_NOOP("ks::Problem", "the data file ends before its list is closed (cut short?); the %1 "
                                     "entries before the cut were read"),
    QT_TRANSLATE_NOOP("ks::Problem",
                      "%1 entries of the data file hold more than %2 MB each and were skipped, "
                      "the first at byte %3 (the file itself is kept)"),
    QT_TRANSLATE_NOOP("ks::Problem",
                      "%1 entries of the data file could not be read and were skipped, the first: %2"),
    QT_TRANSLATE_NOOP("ks::Problem", "cannot read the data file: %1"),
    QT_TRANSLATE_NOOP("ks::Problem", "reading the data file failed: %1"),
    QT_TRANSLATE_NOOP(
        "ks::Problem",
        "the data file holds more than %1 MB of data; it was not read (the file itself is kept)"),
    QT_TRANSLATE_NOOP("ks::Problem", "a text of %1 bytes%2 at byte %3 is longer than the %4 MB kept per "
                                     "text: it was cut there (the whole file is kept)"),
    QT_TRANSLATE_NOOP("ks::Problem", " (field \"%1\")"),
    QT_TRANSLATE_NOOP("ks::Problem", "%1 more texts were cut"),
    QT_TRANSLATE_NOOP("ks::Problem", "%1 of the %2 entries have fields of the wrong type (a list or object "
                                     "where a text or number belongs); what could be read was kept"),
    QT_TRANSLATE_NOOP("ks::Problem", "the backup names a file outside its folder: %1"),
    QT_TRANSLATE_NOOP("ks::Problem", "expected a list of items (a JSON array or {\"items\": […]})"),
    QT_TRANSLATE_NOOP("ks::Problem", "%1 of the %2 entries are not JSON objects and were skipped"),
    QT_TRANSLATE_NOOP("ks::Problem", "expected a JSON object"),
    QT_TRANSLATE_NOOP("ks::Problem", "not a failed-download record: line %1"),
    QT_TRANSLATE_NOOP("ks::Problem",
                      "the full-size picture is not in the backup; its thumbnail %1 is kept instead"),
    QT_TRANSLATE_NOOP("ks::Problem", "; … and %1 more"),
    QT_TRANSLATE_NOOP("ks::Problem", "%1 pictures and videos were never downloaded by Time-Machine; the "
                                     "backup keeps only their web addresses: %2"),
    QT_TRANSLATE_NOOP("ks::Problem",
                      "Time-Machine could not download album photo %1 (%2), and no photo list names it"),
    QT_TRANSLATE_NOOP("ks::Problem", "cannot tell whose QQ Space this backup is (no QQ number in meta.json, "
                                     "data/user.json or the folder name)"),
    QT_TRANSLATE_NOOP("ks::Problem",
                      "no memories could be read from this Time-Machine backup; unusable data files: %1"),
    QT_TRANSLATE_NOOP("ks::Problem", "the backup's data folder holds none of Time-Machine's data files "
                                     "(messages.json, blogs.json, photos/albums.json …)"),
    QT_TRANSLATE_NOOP("ks::Problem", "the backup's data files hold no memories: %1"),
    QT_TRANSLATE_NOOP("ks::Problem", "permission denied"),
    QT_TRANSLATE_NOOP("ks::Problem", "the folder cannot be opened (%1): nothing in it was imported"),
    QT_TRANSLATE_NOOP("ks::Problem", "a link to something that does not exist (%1)"),
    QT_TRANSLATE_NOOP("ks::Problem", "the library's disk is full (%1)"),
    QT_TRANSLATE_NOOP("ks::Problem", "the library is read-only (%1)"),
    QT_TRANSLATE_NOOP("ks::Problem", "the library is in use by another program (%1)"),
    QT_TRANSLATE_NOOP("ks::Problem", "the library's disk could not be written (%1)"),
    QT_TRANSLATE_NOOP("ks::Problem", "the library database is damaged (%1)"),
    QT_TRANSLATE_NOOP("ks::Problem", "the library database refused a write (%1)"),
    QT_TRANSLATE_NOOP("ks::Problem", "%1 说说 have more than 9 pictures but the file keeps only the first 9 "
                                     "of them (no QzoneExporter.shuoshuo_floatview): %2"),
    QT_TRANSLATE_NOOP(
        "ks::Problem",
        "the pictures past the 9th of %1 说说 cannot be read, only the first 9 are imported: %2"),
    QT_TRANSLATE_NOOP("ks::Problem",
                      "%1 of the comments in the file are not comment objects; they were skipped"),
    QT_TRANSLATE_NOOP("ks::Problem", "data.comments is not a list of comments"),
    QT_TRANSLATE_NOOP("ks::Problem", "QzoneExporter.shuoshuo_floatview is not an object"),
    QT_TRANSLATE_NOOP("ks::Problem", "the saved picture list has no data (code %1: %2)"),
    QT_TRANSLATE_NOOP("ks::Problem", "data.photos of the saved picture list is not a list"),
    QT_TRANSLATE_NOOP("ks::Problem", "the saved picture list holds no picture"),
    QT_TRANSLATE_NOOP("ks::Problem", "unknown archive error"),
    QT_TRANSLATE_NOOP("ks::Problem", "%1: %2 (line %3)"),
    QT_TRANSLATE_NOOP("ks::Problem", "no such file"),
    QT_TRANSLATE_NOOP("ks::Problem", "not a zip package: %1"),
    QT_TRANSLATE_NOOP("ks::Problem", "damaged zip package: %1"),
    QT_TRANSLATE_NOOP("ks::Problem", "too many entries for a spreadsheet"),
    QT_TRANSLATE_NOOP("ks::Problem", "%1 expands beyond %2 MB"),
    QT_TRANSLATE_NOOP("ks::Problem", "damaged entry %1: %2"),
    QT_TRANSLATE_NOOP("ks::Problem", "the package expands beyond %1 MB"),
    QT_TRANSLATE_NOOP("ks::Problem", "not a spreadsheet: the package has no XML parts"),
    QT_TRANSLATE_NOOP("ks::Problem", "not a spreadsheet: %1 is missing"),
    QT_TRANSLATE_NOOP("ks::Problem", "no sheet named %1"),
    QT_TRANSLATE_NOOP("ks::Problem", "no sheet %1"),
    QT_TRANSLATE_NOOP("ks::Problem", "%1 is missing"),
    QT_TRANSLATE_NOOP("ks::Problem", "%1: bad row number %2 (line %3)"),
    QT_TRANSLATE_NOOP("ks::Problem", "%1: bad cell reference %2 (line %3)"),
    QT_TRANSLATE_NOOP("ks::Problem", "%1: too many columns (line %2)"),
    QT_TRANSLATE_NOOP("ks::Problem", "%1: cell %2 names shared string %3, which does not exist"),
    QT_TRANSLATE_NOOP("ks::Problem", "no QQ column in sheet %1"),
    QT_TRANSLATE_NOOP("ks::Problem",
                      "the library database %1 is %2 but the vault holds %3 files: the database was lost, "
                      "this is not a new library. Open a backup of the library, or run `keepsake rebuild "
                      "--library %4` to rebuild it from the vault (the broken file is kept)"),
    QT_TRANSLATE_NOOP("ks::Problem", "empty (0 bytes)"),
    QT_TRANSLATE_NOOP("ks::Problem", "the library folder %1 is read-only and holds no library database (%2), "
                                     "so no library can be created there"),
    QT_TRANSLATE_NOOP("ks::Problem", "cannot create the library folder %1"),
    QT_TRANSLATE_NOOP("ks::Problem", "cannot open %1: %2"),
    QT_TRANSLATE_NOOP("ks::Problem", "cannot read the read-only library database %1: %2"),
    QT_TRANSLATE_NOOP("ks::Problem",
                      "this library was written by a newer Keepsake (schema %1, this build knows %2)"),
    QT_TRANSLATE_NOOP("ks::Problem",
                      "the library at %1 is read-only and was written by an older Keepsake (schema %2; this "
                      "build reads schema %3 and must upgrade the database first, which needs writing). Copy "
                      "the library folder to a writable disk and open the copy"),
    QT_TRANSLATE_NOOP("ks::Problem", "missing migration %1"),
    QT_TRANSLATE_NOOP("ks::Problem", "the library folder %1 cannot be written (read-only?)"),
    QT_TRANSLATE_NOOP("ks::Problem", "the import lock %1 cannot be made"),
    QT_TRANSLATE_NOOP("ks::Problem", "the vault file is gone (sha256 %1)"),
    QT_TRANSLATE_NOOP("ks::Problem", "%1 bytes on disk, %2 recorded"),
    QT_TRANSLATE_NOOP("ks::Problem", "cannot read the file"),
    QT_TRANSLATE_NOOP("ks::Problem", "content hashes to %1, not %2"),
    QT_TRANSLATE_NOOP("ks::Problem", "no memory refers to this file (left by an interrupted import)"),
    QT_TRANSLATE_NOOP("ks::Problem",
                      "video truncated or damaged: a part of the file runs past its end (at byte %1 of %2)"),
    QT_TRANSLATE_NOOP("ks::Problem", "video damaged: it has no movie header (moov), no player can open it"),
    QT_TRANSLATE_NOOP("ks::Problem", "file not found"),
    QT_TRANSLATE_NOOP("ks::Problem", "QQ's small \"image missing\" picture, not the real photo"),
    QT_TRANSLATE_NOOP("ks::Problem", "JPEG damaged: the header ends before the image data"),
    QT_TRANSLATE_NOOP("ks::Problem", "JPEG truncated (no end-of-image marker)"),
    QT_TRANSLATE_NOOP("ks::Problem", "PNG truncated (no IEND chunk)"),
    QT_TRANSLATE_NOOP(
        "ks::Problem",
        "the file is named like a %1 but holds no picture or video Keepsake recognises (%2 bytes)"),
    QT_TRANSLATE_NOOP("ks::Problem", "the image cannot be read: %1"),
    QT_TRANSLATE_NOOP("ks::Problem", "too large: the picture says it is %1 × %2 pixels"),
    QT_TRANSLATE_NOOP("ks::Problem", "%1: the library cannot be written: %2"),
    QT_TRANSLATE_NOOP("ks::Problem", "no such file or folder"),
    QT_TRANSLATE_NOOP("ks::Problem", "%1: no such file or folder"),
    QT_TRANSLATE_NOOP("ks::Problem", "not a folder or an archive Keepsake can read"),
    QT_TRANSLATE_NOOP("ks::Problem", "%1: not a QQ Space export folder or archive"),
    QT_TRANSLATE_NOOP("ks::Problem", "%1: the archive could not be read"),
    QT_TRANSLATE_NOOP("ks::Problem", "this looks like a %1 export, but no memories could be read from it"),
    QT_TRANSLATE_NOOP("ks::Problem", "%1: no QQ Space export or photos found here"),
    QT_TRANSLATE_NOOP("ks::Problem", "%1: nothing could be imported"),
    QT_TRANSLATE_NOOP("ks::Problem", "%1: cancelled while another import was running"),
    QT_TRANSLATE_NOOP("ks::Problem", "cannot read it: %1"),
    QT_TRANSLATE_NOOP("ks::Problem", "cannot write %1: %2"),
    QT_TRANSLATE_NOOP(
        "ks::Problem",
        "its content hashes to %1, not to its name: the file is damaged in the library and was not copied"),
    QT_TRANSLATE_NOOP("ks::Problem", "cannot write %1"),
    QT_TRANSLATE_NOOP("ks::Problem", "%1 (nothing was written there)"),
    QT_TRANSLATE_NOOP("ks::Problem", "%1 is the library, inside it or around it: back up to another folder"),
    QT_TRANSLATE_NOOP("ks::Problem", "%1 is not a folder"),
    QT_TRANSLATE_NOOP("ks::Problem", "%1 is not empty and is not a Keepsake backup (it has no %2)"),
    QT_TRANSLATE_NOOP("ks::Problem", "cannot create the folder %1"),
    QT_TRANSLATE_NOOP("ks::Problem", "cannot copy the database %1 to %2: %3"),
    QT_TRANSLATE_NOOP("ks::Problem", "the copy %1 does not read back as written"),
    QT_TRANSLATE_NOOP("ks::Problem", "the database copy %1 fails its check: %2"),
    QT_TRANSLATE_NOOP("ks::Problem", "cannot move %1 to %2"),
    QT_TRANSLATE_NOOP("ks::Problem", "cannot move %1 aside to %2"),
    QT_TRANSLATE_NOOP("ks::Problem", "cannot write the new library database: %1"),
    QT_TRANSLATE_NOOP("ks::Problem", "not a vault file name (<sha256>.<ext>)"),
    QT_TRANSLATE_NOOP("ks::Problem", "the content hashes to %1, not its name: damaged, left in place"),
    QT_TRANSLATE_NOOP("ks::Problem", "the library at %1 is read-only: it cannot be rebuilt in place (copy "
                                     "the folder to a writable disk and rebuild the copy)"),
    QT_TRANSLATE_NOOP("ks::Problem", "%1 holds no vault folder: there is nothing to rebuild from"),
    QT_TRANSLATE_NOOP("ks::Problem", "Permission denied"),
    QT_TRANSLATE_NOOP("ks::Problem", "No such file or directory"),
    QT_TRANSLATE_NOOP("ks::Problem", "No space left on device"),
    QT_TRANSLATE_NOOP("ks::Problem", "Read-only file system"),
    QT_TRANSLATE_NOOP("ks::Problem", "Input/output error"),
    QT_TRANSLATE_NOOP("ks::Problem", "database or disk is full"),
    QT_TRANSLATE_NOOP("ks::Problem", "attempt to write a readonly database"),
    QT_TRANSLATE_NOOP("ks::Problem", "database is locked"),
    QT_TRANSLATE_NOOP("ks::Problem", "disk I/O error"),
    QT_TRANSLATE_NOOP("ks::Problem", "Unknown error"),
    // Keepsake's own archive (import/keepsakebagimporter, a BagIt bag).
    QT_TRANSLATE_NOOP("ks::Problem", "the file has changed since it was archived (its SHA-256 is %1, the "
                                     "archive recorded %2); it was not imported"),
    QT_TRANSLATE_NOOP("ks::Problem", "the archive has no manifest-sha256.txt: its files cannot be checked"),
    QT_TRANSLATE_NOOP("ks::Problem", "the archive's manifest does not list this file; it is read as it is"),
    QT_TRANSLATE_NOOP("ks::Problem", "the file has changed since it was archived (its checksum no longer "
                                     "matches the archive's manifest); it is read as it is"),
    QT_TRANSLATE_NOOP("ks::Problem", "line %1 is not a JSON object (%2); it was skipped"),
    QT_TRANSLATE_NOOP("ks::Problem",
                      "a memory of the archive has no key or an unknown kind (%1); it was skipped"),
    QT_TRANSLATE_NOOP("ks::Problem",
                      "the archive names a file outside its vault folder; it was not imported"),
    QT_TRANSLATE_NOOP("ks::Problem", "a memory of the archive names no account (%1); it was skipped"),
    QT_TRANSLATE_NOOP("ks::Problem",
                      "%1 source records match no memory of the archive (or are out of order); "
                      "those memories keep only their first record"),
    QT_TRANSLATE_NOOP("ks::Problem", "the archive was written by a newer Keepsake (format %1); what this "
                                     "version knows is read"),
    // Tags, search queries and exports: errors the CLI and the dialogs show.
    QT_TRANSLATE_NOOP("ks::Problem", "a tag needs a name"),
    QT_TRANSLATE_NOOP("ks::Problem", "no such tag"),
    QT_TRANSLATE_NOOP("ks::Problem", "no such tag: %1"),
    QT_TRANSLATE_NOOP("ks::Problem", "there is already a tag \"%1\" there"),
    QT_TRANSLATE_NOOP("ks::Problem", "a tag cannot go inside itself"),
    QT_TRANSLATE_NOOP("ks::Problem", "a tag cannot be merged into a tag below it"),
    QT_TRANSLATE_NOOP("ks::Problem", "not a colour: %1"),
    QT_TRANSLATE_NOOP("ks::Problem", "search index unreadable"),
    QT_TRANSLATE_NOOP("ks::Problem", "%1: needs a value"),
    QT_TRANSLATE_NOOP("ks::Problem", "unknown kind \"%1\" (post, blog, diary, photo, album, video, board, "
                                     "favorite, share, visit)"),
    QT_TRANSLATE_NOOP("ks::Problem", "year: expects a year like 2009 or 2008-2010, not \"%1\""),
    QT_TRANSLATE_NOOP("ks::Problem", "%1: expects a date like 2009, 2009-06 or 2009-06-30, not \"%2\""),
    QT_TRANSLATE_NOOP("ks::Problem", "has: expects photo, video, comment or location, not \"%1\""),
    QT_TRANSLATE_NOOP("ks::Problem", "nothing to print"),
    QT_TRANSLATE_NOOP("ks::Problem", "bookmarks not added: %1"),
    QT_TRANSLATE_NOOP("ks::Problem", "the selection holds no memories"),
    QT_TRANSLATE_NOOP("ks::Problem", "cannot paint on the output device"),
    QT_TRANSLATE_NOOP("ks::Problem", "cannot start a new page"),
    QT_TRANSLATE_NOOP("ks::Problem", "the picture says it is %1 × %2 pixels, too large to decode"),
    QT_TRANSLATE_NOOP("ks::Problem", "cannot write to %1"),
    QT_TRANSLATE_NOOP("ks::Problem", "no startxref"),
    QT_TRANSLATE_NOOP("ks::Problem", "cross-reference streams are not supported"),
    QT_TRANSLATE_NOOP("ks::Problem", "malformed xref"),
    QT_TRANSLATE_NOOP("ks::Problem", "no catalog"),
    QT_TRANSLATE_NOOP("ks::Problem", "no pages"),
    QT_TRANSLATE_NOOP("ks::Problem", "a memory could not be read"),
    QT_TRANSLATE_NOOP("ks::Problem", "the photos of a memory could not be read"),
};

struct Pattern
{
    const char *source;
    QRegularExpression regex;
    QList<int> groups; ///< placeholder number of each capture group, in order
    qsizetype literalLength = 0;
};

const std::vector<Pattern> &patterns()
{
    static const std::vector<Pattern> all = [] {
        std::vector<Pattern> list;
        static const QRegularExpression placeholder(QStringLiteral("%([1-9])"));
        for (const char *source : kTemplates) {
            const QString text = QString::fromUtf8(source);
            Pattern p;
            p.source = source;
            QString regex = QStringLiteral("^");
            QList<int> seen;
            qsizetype at = 0;
            for (auto it = placeholder.globalMatch(text); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                const QString literal = text.mid(at, m.capturedStart() - at);
                regex += QRegularExpression::escape(literal);
                p.literalLength += literal.size();
                const int number = m.captured(1).toInt();
                if (seen.contains(number)) {
                    regex += QStringLiteral("\\g{%1}").arg(seen.indexOf(number) + 1);
                } else {
                    seen << number;
                    regex += QStringLiteral("(.*?)");
                }
                at = m.capturedEnd();
            }
            const QString tail = text.mid(at);
            regex += QRegularExpression::escape(tail) + QStringLiteral("$");
            p.literalLength += tail.size();
            p.groups = seen;
            p.regex = QRegularExpression(regex, QRegularExpression::DotMatchesEverythingOption);
            list.push_back(std::move(p));
        }
        // The most specific sentence wins when two match ("%1: %2 (line %3)" is very general).
        std::stable_sort(list.begin(), list.end(), [](const Pattern &a, const Pattern &b) {
            return a.literalLength > b.literalLength;
        });
        return list;
    }();
    return all;
}

QString substitute(const QString &text, const QHash<int, QString> &values)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('%') && i + 1 < text.size() && text.at(i + 1).isDigit() &&
            values.contains(text.at(i + 1).digitValue())) {
            out += values.value(text.at(i + 1).digitValue());
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

QString translatedAt(const QString &message, int depth)
{
    if (message.isEmpty() || depth > 4)
        return message;
    for (const Pattern &p : patterns()) {
        if (p.literalLength == 0)
            continue;
        const QRegularExpressionMatch m = p.regex.match(message);
        if (!m.hasMatch())
            continue;
        QHash<int, QString> values;
        for (int g = 0; g < p.groups.size(); ++g)
            values.insert(p.groups.at(g), translatedAt(m.captured(g + 1), depth + 1));
        return substitute(QCoreApplication::translate("ks::Problem", p.source), values);
    }
    return message;
}

} // namespace

QString translated(const QString &message)
{
    return translatedAt(message, 0);
}

bool isKnown(const QString &message)
{
    return std::any_of(patterns().begin(), patterns().end(), [&](const Pattern &p) {
        return p.literalLength > 0 && p.regex.match(message).hasMatch();
    });
}

namespace {

struct KindText
{
    const char *kind;
    const char *title; ///< with %n
    const char *advice;
};

// In the order the report shows them: what the person can still fix first.
const KindText kKinds[] = {
    {"missing", QT_TRANSLATE_N_NOOP("ks::ProblemKind", "%n file(s) named by the export are not in it"),
     QT_TRANSLATE_NOOP(
         "ks::ProblemKind",
         "The memories are imported without them. If you have another copy of the backup (the "
         "folder with the pictures, an older zip), drop it onto the window too: the missing files "
         "are filled in and nothing is imported twice.")},
    {"corrupt", QT_TRANSLATE_N_NOOP("ks::ProblemKind", "%n damaged file(s)"),
     QT_TRANSLATE_NOOP("ks::ProblemKind",
                       "They are kept in the library exactly as they are. If another copy of the backup has "
                       "them intact, import it too and the good copy is added.")},
    {"zero-byte", QT_TRANSLATE_N_NOOP("ks::ProblemKind", "%n empty file(s)"),
     QT_TRANSLATE_NOOP("ks::ProblemKind",
                       "These files hold nothing (0 bytes): the download or the copy did not finish. Another "
                       "copy of the backup may have them.")},
    {"placeholder",
     QT_TRANSLATE_N_NOOP("ks::ProblemKind", "%n picture(s) QQ Space replaced with “image missing”"),
     QT_TRANSLATE_NOOP(
         "ks::ProblemKind",
         "QQ Space no longer had these photos when the backup was made. There is nothing more to "
         "do here unless an older backup has them.")},
    {"unreadable", QT_TRANSLATE_N_NOOP("ks::ProblemKind", "%n file(s) or folder(s) could not be read"),
     QT_TRANSLATE_NOOP(
         "ks::ProblemKind",
         "Usually a permission or a failing disk. Copy the export to your own disk and import the "
         "copy; everything already imported stays.")},
    {"outside", QT_TRANSLATE_N_NOOP("ks::ProblemKind", "%n link(s) leading outside the export"),
     QT_TRANSLATE_NOOP(
         "ks::ProblemKind",
         "Keepsake never reads outside the folder you dropped. If the files are yours, copy them "
         "into the export folder and import it again.")},
    {"unsafe-path", QT_TRANSLATE_N_NOOP("ks::ProblemKind", "%n path(s) leading outside the export"),
     QT_TRANSLATE_NOOP(
         "ks::ProblemKind",
         "These entries point outside the export and were not read, to keep your computer safe.")},
    {"too-large", QT_TRANSLATE_N_NOOP("ks::ProblemKind", "%n file(s) or text(s) too large to read"),
     QT_TRANSLATE_NOOP(
         "ks::ProblemKind",
         "The files are kept in the library as they are, so nothing is lost; only the part over "
         "the limit is not shown.")},
    {"malformed", QT_TRANSLATE_N_NOOP("ks::ProblemKind", "%n data file(s) partly unreadable"),
     QT_TRANSLATE_NOOP(
         "ks::ProblemKind",
         "What could be read was imported. The export tool may have been interrupted; exporting "
         "again and importing the new export adds what is missing.")},
    {"encoding", QT_TRANSLATE_N_NOOP("ks::ProblemKind", "%n file(s) in an unexpected text encoding"),
     QT_TRANSLATE_NOOP("ks::ProblemKind",
                       "The text was read as well as it could be. Check the memories from these files; the "
                       "original files are unchanged.")},
    {"vanished", QT_TRANSLATE_N_NOOP("ks::ProblemKind", "%n file(s) disappeared during the import"),
     QT_TRANSLATE_NOOP(
         "ks::ProblemKind",
         "Another program moved or deleted them while Keepsake read. Import the export again when "
         "it is complete.")},
    {"skipped", QT_TRANSLATE_N_NOOP("ks::ProblemKind", "%n special file(s) skipped"),
     QT_TRANSLATE_NOOP("ks::ProblemKind", "Pipes, devices and similar are not memories; nothing to do.")},
    {"unsupported", QT_TRANSLATE_N_NOOP("ks::ProblemKind", "%n item(s) Keepsake does not read yet"),
     QT_TRANSLATE_NOOP("ks::ProblemKind", "The files are kept; a later version of Keepsake may show them.")},
    {"elsewhere", QT_TRANSLATE_N_NOOP("ks::ProblemKind", "%n part(s) of the backup are in another folder"),
     QT_TRANSLATE_NOOP("ks::ProblemKind", "Drop the other folder onto the window too.")},
    {"note", QT_TRANSLATE_N_NOOP("ks::ProblemKind", "%n note(s)"),
     QT_TRANSLATE_NOOP("ks::ProblemKind", "For your information; nothing was lost.")},
};

} // namespace

namespace {

/// Index of @p kind in kKinds; the table's size (after every known kind) when unknown.
int kindIndex(const QString &kind)
{
    const auto it = std::find_if(std::begin(kKinds), std::end(kKinds),
                                 [&](const KindText &k) { return kind == QLatin1String(k.kind); });
    return int(it - std::begin(kKinds));
}

} // namespace

QString kindTitle(const QString &kind, int count)
{
    const int i = kindIndex(kind);
    if (i < int(std::size(kKinds)))
        return QCoreApplication::translate("ks::ProblemKind", kKinds[i].title, nullptr, count);
    return QCoreApplication::translate("ks::ProblemKind", "%n other problem(s)", nullptr, count);
}

QString kindAdvice(const QString &kind)
{
    const int i = kindIndex(kind);
    if (i < int(std::size(kKinds)))
        return QCoreApplication::translate("ks::ProblemKind", kKinds[i].advice);
    return QCoreApplication::translate("ks::ProblemKind", "The rest of the export was imported.");
}

int kindRank(const QString &kind)
{
    return kindIndex(kind);
}

QStringList templates()
{
    QStringList list;
    for (const char *source : kTemplates)
        list << QString::fromUtf8(source);
    return list;
}

} // namespace ks::problemtext
