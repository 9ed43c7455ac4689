// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migration.h"

#include "storage/AccountabilitySchema.h"
#include "storage/ActivityImportSchema.h"
#include "storage/NetworkLayoutSchema.h"
#include "storage/NetworkSchema.h"
#include "storage/RecognitionGiverSchema.h"
#include "storage/RepertoireSchema.h"
#include "storage/ReviewVerdictSchema.h"
#include "storage/RotationSchema.h"
#include "storage/RotationTimeSchema.h"
#include "storage/SessionSchema.h"

namespace steward {

namespace {

// Version 1: the foundation - people, communities, memberships and their level history.
QStringList foundationSchema()
{
    return {
        QStringLiteral(R"(CREATE TABLE person (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            email TEXT UNIQUE COLLATE NOCASE,
            team TEXT NOT NULL DEFAULT '',
            department TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            location TEXT NOT NULL DEFAULT '',
            start_date TEXT,
            slack_id TEXT,
            discord_id TEXT,
            github_login TEXT,
            teams_id TEXT))"),
        QStringLiteral("CREATE INDEX person_name ON person(name)"),
        QStringLiteral(R"(CREATE TABLE community (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
            domain TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            channel TEXT NOT NULL DEFAULT '',
            cadence TEXT NOT NULL DEFAULT '',
            norms TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE membership (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
            community_id INTEGER NOT NULL REFERENCES community(id) ON DELETE CASCADE,
            level TEXT NOT NULL CHECK (level IN ('observer','peripheral','active','core','steward')),
            joined TEXT,
            left_on TEXT,
            UNIQUE (person_id, community_id)))"),
        QStringLiteral("CREATE INDEX membership_community ON membership(community_id)"),
        QStringLiteral(R"(CREATE TABLE level_change (
            id INTEGER PRIMARY KEY,
            membership_id INTEGER NOT NULL REFERENCES membership(id) ON DELETE CASCADE,
            changed_on TEXT NOT NULL,
            from_level TEXT CHECK (from_level IN ('observer','peripheral','active','core','steward')),
            to_level TEXT NOT NULL CHECK (to_level IN ('observer','peripheral','active','core','steward')),
            reason TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX level_change_membership ON level_change(membership_id, changed_on)"),
    };
}

} // namespace

QList<Migration> stewardMigrations()
{
    return {
        {1, foundationSchema()},
        {2, rotationSchema()},
        {3, sessionSchema()},
        {4, networkSchema()},
        {5, accountabilitySchema()},
        {6, activityImportSchema()},
        {7, networkLayoutSchema()},
        {8, repertoireSchema()},
        {9, rotationTimeSchema()},
        {10, reviewVerdictSchema()},
        {11, recognitionGiverSchema()},
    };
}

} // namespace steward
