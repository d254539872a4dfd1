// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace ks {

/// What an empty library shows: plain words on how to bring memories in, and the sample.
class EmptyStateWidget : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyStateWidget(QWidget *parent = nullptr);

signals:
    void importFolderRequested();
    void sampleRequested();

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_title = nullptr;
    QLabel *m_body = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_sampleButton = nullptr;
};

} // namespace ks
