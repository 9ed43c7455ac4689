// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoalListCommand.h"

#include "cli/GoalCommandInput.h"
#include "cli/RecordTable.h"
#include "storage/GoalAccountability.h"
#include "storage/GoalRepository.h"
#include "storage/RotationRepository.h"

#include <QCoreApplication>

namespace steward {

namespace {

QString isoOrEmpty(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QList<QDate> meetingsOf(const Database& database, qint64 groupId)
{
    QList<QDate> dates;
    auto plan = RotationRepository(database).findFor(RotationKind::HotSeat, groupId);
    if (plan && plan->has_value()) {
        for (const RotationMeeting& meeting : (*plan)->meetings)
            dates.append(meeting.date);
    }
    return dates;
}

QStringList columns(bool confidential)
{
    QStringList names = {QStringLiteral("id"),
                         QStringLiteral("group"),
                         QStringLiteral("person"),
                         QStringLiteral("text"),
                         QStringLiteral("target"),
                         QStringLiteral("status"),
                         QStringLiteral("created"),
                         QStringLiteral("last_checkin"),
                         QStringLiteral("progress"),
                         QStringLiteral("last_note"),
                         QStringLiteral("streak"),
                         QStringLiteral("flags")};
    if (confidential)
        names << QStringLiteral("confidential_note");
    return names;
}

} // namespace

GoalListCommand::GoalListCommand()
    : CliCommand("GoalListCommand",
                 "goal list",
                 QT_TRANSLATE_NOOP("GoalListCommand",
                                   "List a mastermind group's goals with the last check-in, each member's streak and "
                                   "the flags (no check-in for 3 meetings, past the target date). Confidential notes "
                                   "only with --include-confidential."))
{
}

void GoalListCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("group"),
                      QCoreApplication::translate("GoalListCommand", "The mastermind group, by name (required)."),
                      QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("community"),
         QCoreApplication::translate("GoalListCommand", "The group's community, when two groups share a name."),
         QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("include-confidential"),
                      QCoreApplication::translate(
                          "GoalListCommand", "Add the last confidential note of each goal, for this listing only.")});
    RecordTable::addOutputOptions(parser);
}

ExitCode GoalListCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    auto format = RecordTable::formatFrom(parser);
    if (!format)
        return reportError(context, ExitCode::Usage, format.errorString());
    if (parser.value(QStringLiteral("group")).trimmed().isEmpty())
        return reportError(
            context, ExitCode::Usage, QCoreApplication::translate("GoalListCommand", "goal list needs --group NAME"));
    auto database = context.openDatabase();
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    auto group = GoalCommandInput::group(
        **database, parser.value(QStringLiteral("group")), parser.value(QStringLiteral("community")));
    if (!group)
        return reportError(context, ExitCode::Failure, group.errorString());
    GoalRepository repository(**database);
    auto goals = repository.forGroup(group->id);
    auto checkIns = repository.checkInsForGroup(group->id);
    if (!goals || !checkIns)
        return reportError(context, ExitCode::Failure, goals.errorString() + checkIns.errorString());
    const GoalAccountability accountability(
        meetingsOf(**database, group->id), *goals, *checkIns, context.clock.today());
    const bool confidential = parser.isSet(QStringLiteral("include-confidential"));
    RecordTable table(columns(confidential));
    for (const Goal& goal : std::as_const(*goals)) {
        const GoalReview review = accountability.review(goal);
        const CheckIn* last = nullptr;
        for (const CheckIn& c : std::as_const(*checkIns)) {
            if (c.goalId == goal.id && c.meetingDate == review.lastCheckIn)
                last = &c;
        }
        QStringList flags;
        if (review.noRecentCheckIn)
            flags << QStringLiteral("no-checkin");
        if (review.pastTarget)
            flags << QStringLiteral("past-target");
        QVariantList row = {goal.id,
                            group->name,
                            goal.personName,
                            goal.text,
                            isoOrEmpty(goal.targetDate),
                            Goal::statusKey(goal.status),
                            isoOrEmpty(goal.created),
                            isoOrEmpty(review.lastCheckIn),
                            last ? QVariant(last->progress) : QVariant(),
                            last ? last->note : QString(),
                            accountability.streak(goal.personId),
                            flags.join(QLatin1Char(' '))};
        if (confidential)
            row << (last ? last->confidentialNote : QString());
        table.addRow(row);
    }
    if (Status s = table.write(parser, *format, context.out); !s)
        return reportError(context, ExitCode::Failure, s.errorString());
    return ExitCode::Success;
}

} // namespace steward
