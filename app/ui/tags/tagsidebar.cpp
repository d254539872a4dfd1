// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagsidebar.h"

#include "domain/problemtext.h"
#include "library/database.h"
#include "library/librarychanges.h"
#include "tags/tagstore.h"
#include "tags/tagtreemodel.h"

#include <QColorDialog>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QStyledItemDelegate>

namespace ks {

namespace {

// Paints a tag's colour as a round dot instead of the square swatch a QColor decoration gets.
class TagDotDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QColor color = index.data(TagTreeModel::ColorRole).value<QColor>();
        if (index.column() != TagTreeModel::NameColumn || !color.isValid())
            return;
        const int size = option->decorationSize.height();
        QPixmap dot(size, size);
        dot.fill(Qt::transparent);
        QPainter p(&dot);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        const qreal r = size * 0.3;
        p.drawEllipse(QPointF(size / 2.0, size / 2.0), r, r);
        p.end();
        option->icon = QIcon(dot);
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
};

} // namespace

TagSidebar::TagSidebar(Database &database, QWidget *parent)
    : QTreeView(parent), m_database(database), m_model(new TagTreeModel(database, this))
{
    setObjectName(QStringLiteral("tagSidebar"));
    setModel(m_model);
    setItemDelegate(new TagDotDelegate(this));
    setHeaderHidden(true);
    setFrameShape(QFrame::NoFrame);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(TagTreeModel::NameColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(TagTreeModel::CountColumn, QHeaderView::ResizeToContents);
    expandAll();
    connect(this, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        emit tagSelected(index.data(TagTreeModel::PathRole).toString());
    });
    connect(this, &QTreeView::activated, this, [this](const QModelIndex &index) {
        emit tagSelected(index.data(TagTreeModel::PathRole).toString());
    });
    // Counts follow new memories; tags follow edits made anywhere (the tag editor, the CLI's
    // library in another window of this process).
    connect(database.changes(), &LibraryChanges::changed, this, [this](LibraryChanges::Changes what) {
        if (what & (LibraryChanges::Memories | LibraryChanges::Tags))
            reload();
    });
}

void TagSidebar::paintEvent(QPaintEvent *event)
{
    QTreeView::paintEvent(event);
    if (model() && model()->rowCount() > 0)
        return;
    // An empty tree says how to start, instead of being a blank grey area.
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(viewport()->rect().adjusted(16, 6, -12, -6),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                     tr("No tags yet. Select memories on the wall and press Ctrl+T, or right-click here."));
}

QString TagSidebar::selectedPath() const
{
    const QModelIndex current = selectionModel()->currentIndex();
    return selectionModel()->isSelected(current) ? current.data(TagTreeModel::PathRole).toString()
                                                 : QString();
}

void TagSidebar::reload()
{
    const QString selected = selectedPath();
    m_model->reload();
    expandAll();
    selectPath(selected);
}

void TagSidebar::selectPath(const QString &path)
{
    const QModelIndex index = m_model->indexForPath(path);
    if (!index.isValid()) {
        clearSelection();
        return;
    }
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
}

bool TagSidebar::finish(bool ok, const QString &selectAfter)
{
    if (!ok) {
        emit tagError(problemtext::translated(TagStore(m_database.connection()).lastError()));
        return false;
    }
    m_model->reload();
    expandAll();
    selectPath(selectAfter);
    emit tagsChanged();
    return true;
}

bool TagSidebar::createTag(const QString &path)
{
    TagStore store(m_database.connection());
    const bool ok = store.ensureTag(path) != 0;
    if (!ok)
        emit tagError(problemtext::translated(store.lastError()));
    return ok && finish(true, TagStore::normalizePath(path));
}

bool TagSidebar::renameTag(const QString &path, const QString &newName)
{
    TagStore store(m_database.connection());
    const qint64 id = store.tagId(path);
    if (!id || !store.rename(id, newName)) {
        emit tagError(id ? problemtext::translated(store.lastError()) : tr("There is no tag %1.").arg(path));
        return false;
    }
    return finish(true, store.tag(id).path);
}

bool TagSidebar::moveTag(const QString &path, const QString &newParentPath)
{
    TagStore store(m_database.connection());
    const qint64 id = store.tagId(path);
    const qint64 parent =
        TagStore::normalizePath(newParentPath).isEmpty() ? 0 : store.ensureTag(newParentPath);
    if (!id || !store.move(id, parent)) {
        emit tagError(id ? problemtext::translated(store.lastError()) : tr("There is no tag %1.").arg(path));
        return false;
    }
    return finish(true, store.tag(id).path);
}

bool TagSidebar::mergeTag(const QString &path, const QString &intoPath)
{
    TagStore store(m_database.connection());
    const qint64 from = store.tagId(path);
    const qint64 into = store.tagId(intoPath);
    if (!from || !into || !store.merge(from, into)) {
        emit tagError(from && into ? problemtext::translated(store.lastError())
                                   : tr("There is no tag %1.").arg(from ? intoPath : path));
        return false;
    }
    return finish(true, intoPath);
}

bool TagSidebar::deleteTag(const QString &path)
{
    TagStore store(m_database.connection());
    const qint64 id = store.tagId(path);
    if (!id || !store.remove(id)) {
        emit tagError(id ? problemtext::translated(store.lastError()) : tr("There is no tag %1.").arg(path));
        return false;
    }
    const bool wasSelected = selectedPath() == path || selectedPath().startsWith(path + QLatin1Char('/'));
    finish(true);
    if (wasSelected)
        emit tagCleared();
    return true;
}

bool TagSidebar::setTagColor(const QString &path, const QString &color)
{
    TagStore store(m_database.connection());
    const qint64 id = store.tagId(path);
    if (!id || !store.setColor(id, color)) {
        emit tagError(id ? problemtext::translated(store.lastError()) : tr("There is no tag %1.").arg(path));
        return false;
    }
    return finish(true, path);
}

QMenu *TagSidebar::createContextMenu(const QModelIndex &index)
{
    auto *menu = new QMenu(this);
    const QString path = index.data(TagTreeModel::PathRole).toString();
    menu->addAction(tr("New Tag…"), this, [this] { promptNew(QString()); });
    if (path.isEmpty())
        return menu;
    menu->addAction(tr("New Tag Inside “%1”…").arg(index.data().toString()), this,
                    [this, path] { promptNew(path); });
    menu->addSeparator();
    menu->addAction(tr("Rename…"), this, [this, path] { promptRename(path); });
    menu->addAction(tr("Colour…"), this, [this, path] { promptColor(path); });
    menu->addAction(tr("Merge Into…"), this, [this, path] { promptMerge(path); });
    if (index.parent().isValid())
        menu->addAction(tr("Move to the Top Level"), this, [this, path] { moveTag(path, QString()); });
    menu->addSeparator();
    menu->addAction(tr("Delete…"), this, [this, path] { promptDelete(path); });
    return menu;
}

void TagSidebar::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createContextMenu(indexAt(event->pos()));
    menu->exec(event->globalPos());
    menu->deleteLater();
}

void TagSidebar::promptNew(const QString &parentPath)
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("New Tag"),
                              parentPath.isEmpty() ? tr("Name (use / for levels, like 旅行/2009 北京):")
                                                   : tr("Name inside %1:").arg(parentPath),
                              QLineEdit::Normal, QString(), &ok);
    if (ok && !TagStore::normalizePath(name).isEmpty())
        createTag(parentPath.isEmpty() ? name : parentPath + QLatin1Char('/') + name);
}

void TagSidebar::promptRename(const QString &path)
{
    bool ok = false;
    const QString current = path.section(QLatin1Char('/'), -1);
    const QString name = QInputDialog::getText(this, tr("Rename Tag"), tr("New name for %1:").arg(path),
                                               QLineEdit::Normal, current, &ok);
    if (ok && name.trimmed() != current)
        renameTag(path, name);
}

void TagSidebar::promptColor(const QString &path)
{
    const QModelIndex index = m_model->indexForPath(path);
    const QColor current = index.data(TagTreeModel::ColorRole).value<QColor>();
    const QColor chosen = QColorDialog::getColor(current.isValid() ? current : QColor(0xe0, 0x6c, 0x75), this,
                                                 tr("Colour of %1").arg(path));
    if (chosen.isValid())
        setTagColor(path, chosen.name());
}

void TagSidebar::promptMerge(const QString &path)
{
    QStringList targets;
    for (const QString &other : m_model->paths()) {
        if (other != path && !other.startsWith(path + QLatin1Char('/')))
            targets << other;
    }
    if (targets.isEmpty())
        return;
    bool ok = false;
    const QString into = QInputDialog::getItem(
        this, tr("Merge Tag"), tr("Merge %1 into (its memories and sub-tags move there):").arg(path), targets,
        0, false, &ok);
    if (ok)
        mergeTag(path, into);
}

void TagSidebar::promptDelete(const QString &path)
{
    const QModelIndex index = m_model->indexForPath(path);
    const int below = m_model->rowCount(index);
    const QString question =
        below > 0 ? tr("Delete the tag %1 and the tags inside it? The memories themselves stay.").arg(path)
                  : tr("Delete the tag %1? The memories themselves stay.").arg(path);
    if (QMessageBox::question(this, tr("Delete Tag"), question) == QMessageBox::Yes)
        deleteTag(path);
}

} // namespace ks
