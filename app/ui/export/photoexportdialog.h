// SPDX-License-Identifier: GPL-3.0-or-later
// File → Export Photos…: the photos as files with their dates and words, written off the UI
// thread with progress and cancel (core: export/photoexport).
#pragma once

#include "export/exportprogress.h"
#include "export/exportselection.h"
#include "export/photoexport.h"

#include <QDialog>
#include <QSet>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace ks {

class PrivacyBox;

class Database;

class PhotoExportDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p current is what the wall shows now; it is offered as one of the choices.
    PhotoExportDialog(Database &database, const ExportSelection &current = ExportSelection(),
                      QWidget *parent = nullptr);

    void setOutputPath(const QString &path);
    QString outputPath() const;
    void setPhotoLayout(PhotoLayout layout);
    PhotoLayout photoLayout() const;
    ExportSelection selection() const;
    /// Offers (and chooses) the photos selected in the grid: @p mediaIds of @p memoryIds.
    void setSelectedPhotos(const QList<qint64> &memoryIds, const QSet<qint64> &mediaIds);

    /// Runs the export on a worker thread with a progress dialog. @p failures receives the
    /// photos that could not be written and those the library never had (named).
    ExportResult exportNow(QStringList *failures = nullptr);
    /// What the dialog says when an export ends ("12 photos exported to …", and what failed).
    static QString summary(const ExportResult &result, const QString &output);

private:
    void chooseOutput();
    void updateState();
    void run();

    Database &m_database;
    ExportSelection m_current;
    QList<qint64> m_pickedMemories;
    QSet<qint64> m_pickedMedia;
    QComboBox *m_scope = nullptr;
    QComboBox *m_year = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_text = nullptr;
    QComboBox *m_layout = nullptr;
    QLineEdit *m_output = nullptr;
    PrivacyBox *m_privacy = nullptr;
};

} // namespace ks
