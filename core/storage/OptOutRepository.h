// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/OptOut.h"

#include <QList>
#include <QSqlDatabase>

namespace steward {

class Database;

/** Reads and writes opt-outs: who takes no new turns of a kind of rotation, here or everywhere. */
class OptOutRepository
{
public:
    explicit OptOutRepository(const Database& database);

    /** Every opt-out, ordered by kind, then person name. */
    Result<QList<OptOut>> all() const;
    /** The people opted out of `kind` in this community (their community-wide and their everywhere opt-outs). */
    Result<QList<qint64>> optedOut(const QString& kind, qint64 communityId) const;
    /** Adds an opt-out and returns its id; a non-zero id is kept (undo). The same one twice is refused. */
    Result<qint64> add(const OptOut& optOut);
    Status remove(qint64 id);

    static Result<OptOut> validated(const OptOut& optOut);

private:
    QSqlDatabase m_db;
};

} // namespace steward
