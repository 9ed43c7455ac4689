// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeopleImportCommand.h"

#include "cli/StderrProgress.h"
#include "import/PeopleCsvImport.h"

#include <QCoreApplication>

namespace steward {

PeopleImportCommand::PeopleImportCommand()
    : CliCommand("PeopleImportCommand",
                 "people import",
                 QT_TRANSLATE_NOOP("PeopleImportCommand", "Import people from a CSV file (all rows or none)."),
                 "FILE.csv")
{
}

void PeopleImportCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE.csv"),
                                 QCoreApplication::translate("PeopleImportCommand", "The CSV file to import."));
}

ExitCode PeopleImportCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        return reportError(
            context,
            ExitCode::Usage,
            QCoreApplication::translate("PeopleImportCommand", "people import needs exactly one FILE.csv"));
    }
    auto database = context.openDatabase();
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    StderrProgress progress(context);
    auto summary = PeopleCsvImport(**database, progress).importFile(files.constFirst());
    progress.finish();
    if (!summary)
        return reportError(context, ExitCode::Failure, summary.errorString());
    if (!summary->ignoredColumns.isEmpty()) {
        context.err << QCoreApplication::translate("PeopleImportCommand", "steward-cli: note: ignored columns: %1")
                           .arg(summary->ignoredColumns.join(QStringLiteral(", ")))
                    << Qt::endl;
    }
    context.out << QCoreApplication::translate("PeopleImportCommand",
                                               "Imported %1 rows: %2 added, %3 updated, %4 unchanged.")
                       .arg(summary->rows)
                       .arg(summary->added)
                       .arg(summary->updated)
                       .arg(summary->unchanged)
                << Qt::endl;
    return ExitCode::Success;
}

} // namespace steward
