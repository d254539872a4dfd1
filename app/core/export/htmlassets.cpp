// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML export's fixed assets: its content security policy, its style sheet and its
// offline search script.
#include "htmlassets.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace ks {

namespace {

// Nothing may load from anywhere but the export folder: no host is named, so no network.
// Inline styles stay allowed (blog formatting); inline scripts do not.
const char *kCsp = "default-src 'none'; img-src 'self' file: data:; media-src 'self' file:; "
                   "style-src 'self' file: 'unsafe-inline'; script-src 'self' file:; font-src 'self' file:; "
                   "base-uri 'none'; form-action 'none'";

const char *kStyle = R"CSS(/* Keepsake export: works offline, prints cleanly. */
html { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB",
       "Microsoft YaHei", "WenQuanYi Micro Hei", "Heiti SC", "SimHei", sans-serif; color: var(--ink);
       background: var(--paper); line-height: 1.7; }
body { max-width: 860px; margin: 0 auto; padding: 24px 20px 64px; }
a { color: var(--link); text-decoration: none; }
a:focus-visible, input:focus-visible, video:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
a:hover { text-decoration: underline; }
h1 { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", serif; font-size: 2em;
     margin: 0.2em 0; }
.site-header { padding: 12px 16px 4px; border-radius: 8px; color: var(--ink); }
mark { background: var(--mark); color: var(--mark-ink); }
.site-header p { color: var(--muted); margin: 0.2em 0 1em; }
.search input { width: 100%; box-sizing: border-box; font: inherit; padding: 8px 12px; border: 1px solid var(--line);
                border-radius: 6px; background: var(--card); color: var(--ink); }
#results { list-style: none; padding: 0; margin: 8px 0 16px; }
#results li { padding: 4px 0; border-bottom: 1px dotted var(--line); }
nav.years { margin: 12px 0 24px; display: flex; flex-wrap: wrap; gap: 6px 14px; }
nav.years a { font-weight: bold; }
section.year > h2 { font-family: "Noto Serif CJK SC", "Songti SC", serif; border-bottom: 2px solid var(--ink);
                    padding-bottom: 4px; margin-top: 2em; }
section.month > h3 { color: var(--accent); margin: 1.4em 0 0.4em; }
ol.entries { list-style: none; padding: 0; margin: 0; }
ol.entries li { padding: 6px 0; border-bottom: 1px solid var(--line); display: flex; gap: 10px;
                align-items: baseline; flex-wrap: wrap; }
ol.entries time { color: var(--muted); font-size: 0.9em; min-width: 7.5em; }
.kind { display: inline-block; font-size: 0.75em; padding: 0 6px; border-radius: 3px; background: var(--chip);
        color: var(--chip-ink); margin-right: 4px; white-space: nowrap; }
.excerpt { flex: 1 1 20em; }
.thumbs { display: flex; gap: 4px; flex-wrap: wrap; }
.thumbs img { width: 48px; height: 48px; object-fit: cover; border-radius: 3px; }
article.memory { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 18px 22px;
                 margin: 16px 0; }
article.memory header { display: flex; align-items: center; gap: 10px; color: var(--muted); }
article.memory header .author { color: var(--ink); font-weight: bold; }
img.avatar { width: 36px; height: 36px; border-radius: 50%; object-fit: cover; }
article.memory h2 { font-family: "Noto Serif CJK SC", "Songti SC", serif; margin: 0.6em 0 0.2em; }
.text { white-space: pre-wrap; word-wrap: break-word; font-size: 1.05em; margin: 0.6em 0; }
.blog img { max-width: 100%; height: auto; }
.blog table { border-collapse: collapse; }
.blog td, .blog th { border: 1px solid var(--line); padding: 2px 8px; }
img.em { width: 1.3em; height: 1.3em; vertical-align: -0.25em; }
.photos { display: grid; grid-template-columns: repeat(3, 1fr); gap: 6px; margin: 10px 0; }
.photos.n1 { grid-template-columns: 1fr; }
.photos.n2, .photos.n4 { grid-template-columns: repeat(2, 1fr); }
.photos img { width: 100%; height: 100%; object-fit: cover; display: block; border-radius: 4px; aspect-ratio: 1; }
.photos.n1 img { aspect-ratio: auto; max-height: 640px; object-fit: contain; background: var(--tint); }
.photos video { width: 100%; }
.missing { display: flex; align-items: center; justify-content: center; aspect-ratio: 1; background: var(--placeholder);
           color: var(--muted); font-size: 0.85em; border-radius: 4px; }
.meta { color: var(--muted); font-size: 0.9em; }
.comments { border-top: 1px solid var(--line); margin-top: 12px; padding-top: 6px; font-size: 0.95em; }
.comments h3 { font-size: 1em; color: var(--muted); margin: 4px 0; }
.comments ul { list-style: none; padding-left: 0; margin: 0; }
.comments ul ul { padding-left: 1.6em; border-left: 2px solid var(--line); }
.comments li { margin: 6px 0; }
.comments .who { font-weight: bold; }
.comments time { color: var(--muted); font-size: 0.85em; margin-left: 6px; }
.comments .body { white-space: pre-wrap; word-wrap: break-word; }
nav.pager { display: flex; justify-content: space-between; margin: 20px 0; gap: 12px; }
footer { color: var(--muted); font-size: 0.85em; margin-top: 40px; text-align: center; }
@media print {
  html { background: #fff; color: #000; }
  .site-header { background: none !important; }
  article.memory { background: #fff; color: #000; }
  body { max-width: none; padding: 0; }
  .search, #results, nav.years, nav.pager, .noprint { display: none !important; }
  article.memory { border: none; border-bottom: 1px solid #ccc; border-radius: 0; padding: 8px 0; margin: 0 0 8px;
                   break-inside: avoid-page; }
  .photos a, .photos img { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  section.year { break-before: page; }
  a { color: inherit; }
}
)CSS";

const char *kSearchJs = R"JS(// Keepsake export: search over the exported text, in the page, offline.
(function () {
  'use strict';
  var input = document.getElementById('q');
  var list = document.getElementById('results');
  var data = window.KEEPSAKE_SEARCH || [];
  if (!input || !list) return;
  function run() {
    var q = input.value.trim().toLowerCase();
    list.textContent = '';
    if (!q) { list.hidden = true; return; }
    var words = q.split(/\s+/), shown = 0, found = 0;
    for (var i = 0; i < data.length; i++) {
      var text = data[i].t, lower = text.toLowerCase(), ok = true;
      for (var j = 0; j < words.length; j++) {
        if (lower.indexOf(words[j]) < 0) { ok = false; break; }
      }
      if (!ok) continue;
      found++;
      if (shown >= 200) continue;
      var at = lower.indexOf(words[0]), from = Math.max(0, at - 24);
      var li = document.createElement('li'), a = document.createElement('a');
      a.href = data[i].u;
      a.textContent = data[i].d + '  ' + data[i].k + '  ' + (from > 0 ? '…' : '') + text.substr(from, 90);
      li.appendChild(a);
      list.appendChild(li);
      shown++;
    }
    var head = document.createElement('li');
    head.textContent = found ? ksFound.replace('{n}', found) : ksNone;
    list.insertBefore(head, list.firstChild);
    list.hidden = false;
  }
  input.addEventListener('input', run);
})();
)JS";

} // namespace

QString htmlExportCsp()
{
    return QString::fromLatin1(kCsp);
}

QString htmlExportStyle()
{
    return QString::fromUtf8(kStyle);
}

// The page's search script, with its two messages in the export's language.
QString htmlExportSearchScript()
{
    const QJsonArray words{QCoreApplication::translate("ks::HtmlExporter", "%1 found"),
                           QCoreApplication::translate("ks::HtmlExporter", "Nothing found")};
    QString found = words.at(0).toString();
    found.replace(QStringLiteral("%1"), QStringLiteral("{n}"));
    const QString head =
        QStringLiteral("var ksFound = %1, ksNone = %2;\n")
            .arg(QString::fromUtf8(QJsonDocument(QJsonArray{found}).toJson(QJsonDocument::Compact))
                     .mid(1)
                     .chopped(1),
                 QString::fromUtf8(QJsonDocument(QJsonArray{words.at(1)}).toJson(QJsonDocument::Compact))
                     .mid(1)
                     .chopped(1));
    return head + QString::fromUtf8(kSearchJs);
}

} // namespace ks
