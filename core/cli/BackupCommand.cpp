// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupCommand.h"

#include "archive/WorkspaceBackup.h"
#include "cli/StderrProgress.h"

#include <QCoreApplication>

#include <numeric>

namespace steward {

BackupCommand::BackupCommand()
    : CliCommand("BackupCommand",
                 "backup",
                 QT_TRANSLATE_NOOP("BackupCommand",
                                   "Write a consistent archive of the workspace (a snapshot and manifest.json with "
                                   "checksums and row counts); safe while Steward has the file open."))
{
}

void BackupCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QCoreApplication::translate("BackupCommand", "The archive to write (replaced when complete)."),
                      QStringLiteral("FILE.zip")});
}

ExitCode BackupCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty() || !parser.positionalArguments().isEmpty())
        return reportError(
            context, ExitCode::Usage, QCoreApplication::translate("BackupCommand", "backup needs -o FILE.zip"));
    auto database = context.openDatabase();
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    StderrProgress progress(context);
    auto manifest = WorkspaceBackup::write(**database, output, context.clock, progress);
    progress.finish();
    if (!manifest)
        return reportError(context, ExitCode::Failure, manifest.errorString());
    const qint64 rows = std::accumulate(manifest->tableCounts.cbegin(), manifest->tableCounts.cend(), qint64(0));
    context.out << QCoreApplication::translate("BackupCommand", "Wrote %1: schema %2, %3 tables, %4 rows, SHA-256 %5.")
                       .arg(output)
                       .arg(manifest->schemaVersion)
                       .arg(manifest->tableCounts.size())
                       .arg(rows)
                       .arg(QString::fromLatin1(manifest->entries.constFirst().sha256))
                << Qt::endl;
    return ExitCode::Success;
}

} // namespace steward
