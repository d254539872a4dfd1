// SPDX-License-Identifier: GPL-3.0-or-later
// Any selection as a PDF: selectable text with the CJK font embedded, pictures at print
// resolution, bookmarks by year and month. The book's layout engine without cover and contents.
#pragma once

#include "bookexporter.h"

namespace ks {

class PdfExporter
{
public:
    PdfExporter(Database &database, const QString &title, BookPaper paper = BookPaper::A4)
        : m_exporter(database, pdfDocumentOptions(title, paper))
    {
    }
    void setProgressCallback(ExportProgress progress) { m_exporter.setProgressCallback(std::move(progress)); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_exporter.setCancelFlag(cancel); }
    ExportResult exportSelection(const ExportSelection &selection, const QString &path)
    {
        return m_exporter.exportPdf(selection, path);
    }

private:
    BookExporter m_exporter;
};

} // namespace ks
