// SPDX-License-Identifier: GPL-3.0-or-later
#include "InitCommand.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace steward {

InitCommand::InitCommand()
    : CliCommand("InitCommand", "init", QT_TRANSLATE_NOOP("InitCommand", "Create a new, empty Steward database."))
{
}

ExitCode InitCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    Q_UNUSED(parser);
    if (QFileInfo::exists(context.databasePath) && QFileInfo(context.databasePath).size() > 0) {
        return reportError(
            context,
            ExitCode::Failure,
            QCoreApplication::translate("InitCommand", "%1 already exists; init only creates new databases.")
                .arg(context.databasePath));
    }
    auto database = context.openDatabase(Database::OpenMode::CreateIfMissing);
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    context.out << QCoreApplication::translate("InitCommand", "Created %1 (schema version %2).")
                       .arg(context.databasePath)
                       .arg((*database)->schemaVersion())
                << Qt::endl;
    return ExitCode::Success;
}

} // namespace steward
