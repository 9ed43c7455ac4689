// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Progress.h"

#include <QMutex>

#include <atomic>

namespace steward {

/**
 * Progress shared between a worker thread that reports and the GUI that polls it and may cancel.
 * Also serialises every igraph call of the GUI process: the Debian igraph is not thread-safe, so all
 * network work runs on the single thread of igraphPool().
 */
class TaskProgress : public Progress
{
public:
    void report(qint64 done, qint64 total, const QString& stage) override;
    bool isCanceled() const override { return m_canceled.load(); }
    void cancel() { m_canceled.store(true); }
    qint64 done() const { return m_done.load(); }
    qint64 total() const { return m_total.load(); }
    QString stage() const;

private:
    std::atomic<qint64> m_done{0};
    std::atomic<qint64> m_total{0};
    std::atomic<bool> m_canceled{false};
    mutable QMutex m_mutex;
    QString m_stage;
};

} // namespace steward
