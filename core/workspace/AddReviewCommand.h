// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repertoire/Review.h"
#include "workspace/WorkspaceCommand.h"

namespace steward {

/** Adds a peer review (with its comments and its reviewer -> author interactions); undo takes it back whole. */
class AddReviewCommand : public WorkspaceCommand
{
public:
    AddReviewCommand(Workspace& workspace, const Review& review);

    qint64 reviewId() const { return m_review.id; }

protected:
    Status apply() override;
    Status revert() override;
    void notify() override;

private:
    Review m_review;
};

} // namespace steward
