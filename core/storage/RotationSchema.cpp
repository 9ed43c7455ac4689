// SPDX-License-Identifier: GPL-3.0-or-later
#include "RotationSchema.h"

namespace steward {

QStringList rotationSchema()
{
    return {
        // Group names are unique within a community, not across communities.
        QStringLiteral(R"(CREATE TABLE mastermind_group (
            id INTEGER PRIMARY KEY,
            community_id INTEGER NOT NULL REFERENCES community(id) ON DELETE CASCADE,
            name TEXT NOT NULL COLLATE NOCASE CHECK (length(trim(name)) > 0),
            cadence TEXT NOT NULL DEFAULT '',
            ground_rules TEXT NOT NULL DEFAULT '',
            confidential INTEGER NOT NULL DEFAULT 1 CHECK (confidential IN (0, 1)),
            UNIQUE (community_id, name)))"),
        QStringLiteral("CREATE INDEX mastermind_group_name ON mastermind_group(name)"),
        QStringLiteral(R"(CREATE TABLE mastermind_member (
            id INTEGER PRIMARY KEY,
            group_id INTEGER NOT NULL REFERENCES mastermind_group(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
            joined TEXT,
            UNIQUE (group_id, person_id)))"),
        QStringLiteral("CREATE INDEX mastermind_member_person ON mastermind_member(person_id)"),
        // Both days included; a one-day absence has from_date = to_date.
        QStringLiteral(R"(CREATE TABLE absence (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
            from_date TEXT NOT NULL CHECK (length(from_date) = 10),
            to_date TEXT NOT NULL CHECK (length(to_date) = 10),
            note TEXT NOT NULL DEFAULT '',
            CHECK (to_date >= from_date)))"),
        QStringLiteral("CREATE INDEX absence_person ON absence(person_id, from_date)"),
        QStringLiteral("CREATE INDEX absence_span ON absence(to_date, from_date)"),
        // One stored plan per kind and owner: hot seats belong to a mastermind group, micro-teach
        // slots and on-call shifts to a community. days_per_shift is set for on-call only.
        QStringLiteral(R"(CREATE TABLE rotation_plan (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('hot-seat', 'micro-teach', 'on-call')),
            mastermind_group_id INTEGER REFERENCES mastermind_group(id) ON DELETE CASCADE,
            community_id INTEGER REFERENCES community(id) ON DELETE CASCADE,
            seats_per_meeting INTEGER NOT NULL DEFAULT 1 CHECK (seats_per_meeting >= 1),
            days_per_shift INTEGER CHECK (days_per_shift IS NULL OR days_per_shift >= 1),
            seed INTEGER NOT NULL DEFAULT 0,
            created TEXT NOT NULL,
            CHECK ((mastermind_group_id IS NULL) <> (community_id IS NULL)),
            CHECK ((kind = 'hot-seat') = (mastermind_group_id IS NOT NULL)),
            CHECK ((kind = 'on-call') = (days_per_shift IS NOT NULL))))"),
        QStringLiteral("CREATE UNIQUE INDEX rotation_plan_group ON rotation_plan(mastermind_group_id, kind) "
                       "WHERE mastermind_group_id IS NOT NULL"),
        QStringLiteral("CREATE UNIQUE INDEX rotation_plan_community ON rotation_plan(community_id, kind) "
                       "WHERE community_id IS NOT NULL"),
        // Every seat of every meeting, empty ones included (person_id NULL), so a meeting nobody could
        // take stays in the plan. A deleted person leaves their seats empty rather than erasing history.
        QStringLiteral(R"(CREATE TABLE rotation_seat (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES rotation_plan(id) ON DELETE CASCADE,
            meeting_date TEXT NOT NULL CHECK (length(meeting_date) = 10),
            slot INTEGER NOT NULL CHECK (slot >= 1),
            person_id INTEGER REFERENCES person(id) ON DELETE SET NULL,
            origin TEXT NOT NULL DEFAULT 'generated' CHECK (origin IN ('generated', 'held', 'pinned')),
            status TEXT NOT NULL DEFAULT 'planned'
                CHECK (status IN ('planned', 'done', 'skipped', 'moved', 'swapped')),
            topic TEXT NOT NULL DEFAULT '',
            UNIQUE (plan_id, meeting_date, slot),
            UNIQUE (plan_id, meeting_date, person_id)))"),
        QStringLiteral("CREATE INDEX rotation_seat_person ON rotation_seat(person_id)"),
    };
}

} // namespace steward
