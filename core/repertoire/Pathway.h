// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Membership.h"
#include "model/ParticipationLevel.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace steward {

/** One entry activity of a pathway: reaching `level` needs `count` times `activity` (all of a level's criteria). */
struct PathwayCriterion
{
    qint64 id = 0;
    qint64 communityId = 0;
    ParticipationLevel level = ParticipationLevel::Peripheral;
    QString activity;
    int count = 1;

    /** The activities the schema accepts (stable keys, also the command line's words). */
    static QStringList activities();
    static QString activityDisplayName(const QString& activity);
};

/** A community's pathway and recognition settings (defaults when the steward never changed them). */
struct PracticeSettings
{
    qint64 communityId = 0;
    QString reviewCadence = QStringLiteral("quarterly"); // monthly, quarterly, yearly
    int stuckDays = 180;
    int inactiveDays = 180;
    bool leaderboard = false;

    static QStringList cadences()
    {
        return {QStringLiteral("monthly"), QStringLiteral("quarterly"), QStringLiteral("yearly")};
    }
};

/** A proposed level change; the app never applies one by itself. */
struct PromotionProposal
{
    qint64 id = 0;
    qint64 membershipId = 0;
    qint64 personId = 0; // filled when read
    QString personName;  // filled when read
    ParticipationLevel from = ParticipationLevel::Observer;
    ParticipationLevel to = ParticipationLevel::Peripheral;
    QDate proposedOn;
    QString reason;
    QString status = QStringLiteral("pending"); // pending, accepted, dismissed
    QDate decidedOn;
    qint64 levelChangeId = 0;

    bool isDemotion() const { return int(to) < int(from); }
};

/** A member as the pathway sees them: the membership, the name, the level history (oldest first), staff or not. */
struct PathwayMember
{
    Membership membership;
    QString name;
    QList<LevelChange> history;
    bool staff = false;

    /** The day the member reached their current level (the join day when the history is empty). */
    QDate levelSince() const { return history.isEmpty() ? membership.joined : history.constLast().date; }
    bool isCurrent(const QDate& asOf) const { return !membership.left.isValid() || membership.left > asOf; }
};

} // namespace steward
