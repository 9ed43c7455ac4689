// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace steward {

enum class AttendanceStatus
{
    Attended,
    Excused,
    Absent,
};

/** The stable key stored in the database and used on the command line ("attended", ...). */
QString attendanceStatusKey(AttendanceStatus status);
QString attendanceStatusDisplayName(AttendanceStatus status);
std::optional<AttendanceStatus> attendanceStatusFromKey(const QString& key);
QList<AttendanceStatus> allAttendanceStatuses();

/**
 * Whether a person came to one occurrence of a session. An occurrence is named by the date the session
 * (or the series' rule) puts it on, in the session's zone: a moved occurrence keeps its original date.
 */
struct SessionAttendance
{
    qint64 sessionId = 0;
    QDate date;
    qint64 personId = 0;
    AttendanceStatus status = AttendanceStatus::Attended;

    bool operator==(const SessionAttendance&) const = default;
};

} // namespace steward
