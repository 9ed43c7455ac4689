// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecognitionRepository.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace steward {

namespace {

QVariant optionalId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QList<Badge> bundledBadges()
{
    return {
        {0,
         QCoreApplication::translate("RecognitionRepository", "First micro-teach"),
         QStringLiteral("first-micro-teach.svg"),
         QCoreApplication::translate("RecognitionRepository", "Gave a first micro-teach."),
         QStringLiteral("first-micro-teach")},
        {0,
         QCoreApplication::translate("RecognitionRepository", "Ten reviews"),
         QStringLiteral("ten-reviews.svg"),
         QCoreApplication::translate("RecognitionRepository", "Reviewed ten artefacts of others."),
         QStringLiteral("ten-reviews")},
        {0,
         QCoreApplication::translate("RecognitionRepository", "Facilitator"),
         QStringLiteral("five-sessions.svg"),
         QCoreApplication::translate("RecognitionRepository", "Facilitated five sessions."),
         QStringLiteral("five-sessions-facilitated")},
        {0,
         QCoreApplication::translate("RecognitionRepository", "First artefact"),
         QStringLiteral("first-artefact.svg"),
         QCoreApplication::translate("RecognitionRepository", "Wrote a first artefact for the repertoire."),
         QStringLiteral("first-artefact")},
        {0,
         QCoreApplication::translate("RecognitionRepository", "Star helper"),
         QStringLiteral("helping-hand.svg"),
         QCoreApplication::translate("RecognitionRepository", "Went out of their way to help someone learn."),
         {}},
        {0,
         QCoreApplication::translate("RecognitionRepository", "Knowledge sharer"),
         QStringLiteral("star.svg"),
         QCoreApplication::translate("RecognitionRepository", "Made tacit knowledge explicit for everyone."),
         {}},
    };
}

} // namespace

RecognitionRepository::RecognitionRepository(const Database& database)
    : m_db(database.connection())
{
}

Result<QList<Badge>> RecognitionRepository::badges() const
{
    using R = Result<QList<Badge>>;
    auto q = runQuery(m_db, QStringLiteral("SELECT id, name, icon, criteria, rule FROM badge ORDER BY name"));
    if (!q)
        return R::failure(q.errorString());
    QList<Badge> result;
    while (q->next())
        result.append({q->value(0).toLongLong(),
                       q->value(1).toString(),
                       q->value(2).toString(),
                       q->value(3).toString(),
                       q->value(4).toString()});
    return result;
}

Result<std::optional<Badge>> RecognitionRepository::badgeNamed(const QString& name) const
{
    using R = Result<std::optional<Badge>>;
    auto all = badges();
    if (!all)
        return R::failure(all.errorString());
    for (const Badge& b : std::as_const(*all)) {
        if (b.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return R(b);
    }
    return R(std::nullopt);
}

Result<qint64> RecognitionRepository::addBadge(const Badge& badge)
{
    using R = Result<qint64>;
    if (badge.name.trimmed().isEmpty())
        return R::failure(QCoreApplication::translate("RecognitionRepository", "A badge needs a name."));
    if (!Badge::icons().contains(badge.icon))
        return R::failure(
            QCoreApplication::translate("RecognitionRepository", "'%1' is not one of the bundled badge icons: %2.")
                .arg(badge.icon, Badge::icons().join(QStringLiteral(", "))));
    if (!badge.rule.isEmpty() && !Badge::rules().contains(badge.rule))
        return R::failure(
            QCoreApplication::translate("RecognitionRepository", "'%1' is not a badge rule.").arg(badge.rule));
    auto q = runQuery(m_db,
                      QStringLiteral("INSERT INTO badge (name, icon, criteria, rule) VALUES (?,?,?,?)"),
                      {badge.name.trimmed(),
                       badge.icon,
                       sqlText(badge.criteria.trimmed()),
                       badge.rule.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(badge.rule)});
    if (!q)
        return R::failure(QCoreApplication::translate("RecognitionRepository", "Could not add the badge '%1': %2")
                              .arg(badge.name.trimmed(), q.errorString()));
    return q->lastInsertId().toLongLong();
}

Status RecognitionRepository::ensureBundledBadges()
{
    auto existing = badges();
    if (!existing)
        return Status::failure(existing.errorString());
    for (const Badge& b : bundledBadges()) {
        const bool present = std::any_of(existing->cbegin(), existing->cend(), [&b](const Badge& e) {
            return (!b.rule.isEmpty() && e.rule == b.rule) || e.icon == b.icon;
        });
        if (present)
            continue;
        if (auto id = addBadge(b); !id)
            return Status::failure(id.errorString());
    }
    return {};
}

Status RecognitionRepository::checkMember(qint64 communityId, qint64 personId) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT 1 FROM membership WHERE community_id = ? AND person_id = ?"),
                      {communityId, personId});
    if (!q)
        return Status::failure(q.errorString());
    if (!q->next())
        return Status::failure(
            QCoreApplication::translate("RecognitionRepository", "Person %1 is not a member of the community.")
                .arg(personId));
    return {};
}

Status RecognitionRepository::checkBadge(qint64 badgeId) const
{
    if (badgeId <= 0)
        return {};
    auto q = runQuery(m_db, QStringLiteral("SELECT 1 FROM badge WHERE id = ?"), {badgeId});
    if (!q)
        return Status::failure(q.errorString());
    if (!q->next())
        return Status::failure(
            QCoreApplication::translate("RecognitionRepository", "There is no badge with id %1.").arg(badgeId));
    return {};
}

Result<qint64> RecognitionRepository::add(const Recognition& r)
{
    using R = Result<qint64>;
    if (r.reason.trimmed().isEmpty())
        return R::failure(QCoreApplication::translate("RecognitionRepository", "A recognition needs a reason."));
    if (!r.givenOn.isValid())
        return R::failure(QCoreApplication::translate("RecognitionRepository", "A recognition needs a date."));
    if (r.status == QLatin1String("given") && r.giverId <= 0)
        return R::failure(
            QCoreApplication::translate("RecognitionRepository", "A recognition needs the person who gives it."));
    if (r.giverId > 0 && r.giverId == r.receiverId)
        return R::failure(QCoreApplication::translate("RecognitionRepository", "Nobody can recognise themselves."));
    if (Status s = checkMember(r.communityId, r.receiverId); !s)
        return R::failure(s.errorString());
    if (r.giverId > 0) {
        if (Status s = checkMember(r.communityId, r.giverId); !s)
            return R::failure(s.errorString());
    }
    if (Status s = checkBadge(r.badgeId); !s)
        return R::failure(s.errorString());
    auto q = runQuery(m_db,
                      QStringLiteral("INSERT INTO recognition (id, community_id, giver_id, receiver_id, badge_id, "
                                     "reason, given_on, status) VALUES (?,?,?,?,?,?,?,?)"),
                      {optionalId(r.id),
                       r.communityId,
                       optionalId(r.giverId),
                       r.receiverId,
                       optionalId(r.badgeId),
                       r.reason.trimmed(),
                       sqlDate(r.givenOn),
                       r.status});
    if (!q)
        return R::failure(
            r.badgeId > 0 && q.errorString().contains(QLatin1String("UNIQUE"))
                ? QCoreApplication::translate("RecognitionRepository",
                                              "That person already has (or was proposed) this badge in this community.")
                : QCoreApplication::translate("RecognitionRepository", "Could not record the recognition: %1")
                      .arg(q.errorString()));
    return q->lastInsertId().toLongLong();
}

Status RecognitionRepository::remove(qint64 recognitionId)
{
    auto q = runQuery(m_db, QStringLiteral("DELETE FROM recognition WHERE id = ?"), {recognitionId});
    return q ? Status() : Status::failure(q.errorString());
}

Status RecognitionRepository::confirm(qint64 recognitionId, qint64 giverId, const QDate& on)
{
    auto found = find(recognitionId);
    if (!found)
        return Status::failure(found.errorString());
    if (found->has_value() && (*found)->receiverId == giverId)
        return Status::failure(
            QCoreApplication::translate("RecognitionRepository", "Nobody can confirm a badge for themselves."));
    auto q = runQuery(m_db,
                      QStringLiteral("UPDATE recognition SET status = 'given', giver_id = ?, given_on = ? "
                                     "WHERE id = ? AND status = 'proposed' AND receiver_id <> ?"),
                      {giverId, sqlDate(on), recognitionId, giverId});
    if (!q)
        return Status::failure(q.errorString());
    if (q->numRowsAffected() != 1)
        return Status::failure(
            QCoreApplication::translate("RecognitionRepository",
                                        "There is no badge proposal %1 that this person can confirm.")
                .arg(recognitionId));
    return {};
}

Status RecognitionRepository::dismiss(qint64 recognitionId)
{
    auto q =
        runQuery(m_db,
                 QStringLiteral("UPDATE recognition SET status = 'dismissed' WHERE id = ? AND status = 'proposed'"),
                 {recognitionId});
    if (!q)
        return Status::failure(q.errorString());
    if (q->numRowsAffected() != 1)
        return Status::failure(
            QCoreApplication::translate("RecognitionRepository", "There is no badge proposal %1.").arg(recognitionId));
    return {};
}

Status RecognitionRepository::reopen(qint64 recognitionId, const QDate& proposedOn)
{
    auto q = runQuery(m_db,
                      QStringLiteral("UPDATE recognition SET status = 'proposed', giver_id = NULL, given_on = ? "
                                     "WHERE id = ? AND status IN ('given', 'dismissed')"),
                      {sqlDate(proposedOn), recognitionId});
    if (!q)
        return Status::failure(q.errorString());
    if (q->numRowsAffected() != 1)
        return Status::failure(
            QCoreApplication::translate("RecognitionRepository", "There is no decided badge proposal %1.")
                .arg(recognitionId));
    return {};
}

Result<std::optional<Recognition>> RecognitionRepository::find(qint64 recognitionId) const
{
    using R = Result<std::optional<Recognition>>;
    auto found = read(QStringLiteral("r.id = ?"), {recognitionId});
    if (!found)
        return R::failure(found.errorString());
    if (found->isEmpty())
        return R(std::nullopt);
    return R(found->constFirst());
}

Result<QList<Recognition>>
RecognitionRepository::list(qint64 communityId, const QString& status, const QDate& from, const QDate& to) const
{
    return read(QStringLiteral("r.community_id = ? AND (? = '' OR r.status = ?) AND r.given_on >= ? "
                               "AND r.given_on <= ?"),
                {communityId,
                 sqlText(status),
                 sqlText(status),
                 from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("0000-01-01"),
                 to.isValid() ? to.toString(Qt::ISODate) : QStringLiteral("9999-12-31")});
}

Result<QList<Recognition>> RecognitionRepository::read(const QString& where, const QVariantList& values) const
{
    using R = Result<QList<Recognition>>;
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT r.id, r.community_id, r.giver_id, r.receiver_id, r.badge_id, r.reason, "
                                     "r.given_on, r.status, g.name, v.name, b.name, b.icon FROM recognition r "
                                     "LEFT JOIN person g ON g.id = r.giver_id JOIN person v ON v.id = r.receiver_id "
                                     "LEFT JOIN badge b ON b.id = r.badge_id WHERE %1 "
                                     "ORDER BY r.given_on DESC, r.id DESC")
                          .arg(where),
                      values);
    if (!q)
        return R::failure(q.errorString());
    QList<Recognition> result;
    while (q->next()) {
        Recognition r;
        r.id = q->value(0).toLongLong();
        r.communityId = q->value(1).toLongLong();
        r.giverId = q->value(2).toLongLong();
        r.receiverId = q->value(3).toLongLong();
        r.badgeId = q->value(4).toLongLong();
        r.reason = q->value(5).toString();
        r.givenOn = dateFromSql(q->value(6));
        r.status = q->value(7).toString();
        r.giverName = q->value(8).toString();
        r.receiverName = q->value(9).toString();
        r.badgeName = q->value(10).toString();
        r.badgeIcon = q->value(11).toString();
        result.append(r);
    }
    return result;
}

} // namespace steward
