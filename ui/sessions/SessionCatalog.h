// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "model/Membership.h"
#include "model/Session.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace steward {

class Workspace;

/** One community's sessions, members and the names of everyone they mention, read once for the views. */
class SessionCatalog
{
public:
    Status load(Workspace& workspace, qint64 communityId);
    void clear();

    qint64 communityId() const { return m_communityId; }
    const QList<Session>& sessions() const { return m_sessions; }
    std::optional<Session> session(qint64 id) const;
    const QList<Member>& members() const { return m_members; }
    /** The name of any person, or "#id" for one that is gone. */
    QString name(qint64 personId) const;
    QString team(qint64 personId) const;
    /** Every occurrence of every session, ordered by start. */
    QList<SessionOccurrence> occurrences() const;
    /** The occurrences overlapping the days from..to (inclusive), ordered by start. */
    QList<SessionOccurrence> occurrencesOnDays(QDate from, QDate to) const;

private:
    qint64 m_communityId = 0;
    QList<Session> m_sessions;
    QList<Member> m_members;
    QHash<qint64, QString> m_names;
    QHash<qint64, QString> m_teams;
};

} // namespace steward
