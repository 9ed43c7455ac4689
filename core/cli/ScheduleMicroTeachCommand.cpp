// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleMicroTeachCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace steward {

ScheduleMicroTeachCommand::ScheduleMicroTeachCommand()
    : ScheduleCommand("ScheduleMicroTeachCommand",
                      "schedule micro-teach",
                      QT_TRANSLATE_NOOP("ScheduleMicroTeachCommand",
                                        "Plan a community's micro-teach slots: who teaches at each meeting."))
{
}

void ScheduleMicroTeachCommand::configureSeries(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("community"),
                      QCoreApplication::translate("ScheduleMicroTeachCommand",
                                                  "The community; its current members take turns (required)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("meetings"),
                      QCoreApplication::translate("ScheduleMicroTeachCommand", "How many meetings to plan (required)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("weekday"),
                      QCoreApplication::translate("ScheduleMicroTeachCommand",
                                                  "The meeting's day of the week (default: the weekday of --from)."),
                      QStringLiteral("mon..sun")});
    parser.addOption({QStringLiteral("every-weeks"),
                      QCoreApplication::translate("ScheduleMicroTeachCommand", "Weeks between meetings (default 1)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("skip"),
                      QCoreApplication::translate(
                          "ScheduleMicroTeachCommand",
                          "Dates without a meeting (holidays), comma-separated; they do not count towards N."),
                      QStringLiteral("DATE,...")});
}

Status ScheduleMicroTeachCommand::parseSeries(const QCommandLineParser& parser, Options& options) const
{
    if (parser.value(QStringLiteral("community")).trimmed().isEmpty())
        return Status::failure(
            QCoreApplication::translate("ScheduleMicroTeachCommand", "schedule micro-teach needs --community NAME"));
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
    if (parser.isSet(QStringLiteral("weekday"))) {
        auto weekday = weekdayFrom(parser.value(QStringLiteral("weekday")));
        if (!weekday)
            return Status::failure(weekday.errorString());
        options.weekday = *weekday;
    }
    auto skips = datesOption(parser, QStringLiteral("skip"));
    if (!skips)
        return Status::failure(skips.errorString());
    options.skips = *skips;
    return {};
}

Result<ScheduleCommand::Target> ScheduleMicroTeachCommand::findTarget(const QCommandLineParser& parser,
                                                                      const Database& database) const
{
    return communityTarget(parser, database);
}

Result<QList<QDate>> ScheduleMicroTeachCommand::meetingDates(const Options& options, const Target&) const
{
    QDate first = options.from;
    if (options.weekday)
        first = first.addDays((int(*options.weekday) - first.dayOfWeek() + 7) % 7);
    return weeklyDates(first, options.everyWeeks.value_or(1), options.count, options.skips);
}

QString ScheduleMicroTeachCommand::nobodyMessage(const Target& target) const
{
    return QCoreApplication::translate("ScheduleMicroTeachCommand", "%1 has no current members")
        .arg(target.description);
}

} // namespace steward
