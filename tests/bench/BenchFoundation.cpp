// SPDX-License-Identifier: GPL-3.0-or-later
// Times the foundation's promises: GUI start to first paint (against a bare QMainWindow), creating the
// sample, importing 100,000 people from CSV, and opening a 100,000-person workspace's People page.
// Usage: bench_foundation [--runs N]    (prints a Markdown table for the README)
#include "FirstPaintProbe.h"
#include "demo/SampleCommunity.h"
#include "import/PeopleCsvImport.h"
#include "people/PeoplePage.h"
#include "people/PeopleTableModel.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMainWindow>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <sys/resource.h>

using namespace steward;
using namespace Qt::StringLiterals;

namespace {

constexpr int kBigPeople = 100000;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

/** Runs a measurement n times (fresh state each time through setup) and returns the median ms. */
double timeIt(int runs, const std::function<void()>& setup, const std::function<void()>& work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        setup();
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(timer.nsecsElapsed() / 1e6);
    }
    return median(times);
}

struct PaintTimes
{
    double firstPaint = 0;
    double readyPaint = 0;
};

/** Starts a program and timestamps its "first-paint" and "ready-paint" lines. */
PaintTimes timeStartUp(const QString& program, const QStringList& arguments, const QString& configHome)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, configHome);
    env.insert(u"XDG_DATA_HOME"_s, configHome);
    if (!env.contains(u"DISPLAY"_s) && !env.contains(u"QT_QPA_PLATFORM"_s))
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    process.setProcessEnvironment(env);
    PaintTimes times;
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    QByteArray buffer;
    while (times.readyPaint == 0 && process.waitForReadyRead(30000)) {
        buffer += process.readAllStandardOutput();
        const double now = timer.nsecsElapsed() / 1e6;
        if (times.firstPaint == 0 && buffer.contains("first-paint"))
            times.firstPaint = now;
        if (buffer.contains("ready-paint"))
            times.readyPaint = now;
    }
    process.waitForFinished(30000);
    if (times.readyPaint == 0)
        qFatal("%s did not report its paints: %s", qPrintable(program), process.readAllStandardError().constData());
    return times;
}

QByteArray peopleCsv(int rows)
{
    QByteArray csv = "name,email,team,department,title,location,start_date,slack_id,github_login\n";
    csv.reserve(rows * 110);
    for (int i = 0; i < rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        csv += "\"Person " + n + ", Jr\",person" + n + "@example.org,Team " + QByteArray::number(i % 40) + ",Dept "
               + QByteArray::number(i % 5) + ",Engineer,Berlin,2021-03-" + QByteArray::number(10 + i % 18) + ",U" + n
               + ",gh" + n + "\n";
    }
    return csv;
}

std::unique_ptr<Database> openOrDie(const QString& path)
{
    auto db = Database::open(path);
    if (!db)
        qFatal("%s", qPrintable(db.errorString()));
    return std::move(*db);
}

long peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

int runBareWindow(QApplication& app)
{
    QMainWindow window;
    window.resize(1100, 700);
    new FirstPaintProbe(&window, [] { return true; });
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.contains(u"--bare-window"_s))
        return runBareWindow(app);
    const int runs = args.contains(u"--runs"_s) ? args.value(args.indexOf(u"--runs"_s) + 1).toInt() : 5;

    QTemporaryDir dir;
    int counter = 0;
    auto freshPath = [&] { return dir.filePath(u"db%1.steward"_s.arg(++counter)); };

    // 1. Creating the sample.
    std::unique_ptr<Database> db;
    const double sampleMs = timeIt(
        runs,
        [&] { db = openOrDie(freshPath()); },
        [&] { SampleCommunity::create(*db, SampleCommunity::kDefaultSeed); });
    const QString samplePath = db->path();
    db.reset();

    // 2. GUI start-up on the sample, against a bare QMainWindow, both in fresh processes.
    QList<double> bareFirst, appFirst, appReady;
    for (int i = 0; i < runs; ++i) {
        bareFirst.append(timeStartUp(app.applicationFilePath(), {u"--bare-window"_s}, dir.path()).firstPaint);
        const PaintTimes steward =
            timeStartUp(QStringLiteral(STEWARD_GUI_PATH), {u"--exit-after-paint"_s, samplePath}, dir.path());
        appFirst.append(steward.firstPaint);
        appReady.append(steward.readyPaint);
    }

    // 3. Importing 100,000 people from CSV into an empty database.
    const QByteArray csv = peopleCsv(kBigPeople);
    const double importMs = timeIt(
        std::max(1, runs / 2),
        [&] { db = openOrDie(freshPath()); },
        [&] {
            auto result = PeopleCsvImport(*db).importData(csv, u"bench.csv"_s);
            if (!result || result->added != kBigPeople)
                qFatal("import failed: %s", qPrintable(result.errorString()));
        });
    const QString bigPath = db->path();
    db.reset();

    // 4. Opening the 100,000-person workspace and loading its People page.
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<PeoplePage> page;
    const double openMs = timeIt(
        runs,
        [&] {
            page.reset();
            workspace.reset();
        },
        [&] {
            auto opened = Workspace::open(bigPath);
            if (!opened)
                qFatal("%s", qPrintable(opened.errorString()));
            workspace = std::move(*opened);
            page = std::make_unique<PeoplePage>();
            page->setWorkspace(workspace.get());
            if (page->model()->rowCount() != kBigPeople)
                qFatal("the People page shows %d rows", page->model()->rowCount());
        });

    std::printf("| measurement | median of runs |\n|---|---|\n");
    std::printf("| bare QMainWindow: process start to first paint | %.0f ms |\n", median(bareFirst));
    std::printf("| steward on the sample: process start to first paint | %.0f ms |\n", median(appFirst));
    std::printf("| steward on the sample: process start to People page painted with rows | %.0f ms |\n",
                median(appReady));
    std::printf("| creating the sample (120 people, 3 communities, history) | %.0f ms |\n", sampleMs);
    std::printf("| importing a 100,000-row people CSV into an empty database | %.0f ms |\n", importMs);
    std::printf("| opening a 100,000-person workspace and loading the People page | %.0f ms |\n", openMs);
    std::printf("\nruns: %d; platform: %s; cores: %d; peak memory of the benchmark process: %ld MiB; %s\n",
                runs,
                qPrintable(QGuiApplication::platformName()),
                QThread::idealThreadCount(),
                peakRssMiB(),
                qPrintable(QSysInfo::prettyProductName()));
    return 0;
}
