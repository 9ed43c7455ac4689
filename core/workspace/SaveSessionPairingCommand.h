// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/SessionPairing.h"
#include "workspace/WorkspaceCommand.h"

namespace steward {

/**
 * Stores the rounds of one occurrence (generated, swapped, or with pairs marked as met or not); undo stores the
 * earlier rounds again (or removes them when there were none).
 */
class SaveSessionPairingCommand : public WorkspaceCommand
{
public:
    SaveSessionPairingCommand(
        Workspace& workspace, qint64 communityId, SessionPairing before, SessionPairing after, QString text);

protected:
    Status apply() override;
    Status revert() override;
    void notify() override;

private:
    Status store(const SessionPairing& pairing);

    qint64 m_communityId = 0;
    SessionPairing m_before;
    SessionPairing m_after;
};

} // namespace steward
