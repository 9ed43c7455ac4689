// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleCommand.h"

#include "cli/RecordTable.h"
#include "cli/ScheduleCommandOutput.h"
#include "schedule/Recurrence.h"
#include "schedule/RotationEngine.h"
#include "storage/CommunityRepository.h"
#include "storage/RotationRepository.h"
#include "storage/RotationSource.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>

namespace steward {

namespace {

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

QList<RotationViolation> violationsFrom(const RotationPlan& plan, QDate from, bool understaffed)
{
    QList<RotationViolation> found;
    for (const RotationViolation& violation : plan.violations) {
        if (violation.date >= from && (violation.rule == RotationViolation::Rule::Understaffed) == understaffed)
            found.append(violation);
    }
    return found;
}

} // namespace

void ScheduleCommand::configure(QCommandLineParser& parser) const
{
    configureSeries(parser);
    parser.addOption(
        {QStringLiteral("from"),
         QCoreApplication::translate("ScheduleCommand",
                                     "Plan from this day on; a stored plan keeps its meetings before it (required)."),
         QStringLiteral("YYYY-MM-DD")});
    parser.addOption(
        {QStringLiteral("per-meeting"),
         QCoreApplication::translate("ScheduleCommand", "People per meeting (default: as stored, else 1)."),
         QStringLiteral("K")});
    parser.addOption({QStringLiteral("seed"),
                      QCoreApplication::translate(
                          "ScheduleCommand",
                          "Seed that breaks ties between people the rules rank equal (default: as stored, else 0)."),
                      QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("save"),
         QCoreApplication::translate(
             "ScheduleCommand",
             "Store the plan (replacing the stored one from --from on); without it the plan is only printed.")});
    RecordTable::addOutputOptions(parser);
}

Result<int> ScheduleCommand::positiveOption(const QCommandLineParser& parser, const QString& name)
{
    bool ok = false;
    const QString text = parser.value(name).trimmed();
    const int value = text.toInt(&ok);
    if (!ok || value < 1)
        return Result<int>::failure(
            QCoreApplication::translate("ScheduleCommand", "--%1 needs a whole number of at least 1, not '%2'")
                .arg(name, text));
    return value;
}

Result<QList<QDate>> ScheduleCommand::datesOption(const QCommandLineParser& parser, const QString& name)
{
    QList<QDate> dates;
    for (const QString& value : parser.values(name)) {
        for (const QString& part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QDate date = QDate::fromString(part.trimmed(), Qt::ISODate);
            if (!date.isValid())
                return Result<QList<QDate>>::failure(
                    QCoreApplication::translate("ScheduleCommand", "--%1: '%2' is not a date in the form YYYY-MM-DD")
                        .arg(name, part.trimmed()));
            dates.append(date);
        }
    }
    return dates;
}

Result<int> ScheduleCommand::countOption(const QCommandLineParser& parser, const QString& name)
{
    if (!parser.isSet(name))
        return Result<int>::failure(QCoreApplication::translate("ScheduleCommand", "--%1 N is required").arg(name));
    auto count = positiveOption(parser, name);
    if (count && *count > kMaxMeetings)
        return Result<int>::failure(
            QCoreApplication::translate("ScheduleCommand", "--%1 plans at most %2 at once, not %3")
                .arg(name)
                .arg(kMaxMeetings)
                .arg(*count));
    return count;
}

Result<ScheduleCommand::Target> ScheduleCommand::communityTarget(const QCommandLineParser& parser,
                                                                 const Database& database)
{
    const QString name = parser.value(QStringLiteral("community")).trimmed();
    auto community = CommunityRepository(database).findByName(name);
    if (!community)
        return Result<Target>::failure(community.errorString());
    if (!community->has_value())
        return Result<Target>::failure(
            QCoreApplication::translate("ScheduleCommand", "no community is named %1").arg(name));
    return Target{(*community)->id,
                  QCoreApplication::translate("ScheduleCommand", "the community %1").arg((*community)->name),
                  (*community)->cadence};
}

Result<Qt::DayOfWeek> ScheduleCommand::weekdayFrom(const QString& text)
{
    const QString key = text.trimmed().toLower();
    static const QStringList names = {QStringLiteral("monday"),
                                      QStringLiteral("tuesday"),
                                      QStringLiteral("wednesday"),
                                      QStringLiteral("thursday"),
                                      QStringLiteral("friday"),
                                      QStringLiteral("saturday"),
                                      QStringLiteral("sunday")};
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (key.size() >= 3 && names.at(i).startsWith(key))
            return Qt::DayOfWeek(i + 1);
    }
    return Result<Qt::DayOfWeek>::failure(
        QCoreApplication::translate("ScheduleCommand", "--weekday needs mon, tue, wed, thu, fri, sat or sun, not '%1'")
            .arg(text));
}

Result<QList<QDate>> ScheduleCommand::weeklyDates(QDate first, int everyWeeks, int count, const QList<QDate>& skips)
{
    using R = Result<QList<QDate>>;
    // The series comes from the one recurrence rule (RFC 5545 WEEKLY); a skipped date does not count, so
    // the rule runs on until `count` meetings remain.
    RecurrenceRule rule = RecurrenceRule::weekly(everyWeeks);
    rule.setCount(int(std::min<qsizetype>(count + skips.size(), kMaxMeetings * 2)));
    auto series = Recurrence::create(first, QTime(12, 0), 60, QTimeZone::utc(), rule);
    if (!series)
        return R::failure(series.errorString());
    QList<QDate> dates;
    for (const QDate date : series->ruleDates()) {
        if (dates.size() == count)
            break;
        if (!skips.contains(date))
            dates.append(date);
    }
    return dates;
}

Status ScheduleCommand::parseOptions(const QCommandLineParser& parser, Options& options) const
{
    if (!parser.isSet(QStringLiteral("from")))
        return Status::failure(
            QCoreApplication::translate("ScheduleCommand", "%1 needs --from YYYY-MM-DD").arg(name()));
    options.from = QDate::fromString(parser.value(QStringLiteral("from")).trimmed(), Qt::ISODate);
    if (!options.from.isValid())
        return Status::failure(
            QCoreApplication::translate("ScheduleCommand", "--from: '%1' is not a date in the form YYYY-MM-DD")
                .arg(parser.value(QStringLiteral("from"))));
    if (parser.isSet(QStringLiteral("per-meeting"))) {
        auto seats = positiveOption(parser, QStringLiteral("per-meeting"));
        if (!seats)
            return Status::failure(seats.errorString());
        options.seatsPerMeeting = *seats;
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        options.seed = parser.value(QStringLiteral("seed")).trimmed().toULongLong(&ok);
        if (!ok)
            return Status::failure(
                QCoreApplication::translate("ScheduleCommand", "--seed needs a non-negative whole number, not '%1'")
                    .arg(parser.value(QStringLiteral("seed"))));
    }
    return parseSeries(parser, options);
}

Result<RotationSeries>
ScheduleCommand::seriesFor(Options options, const Target& target, const std::optional<RotationRecord>& stored) const
{
    // Unset options fall back on what the stored plan used, so a regenerate continues it.
    RotationSeries series;
    series.kind = kind();
    series.ownerId = target.ownerId;
    series.from = options.from;
    series.seatsPerMeeting = options.seatsPerMeeting.value_or(stored ? stored->seatsPerMeeting : 1);
    series.seed = options.seed.value_or(stored ? stored->seed : 0);
    if (kind() == RotationKind::OnCall) {
        series.daysPerShift = options.daysPerShift.value_or(stored ? stored->daysPerShift : 7);
        options.daysPerShift = series.daysPerShift;
    }
    auto dates = meetingDates(options, target);
    if (!dates)
        return Result<RotationSeries>::failure(dates.errorString());
    series.meetings = *dates;
    return series;
}

ExitCode ScheduleCommand::judge(const RotationPlan& plan, QDate from, CliContext& context) const
{
    // Seats nobody can take (everyone absent, fewer people than seats that day) make the plan unusable:
    // it is printed so the violations can be read, but it is an error and nothing is stored.
    const QList<RotationViolation> unfilled = violationsFrom(plan, from, true);
    if (!unfilled.isEmpty()) {
        return reportError(
            context,
            ExitCode::Failure,
            QCoreApplication::translate("ScheduleCommand",
                                        "%1 meeting(s) cannot be fully staffed, the first on %2: %3 Nothing was saved.")
                .arg(unfilled.size())
                .arg(isoDate(unfilled.constFirst().date), unfilled.constFirst().reason));
    }
    const QList<RotationViolation> broken = violationsFrom(plan, from, false);
    if (!broken.isEmpty()) {
        context.err << "steward-cli: "
                    << QCoreApplication::translate("ScheduleCommand",
                                                   "warning: the plan breaks %1 rule(s), the first on %2: %3")
                           .arg(broken.size())
                           .arg(isoDate(broken.constFirst().date), broken.constFirst().reason)
                    << Qt::endl;
    }
    return ExitCode::Success;
}

ExitCode ScheduleCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    auto format = RecordTable::formatFrom(parser);
    if (!format)
        return reportError(context, ExitCode::Usage, format.errorString());
    Options options;
    if (Status s = parseOptions(parser, options); !s)
        return reportError(context, ExitCode::Usage, s.errorString());

    auto database = context.openDatabase();
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    const Database& db = **database;
    auto target = findTarget(parser, db);
    if (!target)
        return reportError(context, ExitCode::Failure, target.errorString());
    RotationSource source(db);
    auto people = source.eligiblePeople(kind(), target->ownerId);
    if (!people)
        return reportError(context, ExitCode::Failure, people.errorString());
    if (people->isEmpty())
        return reportError(
            context,
            ExitCode::Failure,
            QCoreApplication::translate("ScheduleCommand", "%1; nothing to plan.").arg(nobodyMessage(*target)));
    auto stored = RotationRepository(db).findFor(kind(), target->ownerId);
    if (!stored)
        return reportError(context, ExitCode::Failure, stored.errorString());
    auto series = seriesFor(options, *target, *stored);
    if (!series)
        return reportError(context, ExitCode::Failure, series.errorString());
    auto draft = source.draft(*series);
    if (!draft)
        return reportError(context, ExitCode::Failure, draft.errorString());
    auto plan = RotationEngine::generate(draft->request);
    if (!plan) {
        return reportError(context,
                           ExitCode::Failure,
                           QCoreApplication::translate("ScheduleCommand", "cannot plan %1: %2")
                               .arg(target->description, plan.errorString()));
    }
    for (const QString& note : std::as_const(draft->notes))
        context.err << "steward-cli: " << QCoreApplication::translate("ScheduleCommand", "note: %1").arg(note)
                    << Qt::endl;
    if (Status s = ScheduleCommandOutput::write(parser, ScheduleCommandOutput::plan(*plan, *format), context.out); !s)
        return reportError(context, ExitCode::Failure, s.errorString());
    if (const ExitCode verdict = judge(*plan, options.from, context); verdict != ExitCode::Success)
        return verdict;
    if (!parser.isSet(QStringLiteral("save")))
        return ExitCode::Success;

    auto saved = RotationRepository(db).save(RotationSource::record(*plan, *series, *draft, context.clock.now()));
    if (!saved)
        return reportError(context, ExitCode::Failure, saved.errorString());
    // Machine-readable output on stdout stays parseable: the confirmation goes with the readable table only.
    if (*format == RecordTable::Format::Text || parser.isSet(QStringLiteral("output"))) {
        context.out << QCoreApplication::translate("ScheduleCommand",
                                                   "Saved the %1 rotation of %2: %3 meetings, %4 kept from before %5.")
                           .arg(RotationRecord::kindKey(kind()), target->description)
                           .arg(plan->meetings.size())
                           .arg(draft->keptMeetings)
                           .arg(isoDate(options.from))
                    << Qt::endl;
    }
    return ExitCode::Success;
}

} // namespace steward
