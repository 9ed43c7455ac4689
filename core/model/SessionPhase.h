// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace steward {

/** One phase of a session's plan as the facilitator runs it: a name, a length and a short prompt. */
struct SessionPhase
{
    QString name;
    int minutes = 0;
    QString prompt;

    bool operator==(const SessionPhase&) const = default;
};

} // namespace steward
