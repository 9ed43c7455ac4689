// SPDX-License-Identifier: GPL-3.0-or-later
#include "MergePeopleCommand.h"

#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace steward {

MergePeopleCommand::MergePeopleCommand(Workspace& workspace,
                                       const Person& source,
                                       const Person& target,
                                       const PersonMerge::Options& options)
    : WorkspaceCommand(
        workspace, QCoreApplication::translate("MergePeopleCommand", "Merge %1 into %2").arg(source.name, target.name))
    , m_sourceId(source.id)
    , m_targetId(target.id)
    , m_options(options)
{
}

Status MergePeopleCommand::apply()
{
    m_communities.clear();
    for (qint64 id : {m_sourceId, m_targetId}) {
        auto memberships = workspace().memberships().forPerson(id);
        if (!memberships)
            return Status::failure(memberships.errorString());
        for (const Membership& m : std::as_const(*memberships))
            m_communities.insert(m.communityId);
    }
    auto outcome = PersonMerge(workspace().database()).merge(m_sourceId, m_targetId, m_options);
    if (!outcome)
        return Status::failure(outcome.errorString());
    m_outcome = *outcome;
    return {};
}

Status MergePeopleCommand::revert()
{
    return PersonMerge(workspace().database()).undo(m_outcome.changes);
}

void MergePeopleCommand::notify()
{
    workspace().notifyPeopleChanged();
    for (qint64 communityId : std::as_const(m_communities)) {
        workspace().notifyMembershipsChanged(communityId);
        workspace().notifySessionsChanged(communityId);
    }
    workspace().notifyRotationsChanged();
}

} // namespace steward
