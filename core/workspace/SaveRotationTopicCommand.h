// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Topic.h"
#include "workspace/WorkspaceCommand.h"

#include <optional>

namespace steward {

/** Adds (no `before`), edits or removes (no `after`) a topic of the micro-teach backlog. */
class SaveRotationTopicCommand : public WorkspaceCommand
{
public:
    SaveRotationTopicCommand(Workspace& workspace, std::optional<Topic> before, std::optional<Topic> after);

protected:
    Status apply() override;
    Status revert() override;
    void notify() override;

private:
    Status store(const std::optional<Topic>& from, std::optional<Topic>& to);
    std::optional<Topic> m_before;
    std::optional<Topic> m_after;
};

} // namespace steward
