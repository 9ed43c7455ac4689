// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommand.h"

#include <QCoreApplication>

namespace steward {

Result<std::unique_ptr<Database>> CliContext::openDatabase(Database::OpenMode mode) const
{
    if (databasePath.isEmpty()) {
        return Result<std::unique_ptr<Database>>::failure(
            QCoreApplication::translate("CliContext", "no database given: use --db FILE"));
    }
    return Database::open(databasePath, mode);
}

ExitCode reportError(CliContext& context, ExitCode code, const QString& message)
{
    QString line = message.simplified();
    context.err << "steward-cli: " << line << Qt::endl;
    return code;
}

} // namespace steward
