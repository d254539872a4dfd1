// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/yearreview.h"

#include <QImage>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;

namespace ks {

class Database;

/// 年度回顾: the year laid out as the tall picture people share, read and painted off the UI
/// thread; another year from the box; Save as Image… writes the PNG.
class YearReviewPage : public QWidget
{
    Q_OBJECT
public:
    YearReviewPage(Database &database, int year, QWidget *parent = nullptr);

    int year() const;
    const YearReview &review() const { return m_review; }
    const QImage &picture() const { return m_picture; }
    QLabel *pictureLabel() const { return m_label; }
    /// Writes the picture as PNG; false (and the reason in @p error) when it could not.
    bool savePicture(const QString &path, QString *error) const;

signals:
    /// The review of year() is read and painted.
    void ready();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void load();
    void showPicture();
    void retranslate();
    void saveAs();

    Database &m_database;
    QComboBox *m_years = nullptr;
    QPushButton *m_save = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_label = nullptr;
    YearReview m_review;
    QImage m_picture;
    int m_loading = 0; ///< the newest request, so an older answer is dropped
};

} // namespace ks
