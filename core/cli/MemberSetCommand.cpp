// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberSetCommand.h"

#include "storage/CommunityRepository.h"
#include "storage/MembershipRepository.h"
#include "storage/PersonRepository.h"

#include <QCoreApplication>

namespace steward {

MemberSetCommand::MemberSetCommand()
    : CliCommand("MemberSetCommand",
                 "member set",
                 QT_TRANSLATE_NOOP("MemberSetCommand",
                                   "Put a person at a participation level in a community; the change is recorded."))
{
}

void MemberSetCommand::configure(QCommandLineParser& parser) const
{
    const QString levels = QStringLiteral("observer|peripheral|active|core|steward");
    parser.addOption({QStringLiteral("community"),
                      QCoreApplication::translate("MemberSetCommand", "The community, by name."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("person"),
                      QCoreApplication::translate("MemberSetCommand", "The person, by email or exact name."),
                      QStringLiteral("NAME_OR_EMAIL")});
    parser.addOption(
        {QStringLiteral("level"), QCoreApplication::translate("MemberSetCommand", "The participation level."), levels});
    parser.addOption({QStringLiteral("reason"),
                      QCoreApplication::translate("MemberSetCommand", "Why the level changed."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("date"),
                      QCoreApplication::translate("MemberSetCommand", "When it changed (default: today)."),
                      QStringLiteral("YYYY-MM-DD")});
}

ExitCode MemberSetCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    const auto usage = [&context](const QString& message) { return reportError(context, ExitCode::Usage, message); };
    for (const char* required : {"community", "person", "level"}) {
        if (parser.value(QString::fromLatin1(required)).trimmed().isEmpty())
            return usage(QCoreApplication::translate("MemberSetCommand", "member set needs --%1")
                             .arg(QString::fromLatin1(required)));
    }
    const auto level = participationLevelFromKey(parser.value(QStringLiteral("level")));
    if (!level) {
        return usage(QCoreApplication::translate("MemberSetCommand",
                                                 "unknown level %1: use observer, peripheral, active, core or steward")
                         .arg(parser.value(QStringLiteral("level"))));
    }
    QDate date = context.clock.today();
    if (parser.isSet(QStringLiteral("date"))) {
        date = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
        if (!date.isValid())
            return usage(
                QCoreApplication::translate("MemberSetCommand", "--date %1 is not a date in the form YYYY-MM-DD")
                    .arg(parser.value(QStringLiteral("date"))));
    }
    auto database = context.openDatabase();
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    auto community = CommunityRepository(**database).findByName(parser.value(QStringLiteral("community")));
    if (!community)
        return reportError(context, ExitCode::Failure, community.errorString());
    if (!community->has_value()) {
        return reportError(context,
                           ExitCode::Failure,
                           QCoreApplication::translate("MemberSetCommand", "no community is named %1")
                               .arg(parser.value(QStringLiteral("community"))));
    }
    auto person = PersonRepository(**database).findByNameOrEmail(parser.value(QStringLiteral("person")));
    if (!person)
        return reportError(context, ExitCode::Failure, person.errorString());
    auto receipt = MembershipRepository(**database)
                       .setLevel((*community)->id, person->id, *level, date, parser.value(QStringLiteral("reason")));
    if (!receipt)
        return reportError(context, ExitCode::Failure, receipt.errorString());
    const QString from = receipt->before ? participationLevelKey(receipt->before->level) : QStringLiteral("-");
    context.out
        << QCoreApplication::translate("MemberSetCommand", "%1 in %2: %3 -> %4 on %5.")
               .arg(person->name, (*community)->name, from, participationLevelKey(*level), date.toString(Qt::ISODate))
        << Qt::endl;
    return ExitCode::Success;
}

} // namespace steward
