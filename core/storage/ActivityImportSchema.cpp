// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivityImportSchema.h"

namespace steward {

namespace {

QStringList externalIdIndexes()
{
    return {
        QStringLiteral("CREATE INDEX person_slack_id ON person(slack_id) WHERE slack_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX person_discord_id ON person(discord_id) WHERE discord_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX person_github_login ON person(github_login COLLATE NOCASE) "
                       "WHERE github_login IS NOT NULL"),
        QStringLiteral("CREATE INDEX person_teams_id ON person(teams_id) WHERE teams_id IS NOT NULL"),
    };
}

// import_batch.kind stays 'interactions' for activity imports (its CHECK cannot change without
// rebuilding the table); the format and the summary live here, one row per activity batch.
QString activityBatchTable()
{
    return QStringLiteral(R"(CREATE TABLE activity_batch (
        batch_id INTEGER PRIMARY KEY REFERENCES import_batch(id) ON DELETE CASCADE,
        format TEXT NOT NULL CHECK (format IN ('slack', 'discord', 'teams', 'github-reviews', 'survey')),
        messages_read INTEGER NOT NULL DEFAULT 0 CHECK (messages_read >= 0),
        interactions_created INTEGER NOT NULL DEFAULT 0 CHECK (interactions_created >= 0),
        people_matched INTEGER NOT NULL DEFAULT 0 CHECK (people_matched >= 0),
        people_created INTEGER NOT NULL DEFAULT 0 CHECK (people_created >= 0),
        skipped TEXT NOT NULL DEFAULT '{}',
        warnings TEXT NOT NULL DEFAULT '[]',
        channels TEXT NOT NULL DEFAULT '[]',
        first_occurred TEXT,
        last_occurred TEXT))");
}

// person_id deliberately has no REFERENCES clause: undoing a batch keeps every person some table
// still refers to, and this flag must not keep the person it flags. Triggers below clean up instead.
QStringList unmatchedPersonTable()
{
    return {
        QStringLiteral(R"(CREATE TABLE unmatched_person (
            person_id INTEGER PRIMARY KEY,
            batch_id INTEGER NOT NULL,
            platform TEXT NOT NULL,
            external_id TEXT NOT NULL DEFAULT '',
            external_name TEXT NOT NULL DEFAULT '',
            suggested_person_id INTEGER))"),
        QStringLiteral("CREATE INDEX unmatched_person_batch ON unmatched_person(batch_id)"),
        QStringLiteral(R"(CREATE TRIGGER unmatched_person_gone AFTER DELETE ON person BEGIN
            DELETE FROM unmatched_person WHERE person_id = old.id;
            UPDATE unmatched_person SET suggested_person_id = NULL WHERE suggested_person_id = old.id;
        END)"),
    };
}

// External ids an import wrote onto people who existed before it. No REFERENCES to person for the
// same reason as above; the batch's removal puts the ids back to NULL.
QStringList batchExternalIdTable()
{
    return {
        QStringLiteral(R"(CREATE TABLE activity_batch_external_id (
            id INTEGER PRIMARY KEY,
            batch_id INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL,
            platform TEXT NOT NULL CHECK (platform IN ('slack', 'discord', 'teams', 'github'))))"),
        QStringLiteral("CREATE INDEX activity_batch_external_id_batch ON activity_batch_external_id(batch_id)"),
        QStringLiteral(R"(CREATE TRIGGER import_batch_undo_external_ids BEFORE DELETE ON import_batch BEGIN
            UPDATE person SET slack_id = NULL WHERE id IN (SELECT person_id FROM activity_batch_external_id
                WHERE batch_id = old.id AND platform = 'slack');
            UPDATE person SET discord_id = NULL WHERE id IN (SELECT person_id FROM activity_batch_external_id
                WHERE batch_id = old.id AND platform = 'discord');
            UPDATE person SET teams_id = NULL WHERE id IN (SELECT person_id FROM activity_batch_external_id
                WHERE batch_id = old.id AND platform = 'teams');
            UPDATE person SET github_login = NULL WHERE id IN (SELECT person_id FROM activity_batch_external_id
                WHERE batch_id = old.id AND platform = 'github');
            DELETE FROM unmatched_person WHERE batch_id = old.id;
        END)"),
    };
}

} // namespace

QStringList activityImportSchema()
{
    QStringList statements = externalIdIndexes();
    statements.append(activityBatchTable());
    statements += unmatchedPersonTable();
    statements += batchExternalIdTable();
    return statements;
}

} // namespace steward
