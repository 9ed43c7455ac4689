// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionAddCommand.h"

#include "cli/SessionCommandInput.h"
#include "storage/SessionRepository.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace steward {

namespace {

struct LocalStart
{
    QDate date;
    QTime time;
};

std::optional<LocalStart> parseStart(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral(R"(^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})$)"));
    const QRegularExpressionMatch match = shape.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
    const QTime time(match.captured(2).toInt(), match.captured(3).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return LocalStart{date, time};
}

/** The rule for --repeat, or nullopt when the value is unknown. Monthly keeps the start's n-th weekday. */
std::optional<RecurrenceRule> ruleFor(const QString& repeat, QDate firstDate)
{
    if (repeat == QLatin1String("weekly"))
        return RecurrenceRule::weekly(1);
    if (repeat == QLatin1String("biweekly"))
        return RecurrenceRule::weekly(2);
    if (repeat == QLatin1String("monthly")) {
        // A fifth weekday is always the month's last one; "last" keeps the series in every month.
        const int week = (firstDate.day() - 1) / 7 + 1;
        return RecurrenceRule::monthly(week == 5 ? -1 : week);
    }
    return std::nullopt;
}

std::optional<SessionFormat> readFormat(SessionCommandInput& input, const QString& typeKey)
{
    const auto format = sessionFormatFromKey(typeKey);
    if (!format) {
        QStringList types;
        for (SessionFormat f : allSessionFormats())
            types << sessionFormatKey(f);
        input.usage(QCoreApplication::translate("SessionAddCommand", "unknown session type %1: use one of %2")
                        .arg(typeKey, types.join(QStringLiteral(", "))));
    }
    return format;
}

/** The instant of --start on the zone's clock; a time the clocks skip (spring forward) is a usage problem. */
QDateTime readStart(SessionCommandInput& input, const QString& startText, const QTimeZone& zone)
{
    const auto start = parseStart(startText);
    if (!start) {
        input.usage(
            QCoreApplication::translate("SessionAddCommand", "--start %1 is not a time in the form YYYY-MM-DDTHH:MM")
                .arg(startText));
        return {};
    }
    const QDateTime instant = Recurrence::wallClock(start->date, start->time, zone);
    const QDateTime local = instant.toTimeZone(zone);
    if (local.date() != start->date || local.time() != start->time) {
        input.usage(
            QCoreApplication::translate("SessionAddCommand", "%1 does not exist in %2: the clocks skip it that day")
                .arg(startText, QString::fromUtf8(zone.id())));
        return {};
    }
    return instant;
}

/** The series of --repeat with --count or --until; usage problems go to `input`. */
std::optional<RecurrenceRule>
readSeries(const QCommandLineParser& parser, SessionCommandInput& input, QDate firstDate, int count, QDate until)
{
    const bool repeats = parser.isSet(QStringLiteral("repeat"));
    if (!repeats) {
        if (parser.isSet(QStringLiteral("count")) || parser.isSet(QStringLiteral("until")))
            input.usage(QCoreApplication::translate("SessionAddCommand", "--count and --until need --repeat"));
        return std::nullopt;
    }
    std::optional<RecurrenceRule> rule = ruleFor(parser.value(QStringLiteral("repeat")).trimmed().toLower(), firstDate);
    if (!rule)
        input.usage(
            QCoreApplication::translate("SessionAddCommand", "unknown --repeat %1: use weekly, biweekly or monthly")
                .arg(parser.value(QStringLiteral("repeat"))));
    else if (count == 0 && !until.isValid())
        input.usage(QCoreApplication::translate("SessionAddCommand",
                                                "a series needs an end: give --count N or --until YYYY-MM-DD"));
    else if (count > 0 && until.isValid())
        input.usage(QCoreApplication::translate("SessionAddCommand", "give a series --count or --until, not both"));
    else if (until.isValid() && until < firstDate)
        input.usage(
            QCoreApplication::translate("SessionAddCommand", "the series would end on %1, before it starts on %2")
                .arg(until.toString(Qt::ISODate), firstDate.toString(Qt::ISODate)));
    else if (count > 0)
        rule->setCount(count);
    else
        rule->setUntil(until);
    return rule;
}

/** --role ROLE=PERSON, repeatable; the people are looked up later. */
QList<QPair<SessionRole, QString>> readRoles(const QCommandLineParser& parser, SessionCommandInput& input)
{
    QList<QPair<SessionRole, QString>> roles;
    for (const QString& value : parser.values(QStringLiteral("role"))) {
        const qsizetype equals = value.indexOf(QLatin1Char('='));
        const auto role = sessionRoleFromKey(value.left(equals));
        if (equals < 0 || !role || value.mid(equals + 1).trimmed().isEmpty())
            input.usage(QCoreApplication::translate(
                            "SessionAddCommand",
                            "--role %1 is not ROLE=PERSON with a role of presenter, note-taker, observer or co-lead")
                            .arg(value));
        else
            roles.append({*role, value.mid(equals + 1).trimmed()});
    }
    return roles;
}

} // namespace

SessionAddCommand::SessionAddCommand()
    : CliCommand(
        "SessionAddCommand",
        "session add",
        QT_TRANSLATE_NOOP("SessionAddCommand", "Add a session or a series of sessions to a community; prints its id."))
{
}

void SessionAddCommand::configure(QCommandLineParser& parser) const
{
    QStringList types;
    for (SessionFormat format : allSessionFormats())
        types << sessionFormatKey(format);
    parser.addOption({QStringLiteral("community"),
                      QCoreApplication::translate("SessionAddCommand", "The community, by name."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("type"),
                      QCoreApplication::translate("SessionAddCommand", "The format of the session."),
                      types.join(QLatin1Char('|'))});
    parser.addOption({QStringLiteral("title"),
                      QCoreApplication::translate("SessionAddCommand", "The title of the session."),
                      QStringLiteral("TEXT")});
    parser.addOption(
        {QStringLiteral("start"),
         QCoreApplication::translate("SessionAddCommand", "When it starts, on the clock of its time zone."),
         QStringLiteral("YYYY-MM-DDTHH:MM")});
    parser.addOption({QStringLiteral("minutes"),
                      QCoreApplication::translate("SessionAddCommand", "How long it lasts (1 to 1440)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("timezone"),
                      QCoreApplication::translate("SessionAddCommand", "Its time zone (default: the system's)."),
                      QStringLiteral("IANA")});
    parser.addOption({QStringLiteral("facilitator"),
                      QCoreApplication::translate("SessionAddCommand", "Who facilitates, by email or exact name."),
                      QStringLiteral("PERSON")});
    parser.addOption(
        {QStringLiteral("repeat"),
         QCoreApplication::translate("SessionAddCommand", "Make it a series; monthly keeps the start's n-th weekday."),
         QStringLiteral("weekly|biweekly|monthly")});
    parser.addOption({QStringLiteral("count"),
                      QCoreApplication::translate("SessionAddCommand", "How many sessions the series has."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("until"),
                      QCoreApplication::translate("SessionAddCommand", "The last day of the series."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("place"),
                      QCoreApplication::translate("SessionAddCommand", "Where it takes place."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("link"),
                      QCoreApplication::translate("SessionAddCommand", "The link to join it."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("agenda"),
                      QCoreApplication::translate("SessionAddCommand", "The agenda."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("notes"),
                      QCoreApplication::translate("SessionAddCommand", "Notes of the session."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("learnings"),
                      QCoreApplication::translate("SessionAddCommand", "Captured learnings."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("confidential"),
                      QCoreApplication::translate("SessionAddCommand",
                                                  "Keep notes and learnings in the app: never listed or exported.")});
    parser.addOption(
        {QStringLiteral("role"),
         QCoreApplication::translate("SessionAddCommand",
                                     "A role: presenter, note-taker, observer or co-lead, and a person (repeatable)."),
         QStringLiteral("ROLE=PERSON")});
}

ExitCode SessionAddCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    SessionCommandInput input(parser, context, name());
    const QString communityName = input.required(QStringLiteral("community"));
    const QString typeKey = input.required(QStringLiteral("type"));
    const QString title = input.required(QStringLiteral("title"));
    const QString startText = input.required(QStringLiteral("start"));
    input.required(QStringLiteral("minutes"));
    const int minutes = int(input.number(QStringLiteral("minutes"), 1, 24 * 60, 0));
    const QTimeZone zone = input.timeZone();
    const QDate until = input.date(QStringLiteral("until"));
    const int count = int(input.number(QStringLiteral("count"), 1, 1000, 0));
    if (input.failed())
        return input.report();

    const auto format = readFormat(input, typeKey);
    const QDateTime instant = readStart(input, startText, zone);
    if (input.failed())
        return input.report();
    const QDate firstDate = instant.toTimeZone(zone).date();

    const std::optional<RecurrenceRule> rule = readSeries(parser, input, firstDate, count, until);
    const QList<QPair<SessionRole, QString>> wantedRoles = readRoles(parser, input);
    if (input.failed())
        return input.report();

    const auto community = input.community(communityName);
    Session session;
    if (parser.isSet(QStringLiteral("facilitator"))) {
        if (const auto facilitator = input.person(parser.value(QStringLiteral("facilitator"))))
            session.facilitatorId = facilitator->id;
    }
    QList<SessionRoleAssignment> roles;
    for (const auto& [role, who] : std::as_const(wantedRoles)) {
        if (const auto person = input.person(who))
            roles.append({person->id, role});
    }
    if (input.failed())
        return input.report();

    session.communityId = community->id;
    session.format = *format;
    session.title = title;
    session.start = instant.toUTC();
    session.timeZone = QString::fromUtf8(zone.id());
    session.minutes = minutes;
    session.place = parser.value(QStringLiteral("place"));
    session.link = parser.value(QStringLiteral("link"));
    session.agenda = parser.value(QStringLiteral("agenda"));
    session.notes = parser.value(QStringLiteral("notes"));
    session.learnings = parser.value(QStringLiteral("learnings"));
    session.confidential = parser.isSet(QStringLiteral("confidential"));
    session.repeat = rule;
    auto id = SessionRepository(*input.database()).add(session, roles);
    if (!id)
        return reportError(context, ExitCode::Failure, id.errorString());
    context.out << *id << Qt::endl;
    return ExitCode::Success;
}

} // namespace steward
