// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewVerdictSchema.h"

namespace steward {

QStringList reviewVerdictSchema()
{
    // NULL: the reviewer commented on the criterion without a verdict (every review written before schema 10).
    return {
        QStringLiteral("ALTER TABLE review_comment ADD COLUMN verdict TEXT "
                       "CHECK (verdict IS NULL OR verdict IN ('approve', 'changes', 'reject'))"),
    };
}

} // namespace steward
