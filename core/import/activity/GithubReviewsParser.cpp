// SPDX-License-Identifier: GPL-3.0-or-later
#include "GithubReviewsParser.h"

#include "import/activity/ActivitySink.h"
#include "import/activity/JsonFields.h"
#include "import/activity/JsonInput.h"

#include <QCoreApplication>

namespace steward {

GithubReviewsParser::GithubReviewsParser(ActivitySink& sink)
    : m_sink(sink)
{
}

QString GithubReviewsParser::declare(const QJsonObject& user)
{
    JsonFields fields(user);
    const QString login = fields.string(QLatin1StringView("login"));
    if (login.isEmpty() || !fields.ok())
        return {};
    // Logins are case-insensitive on GitHub: one account whatever the spelling.
    const QString key = login.toCaseFolded();
    if (!m_sink.knows(key)) {
        const bool bot =
            fields.string(QLatin1StringView("type")) == QLatin1String("Bot") || login.endsWith(QLatin1String("[bot]"));
        m_sink.account({key, login, {login}, {}, bot, false});
    }
    return key;
}

Status GithubReviewsParser::parse(const QByteArray& data, const QString& fileName)
{
    auto pulls = JsonInput::parseArray(data, fileName);
    if (!pulls)
        return Status::failure(pulls.errorString());
    for (qsizetype i = 0; i < pulls->size(); ++i) {
        auto where = [&] {
            return QCoreApplication::translate("GithubReviewsParser", "%1: pull request %2").arg(fileName).arg(i + 1);
        };
        if (!pulls->at(i).isObject())
            return Status::failure(
                JsonInput::wrongType(where(), QStringLiteral("pull request"), QStringLiteral("object")));
        if (QString error = parsePull(pulls->at(i).toObject()); !error.isEmpty())
            return Status::failure(QStringLiteral("%1: %2").arg(where(), error));
        if (!m_sink.progress(i + 1, pulls->size()))
            return Status::failure(
                QCoreApplication::translate("GithubReviewsParser", "The import was cancelled; nothing was changed."));
    }
    return {};
}

QString GithubReviewsParser::parsePull(const QJsonObject& pull)
{
    JsonFields fields(pull);
    const QJsonObject user = fields.object(QLatin1StringView("user"));
    JsonFields base(fields.object(QLatin1StringView("base")));
    JsonFields repo(base.object(QLatin1StringView("repo")));
    const QString channel = repo.string(QLatin1StringView("full_name"));
    const QJsonArray reviews = fields.array(QLatin1StringView("reviews"));
    const QJsonArray comments = fields.array(QLatin1StringView("review_comments"));
    for (const JsonFields* f : {&fields, &base, &repo}) {
        if (!f->ok())
            return f->problem();
    }
    if (!m_sink.wantsChannel(channel))
        return {};
    const QString author = declare(user);
    QSet<QString> reviewIds;
    if (QString error = parseReviews(reviews, author, channel, reviewIds); !error.isEmpty())
        return error;
    return parseComments(comments, author, channel, reviewIds);
}

QString GithubReviewsParser::parseReviews(const QJsonArray& reviews,
                                          const QString& author,
                                          const QString& channel,
                                          QSet<QString>& ids)
{
    for (qsizetype i = 0; i < reviews.size(); ++i) {
        if (!reviews.at(i).isObject())
            return QCoreApplication::translate("GithubReviewsParser", "review %1 should be an object").arg(i + 1);
        JsonFields fields(reviews.at(i).toObject());
        const QString id = fields.id(QLatin1StringView("id"));
        const QString state = fields.string(QLatin1StringView("state"));
        const QString submitted = fields.string(QLatin1StringView("submitted_at"));
        const QString reviewer = declare(fields.object(QLatin1StringView("user")));
        if (!fields.ok())
            return QCoreApplication::translate("GithubReviewsParser", "review %1: %2").arg(i + 1).arg(fields.problem());
        const QString occurred = JsonInput::utcInstant(submitted);
        if (!submitted.isEmpty() && occurred.isEmpty())
            return QCoreApplication::translate("GithubReviewsParser", "review %1: '%2' is not an ISO-8601 time")
                .arg(i + 1)
                .arg(submitted);
        ids.insert(id);
        if (!id.isEmpty() && m_seen.contains(QStringLiteral("r") + id)) {
            m_sink.skipMessage(QStringLiteral("duplicate_message"));
            continue;
        }
        m_seen.insert(QStringLiteral("r") + id);
        if (state == QLatin1String("PENDING")) {
            m_sink.skipMessage(QStringLiteral("pending_review"));
            continue;
        }
        if (m_sink.authoredBy(reviewer))
            m_sink.interaction({QStringLiteral("review"), reviewer, author, occurred, channel, 1});
    }
    return {};
}

QString GithubReviewsParser::parseComments(const QJsonArray& comments,
                                           const QString& author,
                                           const QString& channel,
                                           const QSet<QString>& reviewIds)
{
    for (qsizetype i = 0; i < comments.size(); ++i) {
        if (!comments.at(i).isObject())
            return QCoreApplication::translate("GithubReviewsParser", "review comment %1 should be an object")
                .arg(i + 1);
        JsonFields fields(comments.at(i).toObject());
        const QString id = fields.id(QLatin1StringView("id"));
        const QString reviewId = fields.id(QLatin1StringView("pull_request_review_id"));
        const QString created = fields.string(QLatin1StringView("created_at"));
        const QString commenter = declare(fields.object(QLatin1StringView("user")));
        if (!fields.ok())
            return QCoreApplication::translate("GithubReviewsParser", "review comment %1: %2")
                .arg(i + 1)
                .arg(fields.problem());
        const QString occurred = JsonInput::utcInstant(created);
        if (!created.isEmpty() && occurred.isEmpty())
            return QCoreApplication::translate("GithubReviewsParser", "review comment %1: '%2' is not an ISO-8601 time")
                .arg(i + 1)
                .arg(created);
        if (!id.isEmpty() && m_seen.contains(QStringLiteral("c") + id)) {
            m_sink.skipMessage(QStringLiteral("duplicate_message"));
            continue;
        }
        m_seen.insert(QStringLiteral("c") + id);
        if (!reviewId.isEmpty() && reviewIds.contains(reviewId)) {
            m_sink.skipMessage(QStringLiteral("part_of_review"));
            continue;
        }
        if (m_sink.authoredBy(commenter))
            m_sink.interaction({QStringLiteral("review"), commenter, author, occurred, channel, 1});
    }
    return {};
}

} // namespace steward
