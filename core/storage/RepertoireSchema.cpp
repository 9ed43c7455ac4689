// SPDX-License-Identifier: GPL-3.0-or-later
#include "RepertoireSchema.h"

namespace steward {

namespace {

// The artefact row holds the latest version's title, body and tags (tags_text: the tag names joined
// by spaces) so that the full-text index can use it as its external content table.
QStringList artefactTables()
{
    return {
        QStringLiteral(R"(CREATE TABLE artefact (
            id INTEGER PRIMARY KEY,
            community_id INTEGER NOT NULL REFERENCES community(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('checklist', 'template', 'decision-tree', 'post-mortem', 'playbook',
                                               'heuristic', 'case-write-up')),
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            body TEXT NOT NULL DEFAULT '',
            tags_text TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'reviewed', 'current', 'retired')),
            origin_kind TEXT NOT NULL DEFAULT 'none' CHECK (origin_kind IN ('none', 'session', 'hot-seat', 'incident')),
            origin_session_id INTEGER REFERENCES session(id) ON DELETE SET NULL,
            origin_seat_id INTEGER REFERENCES rotation_seat(id) ON DELETE SET NULL,
            origin_link TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX artefact_community ON artefact(community_id, kind, status)"),
        QStringLiteral("CREATE INDEX artefact_origin_session ON artefact(origin_session_id)"),
        // Every save is a version, numbered from 1 per artefact; the newest is what the artefact row shows.
        QStringLiteral(R"(CREATE TABLE artefact_version (
            id INTEGER PRIMARY KEY,
            artefact_id INTEGER NOT NULL REFERENCES artefact(id) ON DELETE CASCADE,
            version_no INTEGER NOT NULL CHECK (version_no >= 1),
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            body TEXT NOT NULL DEFAULT '',
            tags TEXT NOT NULL DEFAULT '',
            saved_at TEXT NOT NULL,
            saved_by INTEGER REFERENCES person(id) ON DELETE SET NULL,
            note TEXT NOT NULL DEFAULT '',
            UNIQUE (artefact_id, version_no)))"),
        QStringLiteral(R"(CREATE TABLE artefact_author (
            artefact_id INTEGER NOT NULL REFERENCES artefact(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 1,
            PRIMARY KEY (artefact_id, person_id)))"),
        QStringLiteral("CREATE INDEX artefact_author_person ON artefact_author(person_id)"),
        // Tags are a vocabulary per community: lower-case words, letters, digits and dashes.
        QStringLiteral(R"(CREATE TABLE tag (
            id INTEGER PRIMARY KEY,
            community_id INTEGER NOT NULL REFERENCES community(id) ON DELETE CASCADE,
            name TEXT NOT NULL COLLATE NOCASE CHECK (length(name) > 0 AND name NOT GLOB '*[^a-z0-9-]*'),
            UNIQUE (community_id, name)))"),
        QStringLiteral(R"(CREATE TABLE artefact_tag (
            artefact_id INTEGER NOT NULL REFERENCES artefact(id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
            PRIMARY KEY (artefact_id, tag_id)))"),
        QStringLiteral("CREATE INDEX artefact_tag_tag ON artefact_tag(tag_id)"),
    };
}

// External-content FTS5 index over artefact(title, body, tags_text), kept in step by triggers so no
// writer can forget it. Porter stemming: "review" finds "reviews" and "reviewing". Prefix indexes for 2-4
// characters: search takes the last word typed as a prefix, and without them a short prefix scans the whole
// index (hundreds of ms on 20,000 artefacts instead of a few).
QStringList fullTextIndex()
{
    return {
        QStringLiteral("CREATE VIRTUAL TABLE artefact_fts USING fts5(title, body, tags_text, content='artefact', "
                       "content_rowid='id', tokenize='porter unicode61 remove_diacritics 2', prefix='2 3 4')"),
        QStringLiteral(R"(CREATE TRIGGER artefact_fts_insert AFTER INSERT ON artefact BEGIN
            INSERT INTO artefact_fts(rowid, title, body, tags_text) VALUES (new.id, new.title, new.body, new.tags_text);
            END)"),
        QStringLiteral(R"(CREATE TRIGGER artefact_fts_delete AFTER DELETE ON artefact BEGIN
            INSERT INTO artefact_fts(artefact_fts, rowid, title, body, tags_text)
                VALUES ('delete', old.id, old.title, old.body, old.tags_text);
            END)"),
        QStringLiteral(R"(CREATE TRIGGER artefact_fts_update AFTER UPDATE OF title, body, tags_text ON artefact BEGIN
            INSERT INTO artefact_fts(artefact_fts, rowid, title, body, tags_text)
                VALUES ('delete', old.id, old.title, old.body, old.tags_text);
            INSERT INTO artefact_fts(rowid, title, body, tags_text) VALUES (new.id, new.title, new.body, new.tags_text);
            END)"),
    };
}

// Feedback templates: criteria with a short prompt each. community_id NULL = offered to every community.
QStringList reviewTables()
{
    return {
        QStringLiteral(R"(CREATE TABLE feedback_template (
            id INTEGER PRIMARY KEY,
            community_id INTEGER REFERENCES community(id) ON DELETE CASCADE,
            name TEXT NOT NULL COLLATE NOCASE CHECK (length(trim(name)) > 0),
            UNIQUE (community_id, name)))"),
        QStringLiteral(R"(CREATE TABLE feedback_criterion (
            id INTEGER PRIMARY KEY,
            template_id INTEGER NOT NULL REFERENCES feedback_template(id) ON DELETE CASCADE,
            position INTEGER NOT NULL CHECK (position >= 1),
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            prompt TEXT NOT NULL DEFAULT '',
            UNIQUE (template_id, position)))"),
        // A review is also an interaction reviewer -> author (kind review); interaction_id points at the
        // first of them so the review can be taken back whole.
        QStringLiteral(R"(CREATE TABLE review (
            id INTEGER PRIMARY KEY,
            artefact_id INTEGER NOT NULL REFERENCES artefact(id) ON DELETE CASCADE,
            version_no INTEGER NOT NULL CHECK (version_no >= 1),
            reviewer_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
            template_id INTEGER REFERENCES feedback_template(id) ON DELETE SET NULL,
            verdict TEXT NOT NULL CHECK (verdict IN ('approve', 'changes', 'reject')),
            summary TEXT NOT NULL DEFAULT '',
            reviewed_on TEXT NOT NULL CHECK (length(reviewed_on) = 10)))"),
        QStringLiteral("CREATE INDEX review_artefact ON review(artefact_id)"),
        QStringLiteral("CREATE INDEX review_reviewer ON review(reviewer_id, reviewed_on)"),
        QStringLiteral(R"(CREATE TABLE review_comment (
            id INTEGER PRIMARY KEY,
            review_id INTEGER NOT NULL REFERENCES review(id) ON DELETE CASCADE,
            criterion_id INTEGER NOT NULL REFERENCES feedback_criterion(id) ON DELETE CASCADE,
            comment TEXT NOT NULL DEFAULT '',
            UNIQUE (review_id, criterion_id)))"),
        QStringLiteral(R"(CREATE TABLE review_interaction (
            review_id INTEGER NOT NULL REFERENCES review(id) ON DELETE CASCADE,
            interaction_id INTEGER NOT NULL REFERENCES interaction(id) ON DELETE CASCADE,
            PRIMARY KEY (review_id, interaction_id)))"),
    };
}

// Pathway: to reach `level`, a member meets every criterion of that level (count times the activity).
QStringList pathwayTables()
{
    return {
        QStringLiteral(R"(CREATE TABLE pathway_criterion (
            id INTEGER PRIMARY KEY,
            community_id INTEGER NOT NULL REFERENCES community(id) ON DELETE CASCADE,
            level TEXT NOT NULL CHECK (level IN ('peripheral', 'active', 'core', 'steward')),
            activity TEXT NOT NULL CHECK (activity IN ('session-attended', 'note-taker', 'micro-teach', 'co-lead',
                'reviewed-artefact', 'review-given', 'session-facilitated', 'hot-seat')),
            count INTEGER NOT NULL CHECK (count >= 1),
            UNIQUE (community_id, level, activity)))"),
        // One row per community that changed a default: periodic review cadence (demotions are proposed only
        // on its dates), the days after which a member counts as stuck, and the leaderboard opt-in.
        QStringLiteral(R"(CREATE TABLE practice_setting (
            community_id INTEGER PRIMARY KEY REFERENCES community(id) ON DELETE CASCADE,
            review_cadence TEXT NOT NULL DEFAULT 'quarterly'
                CHECK (review_cadence IN ('monthly', 'quarterly', 'yearly')),
            stuck_days INTEGER NOT NULL DEFAULT 180 CHECK (stuck_days >= 1),
            inactive_days INTEGER NOT NULL DEFAULT 180 CHECK (inactive_days >= 1),
            leaderboard INTEGER NOT NULL DEFAULT 0 CHECK (leaderboard IN (0, 1))))"),
        // Staff who run the community: members like everyone else, but left out of the statistics.
        QStringLiteral(R"(CREATE TABLE membership_staff (
            membership_id INTEGER PRIMARY KEY REFERENCES membership(id) ON DELETE CASCADE))"),
        // Proposals are never applied by the app; accepting one records a level_change with its reason.
        QStringLiteral(R"(CREATE TABLE promotion_proposal (
            id INTEGER PRIMARY KEY,
            membership_id INTEGER NOT NULL REFERENCES membership(id) ON DELETE CASCADE,
            from_level TEXT NOT NULL CHECK (from_level IN ('observer','peripheral','active','core','steward')),
            to_level TEXT NOT NULL CHECK (to_level IN ('observer','peripheral','active','core','steward')),
            proposed_on TEXT NOT NULL CHECK (length(proposed_on) = 10),
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
            status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'dismissed')),
            decided_on TEXT CHECK (decided_on IS NULL OR length(decided_on) = 10),
            level_change_id INTEGER REFERENCES level_change(id) ON DELETE SET NULL,
            CHECK (from_level <> to_level)))"),
        QStringLiteral("CREATE INDEX promotion_proposal_membership ON promotion_proposal(membership_id, status)"),
    };
}

// Recognition: badges from the bundled SVG set, shout-outs and badges given by a person to a person.
// A row with status 'proposed' and no giver is an automatic badge proposal awaiting the steward.
QStringList recognitionTables()
{
    return {
        QStringLiteral(R"(CREATE TABLE badge (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
            icon TEXT NOT NULL CHECK (length(icon) > 0),
            criteria TEXT NOT NULL DEFAULT '',
            rule TEXT CHECK (rule IS NULL OR rule IN ('first-micro-teach', 'ten-reviews', 'five-sessions-facilitated',
                                                         'first-artefact')),
            UNIQUE (rule)))"),
        QStringLiteral(R"(CREATE TABLE recognition (
            id INTEGER PRIMARY KEY,
            community_id INTEGER NOT NULL REFERENCES community(id) ON DELETE CASCADE,
            giver_id INTEGER REFERENCES person(id) ON DELETE SET NULL,
            receiver_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
            badge_id INTEGER REFERENCES badge(id) ON DELETE CASCADE,
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
            given_on TEXT NOT NULL CHECK (length(given_on) = 10),
            status TEXT NOT NULL DEFAULT 'given' CHECK (status IN ('given', 'proposed', 'dismissed')),
            CHECK (status = 'proposed' OR status = 'dismissed' OR giver_id IS NOT NULL),
            CHECK (giver_id IS NULL OR giver_id <> receiver_id)))"),
        QStringLiteral("CREATE INDEX recognition_community ON recognition(community_id, given_on)"),
        QStringLiteral("CREATE INDEX recognition_receiver ON recognition(receiver_id)"),
        QStringLiteral("CREATE UNIQUE INDEX recognition_badge_once ON recognition(community_id, receiver_id, badge_id) "
                       "WHERE badge_id IS NOT NULL AND status <> 'dismissed'"),
    };
}

} // namespace

QStringList repertoireSchema()
{
    return artefactTables() + fullTextIndex() + reviewTables() + pathwayTables() + recognitionTables();
}

} // namespace steward
