// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/PairingHistory.h"
#include "schedule/PairingParticipant.h"

#include <QList>
#include <QMetaType>
#include <QPair>

namespace steward {

/** What the pairing planner is asked for; ids in history and doNotPair that are not participants are ignored. */
struct PairingRequest
{
    QList<PairingParticipant> participants;
    int rounds = 1;
    /** 2 for pairs (an odd count gives one trio), 3 or 4 for small groups. */
    int groupSize = 2;
    PairingHistory history;
    /** People who should not be put together (kept private: never part of the plan's output). */
    QList<QPair<qint64, qint64>> doNotPair;
    /** Secondary objective after avoiding repeats: pair people of different teams. */
    bool preferMixingTeams = false;
    quint64 seed = 0;
};

} // namespace steward

Q_DECLARE_METATYPE(steward::PairingRequest)
