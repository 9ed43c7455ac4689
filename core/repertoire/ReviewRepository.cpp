// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewRepository.h"

#include "storage/Database.h"
#include "storage/InteractionRepository.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace steward {

namespace {

QVariant optionalId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

ReviewRepository::ReviewRepository(const Database& database)
    : m_database(database)
    , m_db(database.connection())
{
}

QString ReviewRepository::verdictList()
{
    return Review::verdicts().join(QStringLiteral(", "));
}

Result<qint64> ReviewRepository::addTemplate(const FeedbackTemplate& t)
{
    using R = Result<qint64>;
    if (t.name.trimmed().isEmpty())
        return R::failure(QCoreApplication::translate("ReviewRepository", "A feedback template needs a name."));
    if (t.criteria.isEmpty())
        return R::failure(
            QCoreApplication::translate("ReviewRepository", "A feedback template needs at least one criterion."));
    for (const FeedbackCriterion& c : t.criteria) {
        if (c.name.trimmed().isEmpty())
            return R::failure(
                QCoreApplication::translate("ReviewRepository", "Every criterion of template '%1' needs a name.")
                    .arg(t.name.trimmed()));
    }
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return R::failure(transaction.errorString());
    auto q = runQuery(m_db,
                      QStringLiteral("INSERT INTO feedback_template (id, community_id, name) VALUES (?, ?, ?)"),
                      {optionalId(t.id), optionalId(t.communityId), t.name.trimmed()});
    if (!q)
        return R::failure(QCoreApplication::translate("ReviewRepository", "Could not add the template '%1': %2")
                              .arg(t.name.trimmed(), q.errorString()));
    const qint64 id = q->lastInsertId().toLongLong();
    int position = 1;
    for (const FeedbackCriterion& c : t.criteria) {
        auto cq = runQuery(m_db,
                           QStringLiteral("INSERT INTO feedback_criterion (id, template_id, position, name, prompt) "
                                          "VALUES (?,?,?,?,?)"),
                           {optionalId(c.id), id, position++, c.name.trimmed(), sqlText(c.prompt.trimmed())});
        if (!cq)
            return R::failure(cq.errorString());
    }
    if (Status s = transaction.commit(); !s)
        return R::failure(s.errorString());
    return id;
}

Status ReviewRepository::removeTemplate(qint64 templateId)
{
    auto q = runQuery(m_db, QStringLiteral("DELETE FROM feedback_template WHERE id = ?"), {templateId});
    return q ? Status() : Status::failure(q.errorString());
}

Result<QList<FeedbackTemplate>> ReviewRepository::templates(qint64 communityId) const
{
    using R = Result<QList<FeedbackTemplate>>;
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT t.id, t.community_id, t.name, c.id, c.position, c.name, c.prompt "
                                     "FROM feedback_template t JOIN feedback_criterion c ON c.template_id = t.id "
                                     "WHERE t.community_id IS NULL OR t.community_id = ? ORDER BY t.name, t.id, "
                                     "c.position"),
                      {communityId});
    if (!q)
        return R::failure(q.errorString());
    QList<FeedbackTemplate> result;
    while (q->next()) {
        if (result.isEmpty() || result.constLast().id != q->value(0).toLongLong())
            result.append({q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(), {}});
        result.last().criteria.append(
            {q->value(3).toLongLong(), q->value(4).toInt(), q->value(5).toString(), q->value(6).toString()});
    }
    return result;
}

Result<std::optional<FeedbackTemplate>> ReviewRepository::templateNamed(qint64 communityId, const QString& name) const
{
    using R = Result<std::optional<FeedbackTemplate>>;
    auto all = templates(communityId);
    if (!all)
        return R::failure(all.errorString());
    for (const FeedbackTemplate& t : std::as_const(*all)) {
        if (t.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return R(t);
    }
    return R(std::nullopt);
}

Status ReviewRepository::checkComments(const Review& review) const
{
    if (review.comments.isEmpty())
        return {};
    if (review.templateId <= 0)
        return Status::failure(
            QCoreApplication::translate("ReviewRepository", "Comments per criterion need a feedback template."));
    for (const ReviewComment& c : review.comments) {
        if (!c.verdict.isEmpty() && !Review::verdicts().contains(c.verdict))
            return Status::failure(QCoreApplication::translate(
                                       "ReviewRepository", "'%1' is not a verdict for criterion %2; use one of: %3.")
                                       .arg(c.verdict)
                                       .arg(c.criterionId)
                                       .arg(verdictList()));
        auto q = runQuery(m_db,
                          QStringLiteral("SELECT 1 FROM feedback_criterion WHERE id = ? AND template_id = ?"),
                          {c.criterionId, review.templateId});
        if (!q)
            return Status::failure(q.errorString());
        if (!q->next())
            return Status::failure(
                QCoreApplication::translate("ReviewRepository", "Criterion %1 is not part of the review's template.")
                    .arg(c.criterionId));
    }
    return {};
}

Result<Review> ReviewRepository::validated(const Review& review, qint64& communityId, QList<qint64>& authorIds) const
{
    using R = Result<Review>;
    Review r = review;
    if (!Review::verdicts().contains(r.verdict))
        return R::failure(QCoreApplication::translate("ReviewRepository", "'%1' is not a verdict; use one of: %2.")
                              .arg(r.verdict, verdictList()));
    if (!r.reviewedOn.isValid())
        return R::failure(QCoreApplication::translate("ReviewRepository", "A review needs a date."));
    auto a = runQuery(m_db,
                      QStringLiteral("SELECT community_id, (SELECT max(version_no) FROM artefact_version v "
                                     "WHERE v.artefact_id = artefact.id) FROM artefact WHERE id = ?"),
                      {r.artefactId});
    if (!a)
        return R::failure(a.errorString());
    if (!a->next())
        return R::failure(
            QCoreApplication::translate("ReviewRepository", "There is no artefact with id %1.").arg(r.artefactId));
    communityId = a->value(0).toLongLong();
    if (r.versionNo <= 0)
        r.versionNo = a->value(1).toInt();
    auto p = runQuery(m_db, QStringLiteral("SELECT 1 FROM person WHERE id = ?"), {r.reviewerId});
    if (!p || !p->next())
        return R::failure(
            p ? QCoreApplication::translate("ReviewRepository", "There is no person with id %1.").arg(r.reviewerId)
              : p.errorString());
    auto authors =
        runQuery(m_db, QStringLiteral("SELECT person_id FROM artefact_author WHERE artefact_id = ?"), {r.artefactId});
    if (!authors)
        return R::failure(authors.errorString());
    while (authors->next())
        authorIds.append(authors->value(0).toLongLong());
    if (authorIds.contains(r.reviewerId))
        return R::failure(QCoreApplication::translate(
                              "ReviewRepository",
                              "A review of one's own artefact is refused: the reviewer is an author of artefact %1.")
                              .arg(r.artefactId));
    if (Status s = checkComments(r); !s)
        return R::failure(s.errorString());
    return r;
}

Status ReviewRepository::insertComments(qint64 reviewId, const QList<ReviewComment>& comments)
{
    for (const ReviewComment& c : comments) {
        auto q = runQuery(m_db,
                          QStringLiteral("INSERT INTO review_comment (review_id, criterion_id, comment, verdict) "
                                         "VALUES (?,?,?,?)"),
                          {reviewId, c.criterionId, sqlText(c.comment.trimmed()), sqlOptionalText(c.verdict)});
        if (!q)
            return Status::failure(
                QCoreApplication::translate("ReviewRepository", "Could not save the comment on criterion %1: %2")
                    .arg(c.criterionId)
                    .arg(q.errorString()));
    }
    return {};
}

Status ReviewRepository::insertInteractions(qint64 reviewId,
                                            const Review& review,
                                            qint64 communityId,
                                            const QList<qint64>& authorIds)
{
    QList<Interaction> interactions;
    for (qint64 author : authorIds) {
        Interaction i;
        i.communityId = communityId;
        i.sourceId = review.reviewerId;
        i.targetId = author;
        i.kind = QStringLiteral("review");
        i.platform = QStringLiteral("steward");
        i.channel = QStringLiteral("repertoire");
        i.occurred = review.reviewedOn.toString(Qt::ISODate);
        interactions.append(i);
    }
    if (Status s = InteractionRepository(m_database).addAll(interactions); !s)
        return s;
    for (const Interaction& i : std::as_const(interactions)) {
        auto q = runQuery(m_db,
                          QStringLiteral("INSERT INTO review_interaction (review_id, interaction_id) VALUES (?, ?)"),
                          {reviewId, i.id});
        if (!q)
            return Status::failure(q.errorString());
    }
    return {};
}

Result<qint64> ReviewRepository::add(const Review& review)
{
    using R = Result<qint64>;
    qint64 communityId = 0;
    QList<qint64> authorIds;
    auto r = validated(review, communityId, authorIds);
    if (!r)
        return R::failure(r.errorString());
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return R::failure(transaction.errorString());
    auto q =
        runQuery(m_db,
                 QStringLiteral("INSERT INTO review (id, artefact_id, version_no, reviewer_id, template_id, verdict, "
                                "summary, reviewed_on) VALUES (?,?,?,?,?,?,?,?)"),
                 {optionalId(r->id),
                  r->artefactId,
                  r->versionNo,
                  r->reviewerId,
                  optionalId(r->templateId),
                  r->verdict,
                  sqlText(r->summary.trimmed()),
                  sqlDate(r->reviewedOn)});
    if (!q)
        return R::failure(
            QCoreApplication::translate("ReviewRepository", "Could not add the review: %1").arg(q.errorString()));
    const qint64 id = q->lastInsertId().toLongLong();
    if (Status s = insertComments(id, r->comments); !s)
        return R::failure(s.errorString());
    if (Status s = insertInteractions(id, *r, communityId, authorIds); !s)
        return R::failure(s.errorString());
    if (Status s = transaction.commit(); !s)
        return R::failure(s.errorString());
    return id;
}

Status ReviewRepository::remove(qint64 reviewId)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Status::failure(transaction.errorString());
    auto i = runQuery(m_db,
                      QStringLiteral("DELETE FROM interaction WHERE id IN "
                                     "(SELECT interaction_id FROM review_interaction WHERE review_id = ?)"),
                      {reviewId});
    if (!i)
        return Status::failure(i.errorString());
    auto q = runQuery(m_db, QStringLiteral("DELETE FROM review WHERE id = ?"), {reviewId});
    if (!q)
        return Status::failure(q.errorString());
    return transaction.commit();
}

Result<QList<ReviewComment>> ReviewRepository::commentsOf(qint64 reviewId) const
{
    using R = Result<QList<ReviewComment>>;
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT rc.criterion_id, c.name, rc.comment, rc.verdict FROM review_comment rc "
                                     "JOIN feedback_criterion c ON c.id = rc.criterion_id WHERE rc.review_id = ? "
                                     "ORDER BY c.position"),
                      {reviewId});
    if (!q)
        return R::failure(q.errorString());
    QList<ReviewComment> comments;
    while (q->next())
        comments.append(
            {q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString()});
    return comments;
}

Result<QList<Review>> ReviewRepository::forArtefact(qint64 artefactId) const
{
    using R = Result<QList<Review>>;
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT id, artefact_id, version_no, reviewer_id, template_id, verdict, summary, "
                                     "reviewed_on FROM review WHERE artefact_id = ? ORDER BY reviewed_on, id"),
                      {artefactId});
    if (!q)
        return R::failure(q.errorString());
    QList<Review> reviews;
    while (q->next()) {
        Review r;
        r.id = q->value(0).toLongLong();
        r.artefactId = q->value(1).toLongLong();
        r.versionNo = q->value(2).toInt();
        r.reviewerId = q->value(3).toLongLong();
        r.templateId = q->value(4).toLongLong();
        r.verdict = q->value(5).toString();
        r.summary = q->value(6).toString();
        r.reviewedOn = dateFromSql(q->value(7));
        reviews.append(r);
    }
    for (Review& r : reviews) {
        auto comments = commentsOf(r.id);
        if (!comments)
            return R::failure(comments.errorString());
        r.comments = *comments;
    }
    return reviews;
}

} // namespace steward
