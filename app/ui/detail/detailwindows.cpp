// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailwindows.h"

#include "detaildata.h"
#include "library/database.h"
#include "memorydetailview.h"
#include "models/detailmedia.h"
#include "pagestack.h"
#include "photoviewer.h"
#include "videoplayer.h"

namespace ks {

QWidget *createMemoryDetail(Database &database, qint64 memoryId, QWidget *parent, int mediaIndex)
{
    const std::optional<QString> found = detailmedia::memoryKind(database, memoryId);
    if (!found)
        return nullptr;
    const QString kind = *found;
    if (kind == QLatin1String("photo") || kind == QLatin1String("album")) {
        int start = 0;
        const QList<DetailMedia> sequence =
            detailmedia::photoSequence(database, memoryId, mediaIndex, &start);
        // A video inside an album opens the player directly.
        if (!sequence.isEmpty() && sequence.at(start).isVideo())
            return new VideoPlayer(database, sequence.at(start), parent);
        return new PhotoViewer(database, sequence, start, parent);
    }
    if (kind == QLatin1String("video")) {
        const QList<DetailMedia> media = detailmedia::mediaOfMemory(database, memoryId);
        DetailMedia video;
        video.status = QStringLiteral("missing");
        video.memoryId = memoryId;
        for (const DetailMedia &m : media) {
            if (m.isVideo()) {
                video = m;
                break;
            }
        }
        return new VideoPlayer(database, video, parent);
    }
    return new MemoryDetailView(database, memoryId, parent);
}

void openMemoryDetail(Database &database, qint64 memoryId, QWidget *origin, int mediaIndex)
{
    PageStack::open(origin, createMemoryDetail(database, memoryId, nullptr, mediaIndex));
}

} // namespace ks
