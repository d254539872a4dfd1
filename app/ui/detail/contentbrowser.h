// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextBrowser>

namespace ks {

class Database;

/// A QTextBrowser that never leaves the library: it loads nothing from the network or the disk
/// except vault files, through its own URL schemes:
///   ks-media:<mediaId>       a picture of the memory (scaled to the page width)
///   ks-thumb:<mediaId>[?size=<px>]  a square thumbnail for the photo grid (150 px by default)
///   ks-emoticon:<id>         QQ emoticon e<id>.gif
///   ks-avatar:<uin>          a person's avatar
///   ks-missing:image         the "picture not kept" placeholder
/// Links are never followed; ks-open:<index> links emit mediaActivated().
class ContentBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ContentBrowser(Database &database, QWidget *parent = nullptr);

    QVariant loadResource(int type, const QUrl &name) override;
    /// Resources refused (anything not in the vault), for tests.
    int refusedCount() const { return m_refused; }

    static constexpr int kThumbSize = 150;

signals:
    void mediaActivated(int index);

private:
    QImage placeholder(const QString &text, QSize size) const;

    Database &m_database;
    int m_refused = 0;
};

} // namespace ks
