// SPDX-License-Identifier: GPL-3.0-or-later
#include "InteractionsImportCommand.h"

#include "cli/StderrProgress.h"
#include "import/InteractionCsvImport.h"
#include "storage/Interaction.h"

#include <QCoreApplication>

namespace steward {

InteractionsImportCommand::InteractionsImportCommand()
    : CliCommand("InteractionsImportCommand",
                 "interactions import",
                 QT_TRANSLATE_NOOP("InteractionsImportCommand",
                                   "Import interactions for a community from CSV (all rows or none), as one batch."),
                 "FILE.csv")
{
}

void InteractionsImportCommand::configure(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(
        summary() + QStringLiteral("\n\n")
        + QCoreApplication::translate(
              "InteractionsImportCommand",
              "Header (any order and case): source, target, and optionally weight (positive, default 1), "
              "timestamp (YYYY-MM-DD or ISO-8601 date-time; UTC unless it has an offset), kind (%1; default "
              "manual), platform (%2; default manual), channel. People are named by email or exact name; a "
              "name or email no one has creates the person, and everyone in the file becomes an observer of "
              "the community if they were not a member. 'steward-cli import undo BATCH_ID' takes it all back.")
              .arg(Interaction::kinds().join(QStringLiteral(", ")),
                   Interaction::platforms().join(QStringLiteral(", "))));
    parser.addPositionalArgument(QStringLiteral("FILE.csv"),
                                 QCoreApplication::translate("InteractionsImportCommand", "The CSV file to import."));
    parser.addOption(
        {QStringLiteral("community"),
         QCoreApplication::translate("InteractionsImportCommand", "The community the interactions belong to."),
         QStringLiteral("NAME")});
}

ExitCode InteractionsImportCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return reportError(
            context,
            ExitCode::Usage,
            QCoreApplication::translate("InteractionsImportCommand", "interactions import needs exactly one FILE.csv"));
    const QString community = parser.value(QStringLiteral("community")).trimmed();
    if (community.isEmpty())
        return reportError(context,
                           ExitCode::Usage,
                           QCoreApplication::translate("InteractionsImportCommand", "--community NAME is required"));
    auto database = context.openDatabase();
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    StderrProgress progress(context);
    auto summary = InteractionCsvImport(**database, context.clock, progress).importFile(files.constFirst(), community);
    progress.finish();
    if (!summary)
        return reportError(context, ExitCode::Failure, summary.errorString());
    if (!summary->ignoredColumns.isEmpty())
        context.err << QCoreApplication::translate("InteractionsImportCommand",
                                                   "steward-cli: note: ignored columns: %1")
                           .arg(summary->ignoredColumns.join(QStringLiteral(", ")))
                    << Qt::endl;
    context.out << QCoreApplication::translate("InteractionsImportCommand",
                                               "Imported %1 interactions as batch %2: %3 new people (observers), %4 "
                                               "joined as observers, %5 with oneself (left out of networks).")
                       .arg(summary->rows)
                       .arg(summary->batchId)
                       .arg(summary->newPeople)
                       .arg(summary->joinedMembers)
                       .arg(summary->selfInteractions)
                << Qt::endl;
    return ExitCode::Success;
}

} // namespace steward
