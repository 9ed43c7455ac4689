// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkLayoutSchema.h"

namespace steward {

QStringList networkLayoutSchema()
{
    return {
        // filter_key is a canonical text of the view's filters, so the same filters find the same
        // layout again. algorithm and seed say how the positions were made (reproducible).
        QStringLiteral(R"(CREATE TABLE network_layout (
            id INTEGER PRIMARY KEY,
            community_id INTEGER NOT NULL REFERENCES community(id) ON DELETE CASCADE,
            filter_key TEXT NOT NULL,
            algorithm TEXT NOT NULL CHECK (algorithm IN ('fruchterman-reingold', 'drl', 'circle')),
            seed INTEGER NOT NULL DEFAULT 0,
            computed_at TEXT NOT NULL,
            UNIQUE (community_id, filter_key)))"),
        // pinned = 1: the steward dragged this node; a re-layout keeps it where it is.
        QStringLiteral(R"(CREATE TABLE network_layout_position (
            layout_id INTEGER NOT NULL REFERENCES network_layout(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
            x REAL NOT NULL,
            y REAL NOT NULL,
            pinned INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
            PRIMARY KEY (layout_id, person_id)) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX network_layout_position_person ON network_layout_position(person_id)"),
    };
}

} // namespace steward
