// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QMetaType>
#include <QString>

namespace steward {

/**
 * A member's check-in on one goal at one meeting. The confidential note stays in the app: exports,
 * reports and calendars leave it out unless the user includes it for that one export.
 */
struct CheckIn
{
    qint64 id = 0;
    qint64 goalId = 0;
    QDate meetingDate;
    int progress = 0; // percent, 0..100
    QString note;
    QString confidentialNote;

    bool operator==(const CheckIn&) const = default;
};

} // namespace steward

Q_DECLARE_METATYPE(steward::CheckIn)
