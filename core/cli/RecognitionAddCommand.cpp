// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecognitionAddCommand.h"

#include "cli/ArtefactCommandInput.h"
#include "repertoire/RecognitionRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace steward {

namespace {

Result<qint64> badgeId(RecognitionRepository& repository, const QString& name)
{
    if (Status s = repository.ensureBundledBadges(); !s)
        return Result<qint64>::failure(s.errorString());
    auto badge = repository.badgeNamed(name);
    if (!badge)
        return Result<qint64>::failure(badge.errorString());
    if (!badge->has_value()) {
        QStringList names;
        for (const Badge& b : *repository.badges())
            names.append(b.name);
        return Result<qint64>::failure(
            QCoreApplication::translate("RecognitionAddCommand", "--badge: there is no badge named '%1'; there are: %2")
                .arg(name, names.join(QStringLiteral(", "))));
    }
    return (*badge)->id;
}

} // namespace

RecognitionAddCommand::RecognitionAddCommand()
    : CliCommand("RecognitionAddCommand",
                 "recognition add",
                 QT_TRANSLATE_NOOP("RecognitionAddCommand", "Give a member a shout-out or a badge, with a reason."))
{
}

void RecognitionAddCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("community"),
                      QCoreApplication::translate("RecognitionAddCommand", "The community."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("from"),
                      QCoreApplication::translate("RecognitionAddCommand", "Who gives it, by name or email."),
                      QStringLiteral("PERSON")});
    parser.addOption({QStringLiteral("to"),
                      QCoreApplication::translate("RecognitionAddCommand", "Who receives it, by name or email."),
                      QStringLiteral("PERSON")});
    parser.addOption({QStringLiteral("badge"),
                      QCoreApplication::translate("RecognitionAddCommand", "A badge's name; without it, a shout-out."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("reason"),
                      QCoreApplication::translate("RecognitionAddCommand", "What for (required)."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("date"),
                      QCoreApplication::translate("RecognitionAddCommand", "The day (default today)."),
                      QStringLiteral("YYYY-MM-DD")});
}

ExitCode RecognitionAddCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    for (const char* option : {"community", "from", "to", "reason"}) {
        if (!parser.isSet(QLatin1String(option)))
            return reportError(
                context,
                ExitCode::Usage,
                QCoreApplication::translate("RecognitionAddCommand",
                                            "recognition add needs --community, --from, --to and --reason"));
    }
    auto date = ArtefactCommandInput::date(parser, QStringLiteral("date"), context.clock.today());
    if (!date)
        return reportError(context, ExitCode::Usage, date.errorString());
    auto database = context.openDatabase();
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    auto community = ArtefactCommandInput::community(**database, parser.value(QStringLiteral("community")));
    auto giver = ArtefactCommandInput::person(**database, parser.value(QStringLiteral("from")));
    auto receiver = ArtefactCommandInput::person(**database, parser.value(QStringLiteral("to")));
    if (!community || !giver || !receiver)
        return reportError(context,
                           ExitCode::Failure,
                           !community ? community.errorString()
                           : !giver   ? QStringLiteral("--from: ") + giver.errorString()
                                      : QStringLiteral("--to: ") + receiver.errorString());
    RecognitionRepository repository(**database);
    Transaction transaction((*database)->connection());
    Recognition r;
    r.communityId = community->id;
    r.giverId = *giver;
    r.receiverId = *receiver;
    r.reason = parser.value(QStringLiteral("reason"));
    r.givenOn = *date;
    if (parser.isSet(QStringLiteral("badge"))) {
        auto badge = badgeId(repository, parser.value(QStringLiteral("badge")));
        if (!badge)
            return reportError(context, ExitCode::Failure, badge.errorString());
        r.badgeId = *badge;
    }
    auto id = repository.add(r);
    if (!id)
        return reportError(context, ExitCode::Failure, id.errorString());
    if (Status s = transaction.commit(); !s)
        return reportError(context, ExitCode::Failure, s.errorString());
    context.out << QCoreApplication::translate("RecognitionAddCommand", "Recorded recognition %1 for %2.")
                       .arg(*id)
                       .arg(parser.value(QStringLiteral("to")))
                << Qt::endl;
    return ExitCode::Success;
}

} // namespace steward
