// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace steward {

/**
 * A person who takes no new turns of one kind of rotation, in one community or (communityId 0)
 * everywhere. Turns they already hold stay where they are.
 */
struct OptOut
{
    qint64 id = 0;
    qint64 personId = 0;
    QString personName; // read from the person; ignored when writing
    QString kind;       // "hot-seat", "micro-teach", "on-call" or "session-role"
    qint64 communityId = 0;
    QDate since;
    QString note;

    bool operator==(const OptOut&) const = default;

    /** The kinds a person can opt out of, as stored. */
    static QStringList kinds()
    {
        return {QStringLiteral("hot-seat"),
                QStringLiteral("micro-teach"),
                QStringLiteral("on-call"),
                QStringLiteral("session-role")};
    }
};

} // namespace steward

Q_DECLARE_METATYPE(steward::OptOut)
