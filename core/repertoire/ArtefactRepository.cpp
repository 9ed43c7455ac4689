// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArtefactRepository.h"

#include "repertoire/ArtefactFilterSql.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace steward {

namespace {

QString isoInstant(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

QStringList tagsFromText(const QString& text)
{
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// Column order of every artefact SELECT below.
const char* const kArtefactColumns = "a.id, a.community_id, a.kind, a.title, a.body, a.tags_text, a.status, "
                                     "a.origin_kind, a.origin_session_id, a.origin_seat_id, a.origin_link, "
                                     "a.created_at, a.updated_at, "
                                     "(SELECT max(version_no) FROM artefact_version v WHERE v.artefact_id = a.id)";

Artefact artefactFromRow(const QSqlQuery& q)
{
    Artefact a;
    a.id = q.value(0).toLongLong();
    a.communityId = q.value(1).toLongLong();
    a.kind = q.value(2).toString();
    a.title = q.value(3).toString();
    a.body = q.value(4).toString();
    a.tags = tagsFromText(q.value(5).toString());
    a.status = q.value(6).toString();
    a.origin = {q.value(7).toString(), q.value(8).toLongLong(), q.value(9).toLongLong(), q.value(10).toString()};
    a.createdAt = QDateTime::fromString(q.value(11).toString(), Qt::ISODate);
    a.updatedAt = QDateTime::fromString(q.value(12).toString(), Qt::ISODate);
    a.versionCount = q.value(13).toInt();
    return a;
}

ArtefactVersion versionFromRow(const QSqlQuery& q)
{
    return {q.value(0).toLongLong(),
            q.value(1).toLongLong(),
            q.value(2).toInt(),
            q.value(3).toString(),
            q.value(4).toString(),
            tagsFromText(q.value(5).toString()),
            QDateTime::fromString(q.value(6).toString(), Qt::ISODate),
            q.value(7).toLongLong(),
            q.value(8).toString()};
}

QVariant optionalId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

/** The tags as stored: trimmed, lower-case, each once, in the order given. */
QStringList normalisedTags(const QStringList& tags)
{
    QStringList result;
    for (const QString& tag : tags) {
        const QString t = tag.trimmed().toLower();
        if (!t.isEmpty() && !result.contains(t))
            result.append(t);
    }
    return result;
}

} // namespace

ArtefactRepository::ArtefactRepository(const Database& database)
    : m_db(database.connection())
{
}

Status ArtefactRepository::checkTagName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    if (!pattern.match(name.trimmed().toLower()).hasMatch())
        return Status::failure(
            QCoreApplication::translate(
                "ArtefactRepository",
                "'%1' is not a tag: tags are single words of letters, digits and dashes (e.g. on-call).")
                .arg(name));
    return {};
}

Result<QList<qint64>> ArtefactRepository::tagIds(qint64 communityId, const QStringList& names) const
{
    using R = Result<QList<qint64>>;
    QList<qint64> ids;
    for (const QString& name : normalisedTags(names)) {
        auto q = runQuery(
            m_db, QStringLiteral("SELECT id FROM tag WHERE community_id = ? AND name = ?"), {communityId, name});
        if (!q)
            return R::failure(q.errorString());
        if (!q->next())
            return R::failure(QCoreApplication::translate("ArtefactRepository",
                                                          "There is no tag '%1' in this community; add it first.")
                                  .arg(name));
        ids.append(q->value(0).toLongLong());
    }
    return ids;
}

Result<QStringList> ArtefactRepository::tags(qint64 communityId) const
{
    using R = Result<QStringList>;
    auto q = runQuery(m_db, QStringLiteral("SELECT name FROM tag WHERE community_id = ? ORDER BY name"), {communityId});
    if (!q)
        return R::failure(q.errorString());
    QStringList names;
    while (q->next())
        names.append(q->value(0).toString());
    return names;
}

Result<qint64> ArtefactRepository::addTag(qint64 communityId, const QString& name)
{
    using R = Result<qint64>;
    if (Status s = checkTagName(name); !s)
        return R::failure(s.errorString());
    const QString tag = name.trimmed().toLower();
    auto existing = tagIds(communityId, {tag});
    if (existing)
        return existing->constFirst();
    auto q = runQuery(m_db, QStringLiteral("INSERT INTO tag (community_id, name) VALUES (?, ?)"), {communityId, tag});
    if (!q)
        return R::failure(QCoreApplication::translate("ArtefactRepository", "Could not add the tag '%1': %2")
                              .arg(tag, q.errorString()));
    return q->lastInsertId().toLongLong();
}

Status ArtefactRepository::removeTag(qint64 communityId, const QString& name)
{
    auto q = runQuery(m_db,
                      QStringLiteral("DELETE FROM tag WHERE community_id = ? AND name = ?"),
                      {communityId, name.trimmed().toLower()});
    return q ? Status() : Status::failure(q.errorString());
}

Status ArtefactRepository::checkPeople(const QList<qint64>& personIds) const
{
    for (qint64 id : personIds) {
        auto q = runQuery(m_db, QStringLiteral("SELECT 1 FROM person WHERE id = ?"), {id});
        if (!q)
            return Status::failure(q.errorString());
        if (!q->next())
            return Status::failure(
                QCoreApplication::translate("ArtefactRepository", "There is no person with id %1.").arg(id));
    }
    return {};
}

Status ArtefactRepository::checkOrigin(const Artefact& artefact) const
{
    const ArtefactOrigin& o = artefact.origin;
    if (!ArtefactOrigin::kinds().contains(o.kind))
        return Status::failure(
            QCoreApplication::translate("ArtefactRepository", "'%1' is not an origin; use one of: %2.")
                .arg(o.kind, ArtefactOrigin::kinds().join(QStringLiteral(", "))));
    if (o.kind == QLatin1String("session")) {
        auto q = runQuery(m_db,
                          QStringLiteral("SELECT 1 FROM session WHERE id = ? AND community_id = ?"),
                          {o.sessionId, artefact.communityId});
        if (!q || !q->next())
            return Status::failure(
                QCoreApplication::translate("ArtefactRepository", "There is no session with id %1 in this community.")
                    .arg(o.sessionId));
    }
    if (o.kind == QLatin1String("hot-seat")) {
        auto q = runQuery(m_db, QStringLiteral("SELECT 1 FROM rotation_seat WHERE id = ?"), {o.seatId});
        if (!q || !q->next())
            return Status::failure(
                QCoreApplication::translate("ArtefactRepository", "There is no hot seat with id %1.").arg(o.seatId));
    }
    if (o.kind == QLatin1String("incident") && o.link.trimmed().isEmpty())
        return Status::failure(QCoreApplication::translate(
            "ArtefactRepository", "An artefact from an incident needs the incident's link or reference."));
    return {};
}

Result<Artefact> ArtefactRepository::validated(const Artefact& artefact) const
{
    using R = Result<Artefact>;
    Artefact a = artefact;
    a.title = a.title.trimmed();
    a.tags = normalisedTags(a.tags);
    if (a.title.isEmpty())
        return R::failure(QCoreApplication::translate("ArtefactRepository", "An artefact needs a title."));
    if (!Artefact::kinds().contains(a.kind))
        return R::failure(
            QCoreApplication::translate("ArtefactRepository", "'%1' is not a kind of artefact; use one of: %2.")
                .arg(a.kind, Artefact::kinds().join(QStringLiteral(", "))));
    if (!Artefact::statuses().contains(a.status))
        return R::failure(QCoreApplication::translate("ArtefactRepository", "'%1' is not a status; use one of: %2.")
                              .arg(a.status, Artefact::statuses().join(QStringLiteral(", "))));
    if (a.status == QLatin1String("reviewed"))
        return R::failure(QCoreApplication::translate(
            "ArtefactRepository", "A new artefact cannot be 'reviewed': that needs an approving review first."));
    if (Status s = checkOrigin(a); !s)
        return R::failure(s.errorString());
    if (Status s = checkPeople(a.authorIds); !s)
        return R::failure(s.errorString());
    return a;
}

Result<qint64> ArtefactRepository::insertArtefact(const Artefact& a, const QDateTime& at)
{
    using R = Result<qint64>;
    auto q = runQuery(m_db,
                      QStringLiteral("INSERT INTO artefact (id, community_id, kind, title, body, tags_text, status, "
                                     "origin_kind, origin_session_id, origin_seat_id, origin_link, created_at, "
                                     "updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                      {optionalId(a.id),
                       a.communityId,
                       a.kind,
                       a.title,
                       sqlText(a.body),
                       sqlText(a.tags.join(QLatin1Char(' '))),
                       a.status,
                       a.origin.kind,
                       optionalId(a.origin.sessionId),
                       optionalId(a.origin.seatId),
                       sqlText(a.origin.link.trimmed()),
                       isoInstant(at),
                       isoInstant(at)});
    if (!q)
        return R::failure(
            QCoreApplication::translate("ArtefactRepository", "Could not add the artefact: %1").arg(q.errorString()));
    return q->lastInsertId().toLongLong();
}

Status ArtefactRepository::insertVersion(const ArtefactVersion& v)
{
    auto q = runQuery(m_db,
                      QStringLiteral("INSERT INTO artefact_version (artefact_id, version_no, title, body, tags, "
                                     "saved_at, saved_by, note) VALUES (?,?,?,?,?,?,?,?)"),
                      {v.artefactId,
                       v.number,
                       v.title,
                       sqlText(v.body),
                       sqlText(v.tags.join(QLatin1Char(' '))),
                       isoInstant(v.savedAt),
                       optionalId(v.savedBy),
                       sqlText(v.note)});
    return q ? Status()
             : Status::failure(QCoreApplication::translate("ArtefactRepository", "Could not save the version: %1")
                                   .arg(q.errorString()));
}

Status ArtefactRepository::writeTags(qint64 artefactId, const QList<qint64>& ids)
{
    auto del = runQuery(m_db, QStringLiteral("DELETE FROM artefact_tag WHERE artefact_id = ?"), {artefactId});
    if (!del)
        return Status::failure(del.errorString());
    for (qint64 id : ids) {
        auto q = runQuery(
            m_db, QStringLiteral("INSERT INTO artefact_tag (artefact_id, tag_id) VALUES (?, ?)"), {artefactId, id});
        if (!q)
            return Status::failure(q.errorString());
    }
    return {};
}

Status ArtefactRepository::writeAuthors(qint64 artefactId, const QList<qint64>& authorIds)
{
    auto del = runQuery(m_db, QStringLiteral("DELETE FROM artefact_author WHERE artefact_id = ?"), {artefactId});
    if (!del)
        return Status::failure(del.errorString());
    int position = 1;
    QSet<qint64> seen;
    for (qint64 id : authorIds) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        auto q =
            runQuery(m_db,
                     QStringLiteral("INSERT INTO artefact_author (artefact_id, person_id, position) VALUES (?,?,?)"),
                     {artefactId, id, position++});
        if (!q)
            return Status::failure(q.errorString());
    }
    return {};
}

Result<qint64> ArtefactRepository::add(const Artefact& artefact, qint64 savedBy, const QDateTime& at)
{
    using R = Result<qint64>;
    auto a = validated(artefact);
    if (!a)
        return R::failure(a.errorString());
    auto ids = tagIds(a->communityId, a->tags);
    if (!ids)
        return R::failure(ids.errorString());
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return R::failure(transaction.errorString());
    auto id = insertArtefact(*a, at);
    if (!id)
        return id;
    const ArtefactVersion first{0, *id, 1, a->title, a->body, a->tags, at, savedBy, {}};
    if (Status s = insertVersion(first); !s)
        return R::failure(s.errorString());
    if (Status s = writeTags(*id, *ids); !s)
        return R::failure(s.errorString());
    if (Status s = writeAuthors(*id, a->authorIds); !s)
        return R::failure(s.errorString());
    if (Status s = transaction.commit(); !s)
        return R::failure(s.errorString());
    return *id;
}

Status ArtefactRepository::showVersion(const ArtefactVersion& version, qint64 communityId)
{
    auto ids = tagIds(communityId, version.tags);
    if (!ids)
        return Status::failure(ids.errorString());
    auto q =
        runQuery(m_db,
                 QStringLiteral("UPDATE artefact SET title = ?, body = ?, tags_text = ?, updated_at = ? WHERE id = ?"),
                 {version.title,
                  sqlText(version.body),
                  sqlText(version.tags.join(QLatin1Char(' '))),
                  isoInstant(version.savedAt),
                  version.artefactId});
    if (!q)
        return Status::failure(q.errorString());
    return writeTags(version.artefactId, *ids);
}

Result<int> ArtefactRepository::save(qint64 artefactId,
                                     const QString& title,
                                     const QString& body,
                                     const QStringList& tags,
                                     qint64 savedBy,
                                     const QDateTime& at,
                                     const QString& note)
{
    using R = Result<int>;
    auto current = find(artefactId);
    if (!current)
        return R::failure(current.errorString());
    if (!current->has_value())
        return R::failure(
            QCoreApplication::translate("ArtefactRepository", "There is no artefact with id %1.").arg(artefactId));
    if (title.trimmed().isEmpty())
        return R::failure(QCoreApplication::translate("ArtefactRepository", "An artefact needs a title."));
    const ArtefactVersion version{
        0, artefactId, (*current)->versionCount + 1, title.trimmed(), body, normalisedTags(tags), at, savedBy, note};
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return R::failure(transaction.errorString());
    if (Status s = showVersion(version, (*current)->communityId); !s)
        return R::failure(s.errorString());
    if (Status s = insertVersion(version); !s)
        return R::failure(s.errorString());
    if (Status s = transaction.commit(); !s)
        return R::failure(s.errorString());
    return version.number;
}

Result<int> ArtefactRepository::restore(qint64 artefactId, int versionNo, qint64 savedBy, const QDateTime& at)
{
    using R = Result<int>;
    auto all = versions(artefactId);
    if (!all)
        return R::failure(all.errorString());
    for (const ArtefactVersion& v : std::as_const(*all)) {
        if (v.number == versionNo)
            return save(artefactId,
                        v.title,
                        v.body,
                        v.tags,
                        savedBy,
                        at,
                        QCoreApplication::translate("ArtefactRepository", "Restored version %1").arg(versionNo));
    }
    return R::failure(QCoreApplication::translate("ArtefactRepository", "Artefact %1 has no version %2.")
                          .arg(artefactId)
                          .arg(versionNo));
}

Status ArtefactRepository::dropLatestVersion(qint64 artefactId)
{
    auto all = versions(artefactId);
    if (!all)
        return Status::failure(all.errorString());
    if (all->size() < 2)
        return Status::failure(
            QCoreApplication::translate("ArtefactRepository", "The first version of an artefact cannot be dropped."));
    auto current = find(artefactId);
    if (!current || !current->has_value())
        return Status::failure(
            current
                ? QCoreApplication::translate("ArtefactRepository", "There is no artefact with id %1.").arg(artefactId)
                : current.errorString());
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Status::failure(transaction.errorString());
    auto q = runQuery(m_db, QStringLiteral("DELETE FROM artefact_version WHERE id = ?"), {all->constLast().id});
    if (!q)
        return Status::failure(q.errorString());
    if (Status s = showVersion(all->at(all->size() - 2), (*current)->communityId); !s)
        return s;
    return transaction.commit();
}

Result<bool> ArtefactRepository::hasApprovingReview(qint64 artefactId) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT 1 FROM review WHERE artefact_id = ? AND verdict = 'approve' LIMIT 1"),
                      {artefactId});
    if (!q)
        return Result<bool>::failure(q.errorString());
    return q->next();
}

Status ArtefactRepository::setStatus(qint64 artefactId, const QString& status)
{
    if (!Artefact::statuses().contains(status))
        return Status::failure(
            QCoreApplication::translate("ArtefactRepository", "'%1' is not a status; use one of: %2.")
                .arg(status, Artefact::statuses().join(QStringLiteral(", "))));
    if (status == QLatin1String("reviewed")) {
        auto approved = hasApprovingReview(artefactId);
        if (!approved)
            return Status::failure(approved.errorString());
        if (!*approved)
            return Status::failure(
                QCoreApplication::translate("ArtefactRepository",
                                            "Artefact %1 cannot be 'reviewed': it has no approving review yet.")
                    .arg(artefactId));
    }
    auto q = runQuery(m_db, QStringLiteral("UPDATE artefact SET status = ? WHERE id = ?"), {status, artefactId});
    if (!q)
        return Status::failure(q.errorString());
    if (q->numRowsAffected() != 1)
        return Status::failure(
            QCoreApplication::translate("ArtefactRepository", "There is no artefact with id %1.").arg(artefactId));
    return {};
}

Status ArtefactRepository::setAuthors(qint64 artefactId, const QList<qint64>& authorIds)
{
    if (Status s = checkPeople(authorIds); !s)
        return s;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Status::failure(transaction.errorString());
    if (Status s = writeAuthors(artefactId, authorIds); !s)
        return s;
    return transaction.commit();
}

Status ArtefactRepository::remove(qint64 artefactId)
{
    auto q = runQuery(m_db, QStringLiteral("DELETE FROM artefact WHERE id = ?"), {artefactId});
    return q ? Status() : Status::failure(q.errorString());
}

Result<Artefact> ArtefactRepository::draftOf(qint64 sessionId, const QString& kind, qint64 savedBy) const
{
    using R = Result<Artefact>;
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT community_id, title, learnings, facilitator_id FROM session WHERE id = ?"),
                      {sessionId});
    if (!q)
        return R::failure(q.errorString());
    if (!q->next())
        return R::failure(
            QCoreApplication::translate("ArtefactRepository", "There is no session with id %1.").arg(sessionId));
    if (q->value(2).toString().trimmed().isEmpty())
        return R::failure(QCoreApplication::translate("ArtefactRepository",
                                                      "Session %1 has no captured learnings to turn into an artefact.")
                              .arg(sessionId));
    Artefact a;
    a.communityId = q->value(0).toLongLong();
    a.kind = kind;
    a.title = QCoreApplication::translate("ArtefactRepository", "Learnings: %1").arg(q->value(1).toString());
    a.body = q->value(2).toString();
    a.origin.kind = QStringLiteral("session");
    a.origin.sessionId = sessionId;
    if (savedBy > 0)
        a.authorIds = {savedBy};
    else if (!q->value(3).isNull())
        a.authorIds = {q->value(3).toLongLong()};
    return a;
}

Result<qint64>
ArtefactRepository::draftFromSession(qint64 sessionId, const QString& kind, qint64 savedBy, const QDateTime& at)
{
    auto draft = draftOf(sessionId, kind, savedBy);
    if (!draft)
        return Result<qint64>::failure(draft.errorString());
    return add(*draft, savedBy, at);
}

Status ArtefactRepository::checkEdit(const Artefact& changed, const Artefact& current) const
{
    if (changed.title.trimmed().isEmpty())
        return Status::failure(QCoreApplication::translate("ArtefactRepository", "An artefact needs a title."));
    if (!Artefact::kinds().contains(changed.kind))
        return Status::failure(
            QCoreApplication::translate("ArtefactRepository", "'%1' is not a kind of artefact; use one of: %2.")
                .arg(changed.kind, Artefact::kinds().join(QStringLiteral(", "))));
    if (!Artefact::statuses().contains(changed.status))
        return Status::failure(
            QCoreApplication::translate("ArtefactRepository", "'%1' is not a status; use one of: %2.")
                .arg(changed.status, Artefact::statuses().join(QStringLiteral(", "))));
    if (changed.status == QLatin1String("reviewed") && current.status != changed.status) {
        auto approved = hasApprovingReview(current.id);
        if (!approved)
            return Status::failure(approved.errorString());
        if (!*approved)
            return Status::failure(
                QCoreApplication::translate("ArtefactRepository",
                                            "Artefact %1 cannot be 'reviewed': it has no approving review yet.")
                    .arg(current.id));
    }
    if (auto ids = tagIds(current.communityId, changed.tags); !ids)
        return Status::failure(ids.errorString());
    return checkPeople(changed.authorIds);
}

Status ArtefactRepository::writeKindAndStatus(qint64 artefactId, const QString& kind, const QString& status)
{
    auto q = runQuery(
        m_db, QStringLiteral("UPDATE artefact SET kind = ?, status = ? WHERE id = ?"), {kind, status, artefactId});
    return q ? Status() : Status::failure(q.errorString());
}

Result<int>
ArtefactRepository::saveEdit(const Artefact& changed, qint64 savedBy, const QDateTime& at, const QString& note)
{
    using R = Result<int>;
    auto current = find(changed.id);
    if (!current)
        return R::failure(current.errorString());
    if (!current->has_value())
        return R::failure(
            QCoreApplication::translate("ArtefactRepository", "There is no artefact with id %1.").arg(changed.id));
    if (Status s = checkEdit(changed, **current); !s)
        return R::failure(s.errorString());
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return R::failure(transaction.errorString());
    auto number = save(changed.id, changed.title, changed.body, changed.tags, savedBy, at, note);
    if (!number)
        return number;
    if (Status s = writeKindAndStatus(changed.id, changed.kind, changed.status); !s)
        return R::failure(s.errorString());
    if (Status s = writeAuthors(changed.id, changed.authorIds); !s)
        return R::failure(s.errorString());
    if (Status s = transaction.commit(); !s)
        return R::failure(s.errorString());
    return number;
}

Status ArtefactRepository::revertEdit(const Artefact& before)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Status::failure(transaction.errorString());
    if (Status s = dropLatestVersion(before.id); !s)
        return s;
    if (Status s = writeKindAndStatus(before.id, before.kind, before.status); !s)
        return s;
    if (Status s = writeAuthors(before.id, before.authorIds); !s)
        return s;
    return transaction.commit();
}

Result<QList<qint64>> ArtefactRepository::authorsOf(qint64 artefactId) const
{
    using R = Result<QList<qint64>>;
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT person_id FROM artefact_author WHERE artefact_id = ? ORDER BY position"),
                      {artefactId});
    if (!q)
        return R::failure(q.errorString());
    QList<qint64> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    return ids;
}

Result<std::optional<Artefact>> ArtefactRepository::find(qint64 artefactId) const
{
    using R = Result<std::optional<Artefact>>;
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT %1 FROM artefact a WHERE a.id = ?").arg(QLatin1String(kArtefactColumns)),
                      {artefactId});
    if (!q)
        return R::failure(q.errorString());
    if (!q->next())
        return R(std::nullopt);
    Artefact a = artefactFromRow(*q);
    auto authors = authorsOf(artefactId);
    if (!authors)
        return R::failure(authors.errorString());
    a.authorIds = *authors;
    return R(a);
}

Result<QList<Artefact>> ArtefactRepository::list(const ArtefactFilter& filter) const
{
    using R = Result<QList<Artefact>>;
    const ArtefactFilterSql where = ArtefactFilterSql::build(filter, QStringLiteral("a.id"));
    QString sql =
        QStringLiteral("SELECT %1 FROM artefact a WHERE 1%2").arg(QLatin1String(kArtefactColumns), where.conditions);
    const QVariantList values = where.values;
    sql += QStringLiteral(" ORDER BY a.updated_at DESC, a.id DESC");
    auto q = runQuery(m_db, sql, values);
    if (!q)
        return R::failure(q.errorString());
    QList<Artefact> artefacts;
    while (q->next())
        artefacts.append(artefactFromRow(*q));
    for (Artefact& a : artefacts) {
        auto authors = authorsOf(a.id);
        if (!authors)
            return R::failure(authors.errorString());
        a.authorIds = *authors;
    }
    return artefacts;
}

Result<QList<ArtefactVersion>> ArtefactRepository::versions(qint64 artefactId) const
{
    using R = Result<QList<ArtefactVersion>>;
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT id, artefact_id, version_no, title, body, tags, saved_at, saved_by, note "
                                     "FROM artefact_version WHERE artefact_id = ? ORDER BY version_no"),
                      {artefactId});
    if (!q)
        return R::failure(q.errorString());
    QList<ArtefactVersion> result;
    while (q->next())
        result.append(versionFromRow(*q));
    return result;
}

} // namespace steward
