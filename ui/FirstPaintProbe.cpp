// SPDX-License-Identifier: GPL-3.0-or-later
#include "FirstPaintProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace steward {

FirstPaintProbe::FirstPaintProbe(QWidget* window, std::function<bool()> isReady)
    : QObject(window)
    , m_isReady(std::move(isReady))
{
    // Paints go to the child widgets as much as to the window itself.
    qApp->installEventFilter(this);
}

void FirstPaintProbe::announce(const char* line)
{
    std::fputs(line, stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

bool FirstPaintProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::Paint || !watched->isWidgetType())
        return false;
    if (!m_firstSeen) {
        m_firstSeen = true;
        // Queued: announce once this paint has been carried out, not before it.
        QTimer::singleShot(0, this, [this] { announce("first-paint"); });
    }
    if (!m_readySeen && m_isReady()) {
        m_readySeen = true;
        QTimer::singleShot(0, this, [this] {
            announce("ready-paint");
            QCoreApplication::quit();
        });
    }
    return false;
}

} // namespace steward
