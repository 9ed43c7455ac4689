// SPDX-License-Identifier: GPL-3.0-or-later
#include "PathwayDecideCommand.h"

#include "cli/ArtefactCommandInput.h"
#include "repertoire/CommunityPathway.h"
#include "repertoire/PathwayRepository.h"

#include <QCoreApplication>

namespace steward {

PathwayDecideCommand::PathwayDecideCommand(Decision decision)
    : CliCommand("PathwayDecideCommand",
                 decision == Decision::Accept ? "pathway accept" : "pathway dismiss",
                 decision == Decision::Accept
                     ? QT_TRANSLATE_NOOP("PathwayDecideCommand",
                                         "Accept a proposed level change: it is recorded with its reason.")
                     : QT_TRANSLATE_NOOP("PathwayDecideCommand", "Dismiss a proposed level change."),
                 "ID")
    , m_decision(decision)
{
}

void PathwayDecideCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("ID"),
        QCoreApplication::translate("PathwayDecideCommand", "The proposal's id (see pathway show)."));
    parser.addOption({QStringLiteral("date"),
                      QCoreApplication::translate("PathwayDecideCommand", "The day of the decision (default today)."),
                      QStringLiteral("YYYY-MM-DD")});
    if (m_decision == Decision::Accept)
        parser.addOption(
            {QStringLiteral("reason"),
             QCoreApplication::translate("PathwayDecideCommand", "Record this reason instead of the proposal's."),
             QStringLiteral("TEXT")});
}

ExitCode PathwayDecideCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    if (parser.positionalArguments().size() != 1)
        return reportError(
            context, ExitCode::Usage, QCoreApplication::translate("PathwayDecideCommand", "give one proposal ID"));
    auto id = ArtefactCommandInput::number(parser.positionalArguments().constFirst(), QStringLiteral("ID"));
    auto date = ArtefactCommandInput::date(parser, QStringLiteral("date"), context.clock.today());
    if (!id || !date)
        return reportError(context, ExitCode::Usage, id ? date.errorString() : id.errorString());
    auto database = context.openDatabase();
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    auto proposal = PathwayRepository(**database).proposal(*id);
    if (!proposal || !proposal->has_value())
        return reportError(
            context,
            ExitCode::Failure,
            proposal ? QCoreApplication::translate("PathwayDecideCommand", "there is no proposal with id %1").arg(*id)
                     : proposal.errorString());
    auto membership = MembershipRepository(**database).forPerson((*proposal)->personId);
    qint64 communityId = 0;
    for (const Membership& m : membership ? *membership : QList<Membership>()) {
        if (m.id == (*proposal)->membershipId)
            communityId = m.communityId;
    }
    CommunityPathway pathway(**database, communityId);
    if (m_decision == Decision::Dismiss) {
        if (Status s = pathway.dismiss(*id, *date); !s)
            return reportError(context, ExitCode::Failure, s.errorString());
        context.out << QCoreApplication::translate("PathwayDecideCommand", "Dismissed proposal %1.").arg(*id)
                    << Qt::endl;
        return ExitCode::Success;
    }
    auto receipt = pathway.accept(*id, *date, parser.value(QStringLiteral("reason")));
    if (!receipt)
        return reportError(context, ExitCode::Failure, receipt.errorString());
    context.out << QCoreApplication::translate("PathwayDecideCommand", "%1 is now %2 (proposal %3 accepted).")
                       .arg((*proposal)->personName, participationLevelKey(receipt->after.level))
                       .arg(*id)
                << Qt::endl;
    return ExitCode::Success;
}

} // namespace steward
