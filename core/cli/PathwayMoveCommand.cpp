// SPDX-License-Identifier: GPL-3.0-or-later
#include "PathwayMoveCommand.h"

#include "cli/ArtefactCommandInput.h"
#include "repertoire/CommunityPathway.h"

#include <QCoreApplication>

namespace steward {

PathwayMoveCommand::PathwayMoveCommand()
    : CliCommand("PathwayMoveCommand",
                 "pathway move",
                 QT_TRANSLATE_NOOP("PathwayMoveCommand",
                                   "Move a member to a level with a reason (a move that skips levels needs one)."))
{
}

void PathwayMoveCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("community"),
                      QCoreApplication::translate("PathwayMoveCommand", "The community."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("person"),
                      QCoreApplication::translate("PathwayMoveCommand", "The member, by name or email."),
                      QStringLiteral("PERSON")});
    parser.addOption(
        {QStringLiteral("level"),
         QCoreApplication::translate("PathwayMoveCommand", "observer, peripheral, active, core or steward."),
         QStringLiteral("LEVEL")});
    parser.addOption({QStringLiteral("reason"),
                      QCoreApplication::translate("PathwayMoveCommand", "Why (recorded with the change)."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("date"),
                      QCoreApplication::translate("PathwayMoveCommand", "The day of the change (default today)."),
                      QStringLiteral("YYYY-MM-DD")});
}

ExitCode PathwayMoveCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    if (!parser.isSet(QStringLiteral("community")) || !parser.isSet(QStringLiteral("person"))
        || !parser.isSet(QStringLiteral("level")))
        return reportError(
            context,
            ExitCode::Usage,
            QCoreApplication::translate("PathwayMoveCommand", "pathway move needs --community, --person and --level"));
    const auto level = participationLevelFromKey(parser.value(QStringLiteral("level")).trimmed());
    if (!level)
        return reportError(context,
                           ExitCode::Usage,
                           QCoreApplication::translate("PathwayMoveCommand", "--level: '%1' is not a level")
                               .arg(parser.value(QStringLiteral("level"))));
    auto date = ArtefactCommandInput::date(parser, QStringLiteral("date"), context.clock.today());
    if (!date)
        return reportError(context, ExitCode::Usage, date.errorString());
    auto database = context.openDatabase();
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    auto community = ArtefactCommandInput::community(**database, parser.value(QStringLiteral("community")));
    if (!community)
        return reportError(context, ExitCode::Failure, community.errorString());
    auto person = ArtefactCommandInput::person(**database, parser.value(QStringLiteral("person")));
    if (!person)
        return reportError(context, ExitCode::Failure, QStringLiteral("--person: ") + person.errorString());
    auto receipt = CommunityPathway(**database, community->id)
                       .move(*person, *level, *date, parser.value(QStringLiteral("reason")));
    if (!receipt)
        return reportError(context, ExitCode::Failure, receipt.errorString());
    context.out << QCoreApplication::translate("PathwayMoveCommand", "%1 is now %2 in %3.")
                       .arg(parser.value(QStringLiteral("person")), participationLevelKey(*level), community->name)
                << Qt::endl;
    return ExitCode::Success;
}

} // namespace steward
