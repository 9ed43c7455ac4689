// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace steward {

/** One seat at one meeting: who holds it (0 for an empty seat), why it is there and what became of it. */
struct RotationSeat
{
    /** Why the seat holds its person. Held and pinned seats are fixed input: a regenerate copies them verbatim. */
    enum class Origin
    {
        Generated,
        Held,
        Pinned
    };
    /** What happened to the turn. The status is a note on the seat: it does not change who is counted. */
    enum class Status
    {
        Planned,
        Done,
        Skipped,
        Moved,
        Swapped
    };

    QDate date;
    qint64 personId = 0;
    Origin origin = Origin::Generated;
    Status status = Status::Planned;

    bool isEmpty() const { return personId == 0; }
    bool isFixed() const { return origin != Origin::Generated; }
    bool operator==(const RotationSeat&) const = default;

    /** Stable lower-case keys for storage and JSON ("planned", "done", ...). */
    static QString statusKey(Status status);
    static std::optional<Status> statusFromKey(const QString& key);
    static QString originKey(Origin origin);
};

} // namespace steward
