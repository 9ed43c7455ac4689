// SPDX-License-Identifier: GPL-3.0-or-later
#include "SaveRotationTopicCommand.h"

#include "storage/TopicRepository.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace steward {

SaveRotationTopicCommand::SaveRotationTopicCommand(Workspace& workspace,
                                                   std::optional<Topic> before,
                                                   std::optional<Topic> after)
    : WorkspaceCommand(
        workspace,
        after ? QCoreApplication::translate("SaveRotationTopicCommand", "Save topic '%1'").arg(after->title)
              : QCoreApplication::translate("SaveRotationTopicCommand", "Remove topic '%1'").arg(before->title))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

Status SaveRotationTopicCommand::store(const std::optional<Topic>& from, std::optional<Topic>& to)
{
    TopicRepository topics(workspace().database());
    if (!to)
        return topics.remove(from->id);
    if (from)
        return topics.update(*to);
    auto id = topics.add(*to);
    if (!id)
        return Status::failure(id.errorString());
    to->id = *id;
    return {};
}

Status SaveRotationTopicCommand::apply()
{
    return store(m_before, m_after);
}

Status SaveRotationTopicCommand::revert()
{
    return store(m_after, m_before);
}

void SaveRotationTopicCommand::notify()
{
    workspace().notifyRotationsChanged();
}

} // namespace steward
