// SPDX-License-Identifier: GPL-3.0-or-later
#include "SaveRotationSlotCommand.h"

#include "storage/RotationRepository.h"
#include "storage/TopicRepository.h"
#include "storage/Transaction.h"
#include "workspace/Workspace.h"

namespace steward {

SaveRotationSlotCommand::SaveRotationSlotCommand(Workspace& workspace,
                                                 RotationRecord before,
                                                 RotationRecord after,
                                                 std::optional<Topic> topicBefore,
                                                 std::optional<Topic> topicAfter,
                                                 const QString& text)
    : WorkspaceCommand(workspace, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_topicBefore(std::move(topicBefore))
    , m_topicAfter(std::move(topicAfter))
{
    m_after.id = m_before.id;
}

Status SaveRotationSlotCommand::store(const RotationRecord& record, const std::optional<Topic>& topic)
{
    const Database& database = workspace().database();
    Transaction transaction(database.connection());
    if (!transaction.isActive())
        return Status::failure(transaction.errorString());
    if (auto id = RotationRepository(database).save(record); !id)
        return Status::failure(id.errorString());
    if (topic) {
        if (Status s = TopicRepository(database).update(*topic); !s)
            return s;
    }
    return transaction.commit();
}

Status SaveRotationSlotCommand::apply()
{
    return store(m_after, m_topicAfter);
}

Status SaveRotationSlotCommand::revert()
{
    return store(m_before, m_topicBefore);
}

void SaveRotationSlotCommand::notify()
{
    workspace().notifyRotationsChanged();
}

} // namespace steward
