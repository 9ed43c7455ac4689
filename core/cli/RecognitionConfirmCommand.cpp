// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecognitionConfirmCommand.h"

#include "cli/ArtefactCommandInput.h"
#include "repertoire/RecognitionRepository.h"
#include "storage/MembershipRepository.h"

#include <QCoreApplication>

namespace steward {

RecognitionConfirmCommand::RecognitionConfirmCommand(bool confirm)
    : CliCommand("RecognitionConfirmCommand",
                 confirm ? "recognition confirm" : "recognition dismiss",
                 confirm ? QT_TRANSLATE_NOOP("RecognitionConfirmCommand",
                                             "Confirm a badge the app proposed, as given by a member (the steward).")
                         : QT_TRANSLATE_NOOP("RecognitionConfirmCommand", "Dismiss a badge the app proposed."))
    , m_confirm(confirm)
{
}

void RecognitionConfirmCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("ID"),
        QCoreApplication::translate("RecognitionConfirmCommand", "The proposal's id (see recognition list)."));
    if (m_confirm) {
        parser.addOption(
            {QStringLiteral("by"),
             QCoreApplication::translate("RecognitionConfirmCommand", "Who gives the badge, by name or email."),
             QStringLiteral("PERSON")});
        parser.addOption({QStringLiteral("date"),
                          QCoreApplication::translate("RecognitionConfirmCommand", "The day (default today)."),
                          QStringLiteral("YYYY-MM-DD")});
    }
}

ExitCode RecognitionConfirmCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    if (parser.positionalArguments().size() != 1)
        return reportError(
            context, ExitCode::Usage, QCoreApplication::translate("RecognitionConfirmCommand", "give one proposal ID"));
    if (m_confirm && !parser.isSet(QStringLiteral("by")))
        return reportError(
            context,
            ExitCode::Usage,
            QCoreApplication::translate("RecognitionConfirmCommand", "recognition confirm needs --by PERSON"));
    auto id = ArtefactCommandInput::number(parser.positionalArguments().constFirst(), QStringLiteral("ID"));
    auto date = m_confirm ? ArtefactCommandInput::date(parser, QStringLiteral("date"), context.clock.today())
                          : Result<QDate>(context.clock.today());
    if (!id || !date)
        return reportError(context, ExitCode::Usage, id ? date.errorString() : id.errorString());
    auto database = context.openDatabase();
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    RecognitionRepository repository(**database);
    auto found = repository.find(*id);
    if (!found || !found->has_value() || (*found)->status != QLatin1String("proposed"))
        return reportError(
            context,
            ExitCode::Failure,
            found ? QCoreApplication::translate("RecognitionConfirmCommand", "there is no badge proposal with id %1")
                        .arg(*id)
                  : found.errorString());
    if (!m_confirm) {
        if (Status s = repository.dismiss(*id); !s)
            return reportError(context, ExitCode::Failure, s.errorString());
        context.out << QCoreApplication::translate("RecognitionConfirmCommand", "Dismissed badge proposal %1.").arg(*id)
                    << Qt::endl;
        return ExitCode::Success;
    }
    auto giver = ArtefactCommandInput::person(**database, parser.value(QStringLiteral("by")));
    if (!giver)
        return reportError(context, ExitCode::Failure, QStringLiteral("--by: ") + giver.errorString());
    auto membership = MembershipRepository(**database).find(*giver, (*found)->communityId);
    if (!membership || !membership->has_value())
        return reportError(context,
                           ExitCode::Failure,
                           membership ? QCoreApplication::translate("RecognitionConfirmCommand",
                                                                    "--by: %1 is not a member of the community")
                                            .arg(parser.value(QStringLiteral("by")))
                                      : membership.errorString());
    if (Status s = repository.confirm(*id, *giver, *date); !s)
        return reportError(context, ExitCode::Failure, s.errorString());
    context.out << QCoreApplication::translate("RecognitionConfirmCommand", "%1 now has the badge %2.")
                       .arg((*found)->receiverName, (*found)->badgeName)
                << Qt::endl;
    return ExitCode::Success;
}

} // namespace steward
