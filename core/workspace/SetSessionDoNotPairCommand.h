// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/WorkspaceCommand.h"

namespace steward {

/** Adds or removes one do-not-pair wish of a community (kept private); undo does the opposite. */
class SetSessionDoNotPairCommand : public WorkspaceCommand
{
public:
    /** add: the wish is new (callers check it is not there yet, so undo does not remove an older one). */
    SetSessionDoNotPairCommand(
        Workspace& workspace, qint64 communityId, qint64 person, qint64 otherPerson, bool add, QString text);

protected:
    Status apply() override;
    Status revert() override;
    void notify() override;

private:
    Status set(bool present);

    qint64 m_communityId = 0;
    qint64 m_person = 0;
    qint64 m_otherPerson = 0;
    bool m_add = true;
};

} // namespace steward
