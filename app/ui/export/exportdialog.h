// SPDX-License-Identifier: GPL-3.0-or-later
// Export a selection as an offline HTML site or a PDF, off the UI thread with progress and cancel.
#pragma once

#include "export/exportprogress.h"
#include "export/exportselection.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QRadioButton;

namespace ks {

class PrivacyBox;

class Database;

class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum Format
    {
        Html,
        Pdf,
        Archive ///< a BagIt bag: the site, every memory as JSON, the originals (export/archiveexporter)
    };
    /// @p current is what the wall shows now (a search, a tag, picked memories); it is
    /// offered as one of the choices.
    ExportDialog(Database &database, const ExportSelection &current = ExportSelection(),
                 QWidget *parent = nullptr);

    void setFormat(Format format);
    Format format() const;
    /// Chooses "Everything" among the memories (the wall's choice stays in the list).
    void setScopeEverything();
    void setOutputPath(const QString &path);
    QString outputPath() const;
    ExportSelection selection() const;
    bool includeOriginals() const;
    /// The HTML site's theme (export/themes.h id); the window's own by default.
    QString themeId() const;
    void setThemeId(const QString &id);

    /// Runs the export on a worker thread with a progress dialog; returns its result.
    ExportResult exportNow();

private:
    void chooseOutput();
    void updateState();

    Database &m_database;
    ExportSelection m_current;
    QRadioButton *m_html = nullptr;
    QRadioButton *m_pdf = nullptr;
    QRadioButton *m_archive = nullptr;
    bool m_replaceArchive = false; ///< the person agreed to replace the earlier archive there
    QComboBox *m_scope = nullptr;
    QComboBox *m_year = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_text = nullptr;
    QCheckBox *m_originals = nullptr;
    QComboBox *m_paper = nullptr;
    QComboBox *m_theme = nullptr;
    QLineEdit *m_output = nullptr;
    PrivacyBox *m_privacy = nullptr;
};

/// Runs @p work on a worker thread while a modal progress dialog shows @p label; the dialog's
/// Cancel sets the flag @p work is given. Returns the work's result.
ExportResult
runWithProgress(QWidget *parent, const QString &label,
                const std::function<ExportResult(const ExportProgress &, const std::atomic_bool *)> &work);

/// Asks before an export replaces the file @p path or writes a site into the folder @p path when it
/// holds files (@p site); says so when @p path is the wrong kind of thing. True to go ahead.
bool confirmExportTarget(QWidget *parent, const QString &path, bool site);

/// The same for an archive: a new or empty folder goes ahead, an earlier archive is replaced
/// when the person says so (@p replace is set), a folder of anything else is refused.
bool confirmArchiveTarget(QWidget *parent, const QString &path, bool *replace);

} // namespace ks
