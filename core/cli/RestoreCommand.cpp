// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestoreCommand.h"

#include "archive/WorkspaceRestore.h"
#include "cli/StderrProgress.h"

#include <QCoreApplication>

namespace steward {

RestoreCommand::RestoreCommand()
    : CliCommand("RestoreCommand",
                 "restore",
                 QT_TRANSLATE_NOOP("RestoreCommand",
                                   "Restore a workspace archive into a new file, after checking every checksum and "
                                   "the manifest; nothing is written when anything is wrong."),
                 "FILE.zip")
{
}

void RestoreCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE.zip"),
                                 QCoreApplication::translate("RestoreCommand", "The archive 'backup' wrote."));
    parser.addOption({QStringLiteral("to"),
                      QCoreApplication::translate("RestoreCommand", "The workspace file to create."),
                      QStringLiteral("NEW.db")});
    parser.addOption({QStringLiteral("force"),
                      QCoreApplication::translate("RestoreCommand",
                                                  "Replace the --to file if it exists (never while it is open).")});
    parser.addOption({QStringLiteral("check-only"),
                      QCoreApplication::translate("RestoreCommand", "Only check the archive; write nothing.")});
}

ExitCode RestoreCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    const QStringList files = parser.positionalArguments();
    const QString target = parser.value(QStringLiteral("to"));
    const bool checkOnly = parser.isSet(QStringLiteral("check-only"));
    if (files.size() != 1 || (target.isEmpty() && !checkOnly))
        return reportError(context,
                           ExitCode::Usage,
                           QCoreApplication::translate("RestoreCommand", "restore needs FILE.zip and --to NEW.db"));
    StderrProgress progress(context);
    auto manifest = checkOnly ? WorkspaceRestore::verify(files.constFirst(), {}, progress)
                              : WorkspaceRestore::restore(
                                  files.constFirst(), target, parser.isSet(QStringLiteral("force")), {}, progress);
    progress.finish();
    if (!manifest)
        return reportError(context, ExitCode::Failure, manifest.errorString());
    context.out << (checkOnly ? QCoreApplication::translate("RestoreCommand",
                                                            "%1 is intact: schema %2, written by Steward %3 on %4.")
                                    .arg(files.constFirst())
                              : QCoreApplication::translate("RestoreCommand",
                                                            "Restored %1: schema %2, written by Steward %3 on %4.")
                                    .arg(target))
                       .arg(manifest->schemaVersion)
                       .arg(manifest->appVersion, manifest->created.toString(Qt::ISODate))
                << Qt::endl;
    return ExitCode::Success;
}

} // namespace steward
