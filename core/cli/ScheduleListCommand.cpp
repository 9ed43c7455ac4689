// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleListCommand.h"

#include "cli/RecordTable.h"
#include "storage/CommunityRepository.h"
#include "storage/MastermindRepository.h"
#include "storage/RotationRepository.h"

#include <QCoreApplication>
#include <QHash>

namespace steward {

ScheduleListCommand::ScheduleListCommand()
    : CliCommand(
        "ScheduleListCommand",
        "schedule list",
        QT_TRANSLATE_NOOP("ScheduleListCommand",
                          "List the stored rotations (hot seats, micro-teach, on-call), as a table, JSON or CSV."))
{
}

void ScheduleListCommand::configure(QCommandLineParser& parser) const
{
    RecordTable::addOutputOptions(parser);
}

ExitCode ScheduleListCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    auto format = RecordTable::formatFrom(parser);
    if (!format)
        return reportError(context, ExitCode::Usage, format.errorString());
    auto database = context.openDatabase();
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    auto plans = RotationRepository(**database).all();
    auto communities = CommunityRepository(**database).all();
    auto groups = MastermindRepository(**database).all();
    for (const QString& error : {plans.errorString(), communities.errorString(), groups.errorString()}) {
        if (!error.isEmpty())
            return reportError(context, ExitCode::Failure, error);
    }
    QHash<qint64, QString> communityName;
    for (const Community& c : std::as_const(*communities))
        communityName.insert(c.id, c.name);
    QHash<qint64, MastermindGroup> groupById;
    for (const MastermindGroup& g : std::as_const(*groups))
        groupById.insert(g.id, g);

    RecordTable table({QStringLiteral("id"),
                       QStringLiteral("kind"),
                       QStringLiteral("group"),
                       QStringLiteral("community"),
                       QStringLiteral("seats_per_meeting"),
                       QStringLiteral("days_per_shift"),
                       QStringLiteral("meetings"),
                       QStringLiteral("first"),
                       QStringLiteral("last"),
                       QStringLiteral("seats_done"),
                       QStringLiteral("seed"),
                       QStringLiteral("created")});
    for (const RotationRecord& plan : std::as_const(*plans)) {
        const MastermindGroup group = groupById.value(plan.mastermindGroupId);
        const qint64 communityId = plan.kind == RotationKind::HotSeat ? group.communityId : plan.communityId;
        qint64 done = 0;
        for (const RotationMeeting& meeting : plan.meetings) {
            done += std::count_if(meeting.seats.cbegin(), meeting.seats.cend(), [](const RotationSeat& s) {
                return !s.isEmpty() && s.status == RotationSeat::Status::Done;
            });
        }
        table.addRow({plan.id,
                      RotationRecord::kindKey(plan.kind),
                      group.name,
                      communityName.value(communityId),
                      qint64(plan.seatsPerMeeting),
                      plan.kind == RotationKind::OnCall ? QVariant(qint64(plan.daysPerShift)) : QVariant(),
                      qint64(plan.meetings.size()),
                      plan.meetings.isEmpty() ? QString() : plan.meetings.constFirst().date.toString(Qt::ISODate),
                      plan.meetings.isEmpty() ? QString() : plan.meetings.constLast().date.toString(Qt::ISODate),
                      done,
                      QString::number(plan.seed),
                      plan.created.toUTC().toString(Qt::ISODate)});
    }
    if (Status s = table.write(parser, *format, context.out); !s)
        return reportError(context, ExitCode::Failure, s.errorString());
    return ExitCode::Success;
}

} // namespace steward
