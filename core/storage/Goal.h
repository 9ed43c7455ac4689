// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QMetaType>
#include <QString>

#include <optional>

namespace steward {

/** A mastermind member's goal: what they want to reach, by when, and how it is going. */
struct Goal
{
    enum class Status
    {
        OnTrack,
        AtRisk,
        Behind,
        Done
    };

    qint64 id = 0;
    qint64 groupId = 0;
    qint64 personId = 0;
    QString personName; // read from the person; ignored when writing
    QString text;
    QDate targetDate; // optional
    Status status = Status::OnTrack;
    QDate created;

    bool operator==(const Goal&) const = default;

    /** Stable keys for storage and the command line: "on_track", "at_risk", "behind", "done". */
    static QString statusKey(Status status);
    static std::optional<Status> statusFromKey(const QString& key);
    /** The translated name lists show ("on track", ...). */
    static QString statusLabel(Status status);
};

} // namespace steward

Q_DECLARE_METATYPE(steward::Goal)
