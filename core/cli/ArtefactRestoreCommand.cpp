// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArtefactRestoreCommand.h"

#include "cli/ArtefactCommandInput.h"
#include "repertoire/ArtefactRepository.h"

#include <QCoreApplication>

namespace steward {

ArtefactRestoreCommand::ArtefactRestoreCommand()
    : CliCommand("ArtefactRestoreCommand",
                 "artefact restore",
                 QT_TRANSLATE_NOOP("ArtefactRestoreCommand",
                                   "Save an older version of an artefact again as its newest version."),
                 "ID")
{
}

void ArtefactRestoreCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 QCoreApplication::translate("ArtefactRestoreCommand", "The artefact's id."));
    parser.addOption({QStringLiteral("version"),
                      QCoreApplication::translate("ArtefactRestoreCommand", "The version to restore."),
                      QStringLiteral("N")});
}

ExitCode ArtefactRestoreCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("version")))
        return reportError(
            context,
            ExitCode::Usage,
            QCoreApplication::translate("ArtefactRestoreCommand", "artefact restore needs one ID and --version N"));
    auto id = ArtefactCommandInput::number(parser.positionalArguments().constFirst(), QStringLiteral("ID"));
    auto versionNo = ArtefactCommandInput::number(parser.value(QStringLiteral("version")), QStringLiteral("--version"));
    if (!id || !versionNo)
        return reportError(context, ExitCode::Usage, id ? versionNo.errorString() : id.errorString());
    auto database = context.openDatabase();
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    ArtefactRepository repository(**database);
    auto found = ArtefactCommandInput::artefact(**database, *id);
    if (!found)
        return reportError(context, ExitCode::Failure, found.errorString());
    auto saved = repository.restore(*id, int(*versionNo), 0, context.clock.now());
    if (!saved)
        return reportError(context, ExitCode::Failure, saved.errorString());
    context.out << QCoreApplication::translate("ArtefactRestoreCommand",
                                               "Restored version %1 of artefact %2 as version %3.")
                       .arg(*versionNo)
                       .arg(*id)
                       .arg(*saved)
                << Qt::endl;
    return ExitCode::Success;
}

} // namespace steward
