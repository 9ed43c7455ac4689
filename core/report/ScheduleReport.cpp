// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleReport.h"

#include "report/PersonNames.h"
#include "report/ReportPeriod.h"
#include "storage/CommunityRepository.h"
#include "storage/Database.h"
#include "storage/MastermindRepository.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>

namespace steward {

namespace {

QString kindTitle(const QString& kind)
{
    if (kind == QLatin1String("hot-seat"))
        return QCoreApplication::translate("ScheduleReport", "Hot-seat rotation");
    if (kind == QLatin1String("micro-teach"))
        return QCoreApplication::translate("ScheduleReport", "Micro-teach schedule");
    return QCoreApplication::translate("ScheduleReport", "On-call rotation");
}

} // namespace

QString ScheduleReport::statusText(const QString& key)
{
    if (key == QLatin1String("done"))
        return QCoreApplication::translate("ScheduleReport", "done");
    if (key == QLatin1String("skipped"))
        return QCoreApplication::translate("ScheduleReport", "skipped");
    if (key == QLatin1String("moved"))
        return QCoreApplication::translate("ScheduleReport", "moved");
    if (key == QLatin1String("swapped"))
        return QCoreApplication::translate("ScheduleReport", "swapped");
    return QCoreApplication::translate("ScheduleReport", "planned");
}

ScheduleReport::Window ScheduleReport::window(const ReportOptions& options, const Clock& clock)
{
    const QDate from = options.from.isValid() ? options.from : clock.today();
    return {from, options.to.isValid() ? options.to : from.addMonths(kDefaultMonths)};
}

Result<ReportTable> ScheduleReport::seats(
    const Database& database, const QString& kind, qint64 planId, const Window& window, const ReportOptions& options)
{
    PersonNames names;
    if (options.pseudonymise) {
        auto pseudonyms = PersonNames::pseudonymised(database, options.pseudonymKey);
        if (!pseudonyms)
            return Result<ReportTable>::failure(pseudonyms.errorString());
        names = *pseudonyms;
    }
    auto q = runQuery(database.connection(),
                      QStringLiteral("SELECT s.meeting_date, s.person_id, ifnull(p.name, ''), s.status, s.topic, "
                                     "ifnull(r.days_per_shift, 1) FROM rotation_seat s JOIN rotation_plan r ON r.id = "
                                     "s.plan_id LEFT JOIN person p ON p.id = s.person_id WHERE s.plan_id = ? AND "
                                     "s.meeting_date BETWEEN ? AND ? ORDER BY s.meeting_date, s.slot"),
                      {planId, sqlDate(window.from), sqlDate(window.to)});
    if (!q)
        return Result<ReportTable>::failure(q.errorString());
    const bool onCall = kind == QLatin1String("on-call");
    ReportTable table;
    table.header = {onCall ? QCoreApplication::translate("ScheduleReport", "From")
                           : QCoreApplication::translate("ScheduleReport", "Meeting")};
    if (onCall)
        table.header << QCoreApplication::translate("ScheduleReport", "To");
    table.header << QCoreApplication::translate("ScheduleReport", "Who");
    if (kind == QLatin1String("micro-teach"))
        table.header << QCoreApplication::translate("ScheduleReport", "Topic");
    table.header << QCoreApplication::translate("ScheduleReport", "Status");
    while (q->next() && table.rows.size() < kMaxRows) {
        const QDate day = dateFromSql(q->value(0));
        QStringList row{day.toString(Qt::ISODate)};
        if (onCall)
            row << day.addDays(q->value(5).toInt() - 1).toString(Qt::ISODate);
        row << (q->value(1).isNull() ? QCoreApplication::translate("ScheduleReport", "(nobody)")
                                     : names.display(q->value(1).toLongLong(), q->value(2).toString()));
        if (kind == QLatin1String("micro-teach"))
            row << q->value(4).toString();
        row << statusText(q->value(3).toString());
        table.rows << row;
    }
    return table;
}

Result<ReportContent> ScheduleReport::rotation(const Database& database,
                                               const QString& kind,
                                               qint64 ownerId,
                                               const QString& ownerName,
                                               const ReportOptions& options,
                                               const Clock& clock)
{
    using R = Result<ReportContent>;
    const bool hotSeat = kind == QLatin1String("hot-seat");
    auto plan =
        runQuery(database.connection(),
                 hotSeat ? QStringLiteral("SELECT id, response_target_minutes FROM rotation_plan WHERE kind = ? "
                                          "AND mastermind_group_id = ?")
                         : QStringLiteral("SELECT id, response_target_minutes FROM rotation_plan WHERE kind = ? "
                                          "AND community_id = ?"),
                 {kind, ownerId});
    if (!plan)
        return R::failure(plan.errorString());
    if (!plan->next())
        return R::failure(
            QCoreApplication::translate("ScheduleReport", "'%1' has no stored %2 rotation; plan one first")
                .arg(ownerName, kind));
    const Window w = window(options, clock);
    auto table = seats(database, kind, plan->value(0).toLongLong(), w, options);
    if (!table)
        return R::failure(table.errorString());
    ReportContent content;
    content.title = kindTitle(kind);
    content.subtitle = ownerName;
    content.period = ReportPeriod{w.from, w.to}.text();
    content.generated = clock.now();
    content.author = QStringLiteral("Steward");
    ReportSection s;
    s.heading = QStringLiteral("%1: %2").arg(kindTitle(kind), ownerName);
    s.addParagraph(content.period);
    if (!plan->value(1).isNull())
        s.addParagraph(QCoreApplication::translate("ScheduleReport", "Agreed response time: %1 minutes.")
                           .arg(plan->value(1).toInt()));
    if (table->rows.isEmpty())
        s.addAbsent(QCoreApplication::translate("ScheduleReport", "No turn falls in these dates."));
    else
        s.addTable(*table);
    content.sections << s;
    return content;
}

Result<ReportContent> ScheduleReport::hotSeat(const Database& database,
                                              const QString& groupName,
                                              const ReportOptions& options,
                                              const Clock& clock)
{
    auto groups = MastermindRepository(database).findByName(groupName);
    if (!groups)
        return Result<ReportContent>::failure(groups.errorString());
    if (groups->size() != 1)
        return Result<ReportContent>::failure(
            QCoreApplication::translate("ScheduleReport", "no single mastermind group named '%1'").arg(groupName));
    return rotation(
        database, QStringLiteral("hot-seat"), groups->constFirst().id, groups->constFirst().name, options, clock);
}

Result<ReportContent> ScheduleReport::microTeach(const Database& database,
                                                 const QString& communityName,
                                                 const ReportOptions& options,
                                                 const Clock& clock)
{
    auto community = CommunityRepository(database).findByName(communityName);
    if (!community || !community->has_value())
        return Result<ReportContent>::failure(
            !community ? community.errorString()
                       : QCoreApplication::translate("ScheduleReport", "no community named '%1'").arg(communityName));
    return rotation(database, QStringLiteral("micro-teach"), (*community)->id, (*community)->name, options, clock);
}

Result<ReportContent> ScheduleReport::onCall(const Database& database,
                                             const QString& communityName,
                                             const ReportOptions& options,
                                             const Clock& clock)
{
    auto community = CommunityRepository(database).findByName(communityName);
    if (!community || !community->has_value())
        return Result<ReportContent>::failure(
            !community ? community.errorString()
                       : QCoreApplication::translate("ScheduleReport", "no community named '%1'").arg(communityName));
    return rotation(database, QStringLiteral("on-call"), (*community)->id, (*community)->name, options, clock);
}

} // namespace steward
