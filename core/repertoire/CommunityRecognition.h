// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "repertoire/Recognition.h"

#include <QDate>
#include <QList>

namespace steward {

class Database;

/** What one person contributed in a period, so knowledge sharing is visible. */
struct PersonContributions
{
    qint64 personId = 0;
    QString name;
    int sessionsFacilitated = 0;
    int microTeaches = 0;
    int hotSeats = 0;
    int artefactsWritten = 0;
    int reviewsDone = 0;
    int answersGiven = 0;

    int total() const
    {
        return sessionsFacilitated + microTeaches + hotSeats + artefactsWritten + reviewsDone + answersGiven;
    }
};

/** Contribution counts, the opt-in leaderboard and automatic badge proposals of one community. */
class CommunityRecognition
{
public:
    CommunityRecognition(const Database& database, qint64 communityId);

    /** Every member who contributed anything within [from, to] (null from = since the beginning), by name. */
    Result<QList<PersonContributions>> contributions(const QDate& from, const QDate& to) const;
    /** The contributions ranked by total; refused unless the community opted in to a leaderboard. */
    Result<QList<PersonContributions>> leaderboard(const QDate& from, const QDate& to) const;
    /**
     * Records a badge proposal for each member whose activity up to `asOf` meets a badge rule (first
     * micro-teach, ten reviews, five sessions facilitated, first artefact) and who never had that badge
     * given, proposed or dismissed. Returns the new proposals.
     */
    Result<QList<Recognition>> proposeBadges(const QDate& asOf);

    /** The count a badge rule looks at and its threshold. */
    static std::pair<QString, int> ruleThreshold(const QString& rule);

private:
    const Database& m_database;
    qint64 m_communityId;
};

} // namespace steward
