// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleHotSeatCommand.h"

#include "storage/CommunityRepository.h"
#include "storage/MastermindRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace steward {

ScheduleHotSeatCommand::ScheduleHotSeatCommand()
    : ScheduleCommand("ScheduleHotSeatCommand",
                      "schedule hot-seat",
                      QT_TRANSLATE_NOOP("ScheduleHotSeatCommand",
                                        "Plan a mastermind group's hot seats: who presents at each meeting."))
{
}

int ScheduleHotSeatCommand::weeksFromCadence(const QString& cadence)
{
    const QString text = cadence.toLower();
    static const QRegularExpression everyWeeks(QStringLiteral(R"(every\s+(\d+)\s+weeks?)"));
    if (const auto match = everyWeeks.match(text); match.hasMatch())
        return std::max(1, match.captured(1).toInt());
    for (const char* word : {"fortnight", "biweekly", "bi-weekly", "every other week", "every second week"}) {
        if (text.contains(QLatin1String(word)))
            return 2;
    }
    return 1;
}

void ScheduleHotSeatCommand::configureSeries(QCommandLineParser& parser) const
{
    parser.addOption(
        {QStringLiteral("group"),
         QCoreApplication::translate("ScheduleHotSeatCommand", "The mastermind group, by name (required)."),
         QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("community"),
         QCoreApplication::translate("ScheduleHotSeatCommand",
                                     "The group's community, when groups in two communities share the name."),
         QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("meetings"),
                      QCoreApplication::translate("ScheduleHotSeatCommand", "How many meetings to plan (required)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("every-weeks"),
                      QCoreApplication::translate(
                          "ScheduleHotSeatCommand",
                          "Weeks between meetings (default: 2 when the group's cadence says fortnightly, else 1)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("skip"),
                      QCoreApplication::translate(
                          "ScheduleHotSeatCommand",
                          "Dates without a meeting (holidays), comma-separated; they do not count towards N."),
                      QStringLiteral("DATE,...")});
}

Status ScheduleHotSeatCommand::parseSeries(const QCommandLineParser& parser, Options& options) const
{
    if (parser.value(QStringLiteral("group")).trimmed().isEmpty())
        return Status::failure(
            QCoreApplication::translate("ScheduleHotSeatCommand", "schedule hot-seat needs --group NAME"));
    auto count = countOption(parser, QStringLiteral("meetings"));
    if (!count)
        return Status::failure(count.errorString());
    options.count = *count;
    if (parser.isSet(QStringLiteral("every-weeks"))) {
        auto weeks = positiveOption(parser, QStringLiteral("every-weeks"));
        if (!weeks)
            return Status::failure(weeks.errorString());
        options.everyWeeks = *weeks;
    }
    auto skips = datesOption(parser, QStringLiteral("skip"));
    if (!skips)
        return Status::failure(skips.errorString());
    options.skips = *skips;
    return {};
}

Result<ScheduleCommand::Target> ScheduleHotSeatCommand::findTarget(const QCommandLineParser& parser,
                                                                   const Database& database) const
{
    return groupTarget(parser, database);
}

Result<ScheduleCommand::Target> ScheduleHotSeatCommand::groupTarget(const QCommandLineParser& parser,
                                                                    const Database& database)
{
    using R = Result<Target>;
    const QString name = parser.value(QStringLiteral("group")).trimmed();
    auto groups = MastermindRepository(database).findByName(name);
    if (!groups)
        return R::failure(groups.errorString());
    if (parser.isSet(QStringLiteral("community"))) {
        auto community = communityTarget(parser, database);
        if (!community)
            return R::failure(community.errorString());
        groups->removeIf([&](const MastermindGroup& g) { return g.communityId != community->ownerId; });
    }
    if (groups->isEmpty())
        return R::failure(
            QCoreApplication::translate("ScheduleHotSeatCommand", "no mastermind group is named %1").arg(name));
    if (groups->size() > 1)
        return R::failure(QCoreApplication::translate("ScheduleHotSeatCommand",
                                                      "%1 mastermind groups are named %2; add --community to say which")
                              .arg(groups->size())
                              .arg(name));
    const MastermindGroup& group = groups->constFirst();
    return Target{group.id,
                  QCoreApplication::translate("ScheduleHotSeatCommand", "the mastermind group %1").arg(group.name),
                  group.cadence};
}

Result<QList<QDate>> ScheduleHotSeatCommand::meetingDates(const Options& options, const Target& target) const
{
    return weeklyDates(
        options.from, options.everyWeeks.value_or(weeksFromCadence(target.cadence)), options.count, options.skips);
}

QString ScheduleHotSeatCommand::nobodyMessage(const Target& target) const
{
    return QCoreApplication::translate("ScheduleHotSeatCommand", "%1 has no members").arg(target.description);
}

} // namespace steward
