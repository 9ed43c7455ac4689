// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QList>
#include <QSize>

class QPainter;

namespace steward {

class NetworkView;

/** Writes network views as they are on screen, side by side: a PNG at the screen's pixel ratio, or an SVG. */
class NetworkExport
{
public:
    static QSize size(const QList<const NetworkView*>& views);
    static void paint(QPainter& painter, const QList<const NetworkView*>& views);
    static Status png(const QList<const NetworkView*>& views, const QString& path, qreal pixelRatio = 1);
    static Status svg(const QList<const NetworkView*>& views, const QString& path, const QString& title);
    /** Writes text (CSV) as UTF-8, all or nothing. */
    static Status text(const QString& text, const QString& path);
};

} // namespace steward
