// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Progress.h"
#include "common/Result.h"

#include <functional>
#include <vector>

namespace steward {

/** One independent piece of a long computation: fills a result of a fixed size, in whichever process takes it. */
struct WorkerJob
{
    qsizetype resultSize = 0;
    std::function<Status(double* result)> work;
};

/**
 * Spreads independent jobs over worker processes on all cores, for igraph work that cannot use
 * threads (the Debian igraph is built without thread safety, so two threads inside igraph corrupt
 * its error stack). Each worker is a fork() of this process: it shares the graph already built,
 * copy-on-write, takes jobs from a shared counter, writes their results into shared memory and
 * leaves with _exit() (no destructors, no Qt, no database). Results land in their job's slot, so
 * they do not depend on which process ran which job: callers that combine them in job order get
 * the same numbers with 1 or 8 workers.
 *
 * A worker that dies leaves its jobs to this process, which computes them itself; cancelling kills
 * the workers at once.
 */
class WorkerProcesses
{
public:
    struct Outcome
    {
        std::vector<std::vector<double>> results; // one per job, in job order
        int processes = 1;                        // how many processes took part, this one included
    };

    /** workers: processes to use, this one included (1 = no fork); progress counts finished jobs. */
    static Result<Outcome>
    run(const std::vector<WorkerJob>& jobs, int workers, Progress& progress, const QString& stage);
    /** One worker per core. */
    static int defaultWorkers();
};

} // namespace steward
