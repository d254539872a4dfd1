// SPDX-License-Identifier: GPL-3.0-or-later
// Keepsake: a subcommand runs headless; no subcommand opens the window.
#include "cli.h"
#include "library/appidentity.h"
#include "mainwindow.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (ks::isCliInvocation(arguments)) {
        QCoreApplication app(argc, argv);
        ks::setApplicationIdentity();
        return ks::runCli(QCoreApplication::arguments());
    }
    return ks::runGui(argc, argv);
}
