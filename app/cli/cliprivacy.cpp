// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliprivacy.h"

#include <QCoreApplication>

namespace ks::cli {

void addPrivacyOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        QStringLiteral("privacy"),
        QCoreApplication::translate(
            "ks::cli::Privacy", "For sharing: friends become Friend A, Friend B…, their comments, message "
                                "board notes, visits and avatars stay out, no QQ number is written, what the "
                                "source marks private stays out, and photos lose their GPS.")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("with-friends"),
        QCoreApplication::translate("ks::cli::Privacy", "With --privacy: keep friends' names, comments and "
                                                        "message board notes (never their QQ numbers).")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("with-private"),
        QCoreApplication::translate("ks::cli::Privacy",
                                    "With --privacy: keep private diaries, private albums, "
                                    "secret notes and private comments.")));
}

PrivacyOptions privacyOptions(const QCommandLineParser &parser)
{
    PrivacyOptions options;
    options.keepFriends = parser.isSet(QStringLiteral("with-friends"));
    options.keepPrivate = parser.isSet(QStringLiteral("with-private"));
    options.enabled = parser.isSet(QStringLiteral("privacy")) || options.keepFriends || options.keepPrivate;
    return options;
}

} // namespace ks::cli
