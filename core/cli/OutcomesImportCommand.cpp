// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutcomesImportCommand.h"

#include "cli/StderrProgress.h"
#include "import/OutcomeCsvImport.h"

#include <QCoreApplication>

namespace steward {

OutcomesImportCommand::OutcomesImportCommand()
    : CliCommand("OutcomesImportCommand",
                 "outcomes import",
                 QT_TRANSLATE_NOOP("OutcomesImportCommand",
                                   "Import outcomes per person from CSV (all rows or none), as one batch."),
                 "FILE.csv")
{
}

void OutcomesImportCommand::configure(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(
        summary() + QStringLiteral("\n\n")
        + QCoreApplication::translate("OutcomesImportCommand",
                                      "Header (any order and case): person (email or exact name; they must exist), "
                                      "metric (e.g. time_to_proficiency_days, performance, promotion, engagement), "
                                      "value (a number; yes/no and true/false count as 1/0), and optionally date "
                                      "(YYYY-MM-DD). 'network findings' relates each person's latest value to their "
                                      "position in the network."));
    parser.addPositionalArgument(QStringLiteral("FILE.csv"),
                                 QCoreApplication::translate("OutcomesImportCommand", "The CSV file to import."));
}

ExitCode OutcomesImportCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return reportError(
            context,
            ExitCode::Usage,
            QCoreApplication::translate("OutcomesImportCommand", "outcomes import needs exactly one FILE.csv"));
    auto database = context.openDatabase();
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    StderrProgress progress(context);
    auto summary = OutcomeCsvImport(**database, context.clock, progress).importFile(files.constFirst());
    progress.finish();
    if (!summary)
        return reportError(context, ExitCode::Failure, summary.errorString());
    if (!summary->ignoredColumns.isEmpty())
        context.err << QCoreApplication::translate("OutcomesImportCommand", "steward-cli: note: ignored columns: %1")
                           .arg(summary->ignoredColumns.join(QStringLiteral(", ")))
                    << Qt::endl;
    context.out << QCoreApplication::translate("OutcomesImportCommand",
                                               "Imported %1 outcomes for %2 people as batch %3: %4.")
                       .arg(summary->rows)
                       .arg(summary->people)
                       .arg(summary->batchId)
                       .arg(summary->metrics.join(QStringLiteral(", ")))
                << Qt::endl;
    return ExitCode::Success;
}

} // namespace steward
