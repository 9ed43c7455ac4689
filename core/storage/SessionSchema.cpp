// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionSchema.h"

namespace steward {

QStringList sessionSchema()
{
    return {
        // start_utc is the (first) start as an instant; time_zone the IANA zone whose wall clock a series keeps.
        // span_start_utc/span_end_utc cover every occurrence (moved ones too): derived, kept by the repository
        // so that window lookups and overlap checks read only the sessions that can matter.
        QStringLiteral(R"(CREATE TABLE session (
            id INTEGER PRIMARY KEY,
            community_id INTEGER NOT NULL REFERENCES community(id) ON DELETE CASCADE,
            format TEXT NOT NULL CHECK (format IN ('case-round', 'decision-walkthrough', 'incident-retrospective',
                'think-pair-share', 'micro-teach', 'pbl-cycle', 'peer-review', 'mastermind', 'ama', 'demo-day',
                'practice-sharing')),
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            start_utc TEXT NOT NULL CHECK (start_utc GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'),
            time_zone TEXT NOT NULL CHECK (length(time_zone) > 0),
            minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
            place TEXT NOT NULL DEFAULT '',
            link TEXT NOT NULL DEFAULT '',
            facilitator_id INTEGER REFERENCES person(id) ON DELETE SET NULL,
            agenda TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            learnings TEXT NOT NULL DEFAULT '',
            confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
            uid TEXT NOT NULL UNIQUE CHECK (length(trim(uid)) > 0),
            sequence INTEGER NOT NULL DEFAULT 0 CHECK (sequence >= 0),
            span_start_utc TEXT NOT NULL,
            span_end_utc TEXT NOT NULL,
            CHECK (span_end_utc > span_start_utc)))"),
        QStringLiteral("CREATE INDEX session_community_span ON session(community_id, span_start_utc, span_end_utc)"),
        QStringLiteral("CREATE INDEX session_facilitator ON session(facilitator_id)"),
        // The rule of a series, as schedule/RecurrenceRule holds it: weekdays '1,3' (Monday = 1; '' = the first
        // session's weekday), week_of_month 1..5 or -1 for the last (0 = as the first session), a count or a
        // last day, never both.
        QStringLiteral(R"(CREATE TABLE session_series (
            session_id INTEGER PRIMARY KEY REFERENCES session(id) ON DELETE CASCADE,
            frequency TEXT NOT NULL CHECK (frequency IN ('weekly', 'monthly')),
            repeat_interval INTEGER NOT NULL DEFAULT 1 CHECK (repeat_interval >= 1),
            weekdays TEXT NOT NULL DEFAULT '' CHECK (weekdays NOT GLOB '*[^1-7,]*'),
            week_of_month INTEGER NOT NULL DEFAULT 0 CHECK (week_of_month BETWEEN -1 AND 5),
            session_count INTEGER CHECK (session_count IS NULL OR session_count >= 1),
            until_date TEXT CHECK (until_date IS NULL OR length(until_date) = 10),
            CHECK ((session_count IS NULL) <> (until_date IS NULL)),
            CHECK (frequency = 'monthly' OR week_of_month = 0)))"),
        // Occurrences taken out of the pattern, named by the date the rule gives them.
        QStringLiteral(R"(CREATE TABLE session_exception (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES session_series(session_id) ON DELETE CASCADE,
            original_date TEXT NOT NULL CHECK (length(original_date) = 10),
            cancelled INTEGER NOT NULL CHECK (cancelled IN (0, 1)),
            moved_date TEXT,
            moved_time TEXT,
            moved_minutes INTEGER NOT NULL DEFAULT 0 CHECK (moved_minutes BETWEEN 0 AND 1440),
            UNIQUE (session_id, original_date),
            CHECK ((cancelled = 1 AND moved_date IS NULL AND moved_time IS NULL)
                OR (cancelled = 0 AND length(moved_date) = 10 AND length(moved_time) = 8))))"),
        // Roles hold for every occurrence of a series.
        QStringLiteral(R"(CREATE TABLE session_role (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
            role TEXT NOT NULL CHECK (role IN ('presenter', 'note-taker', 'observer', 'co-lead')),
            UNIQUE (session_id, role, person_id)))"),
        QStringLiteral("CREATE INDEX session_role_person ON session_role(person_id)"),
        QStringLiteral(R"(CREATE TABLE session_phase (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
            position INTEGER NOT NULL CHECK (position >= 1),
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
            prompt TEXT NOT NULL DEFAULT '',
            UNIQUE (session_id, position)))"),
        // One row per person and occurrence (occurrence_date as in session_exception: the rule's date).
        QStringLiteral(R"(CREATE TABLE session_attendance (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
            occurrence_date TEXT NOT NULL CHECK (length(occurrence_date) = 10),
            person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
            status TEXT NOT NULL CHECK (status IN ('attended', 'excused', 'absent')),
            UNIQUE (session_id, occurrence_date, person_id)))"),
        QStringLiteral("CREATE INDEX session_attendance_person ON session_attendance(person_id, occurrence_date)"),
        // Everyone is in one group per round; met = 0 when the person did not take part in it after all.
        QStringLiteral(R"(CREATE TABLE session_pairing (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
            occurrence_date TEXT NOT NULL CHECK (length(occurrence_date) = 10),
            round_no INTEGER NOT NULL CHECK (round_no >= 1),
            group_no INTEGER NOT NULL CHECK (group_no >= 1),
            person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
            met INTEGER NOT NULL DEFAULT 1 CHECK (met IN (0, 1)),
            UNIQUE (session_id, occurrence_date, round_no, person_id)))"),
        QStringLiteral("CREATE INDEX session_pairing_group ON session_pairing(session_id, occurrence_date, round_no, "
                       "group_no)"),
        QStringLiteral("CREATE INDEX session_pairing_person ON session_pairing(person_id)"),
        // Private wishes of a community; each pair once, the smaller id first.
        QStringLiteral(R"(CREATE TABLE do_not_pair (
            id INTEGER PRIMARY KEY,
            community_id INTEGER NOT NULL REFERENCES community(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
            other_person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
            CHECK (person_id < other_person_id),
            UNIQUE (community_id, person_id, other_person_id)))"),
        QStringLiteral("CREATE INDEX do_not_pair_person ON do_not_pair(person_id)"),
        QStringLiteral("CREATE INDEX do_not_pair_other ON do_not_pair(other_person_id)"),
    };
}

} // namespace steward
