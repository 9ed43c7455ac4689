// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repertoire/Review.h"
#include "workspace/WorkspaceCommand.h"

namespace steward {

/** Adds a feedback template with its criteria; undo removes it, redo brings it back with the same ids. */
class AddFeedbackTemplateCommand : public WorkspaceCommand
{
public:
    AddFeedbackTemplateCommand(Workspace& workspace, const FeedbackTemplate& feedbackTemplate);

    qint64 templateId() const { return m_template.id; }

protected:
    Status apply() override;
    Status revert() override;
    void notify() override;

private:
    FeedbackTemplate m_template;
};

} // namespace steward
