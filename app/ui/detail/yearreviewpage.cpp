// SPDX-License-Identifier: GPL-3.0-or-later
#include "yearreviewpage.h"

#include "export/exportdata.h"
#include "export/reviewimage.h"
#include "library/database.h"
#include "library/librarycounts.h"
#include "wall/walltheme.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QImageWriter>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ks {

namespace {

struct Painted
{
    YearReview review;
    QImage picture;
};

} // namespace

YearReviewPage::YearReviewPage(Database &database, int year, QWidget *parent)
    : QWidget(parent), m_database(database)
{
    setObjectName(QStringLiteral("yearReviewPage"));
    m_years = new QComboBox(this);
    m_years->setObjectName(QStringLiteral("reviewYear"));
    for (const auto &[y, count] : LibraryCounts::perYear(database.connection()))
        m_years->addItem(QString::number(y), y);
    const int at = m_years->findData(year);
    m_years->setCurrentIndex(at >= 0 ? at : 0);
    connect(m_years, &QComboBox::currentIndexChanged, this, &YearReviewPage::load);
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("reviewSave"));
    connect(m_save, &QPushButton::clicked, this, &YearReviewPage::saveAs);
    m_label = new QLabel(this);
    m_label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_label);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto *top = new QHBoxLayout;
    top->addWidget(m_years);
    top->addStretch(1);
    top->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(top);
    layout->addWidget(m_scroll, 1);
    retranslate();
    load();
}

int YearReviewPage::year() const
{
    return m_years->currentData().toInt();
}

void YearReviewPage::load()
{
    const int wanted = year();
    const int request = ++m_loading;
    m_save->setEnabled(false);
    m_label->setText(tr("Looking back at %1…").arg(wanted));
    Database *database = &m_database;
    const QString themeId = WallTheme::current().id;
    auto *watcher = new QFutureWatcher<Painted>(this);
    connect(watcher, &QFutureWatcher<Painted>::finished, this, [this, watcher, request] {
        watcher->deleteLater();
        if (request != m_loading)
            return; // another year was asked for meanwhile
        const Painted painted = watcher->result();
        m_review = painted.review;
        m_picture = painted.picture;
        m_save->setEnabled(!m_picture.isNull());
        showPicture();
        emit ready();
    });
    watcher->setFuture(QtConcurrent::run([database, wanted, themeId] {
        // A worker thread has its own connection (Database::connection is per thread).
        Painted painted;
        painted.review = readYearReview(*database, wanted);
        ExportSource source(*database);
        painted.picture = renderYearReview(painted.review, reviewImageOptions(source, themeId));
        return painted;
    }));
}

void YearReviewPage::showPicture()
{
    if (m_picture.isNull())
        return;
    // At most its own size, narrower on a small window; crisp on high-density screens.
    const double ratio = devicePixelRatioF();
    const int width = qMin(int(m_scroll->viewport()->width() * ratio) - 8, m_picture.width());
    QPixmap pixmap = QPixmap::fromImage(m_picture.scaledToWidth(qMax(width, 200), Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(ratio);
    m_label->setPixmap(pixmap);
    // Screen readers get the figures the picture shows.
    m_label->setAccessibleName(tr("Year in review %1").arg(m_review.year));
    const int memories = m_review.memories;
    const int photos = m_review.photos;
    m_label->setAccessibleDescription(tr("%n memories", nullptr, memories) + QStringLiteral(", ") +
                                      tr("%n photos", nullptr, photos));
}

bool YearReviewPage::savePicture(const QString &path, QString *error) const
{
    QSaveFile file(path);
    QImageWriter writer(&file, "png");
    if (!file.open(QIODevice::WriteOnly) || !writer.write(m_picture) || !file.commit()) {
        if (error)
            *error = file.errorString().isEmpty() ? writer.errorString() : file.errorString();
        return false;
    }
    return true;
}

void YearReviewPage::saveAs()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation) +
                              QLatin1Char('/') + tr("Year in review %1").arg(year()) + QStringLiteral(".png");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the Year in Review"), suggested,
                                                      tr("PNG pictures (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!savePicture(path, &error))
        QMessageBox::warning(this, tr("Year in Review"),
                             tr("The picture could not be saved to %1:\n%2").arg(path, error));
}

void YearReviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        load(); // the picture's words are in the language too
    }
    QWidget::changeEvent(event);
}

void YearReviewPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    showPicture();
}

void YearReviewPage::retranslate()
{
    setWindowTitle(tr("Year in Review"));
    m_save->setText(tr("Save as Image…"));
    m_years->setAccessibleName(tr("Year"));
    m_scroll->setAccessibleName(tr("Year in review"));
}

} // namespace ks
