// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "repertoire/ActivityLedger.h"
#include "repertoire/Pathway.h"

#include <QHash>
#include <QList>

#include <optional>

namespace steward {

/**
 * Proposes level changes from activity, like the Orbit model: a promotion as soon as a member meets every
 * criterion of the next level(s); a move down only at the periodic review (first day of the month, quarter
 * or year), for members without any activity for the inactive threshold. Staff are never proposed.
 */
class PathwayEvaluator
{
public:
    PathwayEvaluator(QList<PathwayCriterion> criteria, PracticeSettings settings);

    /**
     * New proposals on `asOf`. A member with a pending proposal gets none; one whose same move was
     * dismissed since they reached their level does not get it again.
     */
    QList<PromotionProposal> propose(const QList<PathwayMember>& members,
                                     const QHash<qint64, ActivityCounts>& counts,
                                     const QHash<qint64, ActivitySpan>& spans,
                                     const QList<PromotionProposal>& existing,
                                     const QDate& asOf) const;

    /** The highest level whose criteria (and those of every level between) the counts meet, if above `from`. */
    std::optional<ParticipationLevel> reachedLevel(ParticipationLevel from, const ActivityCounts& counts) const;

    static bool isReviewDate(const QString& cadence, const QDate& date);
    /** The first periodic review day on or after `from`. */
    static QDate nextReviewDate(const QString& cadence, const QDate& from);
    /** The last periodic review day on or before `to`. */
    static QDate previousReviewDate(const QString& cadence, const QDate& to);
    /** A move that skips levels needs a reason; a move to the same level is no move. */
    static Status checkMove(ParticipationLevel from, ParticipationLevel to, const QString& reason);

private:
    std::optional<PromotionProposal> promotion(const PathwayMember& member, const ActivityCounts& counts) const;
    std::optional<PromotionProposal>
    demotion(const PathwayMember& member, const ActivitySpan& span, const QDate& asOf) const;
    QString metCriteria(ParticipationLevel from, ParticipationLevel to, const ActivityCounts& counts) const;

    QList<PathwayCriterion> m_criteria;
    PracticeSettings m_settings;
};

} // namespace steward
