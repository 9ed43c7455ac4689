// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/RotationMeeting.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QTime>

#include <optional>
#include <utility>

namespace steward {

/** The three stored rotations the one engine plans. */
enum class RotationKind
{
    HotSeat,    // a mastermind group's hot seats
    MicroTeach, // micro-teach slots in a community's team meeting
    OnCall,     // a community's on-call expert shifts
};

/**
 * A rotation plan as stored: whose it is, how many seats a meeting has, and every seat of every
 * meeting (empty ones included) with its origin, status and, for micro-teach, its topic.
 */
struct RotationRecord
{
    /** (meeting date, slot from 1) of a seat. */
    using SeatKey = std::pair<QDate, int>;

    qint64 id = 0;
    RotationKind kind = RotationKind::HotSeat;
    qint64 mastermindGroupId = 0; // hot seats
    qint64 communityId = 0;       // micro-teach and on-call
    int seatsPerMeeting = 1;
    int daysPerShift = 0;          // on-call only; 0 otherwise
    int responseTargetMinutes = 0; // on-call: how fast the expert should answer; 0 = no target
    /** When the meetings (on-call: the handovers) start; invalid = the recurring meeting's time, else a default. */
    QTime startTime;
    /** How long a meeting lasts; 0 = the recurring meeting's length, else a default (on-call: the shift). */
    int minutes = 0;
    quint64 seed = 0;
    QDateTime created;
    /** In date order; each meeting's seats in slot order (slot = index + 1). */
    QList<RotationMeeting> meetings;
    /** Topics of micro-teach seats; seats without a topic are absent. */
    QMap<SeatKey, QString> topics;
    /** Links to the slides, recording or notes of a seat (micro-teach); seats without one are absent. */
    QMap<SeatKey, QString> artefacts;

    bool operator==(const RotationRecord&) const = default;

    /** The group's id for hot seats, else the community's. */
    qint64 ownerId() const { return kind == RotationKind::HotSeat ? mastermindGroupId : communityId; }
    QString topic(QDate date, int slot) const { return topics.value({date, slot}); }
    QString artefact(QDate date, int slot) const { return artefacts.value({date, slot}); }

    /** Stable keys for storage and the command line: "hot-seat", "micro-teach", "on-call". */
    static QString kindKey(RotationKind kind);
    static std::optional<RotationKind> kindFromKey(const QString& key);
    static std::optional<RotationSeat::Origin> originFromKey(const QString& key);
};

} // namespace steward
