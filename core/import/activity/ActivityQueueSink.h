// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/activity/ActivityChunkQueue.h"
#include "import/activity/ActivitySink.h"

#include <QHash>

namespace steward {

/**
 * The sink the parser thread fills: it applies the shared rules and counts (ActivitySink), and hands the
 * ties that pass on to the writer thread in chunks through the queue. progress() is where the parser hears
 * that the writer stopped (a write error, a cancel), and stops too.
 */
class ActivityQueueSink : public ActivitySink
{
public:
    explicit ActivityQueueSink(ActivityChunkQueue& queue);

    bool progress(qint64 done, qint64 total) override;
    ActivityChunkQueue& queue() const { return m_queue; }
    /** Hands on what is left and tells the writer that the reading is over. */
    void finish();

protected:
    void accept(const ActivityAccount& source, const ActivityAccount& target, const ActivityInteraction& i) override;

private:
    int number(const ActivityAccount& account);
    void handOn();

    ActivityChunkQueue& m_queue;
    ActivityChunk m_chunk;
    QHash<QString, int> m_numbers; // account key -> its number in the import
};

} // namespace steward
