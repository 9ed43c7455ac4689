// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecognitionGiverSchema.h"

namespace steward {

QStringList recognitionGiverSchema()
{
    return {
        QStringLiteral(R"(CREATE TABLE recognition_rebuilt (
            id INTEGER PRIMARY KEY,
            community_id INTEGER NOT NULL REFERENCES community(id) ON DELETE CASCADE,
            giver_id INTEGER REFERENCES person(id) ON DELETE SET NULL,
            receiver_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
            badge_id INTEGER REFERENCES badge(id) ON DELETE CASCADE,
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
            given_on TEXT NOT NULL CHECK (length(given_on) = 10),
            status TEXT NOT NULL DEFAULT 'given' CHECK (status IN ('given', 'proposed', 'dismissed')),
            CHECK (giver_id IS NULL OR giver_id <> receiver_id)))"),
        QStringLiteral("INSERT INTO recognition_rebuilt (id, community_id, giver_id, receiver_id, badge_id, reason, "
                       "given_on, status) SELECT id, community_id, giver_id, receiver_id, badge_id, reason, given_on, "
                       "status FROM recognition"),
        QStringLiteral("DROP TABLE recognition"),
        QStringLiteral("ALTER TABLE recognition_rebuilt RENAME TO recognition"),
        QStringLiteral("CREATE INDEX recognition_community ON recognition(community_id, given_on)"),
        QStringLiteral("CREATE INDEX recognition_receiver ON recognition(receiver_id)"),
        QStringLiteral("CREATE UNIQUE INDEX recognition_badge_once ON recognition(community_id, receiver_id, badge_id) "
                       "WHERE badge_id IS NOT NULL AND status <> 'dismissed'"),
    };
}

} // namespace steward
