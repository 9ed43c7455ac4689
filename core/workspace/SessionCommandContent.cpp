// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionCommandContent.h"

#include "storage/Database.h"
#include "storage/SessionRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace steward {

Result<SessionCommandContent> SessionCommandContent::load(const Database& database, qint64 sessionId)
{
    using R = Result<SessionCommandContent>;
    const SessionRepository repository(database);
    auto session = repository.find(sessionId);
    if (!session)
        return R::failure(session.errorString());
    if (!session->has_value())
        return R::failure(QCoreApplication::translate("SessionCommandContent", "That session no longer exists."));
    auto roles = repository.roles(sessionId);
    if (!roles)
        return R::failure(roles.errorString());
    auto phases = repository.phases(sessionId);
    if (!phases)
        return R::failure(phases.errorString());
    return R(SessionCommandContent{**session, *roles, *phases});
}

Status SessionCommandContent::write(Database& database) const
{
    Transaction transaction(database.connection());
    if (!transaction.isActive())
        return Status::failure(transaction.errorString());
    SessionRepository repository(database);
    if (Status s = repository.update(session); !s)
        return s;
    if (Status s = repository.setRoles(session.id, roles); !s)
        return s;
    if (Status s = repository.setPhases(session.id, phases); !s)
        return s;
    return transaction.commit();
}

} // namespace steward
