// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportUndoCommand.h"

#include "storage/ImportBatchRepository.h"

#include <QCoreApplication>

namespace steward {

ImportUndoCommand::ImportUndoCommand()
    : CliCommand("ImportUndoCommand",
                 "import undo",
                 QT_TRANSLATE_NOOP("ImportUndoCommand", "Remove an import batch and what it brought in."),
                 "BATCH_ID")
{
}

void ImportUndoCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("BATCH_ID"),
        QCoreApplication::translate("ImportUndoCommand",
                                    "The batch, as 'import list' shows it. Its interactions and outcomes go, and so do "
                                    "the people and observer memberships it created unless they are used since."));
}

ExitCode ImportUndoCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    const QStringList arguments = parser.positionalArguments();
    bool ok = false;
    const qint64 batchId = arguments.size() == 1 ? arguments.constFirst().toLongLong(&ok) : 0;
    if (!ok || batchId <= 0)
        return reportError(
            context,
            ExitCode::Usage,
            QCoreApplication::translate("ImportUndoCommand", "import undo needs one BATCH_ID (a number)"));
    auto database = context.openDatabase();
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    auto summary = ImportBatchRepository(**database).undo(batchId);
    if (!summary)
        return reportError(context, ExitCode::Failure, summary.errorString());
    context.out << QCoreApplication::translate(
                       "ImportUndoCommand",
                       "Removed batch %1 (%2 from %3): %4 interactions, %5 outcomes, %6 people, "
                       "%7 memberships.")
                       .arg(summary->batch.id)
                       .arg(summary->batch.kind, summary->batch.file)
                       .arg(summary->interactions)
                       .arg(summary->outcomes)
                       .arg(summary->people)
                       .arg(summary->memberships)
                << Qt::endl;
    if (summary->keptPeople > 0)
        context.err << QCoreApplication::translate("ImportUndoCommand",
                                                   "steward-cli: note: kept %1 people the import had created: they "
                                                   "are used elsewhere now.")
                           .arg(summary->keptPeople)
                    << Qt::endl;
    return ExitCode::Success;
}

} // namespace steward
