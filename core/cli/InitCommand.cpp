// SPDX-License-Identifier: GPL-3.0-or-later
#include "InitCommand.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace steward {

QStringList InitCommand::words() const
{
    return QStringLiteral("init").split(QLatin1Char(' '));
}

QString InitCommand::summary() const
{
    return QCoreApplication::translate("InitCommand", "Create a new, empty Steward database.");
}

QString InitCommand::positionalSyntax() const
{
    return QStringLiteral("");
}

void InitCommand::configure(QCommandLineParser& parser) const
{
    Q_UNUSED(parser);
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
