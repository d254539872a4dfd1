// SPDX-License-Identifier: GPL-3.0-or-later
// The year in review as one tall picture, in the shape people share on phones (1080 px wide):
// the review page shows it, `keepsake review YEAR --image OUT.png` writes it, and the year's
// book prints it as its first chapter.
#pragma once

#include "models/yearreview.h"

#include <QImage>
#include <functional>

namespace ks {

class ExportSource;
struct Theme;

struct ReviewImageOptions
{
    int width = 1080;
    QString title;   ///< "小明的QQ空间"; empty = none
    QString themeId; ///< export/themes.h; empty = the default
    /// Vault path of emoticon "e100" (its GIF), empty when the library lacks it.
    std::function<QString(const QString &)> emoticonPath;
};

/// The look of the library's review: its owner's title ("小明的QQ空间") and its emoticons from
/// @p source, which must outlive the options; @p themeId as given.
ReviewImageOptions reviewImageOptions(const ExportSource &source, const QString &themeId = {});

/// Paints @p review; needs a QGuiApplication (fonts). Its height follows what there is to say.
/// @p cuts, when given, receives the heights between blocks where the picture may be cut into
/// pages (the year's book prints it so).
QImage renderYearReview(const YearReview &review, const ReviewImageOptions &options,
                        QList<int> *cuts = nullptr);

} // namespace ks
