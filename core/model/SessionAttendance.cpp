// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionAttendance.h"

#include <QCoreApplication>

namespace steward {

QString attendanceStatusKey(AttendanceStatus status)
{
    switch (status) {
    case AttendanceStatus::Attended:
        return QStringLiteral("attended");
    case AttendanceStatus::Excused:
        return QStringLiteral("excused");
    case AttendanceStatus::Absent:
        return QStringLiteral("absent");
    }
    return {};
}

QString attendanceStatusDisplayName(AttendanceStatus status)
{
    switch (status) {
    case AttendanceStatus::Attended:
        return QCoreApplication::translate("AttendanceStatus", "Attended");
    case AttendanceStatus::Excused:
        return QCoreApplication::translate("AttendanceStatus", "Excused");
    case AttendanceStatus::Absent:
        return QCoreApplication::translate("AttendanceStatus", "Absent");
    }
    return {};
}

std::optional<AttendanceStatus> attendanceStatusFromKey(const QString& key)
{
    const QString wanted = key.trimmed().toLower();
    for (AttendanceStatus status : allAttendanceStatuses()) {
        if (attendanceStatusKey(status) == wanted)
            return status;
    }
    return std::nullopt;
}

QList<AttendanceStatus> allAttendanceStatuses()
{
    return {AttendanceStatus::Attended, AttendanceStatus::Excused, AttendanceStatus::Absent};
}

} // namespace steward
