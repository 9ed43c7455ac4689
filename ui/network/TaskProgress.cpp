// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaskProgress.h"

#include <QMutexLocker>

namespace steward {

void TaskProgress::report(qint64 done, qint64 total, const QString& stage)
{
    m_done.store(done);
    m_total.store(total);
    QMutexLocker lock(&m_mutex);
    m_stage = stage;
}

QString TaskProgress::stage() const
{
    QMutexLocker lock(&m_mutex);
    return m_stage;
}

} // namespace steward
