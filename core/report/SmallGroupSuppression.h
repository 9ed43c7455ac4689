// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportContent.h"

namespace steward {

/**
 * Hides figures of groups (teams, departments) with fewer than N people, as workplace-analytics tools
 * do: such rows are taken out of the table and folded into one row whose figures are suppressed; its
 * head count is shown only when the folded groups together reach N.
 */
class SmallGroupSuppression
{
public:
    /** countColumn holds each row's number of people; returns how many rows were folded. */
    static int apply(ReportTable& table, int countColumn, int minSize);
};

} // namespace steward
