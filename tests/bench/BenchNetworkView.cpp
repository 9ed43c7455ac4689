// SPDX-License-Identifier: GPL-3.0-or-later
// The network view's speed goals (issue 6), measured on generated workspaces:
//   2,000 people / 10,000 ties: open with a cached layout (< 300 ms), a fresh layout (< 3 s), a full
//   repaint offscreen (< 30 ms); 10,000 people / 50,000 ties: a full repaint (< 100 ms).
//   bench_network_view [--frames N]
// "Open" is what the page does before the first paint: load the networks and the cached layout on
// its own connection, build the picture, paint it. The metrics follow asynchronously (also timed).
#include "common/SeededRandom.h"
#include "network/NetworkPictureBuilder.h"
#include "network/NetworkView.h"
#include "network/layout/NetworkLayout.h"
#include "network/layout/NetworkViewLoader.h"
#include "storage/Database.h"
#include "storage/InteractionRepository.h"
#include "storage/PersonRepository.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace steward;
using namespace Qt::StringLiterals;

namespace {

constexpr QSize kViewSize(1280, 800);

/** Teams of 25; four ties in five stay within the team, weights 1 to 5, a year of days. */
QString createWorkspace(const QTemporaryDir& dir, int people, int ties, qint64& communityId)
{
    const QString path = dir.filePath(u"bench-%1.steward"_s.arg(people));
    auto database = Database::open(path);
    if (!database)
        qFatal("%s", qPrintable(database.errorString()));
    QSqlDatabase db = (*database)->connection();
    Transaction transaction(db);
    communityId = runQuery(db, u"INSERT INTO community (name) VALUES ('Bench')"_s)->lastInsertId().toLongLong();
    QList<Person> persons;
    for (int i = 0; i < people; ++i) {
        Person p;
        p.name = u"Person %1"_s.arg(i);
        p.team = u"Team %1"_s.arg(i / 25);
        persons.append(p);
    }
    if (Status s = PersonRepository(**database).saveAll(persons); !s)
        qFatal("%s", qPrintable(s.errorString()));
    // Everyone is a member, as in a real community (the network's people come from the members).
    auto member = runQuery(db,
                           u"INSERT INTO membership (person_id, community_id, level, joined) VALUES (?,?,?,?)"_s,
                           {persons.first().id, communityId, u"active"_s, u"2025-01-01"_s});
    for (qsizetype i = 1; i < persons.size(); ++i)
        rerunQuery(*member, {persons.at(i).id, communityId, u"active"_s, u"2025-01-01"_s});
    SeededRandom random(42);
    QSet<QPair<int, int>> seen;
    QList<Interaction> interactions;
    while (interactions.size() < ties) {
        const int a = random.bounded(people);
        const int team = a / 25;
        int b = random.bounded(5) < 4 ? team * 25 + random.bounded(25) : random.bounded(people);
        b = qMin(b, people - 1);
        if (a == b || seen.contains({qMin(a, b), qMax(a, b)}))
            continue;
        seen.insert({qMin(a, b), qMax(a, b)});
        Interaction i;
        i.communityId = communityId;
        i.sourceId = persons.at(a).id;
        i.targetId = persons.at(b).id;
        i.kind = u"reply"_s;
        i.platform = u"slack"_s;
        i.occurred = QDate(2026, 1, 1).addDays(random.bounded(365)).toString(Qt::ISODate);
        i.weight = 1 + random.bounded(5);
        interactions.append(i);
    }
    if (Status s = InteractionRepository(**database).addAll(interactions); !s)
        qFatal("%s", qPrintable(s.errorString()));
    if (Status s = transaction.commit(); !s)
        qFatal("%s", qPrintable(s.errorString()));
    return path;
}

double ms(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

/** Median time of a full repaint of the view into an image, as a frame would be. */
double frameTime(const NetworkView& view, int frames)
{
    QImage image(kViewSize, QImage::Format_ARGB32_Premultiplied);
    QList<double> times;
    for (int f = 0; f < frames; ++f) {
        QElapsedTimer t;
        t.start();
        QPainter painter(&image);
        view.render(painter);
        painter.end();
        times.append(ms(t));
    }
    return median(times);
}

struct Figures
{
    double freshLayout = 0; // load + layout + cache write
    double layoutAlone = 0;
    QString algorithm;
    double cachedOpen = 0; // load with cache + picture + first paint
    double metrics = 0;    // analysis that follows the first paint
    double frameFit = 0;
    double frameZoomed = 0;
};

Figures measure(const QTemporaryDir& dir, int people, int ties, int frames, bool full)
{
    Figures f;
    qint64 community = 0;
    NetworkViewRequest request;
    request.databasePath = createWorkspace(dir, people, ties, community);
    request.filter.communityId = community;
    QElapsedTimer t;
    t.start();
    auto fresh = NetworkViewLoader::load(request);
    f.freshLayout = ms(t);
    if (!fresh)
        qFatal("%s", qPrintable(fresh.errorString()));
    f.algorithm = fresh->layout.algorithm;
    t.restart();
    auto alone = NetworkLayout::compute(fresh->window);
    f.layoutAlone = ms(t);

    NetworkView view;
    view.resize(kViewSize);
    t.restart();
    auto cached = NetworkViewLoader::load(request);
    if (!cached || !cached->layoutFromCache)
        qFatal("the second load did not use the cache");
    view.setPicture(NetworkPictureBuilder::build(cached->layout.byPerson(), cached->window, nullptr, nullptr, {}));
    QImage first(kViewSize, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&first);
    view.render(painter);
    painter.end();
    f.cachedOpen = ms(t);

    if (full) {
        t.restart();
        auto analysed = NetworkViewLoader::analyse(cached->window, false);
        f.metrics = ms(t);
        if (analysed)
            view.setPicture(NetworkPictureBuilder::build(
                cached->layout.byPerson(), cached->window, &analysed->metrics, &analysed->findings, {}));
    } else {
        // Sizes from degree alone: the look of a finished view without waiting for betweenness here.
        view.setPicture(NetworkPictureBuilder::build(cached->layout.byPerson(), cached->window, nullptr, nullptr, {}));
    }
    view.fitToView();
    f.frameFit = frameTime(view, frames);
    view.zoomBy(4);
    f.frameZoomed = frameTime(view, frames);
    return f;
}

QString cpuModel()
{
    QFile file(u"/proc/cpuinfo"_s);
    if (!file.open(QIODevice::ReadOnly))
        return u"?"_s;
    for (const QByteArray& line : file.readAll().split('\n'))
        if (line.startsWith("model name"))
            return QString::fromLatin1(line.mid(line.indexOf(':') + 1)).trimmed();
    return u"?"_s;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int frames = args.contains(u"--frames"_s) ? args.value(args.indexOf(u"--frames"_s) + 1).toInt() : 15;
    QTemporaryDir dir;
    std::printf("Machine: %s, %d cores, %s, Qt %s, platform %s\n\n",
                qPrintable(cpuModel()),
                QThread::idealThreadCount(),
                qPrintable(QSysInfo::prettyProductName()),
                qVersion(),
                qPrintable(QGuiApplication::platformName()));
    std::printf("| workload | fresh layout (load, lay out, cache) | layout alone | open with cached layout "
                "(to first paint) | metrics after it | repaint, fitted | repaint, zoomed in 4x |\n"
                "|---|---|---|---|---|---|---|\n");
    const struct
    {
        int people, ties;
        bool full;
    } workloads[] = {{2000, 10000, true}, {10000, 50000, false}};
    for (const auto& w : workloads) {
        const Figures f = measure(dir, w.people, w.ties, frames, w.full);
        std::printf("| %d people, %d ties | %.0f ms | %.0f ms (%s) | %.0f ms | %s | %.1f ms | %.1f ms |\n",
                    w.people,
                    w.ties,
                    f.freshLayout,
                    f.layoutAlone,
                    qPrintable(f.algorithm),
                    f.cachedOpen,
                    w.full ? qPrintable(u"%1 ms"_s.arg(f.metrics, 0, 'f', 0)) : "not measured",
                    f.frameFit,
                    f.frameZoomed);
        std::fflush(stdout);
    }
    return 0;
}
