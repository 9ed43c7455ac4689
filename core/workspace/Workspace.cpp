// SPDX-License-Identifier: GPL-3.0-or-later
#include "Workspace.h"

#include "workspace/AddCommunityCommand.h"
#include "workspace/AddPersonCommand.h"
#include "workspace/EditCommunityCommand.h"
#include "workspace/EditPersonCommand.h"
#include "workspace/RemovePersonCommand.h"
#include "workspace/SetLevelCommand.h"

#include <QCoreApplication>

namespace steward {

Workspace::Workspace(std::unique_ptr<Database> database, const Clock& clock)
    : m_database(std::move(database))
    , m_people(*m_database)
    , m_communities(*m_database)
    , m_memberships(*m_database)
    , m_clock(clock)
{
}

Workspace::~Workspace() = default;

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& path, Database::OpenMode mode, const Clock& clock)
{
    using R = Result<std::unique_ptr<Workspace>>;
    auto database = Database::open(path, mode);
    if (!database)
        return R::failure(database.errorString());
    return R(std::unique_ptr<Workspace>(new Workspace(std::move(*database), clock)));
}

Status Workspace::push(std::unique_ptr<WorkspaceCommand> command)
{
    if (Status s = command->applyFirst(); !s)
        return s;
    m_undoStack.push(command.release());
    return {};
}

Status Workspace::perform(std::unique_ptr<WorkspaceCommand> command)
{
    return push(std::move(command));
}

Result<qint64> Workspace::addPerson(const Person& person)
{
    auto command = std::make_unique<AddPersonCommand>(*this, person);
    AddPersonCommand* raw = command.get();
    if (Status s = push(std::move(command)); !s)
        return Result<qint64>::failure(s.errorString());
    return raw->personId();
}

Status Workspace::editPerson(const Person& changed)
{
    auto before = m_people.find(changed.id);
    if (!before)
        return Status::failure(before.errorString());
    if (!before->has_value())
        return Status::failure(tr("%1 no longer exists.").arg(changed.name));
    if (**before == changed)
        return {};
    return push(std::make_unique<EditPersonCommand>(*this, **before, changed));
}

Status Workspace::removePerson(qint64 personId)
{
    auto person = m_people.find(personId);
    if (!person)
        return Status::failure(person.errorString());
    if (!person->has_value())
        return Status::failure(tr("That person no longer exists."));
    return push(std::make_unique<RemovePersonCommand>(*this, **person));
}

Result<qint64> Workspace::addCommunity(const Community& community)
{
    auto command = std::make_unique<AddCommunityCommand>(*this, community);
    AddCommunityCommand* raw = command.get();
    if (Status s = push(std::move(command)); !s)
        return Result<qint64>::failure(s.errorString());
    return raw->communityId();
}

Status Workspace::editCommunity(const Community& changed)
{
    auto before = m_communities.find(changed.id);
    if (!before)
        return Status::failure(before.errorString());
    if (!before->has_value())
        return Status::failure(tr("The community %1 no longer exists.").arg(changed.name));
    if (**before == changed)
        return {};
    return push(std::make_unique<EditCommunityCommand>(*this, **before, changed));
}

Status Workspace::setLevel(
    qint64 communityId, qint64 personId, ParticipationLevel level, const QDate& date, const QString& reason)
{
    auto person = m_people.find(personId);
    if (!person)
        return Status::failure(person.errorString());
    if (!person->has_value())
        return Status::failure(tr("That person no longer exists."));
    return push(std::make_unique<SetLevelCommand>(*this, (*person)->name, communityId, personId, level, date, reason));
}

} // namespace steward
