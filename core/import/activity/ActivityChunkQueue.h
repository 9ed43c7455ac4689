// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/activity/ActivityRecords.h"

#include <QList>
#include <QMutex>
#include <QQueue>
#include <QWaitCondition>

namespace steward {

/** One tie as the parser thread hands it on: its accounts by their number in the import (see ActivityChunk). */
struct ActivityTie
{
    int source = 0;
    int target = 0;
    QString kind;
    QString occurred;
    QString channel;
    double weight = 1;
};

/**
 * What the parser thread read since the last chunk: the accounts that ties name for the first time (numbered
 * on from the previous chunk's, so account n is the n-th ever sent) and the ties in file order, with the
 * parser's progress after them.
 */
struct ActivityChunk
{
    QList<ActivityAccount> accounts;
    QList<ActivityTie> ties;
    qint64 done = 0;
    qint64 total = 0;
};

/**
 * The bounded hand-over between the thread that reads an activity file and the one that writes it to the
 * database: at most `capacity` chunks wait, so memory stays flat however far the reader is ahead. Either
 * side may end it - the reader with finish() when the file is read (or failed), the writer with stop()
 * when it failed or the user cancelled, which also wakes a reader waiting for room.
 */
class ActivityChunkQueue
{
public:
    enum class Pop
    {
        Chunk,    // one chunk taken
        Waiting,  // nothing yet; the timeout passed
        Finished, // the reader finished and every chunk was taken
    };

    explicit ActivityChunkQueue(int capacity);

    /** Waits for room; false (and the chunk dropped) once the writer stopped. */
    bool push(ActivityChunk&& chunk);
    void finish();
    Pop pop(ActivityChunk& chunk, int timeoutMs);
    void stop();
    bool isStopped() const;

private:
    const int m_capacity;
    mutable QMutex m_mutex;
    QWaitCondition m_room;
    QWaitCondition m_ready;
    QQueue<ActivityChunk> m_chunks;
    bool m_finished = false;
    bool m_stopped = false;
};

} // namespace steward
