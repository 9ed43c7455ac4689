// SPDX-License-Identifier: GPL-3.0-or-later
#include "PathwayShowCommand.h"

#include "cli/ArtefactCommandInput.h"
#include "cli/RecordTable.h"
#include "repertoire/CommunityPathway.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace steward {

namespace {

QJsonValue days(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString daysText(const std::optional<double>& value)
{
    return value ? QString::number(*value, 'f', 1) : QStringLiteral("-");
}

QString key(ParticipationLevel level)
{
    return participationLevelKey(level);
}

} // namespace

PathwayShowCommand::PathwayShowCommand()
    : CliCommand("PathwayShowCommand",
                 "pathway show",
                 QT_TRANSLATE_NOOP("PathwayShowCommand",
                                   "Show a community's pathway: funnel, days at each level, stuck members, newcomer "
                                   "cohorts and proposed level changes (recorded, never applied)."))
{
}

void PathwayShowCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("community"),
                      QCoreApplication::translate("PathwayShowCommand", "The community."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("date"),
                      QCoreApplication::translate("PathwayShowCommand", "Evaluate on this day (default today)."),
                      QStringLiteral("YYYY-MM-DD")});
    RecordTable::addOutputOptions(parser);
}

QByteArray PathwayShowCommand::toJson(const PathwayReport& report)
{
    QJsonArray levels;
    for (const LevelTime& t : report.levels)
        levels.append(QJsonObject{{QStringLiteral("level"), key(t.level)},
                                  {QStringLiteral("count"), t.members},
                                  {QStringLiteral("median_days"), days(t.medianDays)}});
    QJsonArray stuck;
    for (const StuckMember& s : report.stuck)
        stuck.append(QJsonObject{{QStringLiteral("person"), s.name},
                                 {QStringLiteral("level"), key(s.level)},
                                 {QStringLiteral("since"), s.since.toString(Qt::ISODate)},
                                 {QStringLiteral("days"), s.days}});
    QJsonArray proposals;
    for (const PromotionProposal& p : report.proposals)
        proposals.append(QJsonObject{{QStringLiteral("id"), p.id},
                                     {QStringLiteral("person"), p.personName},
                                     {QStringLiteral("from"), key(p.from)},
                                     {QStringLiteral("to"), key(p.to)},
                                     {QStringLiteral("proposed_on"), p.proposedOn.toString(Qt::ISODate)},
                                     {QStringLiteral("reason"), p.reason}});
    const QJsonObject root{
        {QStringLiteral("levels"), levels}, {QStringLiteral("stuck"), stuck}, {QStringLiteral("proposals"), proposals}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void PathwayShowCommand::writeText(const PathwayReport& report, const QString& community, QTextStream& out)
{
    out << QCoreApplication::translate("PathwayShowCommand", "Pathway of %1 on %2 (periodic review %3, next on %4)")
               .arg(community,
                    report.asOf.toString(Qt::ISODate),
                    report.settings.reviewCadence,
                    report.nextReview.toString(Qt::ISODate))
        << '\n';
    RecordTable levels({QCoreApplication::translate("PathwayShowCommand", "level"),
                        QCoreApplication::translate("PathwayShowCommand", "members"),
                        QCoreApplication::translate("PathwayShowCommand", "median days"),
                        QCoreApplication::translate("PathwayShowCommand", "quartile days")});
    for (const LevelTime& t : report.levels)
        levels.addRow({key(t.level),
                       t.members,
                       daysText(t.medianDays),
                       daysText(t.lowerQuartileDays) + QStringLiteral("-") + daysText(t.upperQuartileDays)});
    out << levels.toText();
    out << QCoreApplication::translate("PathwayShowCommand", "Stuck (more than %1 days at a level):")
               .arg(report.settings.stuckDays)
        << '\n';
    for (const StuckMember& s : report.stuck)
        out << QStringLiteral("  %1  %2  %3 ").arg(s.name, key(s.level), s.since.toString(Qt::ISODate))
            << QCoreApplication::translate("PathwayShowCommand", "(%1 days)").arg(s.days) << '\n';
    out << QCoreApplication::translate("PathwayShowCommand", "Newcomers by the quarter they joined:") << '\n';
    for (const JoinerCohort& c : report.cohorts)
        out << QStringLiteral("  %1  ").arg(c.cohort)
            << QCoreApplication::translate(
                   "PathwayShowCommand",
                   "%1 joined, %2 contributed (median %3 days), %4 reached active (median %5 days)")
                   .arg(c.joiners)
                   .arg(c.contributed)
                   .arg(daysText(c.medianDaysToFirstContribution))
                   .arg(c.reachedActive)
                   .arg(daysText(c.medianDaysToActive))
            << '\n';
    out << QCoreApplication::translate("PathwayShowCommand", "Proposals:") << '\n';
    for (const PromotionProposal& p : report.proposals)
        out << QStringLiteral("  #%1  %2  %3 -> %4  %5").arg(p.id).arg(p.personName, key(p.from), key(p.to), p.reason)
            << '\n';
    out.flush();
}

ExitCode PathwayShowCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    auto format = RecordTable::formatFrom(parser);
    if (!format)
        return reportError(context, ExitCode::Usage, format.errorString());
    auto date = ArtefactCommandInput::date(parser, QStringLiteral("date"), context.clock.today());
    if (!date)
        return reportError(context, ExitCode::Usage, date.errorString());
    if (!parser.isSet(QStringLiteral("community")))
        return reportError(context,
                           ExitCode::Usage,
                           QCoreApplication::translate("PathwayShowCommand", "--community NAME is required"));
    auto database = context.openDatabase();
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    auto community = ArtefactCommandInput::community(**database, parser.value(QStringLiteral("community")));
    if (!community)
        return reportError(context, ExitCode::Failure, community.errorString());
    CommunityPathway pathway(**database, community->id);
    if (auto arising = pathway.recordProposals(*date); !arising)
        return reportError(context, ExitCode::Failure, arising.errorString());
    auto report = pathway.report(*date);
    if (!report)
        return reportError(context, ExitCode::Failure, report.errorString());
    if (*format == RecordTable::Format::Text) {
        writeText(*report, community->name, context.out);
        return ExitCode::Success;
    }
    if (*format == RecordTable::Format::Csv)
        return reportError(context,
                           ExitCode::Usage,
                           QCoreApplication::translate("PathwayShowCommand", "pathway show writes text or json"));
    const QJsonDocument document = QJsonDocument::fromJson(toJson(*report));
    if (Status s = ArtefactCommandInput::writeJson(parser, document, context.out); !s)
        return reportError(context, ExitCode::Failure, s.errorString());
    return ExitCode::Success;
}

} // namespace steward
