// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportContent.h"

#include <QColor>
#include <QRectF>

namespace steward {

/** The colours and geometry every rendering of a report shares (PDF, HTML, preview), so they agree. */
class ReportPalette
{
public:
    /** A colour per participation level (observer ... steward) and one for "not a member". */
    static QColor groupColor(int group);
    /** A colour per chart series. */
    static QColor seriesColor(int index);
    /** The box around all nodes of a picture, never empty. */
    static QRectF bounds(const ReportNetworkPicture& picture);
};

} // namespace steward
