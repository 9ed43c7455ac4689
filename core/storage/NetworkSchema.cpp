// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkSchema.h"

namespace steward {

QStringList networkSchema()
{
    return {
        // One import of one file. community_id is the community the file was imported for.
        QStringLiteral(R"(CREATE TABLE import_batch (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('interactions', 'outcomes')),
            file TEXT NOT NULL DEFAULT '',
            community_id INTEGER REFERENCES community(id) ON DELETE SET NULL,
            imported_at TEXT NOT NULL,
            rows INTEGER NOT NULL DEFAULT 0 CHECK (rows >= 0)))"),
        // The people a batch created and the memberships it opened, so undoing it can take them back.
        QStringLiteral(R"(CREATE TABLE import_batch_person (
            id INTEGER PRIMARY KEY,
            batch_id INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
            created_person INTEGER NOT NULL CHECK (created_person IN (0, 1)),
            membership_id INTEGER REFERENCES membership(id) ON DELETE SET NULL))"),
        QStringLiteral("CREATE INDEX import_batch_person_batch ON import_batch_person(batch_id)"),
        QStringLiteral("CREATE INDEX import_batch_person_person ON import_batch_person(person_id)"),
        // Directed: source addressed target. occurred is an ISO-8601 day or UTC instant, NULL when
        // unknown (such interactions count only when no time window is asked for).
        QStringLiteral(R"(CREATE TABLE interaction (
            id INTEGER PRIMARY KEY,
            community_id INTEGER NOT NULL REFERENCES community(id) ON DELETE CASCADE,
            source_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
            target_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('reply', 'mention', 'review', 'survey', 'co-attendance',
                                               'pairing', 'hot-seat-advice', 'manual')),
            platform TEXT NOT NULL CHECK (platform IN ('slack', 'discord', 'teams', 'github', 'survey',
                                                       'steward', 'manual')),
            channel TEXT NOT NULL DEFAULT '',
            occurred TEXT CHECK (occurred IS NULL OR length(occurred) IN (10, 20)),
            weight REAL NOT NULL DEFAULT 1 CHECK (weight > 0),
            batch_id INTEGER REFERENCES import_batch(id) ON DELETE CASCADE))"),
        // The graph query: one community, a window, grouped by pair.
        QStringLiteral("CREATE INDEX interaction_community ON interaction(community_id, occurred)"),
        QStringLiteral("CREATE INDEX interaction_batch ON interaction(batch_id)"),
        QStringLiteral("CREATE INDEX interaction_source ON interaction(source_id)"),
        QStringLiteral("CREATE INDEX interaction_target ON interaction(target_id)"),
        QStringLiteral(R"(CREATE TABLE intervention (
            id INTEGER PRIMARY KEY,
            community_id INTEGER NOT NULL REFERENCES community(id) ON DELETE CASCADE,
            name TEXT NOT NULL COLLATE NOCASE CHECK (length(trim(name)) > 0),
            on_date TEXT NOT NULL CHECK (length(on_date) = 10),
            description TEXT NOT NULL DEFAULT '',
            UNIQUE (community_id, name)))"),
        // metric: a key such as time_to_proficiency_days, performance, promotion, engagement.
        QStringLiteral(R"(CREATE TABLE outcome (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
            metric TEXT NOT NULL CHECK (length(trim(metric)) > 0),
            value REAL NOT NULL,
            on_date TEXT CHECK (on_date IS NULL OR length(on_date) = 10),
            batch_id INTEGER REFERENCES import_batch(id) ON DELETE CASCADE))"),
        QStringLiteral("CREATE INDEX outcome_person ON outcome(person_id, metric)"),
        QStringLiteral("CREATE INDEX outcome_metric ON outcome(metric)"),
        QStringLiteral("CREATE INDEX outcome_batch ON outcome(batch_id)"),
    };
}

} // namespace steward
