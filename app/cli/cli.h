// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace ks {

/// Exit codes of the command line.
enum CliExit
{
    ExitOk = 0,
    ExitFailure = 1,
    ExitUsage = 2,
    ExitUnavailable = 3
};

/// True when the arguments ask for a headless subcommand (or --help/--version) rather than the window.
bool isCliInvocation(const QStringList &arguments);

/// Runs the subcommand in @p arguments (argv, program name first). Needs a Q(Core)Application.
int runCli(const QStringList &arguments);

} // namespace ks
