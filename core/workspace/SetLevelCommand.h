// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Membership.h"
#include "storage/MembershipRepository.h"
#include "workspace/WorkspaceCommand.h"

namespace steward {

/** Puts a member at a participation level (joining them if needed) and records why; undo takes it back. */
class SetLevelCommand : public WorkspaceCommand
{
public:
    SetLevelCommand(Workspace& workspace,
                    const QString& personName,
                    qint64 communityId,
                    qint64 personId,
                    ParticipationLevel level,
                    const QDate& date,
                    const QString& reason);

protected:
    Status apply() override;
    Status revert() override;
    void notify() override;

private:
    qint64 m_communityId;
    qint64 m_personId;
    ParticipationLevel m_level;
    QDate m_date;
    QString m_reason;
    LevelChangeReceipt m_receipt;
};

} // namespace steward
