// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommunityPathway.h"

#include "repertoire/ActivityLedger.h"
#include "repertoire/PathwayEvaluator.h"
#include "repertoire/PathwayRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace steward {

CommunityPathway::CommunityPathway(const Database& database, qint64 communityId)
    : m_database(database)
    , m_communityId(communityId)
{
}

Result<QList<PathwayMember>> CommunityPathway::members() const
{
    using R = Result<QList<PathwayMember>>;
    MembershipRepository memberships(m_database);
    auto all = memberships.membersOf(m_communityId);
    if (!all)
        return R::failure(all.errorString());
    auto staff = PathwayRepository(m_database).staffMemberships(m_communityId);
    if (!staff)
        return R::failure(staff.errorString());
    QList<PathwayMember> result;
    for (const Member& m : std::as_const(*all)) {
        auto history = memberships.history(m.membership.id);
        if (!history)
            return R::failure(history.errorString());
        result.append({m.membership, m.personName, *history, staff->contains(m.membership.id)});
    }
    return result;
}

Result<QList<PromotionProposal>> CommunityPathway::recordProposals(const QDate& asOf)
{
    using R = Result<QList<PromotionProposal>>;
    PathwayRepository repository(m_database);
    auto criteria = repository.criteria(m_communityId);
    auto settings = repository.settings(m_communityId);
    auto existing = repository.proposals(m_communityId);
    auto people = members();
    ActivityLedger ledger(m_database);
    auto counts = ledger.counts(m_communityId, {}, asOf);
    auto spans = ledger.spans(m_communityId, asOf);
    for (const QString& error : {criteria.errorString(),
                                 settings.errorString(),
                                 existing.errorString(),
                                 people.errorString(),
                                 counts.errorString(),
                                 spans.errorString()}) {
        if (!error.isEmpty())
            return R::failure(error);
    }
    const PathwayEvaluator evaluator(*criteria, *settings);
    QList<PromotionProposal> arising = evaluator.propose(*people, *counts, *spans, *existing, asOf);
    auto missed = missedReviewDemotions(evaluator, *people, *existing + arising, settings->reviewCadence, asOf);
    if (!missed)
        return R::failure(missed.errorString());
    arising += *missed;
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return R::failure(transaction.errorString());
    for (PromotionProposal& p : arising) {
        auto id = repository.addProposal(p);
        if (!id)
            return R::failure(id.errorString());
        p.id = *id;
    }
    if (Status s = transaction.commit(); !s)
        return R::failure(s.errorString());
    return arising;
}

Result<QList<PromotionProposal>> CommunityPathway::missedReviewDemotions(const PathwayEvaluator& evaluator,
                                                                         const QList<PathwayMember>& people,
                                                                         const QList<PromotionProposal>& known,
                                                                         const QString& cadence,
                                                                         const QDate& asOf) const
{
    using R = Result<QList<PromotionProposal>>;
    const QDate review = PathwayEvaluator::previousReviewDate(cadence, asOf);
    if (review == asOf)
        return QList<PromotionProposal>(); // today is the review: propose() handled it
    ActivityLedger ledger(m_database);
    auto counts = ledger.counts(m_communityId, {}, review);
    auto spans = ledger.spans(m_communityId, review);
    if (!counts || !spans)
        return R::failure(!counts ? counts.errorString() : spans.errorString());
    QList<PromotionProposal> demotions;
    for (const PromotionProposal& p : evaluator.propose(people, *counts, *spans, known, review)) {
        if (p.isDemotion())
            demotions.append(p);
    }
    return demotions;
}

Result<PathwayReport> CommunityPathway::report(const QDate& asOf) const
{
    using R = Result<PathwayReport>;
    PathwayRepository repository(m_database);
    auto criteria = repository.criteria(m_communityId);
    auto settings = repository.settings(m_communityId);
    auto pending = repository.proposals(m_communityId, QStringLiteral("pending"));
    auto people = members();
    auto spans = ActivityLedger(m_database).spans(m_communityId, asOf);
    for (const QString& error : {criteria.errorString(),
                                 settings.errorString(),
                                 pending.errorString(),
                                 people.errorString(),
                                 spans.errorString()}) {
        if (!error.isEmpty())
            return R::failure(error);
    }
    PathwayReport report;
    report.asOf = asOf;
    report.settings = *settings;
    report.nextReview = PathwayEvaluator::nextReviewDate(settings->reviewCadence, asOf);
    report.criteria = *criteria;
    report.levels = PathwayStatistics::levels(*people, asOf);
    report.stuck = PathwayStatistics::stuck(*people, asOf, settings->stuckDays);
    report.cohorts = PathwayStatistics::cohorts(*people, *spans, asOf);
    report.proposals = *pending;
    return report;
}

Result<PromotionProposal> CommunityPathway::applicableProposal(qint64 proposalId) const
{
    using R = Result<PromotionProposal>;
    auto found = PathwayRepository(m_database).proposal(proposalId);
    if (!found)
        return R::failure(found.errorString());
    if (!found->has_value() || (*found)->status != QLatin1String("pending"))
        return R::failure(QCoreApplication::translate("CommunityPathway", "There is no pending proposal with id %1.")
                              .arg(proposalId));
    auto membership = MembershipRepository(m_database).find((*found)->personId, m_communityId);
    if (!membership)
        return R::failure(membership.errorString());
    if (!membership->has_value())
        return R::failure(
            QCoreApplication::translate("CommunityPathway", "Proposal %1 is not about a member of this community.")
                .arg(proposalId));
    if ((*membership)->level != (*found)->from)
        return R::failure(
            QCoreApplication::translate("CommunityPathway", "Proposal %1 is out of date: %2 is now at the level %3.")
                .arg(proposalId)
                .arg((*found)->personName, participationLevelDisplayName((*membership)->level)));
    return **found;
}

Result<LevelChangeReceipt> CommunityPathway::accept(qint64 proposalId, const QDate& on, const QString& reason)
{
    using R = Result<LevelChangeReceipt>;
    auto proposal = applicableProposal(proposalId);
    if (!proposal)
        return R::failure(proposal.errorString());
    const QString why = reason.trimmed().isEmpty() ? proposal->reason : reason.trimmed();
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return R::failure(transaction.errorString());
    auto receipt = move(proposal->personId, proposal->to, on, why);
    if (!receipt)
        return receipt;
    if (Status s =
            PathwayRepository(m_database).decide(proposalId, QStringLiteral("accepted"), on, receipt->levelChangeId);
        !s)
        return R::failure(s.errorString());
    if (Status s = transaction.commit(); !s)
        return R::failure(s.errorString());
    return receipt;
}

Status CommunityPathway::dismiss(qint64 proposalId, const QDate& on)
{
    auto proposal = PathwayRepository(m_database).proposal(proposalId);
    if (!proposal)
        return Status::failure(proposal.errorString());
    if (!proposal->has_value())
        return Status::failure(
            QCoreApplication::translate("CommunityPathway", "There is no pending proposal with id %1.")
                .arg(proposalId));
    return PathwayRepository(m_database).decide(proposalId, QStringLiteral("dismissed"), on);
}

Result<LevelChangeReceipt>
CommunityPathway::move(qint64 personId, ParticipationLevel to, const QDate& on, const QString& reason)
{
    using R = Result<LevelChangeReceipt>;
    MembershipRepository memberships(m_database);
    auto membership = memberships.find(personId, m_communityId);
    if (!membership)
        return R::failure(membership.errorString());
    if (!membership->has_value())
        return R::failure(
            QCoreApplication::translate("CommunityPathway", "Person %1 is not a member of this community.")
                .arg(personId));
    if (Status s = PathwayEvaluator::checkMove((*membership)->level, to, reason); !s)
        return R::failure(s.errorString());
    return memberships.setLevel(m_communityId, personId, to, on, reason.trimmed());
}

} // namespace steward
