// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QSet>

namespace steward {

class ActivitySink;

/**
 * GitHub pull-request reviews from the REST API: a JSON array of pull requests (GET /repos/O/R/pulls),
 * each with user.login and base.repo.full_name, and with the pull's reviews (GET .../pulls/N/reviews:
 * id, user.login, state, submitted_at) under "reviews" and its review comments (GET .../pulls/N/comments:
 * id, user.login, created_at, pull_request_review_id) under "review_comments". Each submitted review is
 * one tie reviewer -> author of kind review; a review comment counts on its own only when it belongs to
 * no review in the file. Pending reviews and bots (user.type "Bot") are skipped and counted; the channel
 * is the repository.
 */
class GithubReviewsParser
{
public:
    explicit GithubReviewsParser(ActivitySink& sink);
    Status parse(const QByteArray& data, const QString& fileName);

private:
    QString parsePull(const QJsonObject& pull);
    QString parseReviews(const QJsonArray& reviews, const QString& author, const QString& channel, QSet<QString>& ids);
    QString parseComments(const QJsonArray& comments,
                          const QString& author,
                          const QString& channel,
                          const QSet<QString>& reviewIds);
    /** Declares the login of a user object; empty for null (a deleted "ghost" account). */
    QString declare(const QJsonObject& user);

    ActivitySink& m_sink;
    QSet<QString> m_seen; // review and comment ids, so a repeated one counts once
};

} // namespace steward
