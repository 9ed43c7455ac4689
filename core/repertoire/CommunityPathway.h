// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "repertoire/Pathway.h"
#include "repertoire/PathwayStatistics.h"
#include "storage/MembershipRepository.h"

namespace steward {

class Database;
class PathwayEvaluator;

/** Everything the pathway view and `pathway show` need about one community on one day. */
struct PathwayReport
{
    QDate asOf;
    QDate nextReview;
    PracticeSettings settings;
    QList<PathwayCriterion> criteria;
    QList<LevelTime> levels;
    QList<StuckMember> stuck;
    QList<JoinerCohort> cohorts;
    QList<PromotionProposal> proposals; // pending
};

/**
 * One community's pathway over the database: its members with their histories, the report, recording
 * the proposals that arise, and deciding on them (accepting records the level change with its reason).
 */
class CommunityPathway
{
public:
    CommunityPathway(const Database& database, qint64 communityId);

    Result<QList<PathwayMember>> members() const;
    /**
     * Evaluates the pathway on `asOf` and records the proposals that newly arise; returns them. When `asOf`
     * is not a periodic review day, the moves down of the last review day are caught up on (dated that day),
     * so a review is not lost because nobody looked on the day itself.
     */
    Result<QList<PromotionProposal>> recordProposals(const QDate& asOf);
    Result<PathwayReport> report(const QDate& asOf) const;

    /**
     * Applies a pending proposal: the level change is recorded with the proposal's reason (or `reason`
     * when given). Refused when the member's level changed since the proposal.
     */
    Result<LevelChangeReceipt> accept(qint64 proposalId, const QDate& on, const QString& reason = {});
    Status dismiss(qint64 proposalId, const QDate& on);
    /** A steward's own move of a member; skipping levels needs a reason. */
    Result<LevelChangeReceipt> move(qint64 personId, ParticipationLevel to, const QDate& on, const QString& reason);
    /** A pending proposal of this community that still matches the member's level, or the reason it cannot be applied.
     */
    Result<PromotionProposal> applicableProposal(qint64 proposalId) const;

private:
    /** The moves down the last periodic review before `asOf` would have proposed and nobody recorded yet. */
    Result<QList<PromotionProposal>> missedReviewDemotions(const PathwayEvaluator& evaluator,
                                                           const QList<PathwayMember>& people,
                                                           const QList<PromotionProposal>& known,
                                                           const QString& cadence,
                                                           const QDate& asOf) const;

    const Database& m_database;
    qint64 m_communityId;
};

} // namespace steward
