// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace ks {

/// What the wall shows when the library has memories but none is on the wall: why (the filters,
/// a restriction, a search without results) and the way out.
class WallEmptyState : public QWidget
{
    Q_OBJECT
public:
    enum class Reason
    {
        Filters,  ///< kind/year filters or a tag/person chip hide everything
        NoResults ///< the search found nothing
    };
    explicit WallEmptyState(QWidget *parent = nullptr);
    /// Shows why the wall is empty; @p query is the search for NoResults.
    void setReason(Reason reason, const QString &query = QString());
    Reason reason() const { return m_reason; }

signals:
    void clearFiltersRequested();
    void clearSearchRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Reason m_reason = Reason::Filters;
    QString m_query;
    QLabel *m_title = nullptr;
    QLabel *m_body = nullptr;
    QPushButton *m_button = nullptr;
};

} // namespace ks
