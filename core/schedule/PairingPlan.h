// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/PairingRequest.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace steward {

/** Rounds of groups (participant ids) and how well they avoid repeats; what the planner returns and swap() edits. */
struct PairingPlan
{
    /** A do-not-pair wish the plan could not keep. */
    struct Breach
    {
        int round = 0;
        qint64 first = 0;
        qint64 second = 0;
        bool operator==(const Breach&) const = default;
    };

    /** The request the plan answers (participants for names, history and do-not-pair for re-evaluation). */
    PairingRequest request;
    /** rounds[r][g] is one group: ids in the order of request.participants. */
    QList<QList<QList<qint64>>> rounds;
    /** Pair meetings beyond the first within this plan (groups of 3-4 count all their pairs). */
    int repeats = 0;
    /** Pair meetings in this plan of people who met in earlier sessions (by request.history). */
    int historyRepeats = 0;
    QList<Breach> doNotPairBreaches;
    /** Translated remarks for people (do-not-pair wishes not kept, repeats that could not be avoided). */
    QStringList notes;

    QString nameOf(qint64 id) const;
    /** The command-line contract: {"rounds":[[["A","B"],["C","D","E"]], ...],"repeats":K}, compact, names. */
    QByteArray toJson() const;
    /** Pair meetings beyond the first, exactly as shared/checks/check_pairs.py counts them. */
    static int countRepeats(const QList<QList<QList<qint64>>>& rounds);
};

} // namespace steward
