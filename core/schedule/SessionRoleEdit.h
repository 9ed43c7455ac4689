// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/SessionRoleSeat.h"

#include <QList>
#include <QString>

namespace steward {

/** One change of a session's role seats: the seats before and after it (cells missing on one side are empty). */
struct SessionRoleEdit
{
    QList<SessionRoleSeat> before;
    QList<SessionRoleSeat> after;
    /** What the undo history shows, e.g. "Swap facilitator and note-taker". */
    QString text;
};

} // namespace steward
