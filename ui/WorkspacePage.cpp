// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspacePage.h"

namespace steward {

WorkspacePage::WorkspacePage(QWidget* parent)
    : QWidget(parent)
{
}

void WorkspacePage::setCurrentCommunity(qint64 communityId)
{
    Q_UNUSED(communityId)
}

} // namespace steward
