// SPDX-License-Identifier: GPL-3.0-or-later
#include "PathwayCriteriaCommand.h"

#include "cli/ArtefactCommandInput.h"
#include "repertoire/PathwayRepository.h"
#include "storage/MembershipRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace steward {

namespace {

/** "active:note-taker:2" */
Result<PathwayCriterion> criterionFrom(const QString& text, qint64 communityId)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    bool ok = false;
    const int count = parts.value(2).toInt(&ok);
    const auto level = participationLevelFromKey(parts.value(0).trimmed());
    if (parts.size() != 3 || !ok || !level)
        return Result<PathwayCriterion>::failure(
            QCoreApplication::translate("PathwayCriteriaCommand",
                                        "--set '%1': write LEVEL:ACTIVITY:COUNT, e.g. active:note-taker:2")
                .arg(text));
    return PathwayCriterion{0, communityId, *level, parts.at(1).trimmed(), count};
}

Status applySettings(const QCommandLineParser& parser, PracticeSettings& s)
{
    if (parser.isSet(QStringLiteral("cadence")))
        s.reviewCadence = parser.value(QStringLiteral("cadence")).trimmed();
    for (const char* name : {"stuck-days", "inactive-days"}) {
        if (!parser.isSet(QLatin1String(name)))
            continue;
        auto days =
            ArtefactCommandInput::number(parser.value(QLatin1String(name)), QStringLiteral("--") + QLatin1String(name));
        if (!days)
            return Status::failure(days.errorString());
        (qstrcmp(name, "stuck-days") == 0 ? s.stuckDays : s.inactiveDays) = int(*days);
    }
    if (parser.isSet(QStringLiteral("leaderboard"))) {
        const QString value = parser.value(QStringLiteral("leaderboard")).trimmed();
        if (value != QLatin1String("on") && value != QLatin1String("off"))
            return Status::failure(QCoreApplication::translate("PathwayCriteriaCommand", "--leaderboard is on or off"));
        s.leaderboard = value == QLatin1String("on");
    }
    return {};
}

} // namespace

PathwayCriteriaCommand::PathwayCriteriaCommand()
    : CliCommand("PathwayCriteriaCommand",
                 "pathway criteria",
                 QT_TRANSLATE_NOOP("PathwayCriteriaCommand",
                                   "Show or set a community's pathway criteria, review cadence, thresholds, "
                                   "leaderboard opt-in and staff."))
{
}

void PathwayCriteriaCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("community"),
                      QCoreApplication::translate("PathwayCriteriaCommand", "The community."),
                      QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("set"),
         QCoreApplication::translate("PathwayCriteriaCommand", "A criterion (repeatable; replaces all): %1.")
             .arg(PathwayCriterion::activities().join(QStringLiteral(", "))),
         QStringLiteral("LEVEL:ACTIVITY:COUNT")});
    parser.addOption({QStringLiteral("cadence"),
                      QCoreApplication::translate("PathwayCriteriaCommand", "monthly, quarterly or yearly."),
                      QStringLiteral("CADENCE")});
    parser.addOption(
        {QStringLiteral("stuck-days"),
         QCoreApplication::translate("PathwayCriteriaCommand", "Days at a level after which a member counts as stuck."),
         QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("inactive-days"),
         QCoreApplication::translate("PathwayCriteriaCommand", "Days without activity before a move down is proposed."),
         QStringLiteral("N")});
    parser.addOption({QStringLiteral("leaderboard"),
                      QCoreApplication::translate("PathwayCriteriaCommand", "on or off."),
                      QStringLiteral("on|off")});
    parser.addOption({QStringLiteral("staff"),
                      QCoreApplication::translate("PathwayCriteriaCommand", "Mark a member as staff (repeatable)."),
                      QStringLiteral("PERSON")});
    parser.addOption({QStringLiteral("not-staff"),
                      QCoreApplication::translate("PathwayCriteriaCommand", "Unmark a member as staff (repeatable)."),
                      QStringLiteral("PERSON")});
}

ExitCode PathwayCriteriaCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    if (!parser.isSet(QStringLiteral("community")))
        return reportError(context,
                           ExitCode::Usage,
                           QCoreApplication::translate("PathwayCriteriaCommand", "--community NAME is required"));
    auto database = context.openDatabase();
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    auto community = ArtefactCommandInput::community(**database, parser.value(QStringLiteral("community")));
    if (!community)
        return reportError(context, ExitCode::Failure, community.errorString());
    PathwayRepository repository(**database);
    Transaction transaction((*database)->connection());
    if (parser.isSet(QStringLiteral("set"))) {
        QList<PathwayCriterion> criteria;
        for (const QString& text : parser.values(QStringLiteral("set"))) {
            auto c = criterionFrom(text, community->id);
            if (!c)
                return reportError(context, ExitCode::Failure, c.errorString());
            criteria.append(*c);
        }
        if (Status s = repository.setCriteria(community->id, criteria); !s)
            return reportError(context, ExitCode::Failure, s.errorString());
    }
    auto settings = repository.settings(community->id);
    if (!settings)
        return reportError(context, ExitCode::Failure, settings.errorString());
    if (Status s = applySettings(parser, *settings); !s)
        return reportError(context, ExitCode::Failure, s.errorString());
    if (Status s = repository.setSettings(*settings); !s)
        return reportError(context, ExitCode::Failure, s.errorString());
    for (const char* option : {"staff", "not-staff"}) {
        for (const QString& key : parser.values(QLatin1String(option))) {
            auto person = ArtefactCommandInput::person(**database, key);
            auto membership = person ? MembershipRepository(**database).find(*person, community->id)
                                     : Result<std::optional<Membership>>::failure(person.errorString());
            if (!membership || !membership->has_value())
                return reportError(
                    context,
                    ExitCode::Failure,
                    membership ? QCoreApplication::translate("PathwayCriteriaCommand", "%1 is not a member of %2")
                                     .arg(key, community->name)
                               : membership.errorString());
            if (Status s = repository.setStaff((*membership)->id, qstrcmp(option, "staff") == 0); !s)
                return reportError(context, ExitCode::Failure, s.errorString());
        }
    }
    if (Status s = transaction.commit(); !s)
        return reportError(context, ExitCode::Failure, s.errorString());
    context.out
        << QCoreApplication::translate(
               "PathwayCriteriaCommand",
               "Pathway of %1 (periodic review %2, stuck after %3 days, inactive after %4 days, leaderboard %5):")
               .arg(community->name, settings->reviewCadence)
               .arg(settings->stuckDays)
               .arg(settings->inactiveDays)
               .arg(settings->leaderboard ? QCoreApplication::translate("PathwayCriteriaCommand", "on")
                                          : QCoreApplication::translate("PathwayCriteriaCommand", "off"))
        << '\n';
    for (const PathwayCriterion& c : *repository.criteria(community->id))
        context.out << QStringLiteral("  %1:%2:%3").arg(participationLevelKey(c.level), c.activity).arg(c.count)
                    << '\n';
    context.out.flush();
    return ExitCode::Success;
}

} // namespace steward
