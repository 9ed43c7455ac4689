// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "model/Community.h"
#include "model/Membership.h"
#include "model/Person.h"
#include "storage/CommunityRepository.h"
#include "storage/Database.h"
#include "storage/MembershipRepository.h"
#include "storage/PersonRepository.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace steward {

class WorkspaceCommand;

/**
 * One open workspace file as the GUI sees it: the database, its repositories and one undo stack.
 * Every edit goes through an undo command; the signals tell views what to reload.
 */
class Workspace : public QObject
{
    Q_OBJECT

public:
    static Result<std::unique_ptr<Workspace>> open(const QString& path,
                                                   Database::OpenMode mode = Database::OpenMode::ExistingOnly,
                                                   const Clock& clock = Clock::system());
    ~Workspace() override;

    Database& database() { return *m_database; }
    const PersonRepository& people() const { return m_people; }
    const CommunityRepository& communities() const { return m_communities; }
    const MembershipRepository& memberships() const { return m_memberships; }
    QUndoStack* undoStack() { return &m_undoStack; }
    const Clock& clock() const { return m_clock; }
    QString path() const { return m_database->path(); }

    // Undoable edits. Each runs at once; on failure nothing is pushed and the message says why.
    Result<qint64> addPerson(const Person& person);
    Status editPerson(const Person& changed);
    Status removePerson(qint64 personId);
    Result<qint64> addCommunity(const Community& community);
    Status editCommunity(const Community& changed);
    Status
    setLevel(qint64 communityId, qint64 personId, ParticipationLevel level, const QDate& date, const QString& reason);

    // Used by the undo commands; views listen to the signals instead of calling these.
    PersonRepository& personRepository() { return m_people; }
    CommunityRepository& communityRepository() { return m_communities; }
    MembershipRepository& membershipRepository() { return m_memberships; }
    void notifyPeopleChanged() { emit peopleChanged(); }
    void notifyCommunitiesChanged() { emit communitiesChanged(); }
    void notifyMembershipsChanged(qint64 communityId) { emit membershipsChanged(communityId); }
    void notifySessionsChanged(qint64 communityId) { emit sessionsChanged(communityId); }
    void notifyRotationsChanged() { emit rotationsChanged(); }
    /** Applies a feature's own undo command and pushes it (nothing is pushed when it fails). */
    Status perform(std::unique_ptr<WorkspaceCommand> command);
    void reportError(const QString& message) { emit errorOccurred(message); }

signals:
    void peopleChanged();
    void communitiesChanged();
    void membershipsChanged(qint64 communityId);
    /** A session of the community, its attendance or its pairings changed. */
    void sessionsChanged(qint64 communityId);
    /** A mastermind group, its goals and check-ins, a rotation plan, an absence or a topic changed. */
    void rotationsChanged();
    /** An undo or redo could not be carried out (the file changed underneath, the disk is full...). */
    void errorOccurred(const QString& message);

private:
    Workspace(std::unique_ptr<Database> database, const Clock& clock);
    Status push(std::unique_ptr<WorkspaceCommand> command);

    std::unique_ptr<Database> m_database;
    PersonRepository m_people;
    CommunityRepository m_communities;
    MembershipRepository m_memberships;
    QUndoStack m_undoStack;
    const Clock& m_clock;
};

} // namespace steward
