// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckCommand.h"

#include <QCoreApplication>

namespace steward {

CheckCommand::CheckCommand()
    : CliCommand("CheckCommand",
                 "check",
                 QT_TRANSLATE_NOOP("CheckCommand", "Check the integrity of the database and show its schema version."))
{
}

ExitCode CheckCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    Q_UNUSED(parser);
    auto database = context.openDatabase();
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    auto integrity = (*database)->integrityCheck();
    if (!integrity)
        return reportError(context, ExitCode::Failure, integrity.errorString());
    context.out << QCoreApplication::translate("CheckCommand", "schema version: %1").arg((*database)->schemaVersion())
                << Qt::endl
                << QCoreApplication::translate("CheckCommand", "integrity: %1").arg(*integrity) << Qt::endl;
    if (!(*database)->backupPath().isEmpty()) {
        context.out << QCoreApplication::translate("CheckCommand", "upgraded; the old file was kept as %1")
                           .arg((*database)->backupPath())
                    << Qt::endl;
    }
    if (*integrity != QLatin1String("ok")) {
        return reportError(context,
                           ExitCode::Failure,
                           QCoreApplication::translate("CheckCommand", "the integrity check found problems"));
    }
    return ExitCode::Success;
}

} // namespace steward
