// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace steward {

class Workspace;

/**
 * One page of the main window's sidebar. The window hands every page the open workspace and the
 * community chosen in the toolbar; a page asks for another community through communityRequested().
 */
class WorkspacePage : public QWidget
{
    Q_OBJECT

public:
    explicit WorkspacePage(QWidget* parent = nullptr);

    /** Shows the workspace, or the empty state for nullptr. The previous workspace may be gone afterwards. */
    virtual void setWorkspace(Workspace* workspace) = 0;
    /** The community chosen in the toolbar, 0 when there is none. Pages that do not care ignore it. */
    virtual void setCurrentCommunity(qint64 communityId);

signals:
    /** The page's own controls picked a community; the window makes it the current one everywhere. */
    void communityRequested(qint64 communityId);
};

} // namespace steward
