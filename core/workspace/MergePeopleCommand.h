// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/PersonMerge.h"
#include "workspace/WorkspaceCommand.h"

#include <QSet>

namespace steward {

/**
 * Merges one person into another (storage/PersonMerge.h has the rules). The merge records every row it
 * changed; undo replays them backwards, so the source returns with its id and every moved or dropped row
 * exactly as it was. Redo merges again.
 */
class MergePeopleCommand : public WorkspaceCommand
{
public:
    MergePeopleCommand(Workspace& workspace,
                       const Person& source,
                       const Person& target,
                       const PersonMerge::Options& options = {});

    /** What the last apply() did. */
    const PersonMergeOutcome& outcome() const { return m_outcome; }

protected:
    Status apply() override;
    Status revert() override;
    void notify() override;

private:
    qint64 m_sourceId;
    qint64 m_targetId;
    PersonMerge::Options m_options;
    PersonMergeOutcome m_outcome;
    QSet<qint64> m_communities; // whose members, sessions and rotations the merge touched
};

} // namespace steward
