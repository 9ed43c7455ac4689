// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivityChunkQueue.h"

#include <QDeadlineTimer>

namespace steward {

ActivityChunkQueue::ActivityChunkQueue(int capacity)
    : m_capacity(std::max(capacity, 1))
{
}

bool ActivityChunkQueue::push(ActivityChunk&& chunk)
{
    QMutexLocker lock(&m_mutex);
    while (!m_stopped && m_chunks.size() >= m_capacity)
        m_room.wait(&m_mutex);
    if (m_stopped)
        return false;
    m_chunks.enqueue(std::move(chunk));
    m_ready.wakeOne();
    return true;
}

void ActivityChunkQueue::finish()
{
    QMutexLocker lock(&m_mutex);
    m_finished = true;
    m_ready.wakeAll();
}

ActivityChunkQueue::Pop ActivityChunkQueue::pop(ActivityChunk& chunk, int timeoutMs)
{
    QMutexLocker lock(&m_mutex);
    QDeadlineTimer deadline(timeoutMs);
    while (m_chunks.isEmpty() && !m_finished) {
        if (!m_ready.wait(&m_mutex, deadline))
            break;
    }
    if (m_chunks.isEmpty())
        return m_finished ? Pop::Finished : Pop::Waiting;
    chunk = m_chunks.dequeue();
    m_room.wakeOne();
    return Pop::Chunk;
}

void ActivityChunkQueue::stop()
{
    QMutexLocker lock(&m_mutex);
    m_stopped = true;
    m_chunks.clear();
    m_room.wakeAll();
}

bool ActivityChunkQueue::isStopped() const
{
    QMutexLocker lock(&m_mutex);
    return m_stopped;
}

} // namespace steward
