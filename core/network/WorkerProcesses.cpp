// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkerProcesses.h"

#include <QCoreApplication>
#include <QThread>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <ctime>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

namespace steward {

namespace {

enum JobState : int
{
    Pending = 0,
    Taken = 1,
    Done = 2,
    Failed = 3,
};

// Lock-free atomics are address-free, so they work between processes in shared memory.
static_assert(std::atomic<qint64>::is_always_lock_free);
static_assert(std::atomic<int>::is_always_lock_free);

/** The memory every process of one run shares: the job counter, each job's state and all results. */
class SharedArea
{
public:
    SharedArea(qsizetype jobCount, qsizetype resultTotal)
        : m_jobCount(jobCount)
    {
        const qsizetype header = sizeof(Header) + jobCount * sizeof(std::atomic<int>);
        m_resultsOffset = (header + 63) / 64 * 64;
        m_bytes = size_t(m_resultsOffset + std::max<qsizetype>(resultTotal, 1) * qsizetype(sizeof(double)));
        void* memory = mmap(nullptr, m_bytes, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
        m_memory = memory == MAP_FAILED ? nullptr : static_cast<char*>(memory);
        if (!m_memory)
            return;
        new (m_memory) Header;
        for (qsizetype j = 0; j < jobCount; ++j)
            new (&states()[j]) std::atomic<int>(Pending);
    }
    ~SharedArea()
    {
        if (m_memory)
            munmap(m_memory, m_bytes);
    }
    SharedArea(const SharedArea&) = delete;
    SharedArea& operator=(const SharedArea&) = delete;

    bool isValid() const { return m_memory != nullptr; }
    std::atomic<qint64>& next() { return header()->next; }
    std::atomic<qint64>& done() { return header()->done; }
    std::atomic<int>& stop() { return header()->stop; }
    std::atomic<int>& state(qsizetype job) { return states()[job]; }
    double* results() { return reinterpret_cast<double*>(m_memory + m_resultsOffset); }

private:
    struct Header
    {
        std::atomic<qint64> next{0};
        std::atomic<qint64> done{0};
        std::atomic<int> stop{0};
    };
    Header* header() { return reinterpret_cast<Header*>(m_memory); }
    std::atomic<int>* states() { return reinterpret_cast<std::atomic<int>*>(m_memory + sizeof(Header)); }

    qsizetype m_jobCount = 0;
    qsizetype m_resultsOffset = 0;
    size_t m_bytes = 0;
    char* m_memory = nullptr;
};

/** Takes jobs until none are left or the run stops; returns the first failure of this process. */
Status takeJobs(const std::vector<WorkerJob>& jobs,
                const std::vector<qsizetype>& offsets,
                SharedArea& area,
                Progress* progress,
                const QString& stage)
{
    const qint64 count = qint64(jobs.size());
    while (area.stop().load() == 0) {
        const qint64 job = area.next().fetch_add(1);
        if (job >= count)
            break;
        area.state(job).store(Taken);
        Status status = jobs[size_t(job)].work(area.results() + offsets[size_t(job)]);
        area.state(job).store(status ? Done : Failed);
        const qint64 done = area.done().fetch_add(1) + 1;
        if (!progress)
            continue;
        if (!status)
            return status;
        progress->report(done, count, stage);
        if (progress->isCanceled())
            area.stop().store(1);
    }
    return {};
}

void pause()
{
    const timespec tenMilliseconds{0, 10'000'000};
    nanosleep(&tenMilliseconds, nullptr);
}

/** Waits for the workers, reporting their progress; kills them when the run is cancelled. */
void awaitWorkers(std::vector<pid_t>& workers, SharedArea& area, Progress& progress, qint64 count, const QString& stage)
{
    while (!workers.empty()) {
        for (auto it = workers.begin(); it != workers.end();) {
            int status = 0;
            const pid_t reaped = waitpid(*it, &status, WNOHANG);
            it = reaped == *it || (reaped < 0 && errno != EINTR) ? workers.erase(it) : it + 1;
        }
        if (workers.empty())
            break;
        progress.report(area.done().load(), count, stage);
        if (progress.isCanceled() || area.stop().load() != 0) {
            area.stop().store(1);
            for (pid_t pid : workers)
                kill(pid, SIGKILL);
        }
        pause();
    }
}

QString cancelledMessage()
{
    return QCoreApplication::translate("WorkerProcesses", "The analysis was cancelled.");
}

} // namespace

int WorkerProcesses::defaultWorkers()
{
    return std::max(1, QThread::idealThreadCount());
}

Result<WorkerProcesses::Outcome>
WorkerProcesses::run(const std::vector<WorkerJob>& jobs, int workers, Progress& progress, const QString& stage)
{
    using R = Result<Outcome>;
    std::vector<qsizetype> offsets;
    qsizetype total = 0;
    for (const WorkerJob& job : jobs) {
        offsets.push_back(total);
        total += job.resultSize;
    }
    SharedArea area(qsizetype(jobs.size()), total);
    if (!area.isValid())
        return R::failure(QCoreApplication::translate("WorkerProcesses", "Not enough memory for the analysis: %1")
                              .arg(QString::fromLocal8Bit(std::strerror(errno))));

    Outcome outcome;
    std::vector<pid_t> children;
    const int wanted = std::clamp(workers, 1, std::max(1, int(jobs.size())));
    for (int w = 1; w < wanted; ++w) {
        const pid_t pid = fork();
        if (pid == 0) {
            // The worker: jobs only, then out without running any destructor of the parent's objects.
            takeJobs(jobs, offsets, area, nullptr, stage);
            _exit(0);
        }
        if (pid < 0)
            break; // fewer workers; this process does the rest
        children.push_back(pid);
    }
    outcome.processes = int(children.size()) + 1;
    Status mine = takeJobs(jobs, offsets, area, &progress, stage);
    if (!mine)
        area.stop().store(1);
    awaitWorkers(children, area, progress, qint64(jobs.size()), stage);
    if (!mine)
        return R::failure(mine.errorString());
    if (progress.isCanceled())
        return R::failure(cancelledMessage());
    // Jobs a worker failed or did not finish (it died): computed here, where a failure has its message.
    for (size_t j = 0; j < jobs.size(); ++j) {
        if (area.state(qsizetype(j)).load() == Done)
            continue;
        if (Status s = jobs[j].work(area.results() + offsets[j]); !s)
            return R::failure(s.errorString());
        if (progress.isCanceled())
            return R::failure(cancelledMessage());
    }
    outcome.results.reserve(jobs.size());
    for (size_t j = 0; j < jobs.size(); ++j) {
        const double* begin = area.results() + offsets[j];
        outcome.results.emplace_back(begin, begin + jobs[j].resultSize);
    }
    return outcome;
}

} // namespace steward
