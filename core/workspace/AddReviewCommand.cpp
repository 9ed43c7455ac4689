// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddReviewCommand.h"

#include "repertoire/ReviewRepository.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace steward {

AddReviewCommand::AddReviewCommand(Workspace& workspace, const Review& review)
    : WorkspaceCommand(workspace, QCoreApplication::translate("AddReviewCommand", "Add a review"))
    , m_review(review)
{
}

Status AddReviewCommand::apply()
{
    auto id = ReviewRepository(workspace().database()).add(m_review);
    if (!id)
        return Status::failure(id.errorString());
    m_review.id = *id;
    return {};
}

Status AddReviewCommand::revert()
{
    return ReviewRepository(workspace().database()).remove(m_review.id);
}

void AddReviewCommand::notify()
{
    // Reviews are also interactions: the network views reload on their own when shown; the repertoire
    // views follow the undo stack's index.
}

} // namespace steward
