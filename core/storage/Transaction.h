// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

namespace steward {

/**
 * RAII transaction over an SQLite SAVEPOINT, so transactions nest (an import inside an undo
 * macro, a migration step inside open). Rolls back on destruction unless commit() succeeded.
 */
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    /** Why the transaction could not start; empty when it did. */
    QString errorString() const { return m_error; }
    Status commit();

private:
    QSqlDatabase m_db;
    QString m_name;
    bool m_active = false;
    QString m_error;
};

} // namespace steward
