// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace steward {

/**
 * For start-up benchmarks: watches a window's paints, writes "first-paint" on stdout after the
 * first one and "ready-paint" after the first paint once isReady() holds, then quits the app.
 * The benchmark timestamps the lines as they arrive.
 */
class FirstPaintProbe : public QObject
{
    Q_OBJECT

public:
    FirstPaintProbe(QWidget* window, std::function<bool()> isReady);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void announce(const char* line);
    std::function<bool()> m_isReady;
    bool m_firstSeen = false;
    bool m_readySeen = false;
};

} // namespace steward
