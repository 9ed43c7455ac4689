// SPDX-License-Identifier: GPL-3.0-or-later
// Times the network engine end to end against igraph alone (issue 5):
//  - 10,000 people / 50,000 ties: `steward-cli network metrics` (read from SQLite, build, compute every
//    metric, write JSON) with one worker per core and with --jobs 1, against the same metrics called
//    straight from igraph's C API in one thread;
//  - 100,000 people / 500,000 ties with --betweenness-samples K: time, reported error and memory.
// People sit in departments of 100 with 70% of their ties inside, as in an organisation.
// Usage: bench_network [--runs N] [--samples K] [--skip-large] [--skip-check] [--people N --ties M]
//        (prints a Markdown table for the README; takes some minutes)
#include "common/SeededRandom.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <igraph.h>

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

using namespace steward;
using namespace Qt::StringLiterals;

namespace {

constexpr int kDepartment = 100;
constexpr double kInside = 0.7;

struct Workload
{
    int people = 0;
    std::vector<igraph_integer_t> ends; // two per tie
    std::vector<double> weights;
};

Workload generate(int people, int ties, quint64 seed)
{
    SeededRandom random(seed);
    Workload w;
    w.people = people;
    QSet<quint64> seen;
    while (int(w.weights.size()) < ties) {
        const int a = random.bounded(people);
        const int department = a / kDepartment;
        const int size = std::min(kDepartment, people - department * kDepartment);
        const int b = random.chance(kInside) ? department * kDepartment + random.bounded(size) : random.bounded(people);
        const quint64 key = quint64(std::min(a, b)) << 32 | quint64(std::max(a, b));
        if (a == b || seen.contains(key))
            continue;
        seen.insert(key);
        w.ends.push_back(a);
        w.ends.push_back(b);
        w.weights.push_back(1 + random.bounded(3));
    }
    return w;
}

void writeCsv(const Workload& w, const QString& peoplePath, const QString& interactionsPath)
{
    QFile people(peoplePath);
    QFile interactions(interactionsPath);
    if (!people.open(QIODevice::WriteOnly) || !interactions.open(QIODevice::WriteOnly))
        qFatal("cannot write the workload");
    QByteArray text = "name,email,team\n";
    for (int i = 0; i < w.people; ++i)
        text += "Person " + QByteArray::number(i) + ",p" + QByteArray::number(i) + "@example.org,Department "
                + QByteArray::number(i / kDepartment) + "\n";
    people.write(text);
    text = "source,target,weight,timestamp,kind,channel\n";
    for (size_t t = 0; t < w.weights.size(); ++t)
        text += "p" + QByteArray::number(qint64(w.ends[2 * t])) + "@example.org,p"
                + QByteArray::number(qint64(w.ends[2 * t + 1])) + "@example.org," + QByteArray::number(w.weights[t])
                + ",2026-0" + QByteArray::number(1 + t % 9) + "-1" + QByteArray::number(t % 10) + ",reply,#big\n";
    interactions.write(text);
}

struct Run
{
    double seconds = 0;
    double cpuSeconds = 0; // user + system, its workers included
    long peakMiB = 0;
};

/** Runs steward-cli to the end; wall time and the peak resident memory of it and its workers. */
Run cli(const QStringList& arguments)
{
    QList<QByteArray> bytes = {QByteArray(STEWARD_CLI_PATH)};
    for (const QString& a : arguments)
        bytes.append(a.toUtf8());
    std::vector<char*> argv;
    for (QByteArray& b : bytes)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    // Its summaries would mix with the table: standard output goes nowhere, errors stay visible.
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        qFatal("cannot start steward-cli");
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    const double cpu = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
                       + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    Run run{timer.nsecsElapsed() / 1e9, cpu, usage.ru_maxrss / 1024};
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        qFatal("steward-cli %s failed", qPrintable(arguments.join(u' ')));
    return run;
}

/**
 * The same metrics straight from igraph's C API, one thread: the yardstick. With samples > 0 the path
 * metrics are igraph_betweenness_subset and igraph_distances from that many sources, as ours are.
 */
double processCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

/** Wall and CPU seconds of one measurement. */
struct Time
{
    double wall = 0;
    double cpu = 0;
};

Time igraphAlone(const Workload& w, int samples)
{
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = processCpuSeconds();
    igraph_vector_int_t edges;
    igraph_vector_int_view(&edges, w.ends.data(), igraph_integer_t(w.ends.size()));
    igraph_t g;
    igraph_create(&g, &edges, w.people, IGRAPH_UNDIRECTED);
    igraph_vector_t weights;
    igraph_vector_view(&weights, w.weights.data(), igraph_integer_t(w.weights.size()));
    igraph_vector_t out;
    igraph_vector_int_t ints;
    igraph_vector_init(&out, 0);
    igraph_vector_int_init(&ints, 0);
    igraph_degree(&g, &ints, igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS);
    igraph_strength(&g, &out, igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS, &weights);
    if (samples > 0) {
        igraph_vector_int_t sources;
        igraph_vector_int_init_range(&sources, 0, samples);
        igraph_betweenness_subset(
            &g, &out, igraph_vss_all(), false, igraph_vss_vector(&sources), igraph_vss_all(), nullptr);
        igraph_matrix_t distances;
        igraph_matrix_init(&distances, 0, 0);
        for (igraph_integer_t s = 0; s < samples; s += 64) {
            igraph_vector_int_t chunk;
            igraph_vector_int_init_range(&chunk, s, std::min<igraph_integer_t>(s + 64, samples));
            igraph_distances(&g, &distances, igraph_vss_vector(&chunk), igraph_vss_all(), IGRAPH_ALL);
            igraph_vector_int_destroy(&chunk);
        }
        igraph_matrix_destroy(&distances);
        igraph_vector_int_destroy(&sources);
    } else {
        igraph_betweenness(&g, &out, igraph_vss_all(), false, nullptr);
        igraph_closeness(&g, &out, nullptr, nullptr, igraph_vss_all(), IGRAPH_ALL, nullptr, true);
        igraph_harmonic_centrality(&g, &out, igraph_vss_all(), IGRAPH_ALL, nullptr, false);
    }
    igraph_transitivity_local_undirected(&g, &out, igraph_vss_all(), IGRAPH_TRANSITIVITY_ZERO);
    igraph_coreness(&g, &ints, IGRAPH_ALL);
    igraph_real_t value = 0;
    igraph_eigenvector_centrality(&g, &out, &value, false, true, nullptr, nullptr);
    igraph_constraint(&g, &out, igraph_vss_all(), nullptr);
    igraph_adjacent_triangles(&g, &out, igraph_vss_all());
    igraph_rng_seed(igraph_rng_default(), 1);
    igraph_community_multilevel(&g, nullptr, 1, &ints, nullptr, nullptr);
    igraph_modularity(&g, &ints, nullptr, 1, false, &value);
    igraph_articulation_points(&g, &ints);
    igraph_integer_t components = 0;
    igraph_connected_components(&g, nullptr, nullptr, &components, IGRAPH_WEAK);
    igraph_transitivity_undirected(&g, &value, IGRAPH_TRANSITIVITY_ZERO);
    igraph_transitivity_avglocal_undirected(&g, &value, IGRAPH_TRANSITIVITY_ZERO);
    igraph_density(&g, &value, false);
    igraph_vector_int_destroy(&ints);
    igraph_vector_destroy(&out);
    igraph_destroy(&g);
    return {timer.nsecsElapsed() / 1e9, processCpuSeconds() - cpuStart};
}

/**
 * The machine check: igraph alone once, then two copies at the same moment (a fork), wall and CPU of
 * one copy. On a machine whose cores really run in parallel, both are about the same.
 */
std::pair<Time, Time> twoAtOnce(const Workload& w)
{
    const Time alone = igraphAlone(w, 0);
    const pid_t pid = fork();
    if (pid == 0) {
        igraphAlone(w, 0);
        _exit(0);
    }
    const Time together = igraphAlone(w, 0);
    int status = 0;
    waitpid(pid, &status, 0);
    return {alone, together};
}

struct Scale
{
    int people = 0;
    int ties = 0;
    int samples = 0;
};

struct Figures
{
    double importSeconds = 0;
    Time ours;
    Time oursOneJob;
    Time igraph;
    long peakMiB = 0;
    double betweennessError = 0;
};

/** The median run by wall time. */
Time median(QList<Time> times)
{
    std::sort(times.begin(), times.end(), [](const Time& a, const Time& b) { return a.wall < b.wall; });
    return times.isEmpty() ? Time() : times.at(times.size() / 2);
}

Figures measure(const Scale& scale, int runs, const QTemporaryDir& dir)
{
    const Workload w = generate(scale.people, scale.ties, 2026);
    const QString tag = QString::number(scale.people);
    const QString db = dir.filePath(u"big%1.db"_s.arg(tag));
    writeCsv(w, dir.filePath(u"people%1.csv"_s.arg(tag)), dir.filePath(u"ties%1.csv"_s.arg(tag)));
    cli({u"--db"_s, db, u"init"_s});
    cli({u"--db"_s, db, u"community"_s, u"add"_s, u"Big"_s});
    cli({u"--db"_s, db, u"people"_s, u"import"_s, dir.filePath(u"people%1.csv"_s.arg(tag))});
    Figures f;
    f.importSeconds = cli({u"--db"_s,
                           db,
                           u"interactions"_s,
                           u"import"_s,
                           dir.filePath(u"ties%1.csv"_s.arg(tag)),
                           u"--community"_s,
                           u"Big"_s})
                          .seconds;
    const QString out = dir.filePath(u"metrics%1.json"_s.arg(tag));
    QStringList metrics = {
        u"--db"_s, db, u"network"_s, u"metrics"_s, u"--community"_s, u"Big"_s, u"--format"_s, u"json"_s, u"-o"_s, out};
    if (scale.samples > 0)
        metrics += {u"--betweenness-samples"_s, QString::number(scale.samples)};
    QList<Time> ours;
    QList<Time> oneJob;
    QList<Time> alone;
    for (int r = 0; r < runs; ++r) {
        const Run run = cli(metrics);
        ours.append({run.seconds, run.cpuSeconds});
        f.peakMiB = std::max(f.peakMiB, run.peakMiB);
        if (scale.samples == 0) {
            const Run single = cli(metrics + QStringList{u"--jobs"_s, u"1"_s});
            oneJob.append({single.seconds, single.cpuSeconds});
        }
        alone.append(igraphAlone(w, scale.samples));
    }
    f.ours = median(ours);
    f.oursOneJob = median(oneJob);
    f.igraph = median(alone);
    QFile json(out);
    if (json.open(QIODevice::ReadOnly)) {
        const QJsonObject graph = QJsonDocument::fromJson(json.readAll()).object().value(u"graph"_s).toObject();
        f.betweennessError = graph.value(u"betweenness_error"_s).toDouble();
        if (graph.value(u"edges"_s).toInt() != scale.ties)
            qFatal("the network has %d ties, not %d", graph.value(u"edges"_s).toInt(), scale.ties);
    }
    return f;
}

QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(u' ', 0, 2) : u"?"_s;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&args](const QString& name, int fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 ? args.value(i + 1).toInt() : fallback;
    };
    const int runs = option(u"--runs"_s, 3);
    const int samples = option(u"--samples"_s, 500);
    const Scale medium{option(u"--people"_s, 10000), option(u"--ties"_s, 50000), 0};
    QTemporaryDir dir;
    std::printf("Machine: %d cores, %s; steward-cli %s\n\n",
                QThread::idealThreadCount(),
                qPrintable(QSysInfo::prettyProductName()),
                STEWARD_VERSION);
    std::printf("Wall time (CPU time, workers included). Load average before: %s\n\n", qPrintable(loadAverage()));
    std::printf("| workload | interactions import | network metrics (all cores) | with --jobs 1 | igraph alone, "
                "one thread | peak memory |\n|---|---|---|---|---|---|\n");
    std::fflush(stdout);
    const Figures m = measure(medium, runs, dir);
    std::printf("| %d people, %d ties, exact | %.1f s | %.1f s (%.1f) | %.1f s (%.1f) | %.1f s (%.1f) | %ld MiB |\n",
                medium.people,
                medium.ties,
                m.importSeconds,
                m.ours.wall,
                m.ours.cpu,
                m.oursOneJob.wall,
                m.oursOneJob.cpu,
                m.igraph.wall,
                m.igraph.cpu,
                m.peakMiB);
    std::fflush(stdout);
    if (!args.contains(u"--skip-check"_s)) {
        const auto [alone, together] = twoAtOnce(generate(medium.people, medium.ties, 2026));
        std::printf("\nMachine check, igraph alone on the first workload: one process %.1f s (CPU %.1f s); the same "
                    "with a second copy running at once %.1f s (CPU %.1f s).\n\n",
                    alone.wall,
                    alone.cpu,
                    together.wall,
                    together.cpu);
        std::fflush(stdout);
    }
    if (args.contains(u"--skip-large"_s))
        return 0;
    const Scale large{100000, 500000, samples};
    const Figures l = measure(large, 1, dir);
    std::printf("| %d people, %d ties, %d sampled sources (error %.2g) | %.1f s | %.1f s (%.1f) | - | %.1f s (%.1f) | "
                "%ld MiB |\n",
                large.people,
                large.ties,
                large.samples,
                l.betweennessError,
                l.importSeconds,
                l.ours.wall,
                l.ours.cpu,
                l.igraph.wall,
                l.igraph.cpu,
                l.peakMiB);
    std::printf("\nLoad average after: %s\n", qPrintable(loadAverage()));
    return 0;
}
