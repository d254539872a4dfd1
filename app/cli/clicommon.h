// SPDX-License-Identifier: GPL-3.0-or-later
// Shared pieces of the subcommands: streams, common options, opening the library.
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

namespace ks {

class Database;

namespace cli {

QTextStream &out();
QTextStream &err();

QCommandLineOption libraryOption();
QCommandLineOption jsonOption();

/// Parses @p arguments (program name, subcommand, rest) with @p parser after adding --help,
/// --library and --json. Returns -1 to go on, or the exit code to return (help, usage error).
int parse(QCommandLineParser &parser, const QStringList &arguments, const QString &description);

/// Opens the library named by --library / $KEEPSAKE_LIBRARY / the default; prints why not.
/// A read-only library (a backup disk, a DVD) opens for reading.
bool openLibrary(Database &db, const QCommandLineParser &parser);

/// For a subcommand that writes: false (after saying so on stderr, naming the library and
/// "read-only") when @p db was opened read-only. Call it right after openLibrary().
bool requireWritable(const Database &db, const QString &subcommand);

/// True when @p theme is one of the themes (export/themes.h); else says which there are on
/// stderr behind @p command ("keepsake export: ") and returns false.
bool knownTheme(const QString &theme, const QString &command);

QString compactJson(const QJsonObject &object);

/// True when stderr is a terminal (a progress line is shown there only then).
bool stderrIsTerminal();

} // namespace cli

// One function per subcommand, each in its own file: (program, subcommand, args…) → exit code.
int runStats(const QStringList &arguments);
int runImport(const QStringList &arguments);
int runList(const QStringList &arguments);
int runProblems(const QStringList &arguments);
int runSearch(const QStringList &arguments);
int runTag(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runBook(const QStringList &arguments);
int runVerify(const QStringList &arguments);
int runRebuild(const QStringList &arguments);
int runBackup(const QStringList &arguments);
int runDate(const QStringList &arguments);
int runReview(const QStringList &arguments);
int runVerifyArchive(const QStringList &arguments);

} // namespace ks
