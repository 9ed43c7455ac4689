// SPDX-License-Identifier: GPL-3.0-or-later
#include "Progress.h"

namespace steward {

Progress& Progress::none()
{
    static Progress silent;
    return silent;
}

} // namespace steward
