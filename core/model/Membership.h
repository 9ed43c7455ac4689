// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ParticipationLevel.h"

#include <QDate>
#include <QString>

#include <optional>

namespace steward {

/** A person's membership of one community at their current participation level. */
struct Membership
{
    qint64 id = 0;
    qint64 personId = 0;
    qint64 communityId = 0;
    ParticipationLevel level = ParticipationLevel::Observer;
    QDate joined;
    QDate left; // null while still a member

    bool operator==(const Membership&) const = default;
};

/** One recorded change of participation level; `from` is empty for the first level on joining. */
struct LevelChange
{
    qint64 id = 0;
    qint64 membershipId = 0;
    QDate date;
    std::optional<ParticipationLevel> from;
    ParticipationLevel to = ParticipationLevel::Observer;
    QString reason;

    bool operator==(const LevelChange&) const = default;
};

/** A membership shown with its person, as community member lists need. */
struct Member
{
    Membership membership;
    QString personName;
    QString personTeam;
};

} // namespace steward
