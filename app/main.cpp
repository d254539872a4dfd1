// SPDX-License-Identifier: GPL-3.0-or-later
// Keepsake: a subcommand runs headless; no subcommand opens the window.
#include "cli.h"
#include "library/appidentity.h"
#include "mainwindow.h"

#include <QCoreApplication>
#include <QGuiApplication>

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (ks::isCliInvocation(arguments)) {
        // export and book paint pages (fonts, QPdfWriter): they need a GUI application, off screen.
        const bool paints = arguments.contains(QLatin1String("export")) ||
                            arguments.contains(QLatin1String("book")) ||
                            arguments.contains(QLatin1String("review"));
        if (paints) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            QGuiApplication app(argc, argv);
            ks::setApplicationIdentity();
            // The arguments as given: Qt takes "--style NAME" for its own (the widget style), and
            // "keepsake book --style" names the book's.
            return ks::runCli(arguments);
        }
        QCoreApplication app(argc, argv);
        ks::setApplicationIdentity();
        return ks::runCli(QCoreApplication::arguments());
    }
    return ks::runGui(argc, argv);
}
