// SPDX-License-Identifier: GPL-3.0-or-later
#include "Transaction.h"

#include "storage/SqlQuery.h"

#include <QCoreApplication>

#include <atomic>

namespace steward {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    static std::atomic<qint64> counter{0};
    m_name = QStringLiteral("steward_sp%1").arg(++counter);
    auto begin = runQuery(m_db, QStringLiteral("SAVEPOINT ") + m_name);
    m_active = begin.ok();
    if (!m_active)
        m_error = begin.errorString();
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    runQuery(m_db, QStringLiteral("ROLLBACK TO ") + m_name);
    runQuery(m_db, QStringLiteral("RELEASE ") + m_name);
}

Status Transaction::commit()
{
    if (!m_active) {
        return Status::failure(QCoreApplication::translate("Transaction", "No transaction is active: %1").arg(m_error));
    }
    if (auto release = runQuery(m_db, QStringLiteral("RELEASE ") + m_name); !release) {
        return Status::failure(
            QCoreApplication::translate("Transaction", "Could not save: %1").arg(release.errorString()));
    }
    m_active = false;
    return {};
}

} // namespace steward
