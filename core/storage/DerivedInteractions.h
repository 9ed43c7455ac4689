// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace steward {

struct InteractionFilter;

/**
 * Interactions the workspace's own records imply, derived when a network is read rather than
 * stored, so they always agree with the sessions and rotations they come from (an attendance
 * ticked later, a pair marked as not met, a hot seat marked done all show at once):
 *
 * - co-attendance: two people who attended the same occurrence of a session, one undirected tie
 *   (the smaller person id first) of weight 1 / (attendees - 1), so that each attendee's ties in
 *   one session add up to 1 however large it was (Newman's weighting of collaboration ties);
 * - pairing: two people in the same think-pair-share group of a round who met, weight 1;
 * - hot-seat-advice: each member of a mastermind group, not absent that day, advised whoever held
 *   a hot seat marked done: advisor -> seat holder, weight 1.
 *
 * All carry platform "steward"; the channel is the session's title or the mastermind group's name.
 * They take part in every network whose filter admits their kind and platform; the kinds filter
 * switches them off.
 */
class DerivedInteractions
{
public:
    /** The derived kinds, as Interaction::kinds() spells them. */
    static QStringList kinds();
    /** Whether a network read with this filter can contain derived interactions. */
    static bool admittedBy(const InteractionFilter& filter);
    /**
     * A SELECT giving the derived interactions with the interaction table's columns community_id,
     * source_id, target_id, kind, platform, channel, occurred and weight; it binds no values.
     */
    static QString selectSql();
};

} // namespace steward
