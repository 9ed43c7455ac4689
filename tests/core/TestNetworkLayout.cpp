// SPDX-License-Identifier: GPL-3.0-or-later
// The network layout: seeded and deterministic, pinned people stay put, ties pull people together,
// DrL for large graphs, Cancel heard; the cache in the database and the undoable drag.
#include "TestWorkspace.h"
#include "network/Network.h"
#include "network/layout/LayoutFilterKey.h"
#include "network/layout/MoveNodeCommand.h"
#include "network/layout/NetworkLayout.h"
#include "storage/Database.h"
#include "storage/NetworkLayoutRepository.h"
#include "storage/SqlQuery.h"
#include "workspace/Workspace.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cmath>
#include <limits>

using namespace steward;
using namespace Qt::StringLiterals;

namespace {

/** Two cliques of `size` people (ids 1..2*size) joined by one tie between their first members. */
Network twoCliques(int size)
{
    QList<NetworkNode> nodes;
    for (int i = 0; i < 2 * size; ++i)
        nodes.append({i + 1, u"P%1"_s.arg(i), i < size ? u"A"_s : u"B"_s, std::nullopt});
    QList<NetworkTie> arcs;
    for (int base : {0, size})
        for (int i = 0; i < size; ++i)
            for (int j = i + 1; j < size; ++j)
                arcs.append({base + i, base + j, 1, 1});
    arcs.append({0, size, 1, 1});
    return Network(nodes, arcs);
}

double distance(const NodePosition& a, const NodePosition& b)
{
    return std::hypot(a.x - b.x, a.y - b.y);
}

class CancelingProgress : public Progress
{
public:
    bool isCanceled() const override { return true; }
};

} // namespace

class TestNetworkLayout : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSamePositions();
    void tiesPullPeopleTogether();
    void pinnedPeopleStayPut();
    void largeGraphsUseDrl();
    void cancelStops();
    void emptyNetwork();
    void filterKeyIgnoresOrder();
    void cacheRoundTrip();
    void cacheRefusesInvalidPositions();
    void dragIsUndoable();

private:
    std::unique_ptr<Workspace> openWorkspace(QTemporaryDir& dir, qint64& communityId, int people);
};

void TestNetworkLayout::sameSeedSamePositions()
{
    const Network network = twoCliques(6);
    auto first = NetworkLayout::compute(network, {7});
    auto second = NetworkLayout::compute(network, {7});
    auto other = NetworkLayout::compute(network, {8});
    QVERIFY2(first, qPrintable(first.errorString()));
    QVERIFY(second && other);
    QCOMPARE(first->algorithm, u"fruchterman-reingold"_s);
    QCOMPARE(first->seed, 7u);
    QCOMPARE(first->positions.size(), 12);
    QCOMPARE(first->positions, second->positions);
    QVERIFY(first->positions != other->positions);
    for (const NodePosition& p : first->positions) {
        QVERIFY(std::isfinite(p.x) && std::isfinite(p.y));
        QVERIFY(!p.pinned);
    }
}

void TestNetworkLayout::tiesPullPeopleTogether()
{
    auto layout = NetworkLayout::compute(twoCliques(8));
    QVERIFY(layout);
    double inside = 0, across = 0;
    int insideCount = 0, acrossCount = 0;
    const auto& p = layout->positions;
    for (int i = 0; i < 16; ++i)
        for (int j = i + 1; j < 16; ++j) {
            const bool same = (i < 8) == (j < 8);
            (same ? inside : across) += distance(p.at(i), p.at(j));
            ++(same ? insideCount : acrossCount);
        }
    QVERIFY2(inside / insideCount * 1.5 < across / acrossCount,
             qPrintable(u"inside %1, across %2"_s.arg(inside / insideCount).arg(across / acrossCount)));
}

void TestNetworkLayout::pinnedPeopleStayPut()
{
    const Network network = twoCliques(5);
    auto free = NetworkLayout::compute(network);
    QVERIFY(free);
    LayoutPositions previous = *free;
    previous.positions[3] = {4, 40.5, -12.25, true};
    auto again = NetworkLayout::compute(network, {}, previous);
    QVERIFY2(again, qPrintable(again.errorString()));
    QCOMPARE(again->positions.at(3), (NodePosition{4, 40.5, -12.25, true}));
    // Person 4's clique-mates are drawn toward where they were pinned.
    const double before = distance(free->positions.at(1), {0, 40.5, -12.25, false});
    const double after = distance(again->positions.at(1), {0, 40.5, -12.25, false});
    QVERIFY2(after < before, qPrintable(u"%1 !< %2"_s.arg(after).arg(before)));
}

void TestNetworkLayout::largeGraphsUseDrl()
{
    const Network network = twoCliques(10);
    NetworkLayoutOptions options;
    options.largeGraphNodes = 10;
    auto first = NetworkLayout::compute(network, options);
    auto second = NetworkLayout::compute(network, options);
    QVERIFY2(first, qPrintable(first.errorString()));
    QCOMPARE(first->algorithm, u"drl"_s);
    QCOMPARE(first->positions.size(), 20);
    QCOMPARE(first->positions, second->positions);
}

void TestNetworkLayout::cancelStops()
{
    CancelingProgress cancel;
    auto layout = NetworkLayout::compute(twoCliques(4), {}, {}, cancel);
    QVERIFY(!layout);
    QCOMPARE(layout.errorString(), u"The layout was canceled."_s);
}

void TestNetworkLayout::emptyNetwork()
{
    auto layout = NetworkLayout::compute(Network());
    QVERIFY2(layout, qPrintable(layout.errorString()));
    QVERIFY(layout->positions.isEmpty());
    Network one({{5, u"Solo"_s, {}, std::nullopt}}, {});
    auto single = NetworkLayout::compute(one);
    QVERIFY(single);
    QCOMPARE(single->positions.size(), 1);
    QCOMPARE(single->positions.first().personId, 5);
}

void TestNetworkLayout::filterKeyIgnoresOrder()
{
    InteractionFilter a{1, {}, {}, {u"reply"_s, u"mention"_s}, {u"slack"_s}, {}};
    InteractionFilter b{1, QDate(2026, 1, 1), QDate(2026, 3, 1), {u"Mention "_s, u"reply"_s}, {u"slack"_s}, {}};
    QCOMPARE(LayoutFilterKey::of(a), LayoutFilterKey::of(b));
    InteractionFilter c = a;
    c.platforms = {u"github"_s};
    QVERIFY(LayoutFilterKey::of(a) != LayoutFilterKey::of(c));
    QVERIFY(LayoutFilterKey::of(a) != LayoutFilterKey::of(a, true));
}

std::unique_ptr<Workspace> TestNetworkLayout::openWorkspace(QTemporaryDir& dir, qint64& communityId, int people)
{
    auto workspace =
        Workspace::open(dir.filePath(u"layout.steward"_s), Database::OpenMode::CreateIfMissing, test::fixedClock());
    if (!workspace)
        return nullptr;
    QSqlDatabase db = (*workspace)->database().connection();
    communityId = runQuery(db, u"INSERT INTO community (name) VALUES ('Guild')"_s)->lastInsertId().toLongLong();
    for (int i = 1; i <= people; ++i)
        runQuery(db, u"INSERT INTO person (id, name) VALUES (?, ?)"_s, {i, u"P%1"_s.arg(i)});
    return std::move(workspace).value();
}

void TestNetworkLayout::cacheRoundTrip()
{
    QTemporaryDir dir;
    qint64 community = 0;
    auto workspace = openWorkspace(dir, community, 12);
    QVERIFY(workspace);
    NetworkLayoutRepository repository(workspace->database());
    QVERIFY(!repository.find(community, u"k"_s)->has_value());
    auto layout = NetworkLayout::compute(twoCliques(6), {3});
    QVERIFY(layout);
    const QDateTime at = test::fixedNow();
    auto id = repository.save(community, u"k"_s, *layout, at);
    QVERIFY2(id, qPrintable(id.errorString()));
    auto found = repository.find(community, u"k"_s);
    QVERIFY(found && found->has_value());
    QCOMPARE((*found)->id, *id);
    QCOMPARE((*found)->computedAt, at.toUTC());
    QCOMPARE((*found)->layout.algorithm, layout->algorithm);
    QCOMPARE((*found)->layout.seed, 3u);
    QCOMPARE((*found)->layout.positions, layout->positions);
    // Saving again replaces the layout for the key, not adds a second one.
    LayoutPositions smaller{u"circle"_s, 1, {{1, 0, 0, false}}};
    QVERIFY(repository.save(community, u"k"_s, smaller, at));
    QCOMPARE((*repository.find(community, u"k"_s))->layout.positions.size(), 1);
    QVERIFY(!repository.find(community, u"other"_s)->has_value());
}

void TestNetworkLayout::cacheRefusesInvalidPositions()
{
    QTemporaryDir dir;
    qint64 community = 0;
    auto workspace = openWorkspace(dir, community, 2);
    QVERIFY(workspace);
    NetworkLayoutRepository repository(workspace->database());
    const double nan = std::numeric_limits<double>::quiet_NaN();
    LayoutPositions bad{u"circle"_s, 1, {{1, 0, 0, false}, {2, nan, 1, false}}};
    auto saved = repository.save(community, u"k"_s, bad, test::fixedNow());
    QVERIFY(!saved);
    QCOMPARE(saved.errorString(), u"The layout has no valid position for person 2."_s);
    QVERIFY(!repository.find(community, u"k"_s)->has_value());
}

void TestNetworkLayout::dragIsUndoable()
{
    QTemporaryDir dir;
    qint64 community = 0;
    auto workspace = openWorkspace(dir, community, 2);
    QVERIFY(workspace);
    NetworkLayoutRepository repository(workspace->database());
    LayoutPositions layout{u"fruchterman-reingold"_s, 1, {{1, 1, 2, false}, {2, 3, 4, false}}};
    const qint64 id = *repository.save(community, u"k"_s, layout, test::fixedNow());
    NodePosition seen;
    auto command = std::make_unique<MoveNodeCommand>(
        *workspace, id, layout.positions.at(1), NodePosition{2, 9, 8, false}, [&seen](const NodePosition& p) {
            seen = p;
        });
    QVERIFY(workspace->perform(std::move(command)));
    QCOMPARE(**repository.position(id, 2), (NodePosition{2, 9, 8, true}));
    QCOMPARE(seen, (NodePosition{2, 9, 8, true}));
    workspace->undoStack()->undo();
    QCOMPARE(**repository.position(id, 2), (NodePosition{2, 3, 4, false}));
    QCOMPARE(seen, (NodePosition{2, 3, 4, false}));
    workspace->undoStack()->redo();
    QCOMPARE(**repository.position(id, 2), (NodePosition{2, 9, 8, true}));
}

QTEST_GUILESS_MAIN(TestNetworkLayout)
#include "TestNetworkLayout.moc"
