// SPDX-License-Identifier: GPL-3.0-or-later
#include "MastermindAddCommand.h"

#include "storage/CommunityRepository.h"
#include "storage/MastermindRepository.h"
#include "storage/PersonRepository.h"

#include <QCoreApplication>

namespace steward {

namespace {

/** --members "A,B,C" (split at commas) and any number of --member NAME (for names that hold a comma). */
QStringList memberKeys(const QCommandLineParser& parser)
{
    QStringList keys;
    for (const QString& list : parser.values(QStringLiteral("members"))) {
        for (const QString& key : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!key.trimmed().isEmpty())
                keys.append(key.trimmed());
        }
    }
    for (const QString& key : parser.values(QStringLiteral("member"))) {
        if (!key.trimmed().isEmpty())
            keys.append(key.trimmed());
    }
    return keys;
}

} // namespace

MastermindAddCommand::MastermindAddCommand()
    : CliCommand("MastermindAddCommand",
                 "mastermind add",
                 QT_TRANSLATE_NOOP("MastermindAddCommand",
                                   "Start a mastermind group in a community with its members (4 to 8 work best)."),
                 "NAME")
{
}

void MastermindAddCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("NAME"),
        QCoreApplication::translate("MastermindAddCommand", "The name of the group, unique in its community."));
    parser.addOption({QStringLiteral("community"),
                      QCoreApplication::translate("MastermindAddCommand", "The community, by name (required)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("members"),
                      QCoreApplication::translate("MastermindAddCommand",
                                                  "The members, by email or exact name, comma-separated (required)."),
                      QStringLiteral("A,B,C,D")});
    parser.addOption(
        {QStringLiteral("member"),
         QCoreApplication::translate("MastermindAddCommand",
                                     "One more member, by email or exact name (for names with a comma; may repeat)."),
         QStringLiteral("NAME_OR_EMAIL")});
    parser.addOption({QStringLiteral("cadence"),
                      QCoreApplication::translate("MastermindAddCommand", "How often it meets, e.g. \"fortnightly\"."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("ground-rules"),
                      QCoreApplication::translate("MastermindAddCommand", "The group's ground rules."),
                      QStringLiteral("TEXT")});
    parser.addOption(
        {QStringLiteral("joined"),
         QCoreApplication::translate("MastermindAddCommand", "The day the members joined (default: today)."),
         QStringLiteral("YYYY-MM-DD")});
    parser.addOption(
        {QStringLiteral("not-confidential"),
         QCoreApplication::translate("MastermindAddCommand",
                                     "The group's notes may leave the app (groups are confidential by default).")});
}

ExitCode MastermindAddCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    const auto usage = [&context](const QString& message) { return reportError(context, ExitCode::Usage, message); };
    const QStringList names = parser.positionalArguments();
    if (names.size() != 1 || names.constFirst().trimmed().isEmpty())
        return usage(QCoreApplication::translate("MastermindAddCommand", "mastermind add needs exactly one NAME"));
    if (parser.value(QStringLiteral("community")).trimmed().isEmpty())
        return usage(QCoreApplication::translate("MastermindAddCommand", "mastermind add needs --community NAME"));
    const QStringList keys = memberKeys(parser);
    if (keys.isEmpty())
        return usage(QCoreApplication::translate("MastermindAddCommand",
                                                 "mastermind add needs at least one member: --members \"A,B,C,D\""));
    QDate joined = context.clock.today();
    if (parser.isSet(QStringLiteral("joined"))) {
        joined = QDate::fromString(parser.value(QStringLiteral("joined")).trimmed(), Qt::ISODate);
        if (!joined.isValid())
            return usage(QCoreApplication::translate("MastermindAddCommand",
                                                     "--joined: '%1' is not a date in the form YYYY-MM-DD")
                             .arg(parser.value(QStringLiteral("joined"))));
    }

    auto database = context.openDatabase();
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    auto community = CommunityRepository(**database).findByName(parser.value(QStringLiteral("community")));
    if (!community)
        return reportError(context, ExitCode::Failure, community.errorString());
    if (!community->has_value())
        return reportError(context,
                           ExitCode::Failure,
                           QCoreApplication::translate("MastermindAddCommand", "no community is named %1")
                               .arg(parser.value(QStringLiteral("community"))));

    MastermindGroup group;
    group.name = names.constFirst();
    group.communityId = (*community)->id;
    group.cadence = parser.value(QStringLiteral("cadence"));
    group.groundRules = parser.value(QStringLiteral("ground-rules"));
    group.confidential = !parser.isSet(QStringLiteral("not-confidential"));
    PersonRepository people(**database);
    for (const QString& key : keys) {
        auto person = people.findByNameOrEmail(key);
        if (!person)
            return reportError(context, ExitCode::Failure, person.errorString());
        group.members.append({person->id, person->name, joined});
    }
    // Everything is checked before anything is written; add() writes the group and its members in one transaction.
    auto id = MastermindRepository(**database).add(group);
    if (!id)
        return reportError(context, ExitCode::Failure, id.errorString());
    if (const QString warning = MastermindRepository::sizeWarning(group); !warning.isEmpty())
        context.err << "steward-cli: "
                    << QCoreApplication::translate("MastermindAddCommand", "warning: %1").arg(warning) << Qt::endl;
    context.out << QCoreApplication::translate("MastermindAddCommand",
                                               "Added the mastermind group %1 to %2 with %3 members (id %4).")
                       .arg(group.name.trimmed(), (*community)->name)
                       .arg(group.members.size())
                       .arg(*id)
                << Qt::endl;
    return ExitCode::Success;
}

} // namespace steward
