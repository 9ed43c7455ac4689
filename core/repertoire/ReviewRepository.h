// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "repertoire/Review.h"

#include <QSqlDatabase>

#include <optional>

namespace steward {

class Database;

/**
 * Feedback templates and peer reviews. A review is refused when the reviewer wrote the artefact; each
 * review is also recorded as interactions reviewer -> author (kind review, platform steward) for the network.
 */
class ReviewRepository
{
public:
    explicit ReviewRepository(const Database& database);

    /** Adds a template with its criteria; non-zero ids (of the template and its criteria) are kept (redo). */
    Result<qint64> addTemplate(const FeedbackTemplate& feedbackTemplate);
    /** Removes a template and its criteria (undo of addTemplate); reviews that used it keep their verdicts. */
    Status removeTemplate(qint64 templateId);
    /** The templates a community can use (its own and the shared ones), by name. */
    Result<QList<FeedbackTemplate>> templates(qint64 communityId) const;
    Result<std::optional<FeedbackTemplate>> templateNamed(qint64 communityId, const QString& name) const;

    /** Adds the review, its comments and its interactions in one transaction; a non-zero id is kept (undo). */
    Result<qint64> add(const Review& review);
    /** Takes a review back with its comments and interactions (undo). */
    Status remove(qint64 reviewId);
    /** An artefact's reviews, oldest first, with their comments. */
    Result<QList<Review>> forArtefact(qint64 artefactId) const;

    /** Verdict names for messages: Review::verdicts() joined. */
    static QString verdictList();

private:
    Result<Review> validated(const Review& review, qint64& communityId, QList<qint64>& authorIds) const;
    Status checkComments(const Review& review) const;
    Status insertComments(qint64 reviewId, const QList<ReviewComment>& comments);
    Status
    insertInteractions(qint64 reviewId, const Review& review, qint64 communityId, const QList<qint64>& authorIds);
    Result<QList<ReviewComment>> commentsOf(qint64 reviewId) const;
    const Database& m_database;
    QSqlDatabase m_db;
};

} // namespace steward
