// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace ks {

/// While a folder or archive is dragged over the window: a highlight over the whole content
/// saying where it lands ("Drop to import into this library"), or why it cannot.
class DropOverlay : public QWidget
{
    Q_OBJECT
public:
    explicit DropOverlay(QWidget *parent);
    /// Covers the parent and shows @p text (the files' names are part of it).
    void showFor(const QString &text, bool accepted);
    QString text() const { return m_text; }
    bool accepted() const { return m_accepted; }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString m_text;
    bool m_accepted = true;
};

} // namespace ks
