// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportDropHandler.h"

#include "ImportWizard.h"
#include "MainWindow.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QTimer>

namespace steward {

namespace {

/** The one local file a drag carries, or nothing (several files, or not a local file). */
QString droppedFile(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().constFirst().isLocalFile())
        return {};
    return mime->urls().constFirst().toLocalFile();
}

} // namespace

ImportDropHandler::ImportDropHandler(MainWindow* window)
    : QObject(window)
    , m_window(window)
{
    window->setAcceptDrops(true);
    window->installEventFilter(this);
}

ImportDropHandler::Action ImportDropHandler::actionFor(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QStringLiteral("zip") || suffix == QStringLiteral("json") || suffix == QStringLiteral("csv"))
        return Action::Import;
    if (suffix == QStringLiteral("steward") || suffix == QStringLiteral("sqlite"))
        return Action::OpenWorkspace;
    return Action::None;
}

bool ImportDropHandler::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_window)
        return false;
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto* drag = static_cast<QDropEvent*>(event);
        if (actionFor(droppedFile(drag->mimeData())) != Action::None)
            drag->acceptProposedAction();
        return true;
    }
    if (event->type() != QEvent::Drop)
        return false;
    auto* drop = static_cast<QDropEvent*>(event);
    const QString path = droppedFile(drop->mimeData());
    if (actionFor(path) == Action::None)
        return true;
    drop->acceptProposedAction();
    // After the drop has returned: a modal wizard inside the drop handler would hold the drag source.
    QTimer::singleShot(0, this, [this, path] { handle(path); });
    return true;
}

void ImportDropHandler::handle(const QString& path)
{
    if (actionFor(path) == Action::OpenWorkspace)
        m_window->openWorkspace(path);
    else
        ImportWizard::run(m_window->workspace(), m_window->currentCommunity(), m_window, path);
}

} // namespace steward
