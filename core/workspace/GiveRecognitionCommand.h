// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repertoire/Recognition.h"
#include "workspace/WorkspaceCommand.h"

namespace steward {

/**
 * Gives a shout-out (no badge) or a badge from one member to another with a reason; undo takes it back.
 * Refused, writing nothing, for an empty reason, oneself, a non-member or an unknown badge.
 */
class GiveRecognitionCommand : public WorkspaceCommand
{
public:
    GiveRecognitionCommand(Workspace& workspace, Recognition recognition);

    qint64 recognitionId() const { return m_recognition.id; }

protected:
    Status apply() override;
    Status revert() override;
    void notify() override;

private:
    Recognition m_recognition;
};

} // namespace steward
