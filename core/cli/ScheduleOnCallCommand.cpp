// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleOnCallCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace steward {

ScheduleOnCallCommand::ScheduleOnCallCommand()
    : ScheduleCommand("ScheduleOnCallCommand",
                      "schedule on-call",
                      QT_TRANSLATE_NOOP("ScheduleOnCallCommand",
                                        "Plan a community's on-call expert shifts: who answers questions when."))
{
}

void ScheduleOnCallCommand::configureSeries(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("community"),
                      QCoreApplication::translate("ScheduleOnCallCommand",
                                                  "The community; its current members take shifts (required)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("shifts"),
                      QCoreApplication::translate("ScheduleOnCallCommand", "How many shifts to plan (required)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("days-per-shift"),
                      QCoreApplication::translate(
                          "ScheduleOnCallCommand",
                          "Days in a shift; shifts follow each other without a gap (default: as stored, else 7). "
                          "Someone away on any day of a shift is not given it."),
                      QStringLiteral("N")});
}

Status ScheduleOnCallCommand::parseSeries(const QCommandLineParser& parser, Options& options) const
{
    if (parser.value(QStringLiteral("community")).trimmed().isEmpty())
        return Status::failure(
            QCoreApplication::translate("ScheduleOnCallCommand", "schedule on-call needs --community NAME"));
    auto count = countOption(parser, QStringLiteral("shifts"));
    if (!count)
        return Status::failure(count.errorString());
    options.count = *count;
    if (parser.isSet(QStringLiteral("days-per-shift"))) {
        auto days = positiveOption(parser, QStringLiteral("days-per-shift"));
        if (!days)
            return Status::failure(days.errorString());
        if (*days > 366)
            return Status::failure(
                QCoreApplication::translate("ScheduleOnCallCommand", "--days-per-shift is at most 366, not %1")
                    .arg(*days));
        options.daysPerShift = *days;
    }
    return {};
}

Result<ScheduleCommand::Target> ScheduleOnCallCommand::findTarget(const QCommandLineParser& parser,
                                                                  const Database& database) const
{
    return communityTarget(parser, database);
}

Result<QList<QDate>> ScheduleOnCallCommand::meetingDates(const Options& options, const Target&) const
{
    QList<QDate> starts;
    const int days = options.daysPerShift.value_or(7);
    for (int i = 0; i < options.count; ++i)
        starts.append(options.from.addDays(qint64(i) * days));
    return starts;
}

QString ScheduleOnCallCommand::nobodyMessage(const Target& target) const
{
    return QCoreApplication::translate("ScheduleOnCallCommand", "%1 has no current members").arg(target.description);
}

} // namespace steward
