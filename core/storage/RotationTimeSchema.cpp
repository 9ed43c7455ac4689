// SPDX-License-Identifier: GPL-3.0-or-later
#include "RotationTimeSchema.h"

namespace steward {

QStringList rotationTimeSchema()
{
    return {
        // NULL: the time of the community's recurring meeting of that kind on the day, else a default.
        QStringLiteral("ALTER TABLE rotation_plan ADD COLUMN start_time TEXT "
                       "CHECK (start_time IS NULL OR start_time GLOB '[0-2][0-9]:[0-5][0-9]')"),
        QStringLiteral("ALTER TABLE rotation_plan ADD COLUMN minutes INTEGER "
                       "CHECK (minutes IS NULL OR minutes BETWEEN 1 AND 1440)"),
    };
}

} // namespace steward
