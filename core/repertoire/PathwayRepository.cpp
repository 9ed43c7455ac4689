// SPDX-License-Identifier: GPL-3.0-or-later
#include "PathwayRepository.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

#include <algorithm>

namespace steward {

namespace {

ParticipationLevel levelFrom(const QVariant& value)
{
    return participationLevelFromKey(value.toString()).value_or(ParticipationLevel::Observer);
}

} // namespace

PathwayRepository::PathwayRepository(const Database& database)
    : m_db(database.connection())
{
}

Result<QList<PathwayCriterion>> PathwayRepository::criteria(qint64 communityId) const
{
    using R = Result<QList<PathwayCriterion>>;
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT id, community_id, level, activity, count FROM pathway_criterion "
                                     "WHERE community_id = ?"),
                      {communityId});
    if (!q)
        return R::failure(q.errorString());
    QList<PathwayCriterion> result;
    while (q->next())
        result.append({q->value(0).toLongLong(),
                       q->value(1).toLongLong(),
                       levelFrom(q->value(2)),
                       q->value(3).toString(),
                       q->value(4).toInt()});
    const QStringList order = PathwayCriterion::activities();
    std::sort(result.begin(), result.end(), [&order](const PathwayCriterion& a, const PathwayCriterion& b) {
        return a.level != b.level ? a.level < b.level : order.indexOf(a.activity) < order.indexOf(b.activity);
    });
    return result;
}

Status PathwayRepository::setCriteria(qint64 communityId, const QList<PathwayCriterion>& criteria)
{
    for (const PathwayCriterion& c : criteria) {
        if (c.level == ParticipationLevel::Observer)
            return Status::failure(QCoreApplication::translate(
                "PathwayRepository", "Everyone starts as an observer: criteria are for the levels above it."));
        if (!PathwayCriterion::activities().contains(c.activity))
            return Status::failure(
                QCoreApplication::translate("PathwayRepository", "'%1' is not a pathway activity; use one of: %2.")
                    .arg(c.activity, PathwayCriterion::activities().join(QStringLiteral(", "))));
        if (c.count < 1)
            return Status::failure(
                QCoreApplication::translate("PathwayRepository", "A criterion needs a count of at least 1 (%1).")
                    .arg(c.activity));
        const auto same = std::count_if(criteria.cbegin(), criteria.cend(), [&c](const PathwayCriterion& o) {
            return o.level == c.level && o.activity == c.activity;
        });
        if (same > 1)
            return Status::failure(
                QCoreApplication::translate("PathwayRepository",
                                            "The level %1 has the activity %2 twice; keep one with the count it needs.")
                    .arg(participationLevelDisplayName(c.level), PathwayCriterion::activityDisplayName(c.activity)));
    }
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Status::failure(transaction.errorString());
    auto del = runQuery(m_db, QStringLiteral("DELETE FROM pathway_criterion WHERE community_id = ?"), {communityId});
    if (!del)
        return Status::failure(del.errorString());
    for (const PathwayCriterion& c : criteria) {
        auto q = runQuery(m_db,
                          QStringLiteral("INSERT INTO pathway_criterion (community_id, level, activity, count) "
                                         "VALUES (?,?,?,?)"),
                          {communityId, participationLevelKey(c.level), c.activity, c.count});
        if (!q)
            return Status::failure(
                QCoreApplication::translate("PathwayRepository", "Could not save the criterion %1 for %2: %3")
                    .arg(c.activity, participationLevelKey(c.level), q.errorString()));
    }
    return transaction.commit();
}

Result<PracticeSettings> PathwayRepository::settings(qint64 communityId) const
{
    using R = Result<PracticeSettings>;
    auto q =
        runQuery(m_db,
                 QStringLiteral("SELECT review_cadence, stuck_days, inactive_days, leaderboard FROM practice_setting "
                                "WHERE community_id = ?"),
                 {communityId});
    if (!q)
        return R::failure(q.errorString());
    PracticeSettings s;
    s.communityId = communityId;
    if (q->next()) {
        s.reviewCadence = q->value(0).toString();
        s.stuckDays = q->value(1).toInt();
        s.inactiveDays = q->value(2).toInt();
        s.leaderboard = q->value(3).toInt() == 1;
    }
    return s;
}

Status PathwayRepository::setSettings(const PracticeSettings& s)
{
    if (!PracticeSettings::cadences().contains(s.reviewCadence))
        return Status::failure(
            QCoreApplication::translate("PathwayRepository", "'%1' is not a review cadence; use one of: %2.")
                .arg(s.reviewCadence, PracticeSettings::cadences().join(QStringLiteral(", "))));
    if (s.stuckDays < 1 || s.inactiveDays < 1)
        return Status::failure(QCoreApplication::translate("PathwayRepository",
                                                           "The stuck and inactive thresholds need at least one day."));
    auto q = runQuery(m_db,
                      QStringLiteral("INSERT INTO practice_setting (community_id, review_cadence, stuck_days, "
                                     "inactive_days, leaderboard) VALUES (?,?,?,?,?) ON CONFLICT (community_id) DO "
                                     "UPDATE SET review_cadence = excluded.review_cadence, stuck_days = "
                                     "excluded.stuck_days, inactive_days = excluded.inactive_days, leaderboard = "
                                     "excluded.leaderboard"),
                      {s.communityId, s.reviewCadence, s.stuckDays, s.inactiveDays, s.leaderboard ? 1 : 0});
    return q ? Status() : Status::failure(q.errorString());
}

Result<QSet<qint64>> PathwayRepository::staffMemberships(qint64 communityId) const
{
    using R = Result<QSet<qint64>>;
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT s.membership_id FROM membership_staff s JOIN membership m "
                                     "ON m.id = s.membership_id WHERE m.community_id = ?"),
                      {communityId});
    if (!q)
        return R::failure(q.errorString());
    QSet<qint64> ids;
    while (q->next())
        ids.insert(q->value(0).toLongLong());
    return ids;
}

Status PathwayRepository::setStaff(qint64 membershipId, bool staff)
{
    auto q =
        staff ? runQuery(
            m_db, QStringLiteral("INSERT OR IGNORE INTO membership_staff (membership_id) VALUES (?)"), {membershipId})
              : runQuery(m_db, QStringLiteral("DELETE FROM membership_staff WHERE membership_id = ?"), {membershipId});
    return q ? Status() : Status::failure(q.errorString());
}

Result<QList<PromotionProposal>> PathwayRepository::readProposals(const QString& where,
                                                                  const QVariantList& values) const
{
    using R = Result<QList<PromotionProposal>>;
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT pp.id, pp.membership_id, m.person_id, p.name, pp.from_level, pp.to_level, "
                                     "pp.proposed_on, pp.reason, pp.status, pp.decided_on, pp.level_change_id "
                                     "FROM promotion_proposal pp JOIN membership m ON m.id = pp.membership_id "
                                     "JOIN person p ON p.id = m.person_id WHERE %1 "
                                     "ORDER BY pp.proposed_on DESC, pp.id DESC")
                          .arg(where),
                      values);
    if (!q)
        return R::failure(q.errorString());
    QList<PromotionProposal> result;
    while (q->next()) {
        PromotionProposal p;
        p.id = q->value(0).toLongLong();
        p.membershipId = q->value(1).toLongLong();
        p.personId = q->value(2).toLongLong();
        p.personName = q->value(3).toString();
        p.from = levelFrom(q->value(4));
        p.to = levelFrom(q->value(5));
        p.proposedOn = dateFromSql(q->value(6));
        p.reason = q->value(7).toString();
        p.status = q->value(8).toString();
        p.decidedOn = dateFromSql(q->value(9));
        p.levelChangeId = q->value(10).toLongLong();
        result.append(p);
    }
    return result;
}

Result<QList<PromotionProposal>> PathwayRepository::proposals(qint64 communityId, const QString& status) const
{
    if (status.isEmpty())
        return readProposals(QStringLiteral("m.community_id = ?"), {communityId});
    return readProposals(QStringLiteral("m.community_id = ? AND pp.status = ?"), {communityId, status});
}

Result<std::optional<PromotionProposal>> PathwayRepository::proposal(qint64 proposalId) const
{
    using R = Result<std::optional<PromotionProposal>>;
    auto found = readProposals(QStringLiteral("pp.id = ?"), {proposalId});
    if (!found)
        return R::failure(found.errorString());
    if (found->isEmpty())
        return R(std::nullopt);
    return R(found->constFirst());
}

Result<qint64> PathwayRepository::addProposal(const PromotionProposal& p)
{
    using R = Result<qint64>;
    if (p.reason.trimmed().isEmpty())
        return R::failure(QCoreApplication::translate("PathwayRepository", "A proposal needs a reason."));
    auto q =
        runQuery(m_db,
                 QStringLiteral("INSERT INTO promotion_proposal (membership_id, from_level, to_level, proposed_on, "
                                "reason) VALUES (?,?,?,?,?)"),
                 {p.membershipId,
                  participationLevelKey(p.from),
                  participationLevelKey(p.to),
                  sqlDate(p.proposedOn),
                  p.reason.trimmed()});
    if (!q)
        return R::failure(
            QCoreApplication::translate("PathwayRepository", "Could not record the proposal: %1").arg(q.errorString()));
    return q->lastInsertId().toLongLong();
}

Status PathwayRepository::decide(qint64 proposalId, const QString& status, const QDate& on, qint64 levelChangeId)
{
    if (status != QLatin1String("accepted") && status != QLatin1String("dismissed"))
        return Status::failure(
            QCoreApplication::translate("PathwayRepository", "A proposal is either accepted or dismissed."));
    auto q = runQuery(m_db,
                      QStringLiteral("UPDATE promotion_proposal SET status = ?, decided_on = ?, level_change_id = ? "
                                     "WHERE id = ? AND status = 'pending'"),
                      {status,
                       sqlDate(on),
                       levelChangeId > 0 ? QVariant(levelChangeId) : QVariant(QMetaType(QMetaType::LongLong)),
                       proposalId});
    if (!q)
        return Status::failure(q.errorString());
    if (q->numRowsAffected() != 1)
        return Status::failure(
            QCoreApplication::translate("PathwayRepository", "There is no pending proposal with id %1.")
                .arg(proposalId));
    return {};
}

Status PathwayRepository::reopen(qint64 proposalId)
{
    auto q = runQuery(m_db,
                      QStringLiteral("UPDATE promotion_proposal SET status = 'pending', decided_on = NULL, "
                                     "level_change_id = NULL WHERE id = ?"),
                      {proposalId});
    return q ? Status() : Status::failure(q.errorString());
}

Status PathwayRepository::removeProposal(qint64 proposalId)
{
    auto q = runQuery(
        m_db, QStringLiteral("DELETE FROM promotion_proposal WHERE id = ? AND status = 'pending'"), {proposalId});
    if (!q)
        return Status::failure(q.errorString());
    if (q->numRowsAffected() != 1)
        return Status::failure(
            QCoreApplication::translate("PathwayRepository", "There is no pending proposal with id %1.")
                .arg(proposalId));
    return {};
}

} // namespace steward
