// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/IcsPerson.h"
#include "schedule/Recurrence.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

namespace steward {

/** One session (or one series of sessions) as it goes into an .ics file; filled by the caller, not from the database.
 */
struct IcsEvent
{
    /** Stable across exports (e.g. "session-42@<community uuid>"), so calendars update instead of duplicating. */
    QString uid;
    QString summary;
    QString description;
    QString location;
    QUrl url;
    /** Confidential sessions keep their description out of the file unless the writer is told to include it. */
    bool confidential = false;
    /** A single session: its start instant and length. Ignored when `series` is set. */
    QDateTime start;
    int minutes = 0;
    /** A recurring session: the series with its own zone, exceptions written as EXDATE / RECURRENCE-ID. */
    std::optional<Recurrence> series;
    IcsPerson organizer;
    QList<IcsPerson> attendees;
    /** Raise on every change of an already exported session (RFC 5545 SEQUENCE). */
    int sequence = 0;
};

} // namespace steward

Q_DECLARE_METATYPE(steward::IcsEvent)
