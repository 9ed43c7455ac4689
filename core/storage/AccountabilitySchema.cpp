// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountabilitySchema.h"

namespace steward {

namespace {

QStringList goalTables()
{
    return {
        // A member's goal in one group; leaving the group (or the person going) takes the goal along.
        QStringLiteral(R"(CREATE TABLE mastermind_goal (
            id INTEGER PRIMARY KEY,
            group_id INTEGER NOT NULL REFERENCES mastermind_group(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
            text TEXT NOT NULL CHECK (length(trim(text)) > 0),
            target_date TEXT CHECK (target_date IS NULL OR length(target_date) = 10),
            status TEXT NOT NULL DEFAULT 'on_track'
                CHECK (status IN ('on_track', 'at_risk', 'behind', 'done')),
            created TEXT NOT NULL CHECK (length(created) = 10)))"),
        QStringLiteral("CREATE INDEX mastermind_goal_group ON mastermind_goal(group_id, person_id)"),
        QStringLiteral("CREATE INDEX mastermind_goal_person ON mastermind_goal(person_id)"),
        // One check-in per goal and meeting. confidential_note never leaves the app unless asked for.
        QStringLiteral(R"(CREATE TABLE goal_checkin (
            id INTEGER PRIMARY KEY,
            goal_id INTEGER NOT NULL REFERENCES mastermind_goal(id) ON DELETE CASCADE,
            meeting_date TEXT NOT NULL CHECK (length(meeting_date) = 10),
            progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
            note TEXT NOT NULL DEFAULT '',
            confidential_note TEXT NOT NULL DEFAULT '',
            UNIQUE (goal_id, meeting_date)))"),
        QStringLiteral("CREATE INDEX goal_checkin_date ON goal_checkin(meeting_date)"),
    };
}

QStringList rotationExtras()
{
    return {
        // A person who takes no new turns of one kind; community_id NULL means in every community.
        QStringLiteral(R"(CREATE TABLE rotation_opt_out (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('hot-seat', 'micro-teach', 'on-call', 'session-role')),
            community_id INTEGER REFERENCES community(id) ON DELETE CASCADE,
            since TEXT CHECK (since IS NULL OR length(since) = 10),
            note TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE UNIQUE INDEX rotation_opt_out_unique ON rotation_opt_out(person_id, kind, "
                       "ifnull(community_id, 0))"),
        QStringLiteral(R"(CREATE TABLE micro_teach_topic (
            id INTEGER PRIMARY KEY,
            community_id INTEGER NOT NULL REFERENCES community(id) ON DELETE CASCADE,
            title TEXT NOT NULL COLLATE NOCASE CHECK (length(trim(title)) > 0),
            suggested_by INTEGER REFERENCES person(id) ON DELETE SET NULL,
            proposed_presenter INTEGER REFERENCES person(id) ON DELETE SET NULL,
            status TEXT NOT NULL DEFAULT 'backlog' CHECK (status IN ('backlog', 'planned', 'done', 'dropped')),
            artefact TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL CHECK (length(created) = 10),
            UNIQUE (community_id, title)))"),
        // A link to the slides, recording or notes of a taught slot.
        QStringLiteral("ALTER TABLE rotation_seat ADD COLUMN artefact TEXT NOT NULL DEFAULT ''"),
        // How fast the on-call expert should answer, in minutes; NULL when no target is set.
        QStringLiteral("ALTER TABLE rotation_plan ADD COLUMN response_target_minutes INTEGER "
                       "CHECK (response_target_minutes IS NULL OR response_target_minutes >= 1)"),
    };
}

QStringList sessionRoleTables()
{
    // The rotating facilitator and note-taker of a recurring session, one row per occurrence and role,
    // planned by the same rotation engine (origin and status as in rotation_seat).
    return {
        QStringLiteral(R"(CREATE TABLE session_role_seat (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
            occurrence_date TEXT NOT NULL CHECK (length(occurrence_date) = 10),
            role TEXT NOT NULL CHECK (role IN ('facilitator', 'note-taker')),
            person_id INTEGER REFERENCES person(id) ON DELETE SET NULL,
            origin TEXT NOT NULL DEFAULT 'generated' CHECK (origin IN ('generated', 'held', 'pinned')),
            status TEXT NOT NULL DEFAULT 'planned'
                CHECK (status IN ('planned', 'done', 'skipped', 'moved', 'swapped')),
            UNIQUE (session_id, occurrence_date, role)))"),
        QStringLiteral("CREATE INDEX session_role_seat_person ON session_role_seat(person_id)"),
    };
}

} // namespace

QStringList accountabilitySchema()
{
    return goalTables() + rotationExtras() + sessionRoleTables();
}

} // namespace steward
