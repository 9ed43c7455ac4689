// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace steward {

/** An organizer or attendee as iCalendar sees them: a name and, where known, an email (without one they are left out).
 */
struct IcsPerson
{
    QString name;
    QString email;

    bool operator==(const IcsPerson&) const = default;
};

} // namespace steward
