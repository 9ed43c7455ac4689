// SPDX-License-Identifier: GPL-3.0-or-later
#include "PathwayEvaluator.h"

#include <QCoreApplication>

namespace steward {

namespace {

bool blockedByExisting(const PathwayMember& member,
                       const PromotionProposal& candidate,
                       const QList<PromotionProposal>& existing)
{
    for (const PromotionProposal& p : existing) {
        if (p.membershipId != member.membership.id)
            continue;
        if (p.status == QLatin1String("pending"))
            return true;
        if (p.from == candidate.from && p.to == candidate.to && p.proposedOn >= member.levelSince())
            return true;
    }
    return false;
}

} // namespace

PathwayEvaluator::PathwayEvaluator(QList<PathwayCriterion> criteria, PracticeSettings settings)
    : m_criteria(std::move(criteria))
    , m_settings(std::move(settings))
{
}

std::optional<ParticipationLevel> PathwayEvaluator::reachedLevel(ParticipationLevel from,
                                                                 const ActivityCounts& counts) const
{
    std::optional<ParticipationLevel> reached;
    for (int level = int(from) + 1; level <= int(ParticipationLevel::Steward); ++level) {
        bool any = false;
        bool met = true;
        for (const PathwayCriterion& c : m_criteria) {
            if (int(c.level) != level)
                continue;
            any = true;
            met = met && counts.count(c.activity) >= c.count;
        }
        // A level without criteria is the steward's call alone: the pathway stops below it.
        if (!any || !met)
            break;
        reached = ParticipationLevel(level);
    }
    return reached;
}

QString
PathwayEvaluator::metCriteria(ParticipationLevel from, ParticipationLevel to, const ActivityCounts& counts) const
{
    QStringList parts;
    for (const PathwayCriterion& c : m_criteria) {
        if (int(c.level) > int(from) && int(c.level) <= int(to))
            parts.append(QCoreApplication::translate("PathwayEvaluator", "%1 %2 (needs %3)")
                             .arg(counts.count(c.activity))
                             .arg(PathwayCriterion::activityDisplayName(c.activity))
                             .arg(c.count));
    }
    return parts.join(QStringLiteral("; "));
}

std::optional<PromotionProposal> PathwayEvaluator::promotion(const PathwayMember& member,
                                                             const ActivityCounts& counts) const
{
    const ParticipationLevel from = member.membership.level;
    const auto reached = reachedLevel(from, counts);
    if (!reached)
        return std::nullopt;
    PromotionProposal p;
    p.membershipId = member.membership.id;
    p.personId = member.membership.personId;
    p.personName = member.name;
    p.from = from;
    p.to = *reached;
    p.reason = QCoreApplication::translate("PathwayEvaluator", "Meets the pathway criteria: %1")
                   .arg(metCriteria(from, *reached, counts));
    if (int(*reached) - int(from) > 1)
        p.reason += QCoreApplication::translate(
                        "PathwayEvaluator", " - meets the criteria of every level up to %1, so the move skips levels")
                        .arg(participationLevelDisplayName(*reached));
    return p;
}

std::optional<PromotionProposal>
PathwayEvaluator::demotion(const PathwayMember& member, const ActivitySpan& span, const QDate& asOf) const
{
    const ParticipationLevel from = member.membership.level;
    if (from == ParticipationLevel::Observer || member.levelSince().daysTo(asOf) < m_settings.inactiveDays)
        return std::nullopt;
    if (span.lastActivity.isValid() && span.lastActivity.daysTo(asOf) < m_settings.inactiveDays)
        return std::nullopt;
    PromotionProposal p;
    p.membershipId = member.membership.id;
    p.personId = member.membership.personId;
    p.personName = member.name;
    p.from = from;
    p.to = ParticipationLevel(int(from) - 1);
    p.reason = span.lastActivity.isValid()
                   ? QCoreApplication::translate("PathwayEvaluator", "Periodic review: no activity since %1 (%2 days)")
                         .arg(span.lastActivity.toString(Qt::ISODate))
                         .arg(span.lastActivity.daysTo(asOf))
                   : QCoreApplication::translate("PathwayEvaluator",
                                                 "Periodic review: no recorded activity at this level for %1 days")
                         .arg(member.levelSince().daysTo(asOf));
    return p;
}

QList<PromotionProposal> PathwayEvaluator::propose(const QList<PathwayMember>& members,
                                                   const QHash<qint64, ActivityCounts>& counts,
                                                   const QHash<qint64, ActivitySpan>& spans,
                                                   const QList<PromotionProposal>& existing,
                                                   const QDate& asOf) const
{
    const bool reviewDay = isReviewDate(m_settings.reviewCadence, asOf);
    QList<PromotionProposal> result;
    for (const PathwayMember& member : members) {
        if (member.staff || !member.isCurrent(asOf))
            continue;
        const qint64 person = member.membership.personId;
        std::optional<PromotionProposal> p = promotion(member, counts.value(person));
        if (!p && reviewDay)
            p = demotion(member, spans.value(person), asOf);
        if (!p || blockedByExisting(member, *p, existing))
            continue;
        p->proposedOn = asOf;
        result.append(*p);
    }
    return result;
}

bool PathwayEvaluator::isReviewDate(const QString& cadence, const QDate& date)
{
    if (date.day() != 1)
        return false;
    if (cadence == QLatin1String("monthly"))
        return true;
    if (cadence == QLatin1String("yearly"))
        return date.month() == 1;
    return (date.month() - 1) % 3 == 0;
}

QDate PathwayEvaluator::nextReviewDate(const QString& cadence, const QDate& from)
{
    QDate d(from.year(), from.month(), 1);
    if (d < from)
        d = d.addMonths(1);
    while (!isReviewDate(cadence, d))
        d = d.addMonths(1);
    return d;
}

QDate PathwayEvaluator::previousReviewDate(const QString& cadence, const QDate& to)
{
    QDate d(to.year(), to.month(), 1);
    while (!isReviewDate(cadence, d))
        d = d.addMonths(-1);
    return d;
}

Status PathwayEvaluator::checkMove(ParticipationLevel from, ParticipationLevel to, const QString& reason)
{
    if (from == to)
        return Status::failure(QCoreApplication::translate("PathwayEvaluator", "The member is already at the level %1.")
                                   .arg(participationLevelDisplayName(to)));
    const int skipped = std::abs(int(to) - int(from)) - 1;
    if (skipped > 0 && reason.trimmed().isEmpty())
        return Status::failure(
            QCoreApplication::translate(
                "PathwayEvaluator", "Moving from %1 to %2 skips %n level(s); that needs a reason.", nullptr, skipped)
                .arg(participationLevelDisplayName(from), participationLevelDisplayName(to)));
    return {};
}

} // namespace steward
