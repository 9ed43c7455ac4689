// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddFeedbackTemplateCommand.h"

#include "repertoire/ReviewRepository.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace steward {

AddFeedbackTemplateCommand::AddFeedbackTemplateCommand(Workspace& workspace, const FeedbackTemplate& feedbackTemplate)
    : WorkspaceCommand(
        workspace,
        QCoreApplication::translate("AddFeedbackTemplateCommand", "Add the template %1").arg(feedbackTemplate.name))
    , m_template(feedbackTemplate)
{
}

Status AddFeedbackTemplateCommand::apply()
{
    ReviewRepository reviews(workspace().database());
    auto id = reviews.addTemplate(m_template);
    if (!id)
        return Status::failure(id.errorString());
    // Reviews written later point at these criteria: keep their ids for redo.
    m_template.id = *id;
    auto all = reviews.templates(m_template.communityId);
    for (const FeedbackTemplate& t : all ? *all : QList<FeedbackTemplate>()) {
        if (t.id == *id)
            m_template.criteria = t.criteria;
    }
    return {};
}

Status AddFeedbackTemplateCommand::revert()
{
    return ReviewRepository(workspace().database()).removeTemplate(m_template.id);
}

void AddFeedbackTemplateCommand::notify()
{
    // Templates show only in the review dialogs, which read them when they open.
}

} // namespace steward
