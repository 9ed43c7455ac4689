// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleShowCommand.h"

#include "cli/RecordTable.h"
#include "cli/ScheduleCommandOutput.h"
#include "cli/ScheduleHotSeatCommand.h"
#include "storage/RotationRepository.h"
#include "storage/RotationSource.h"

#include <QCoreApplication>

namespace steward {

ScheduleShowCommand::ScheduleShowCommand()
    : CliCommand("ScheduleShowCommand",
                 "schedule show",
                 QT_TRANSLATE_NOOP("ScheduleShowCommand",
                                   "Print a stored rotation: seats, status, topics, turns and the rules it breaks."),
                 "hot-seat|micro-teach|on-call")
{
}

void ScheduleShowCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("KIND"),
        QCoreApplication::translate("ScheduleShowCommand", "hot-seat, micro-teach or on-call."));
    parser.addOption({QStringLiteral("group"),
                      QCoreApplication::translate("ScheduleShowCommand", "The mastermind group (hot-seat)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("community"),
                      QCoreApplication::translate("ScheduleShowCommand",
                                                  "The community (micro-teach, on-call), or the group's community."),
                      QStringLiteral("NAME")});
    RecordTable::addOutputOptions(parser);
}

ExitCode ScheduleShowCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    const QStringList positional = parser.positionalArguments();
    const auto kind = RotationRecord::kindFromKey(positional.value(0));
    if (positional.size() != 1 || !kind)
        return reportError(
            context,
            ExitCode::Usage,
            QCoreApplication::translate("ScheduleShowCommand",
                                        "schedule show needs one KIND: hot-seat, micro-teach or on-call"));
    const bool hotSeat = *kind == RotationKind::HotSeat;
    const QString required = hotSeat ? QStringLiteral("group") : QStringLiteral("community");
    if (parser.value(required).trimmed().isEmpty())
        return reportError(context,
                           ExitCode::Usage,
                           QCoreApplication::translate("ScheduleShowCommand", "schedule show %1 needs --%2 NAME")
                               .arg(positional.value(0), required));
    auto format = RecordTable::formatFrom(parser);
    if (!format)
        return reportError(context, ExitCode::Usage, format.errorString());

    auto database = context.openDatabase();
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    const Database& db = **database;
    auto target =
        hotSeat ? ScheduleHotSeatCommand::groupTarget(parser, db) : ScheduleCommand::communityTarget(parser, db);
    if (!target)
        return reportError(context, ExitCode::Failure, target.errorString());
    auto record = RotationRepository(db).findFor(*kind, target->ownerId);
    if (!record)
        return reportError(context, ExitCode::Failure, record.errorString());
    if (!record->has_value())
        return reportError(context,
                           ExitCode::Failure,
                           QCoreApplication::translate("ScheduleShowCommand", "%1 has no stored %2 rotation")
                               .arg(target->description, positional.value(0)));
    auto plan = RotationSource(db).storedPlan(**record);
    if (!plan)
        return reportError(context, ExitCode::Failure, plan.errorString());
    const QByteArray bytes = ScheduleCommandOutput::plan(*plan, *format, &**record);
    if (Status s = ScheduleCommandOutput::write(parser, bytes, context.out); !s)
        return reportError(context, ExitCode::Failure, s.errorString());
    return ExitCode::Success;
}

} // namespace steward
