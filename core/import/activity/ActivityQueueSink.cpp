// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivityQueueSink.h"

namespace steward {

namespace {
// About 15,000 Slack messages: small enough for a quick cancel and little memory, large enough that the
// hand-over costs nothing next to the work.
constexpr qsizetype kChunkTies = 8192;
} // namespace

ActivityQueueSink::ActivityQueueSink(ActivityChunkQueue& queue)
    : m_queue(queue)
{
    m_chunk.ties.reserve(kChunkTies);
}

int ActivityQueueSink::number(const ActivityAccount& account)
{
    auto it = m_numbers.constFind(account.key);
    if (it != m_numbers.constEnd())
        return *it;
    const int next = int(m_numbers.size());
    m_numbers.insert(account.key, next);
    m_chunk.accounts.append(account);
    return next;
}

void ActivityQueueSink::accept(const ActivityAccount& source,
                               const ActivityAccount& target,
                               const ActivityInteraction& i)
{
    const int sourceNumber = number(source);
    const int targetNumber = number(target);
    m_chunk.ties.append({sourceNumber, targetNumber, i.kind, i.occurred, i.channel, i.weight});
    // Formats read in one piece never call progress(); their ties still go on in chunks.
    if (m_chunk.ties.size() >= 2 * kChunkTies)
        handOn();
}

void ActivityQueueSink::handOn()
{
    ActivityChunk next;
    next.ties.reserve(kChunkTies);
    next.done = m_chunk.done;
    next.total = m_chunk.total;
    std::swap(next, m_chunk);
    m_queue.push(std::move(next));
}

bool ActivityQueueSink::progress(qint64 done, qint64 total)
{
    m_chunk.done = done;
    m_chunk.total = total;
    if (m_chunk.ties.size() >= kChunkTies)
        handOn();
    return !m_queue.isStopped();
}

void ActivityQueueSink::finish()
{
    if (!m_chunk.ties.isEmpty() || !m_chunk.accounts.isEmpty() || m_chunk.done > 0)
        handOn();
    m_queue.finish();
}

} // namespace steward
