// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/RotationRecord.h"
#include "storage/Topic.h"
#include "workspace/WorkspaceCommand.h"

#include <optional>

namespace steward {

/**
 * Stores a micro-teach slot's topic, link and status (the plan as a whole) together with the backlog
 * topic the slot took, in one transaction; undo puts both back as they were.
 */
class SaveRotationSlotCommand : public WorkspaceCommand
{
public:
    SaveRotationSlotCommand(Workspace& workspace,
                            RotationRecord before,
                            RotationRecord after,
                            std::optional<Topic> topicBefore,
                            std::optional<Topic> topicAfter,
                            const QString& text);

protected:
    Status apply() override;
    Status revert() override;
    void notify() override;

private:
    Status store(const RotationRecord& record, const std::optional<Topic>& topic);

    RotationRecord m_before;
    RotationRecord m_after;
    std::optional<Topic> m_topicBefore;
    std::optional<Topic> m_topicAfter;
};

} // namespace steward
