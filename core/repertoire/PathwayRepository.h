// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "repertoire/Pathway.h"

#include <QList>
#include <QSet>
#include <QSqlDatabase>

namespace steward {

class Database;

/** A community's pathway criteria, practice settings, staff marks and promotion proposals. */
class PathwayRepository
{
public:
    explicit PathwayRepository(const Database& database);

    /** By level, then activity. */
    Result<QList<PathwayCriterion>> criteria(qint64 communityId) const;
    /** Replaces the community's criteria with these, in one transaction. */
    Status setCriteria(qint64 communityId, const QList<PathwayCriterion>& criteria);

    Result<PracticeSettings> settings(qint64 communityId) const;
    Status setSettings(const PracticeSettings& settings);

    /** The memberships of the community marked as staff (left out of statistics and proposals). */
    Result<QSet<qint64>> staffMemberships(qint64 communityId) const;
    Status setStaff(qint64 membershipId, bool staff);

    /** Proposals of a community with a status ("" = all), newest first, with the person's name. */
    Result<QList<PromotionProposal>> proposals(qint64 communityId, const QString& status = {}) const;
    Result<std::optional<PromotionProposal>> proposal(qint64 proposalId) const;
    Result<qint64> addProposal(const PromotionProposal& proposal);
    /** Marks a pending proposal accepted (with the level change that applied it) or dismissed. */
    Status decide(qint64 proposalId, const QString& status, const QDate& on, qint64 levelChangeId = 0);
    /** Back to pending (undo of accept or dismiss). */
    Status reopen(qint64 proposalId);
    /** Deletes a pending proposal (undo of recording it). */
    Status removeProposal(qint64 proposalId);

private:
    Result<QList<PromotionProposal>> readProposals(const QString& where, const QVariantList& values) const;
    QSqlDatabase m_db;
};

} // namespace steward
