// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace steward::test {

/**
 * Saves what `widget` shows as a PNG after letting pending paints and timers run (so charts and lazily filled
 * tables are drawn); logs "wrote PATH" or "could not write PATH" for the screenshot tools' output.
 */
bool saveScreenshot(QWidget& widget, const QString& path);

} // namespace steward::test
