// SPDX-License-Identifier: GPL-3.0-or-later
// Every undoable edit through Workspace: undo and redo move the database exactly back and forth.
#include "DatabaseDump.h"
#include "TestWorkspace.h"
#include "demo/SampleCommunity.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "workspace/Workspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;

namespace {

/** Everything the repositories can see, ids included: equal snapshots mean an identical workspace. */
struct Snapshot
{
    QList<Person> people;
    QList<Community> communities;
    QList<Membership> memberships;
    QList<LevelChange> history;

    bool operator==(const Snapshot&) const = default;
};

Result<Snapshot> snapshot(const Workspace& workspace)
{
    using R = Result<Snapshot>;
    Snapshot s;
    auto people = workspace.people().all();
    auto communities = workspace.communities().all();
    if (!people || !communities)
        return R::failure(people.errorString() + communities.errorString());
    s.people = *people;
    s.communities = *communities;
    for (const Person& p : std::as_const(s.people)) {
        auto memberships = workspace.memberships().forPerson(p.id);
        if (!memberships)
            return R::failure(memberships.errorString());
        for (const Membership& m : std::as_const(*memberships)) {
            auto history = workspace.memberships().history(m.id);
            if (!history)
                return R::failure(history.errorString());
            s.memberships.append(m);
            s.history += *history;
        }
    }
    return s;
}

QString describe(const Snapshot& s)
{
    QStringList lines;
    for (const Person& p : s.people)
        lines << QStringLiteral("person %1 %2 <%3> team=%4").arg(p.id).arg(p.name, p.email, p.team);
    for (const Community& c : s.communities)
        lines << QStringLiteral("community %1 %2 domain=%3").arg(c.id).arg(c.name, c.domain);
    for (const Membership& m : s.memberships) {
        lines << QStringLiteral("membership %1 p%2 c%3 %4 joined=%5")
                     .arg(m.id)
                     .arg(m.personId)
                     .arg(m.communityId)
                     .arg(participationLevelKey(m.level), m.joined.toString(Qt::ISODate));
    }
    for (const LevelChange& c : s.history) {
        lines << QStringLiteral("change %1 m%2 %3 %4->%5 %6")
                     .arg(c.id)
                     .arg(c.membershipId)
                     .arg(c.date.toString(Qt::ISODate),
                          c.from ? participationLevelKey(*c.from) : QStringLiteral("-"),
                          participationLevelKey(c.to),
                          c.reason);
    }
    return lines.join(QLatin1Char('\n'));
}

#define COMPARE_SNAPSHOT(workspace, expected)                                                                          \
    do {                                                                                                               \
        const auto now_ = snapshot(workspace);                                                                         \
        QVERIFY2(now_, qPrintable(now_.errorString()));                                                                \
        QVERIFY2(*now_ == (expected),                                                                                  \
                 qPrintable(QStringLiteral("\nnow:\n%1\nexpected:\n%2").arg(describe(*now_), describe(expected))));    \
    } while (false)

enum class Edit
{
    AddPerson,
    EditPerson,
    RemovePerson,
    AddCommunity,
    EditCommunity,
    JoinAtLevel,
    ChangeLevel,
};

/** A small workspace every edit works on; its ids are fixed by the order of creation. */
struct Base
{
    qint64 ada = 0;   // member of both communities, with history
    qint64 grace = 0; // member of the guild only
    qint64 kim = 0;   // no memberships
    qint64 guild = 0;
    qint64 circle = 0;
};

Person named(const QString& name, const QString& email)
{
    Person p;
    p.name = name;
    p.email = email;
    return p;
}

Community community(const QString& name)
{
    Community c;
    c.name = name;
    c.domain = QStringLiteral("Craft");
    return c;
}

Result<Base> buildBase(Workspace& workspace)
{
    using R = Result<Base>;
    Base base;
    auto ada = workspace.addPerson(named(QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.org")));
    auto grace = workspace.addPerson(named(QStringLiteral("Grace Hopper"), QStringLiteral("grace@example.org")));
    auto kim = workspace.addPerson(named(QStringLiteral("Kim Park"), QStringLiteral("kim@example.org")));
    auto guild = workspace.addCommunity(community(QStringLiteral("Testing Guild")));
    auto circle = workspace.addCommunity(community(QStringLiteral("Design Circle")));
    if (!ada || !grace || !kim || !guild || !circle)
        return R::failure(QStringLiteral("could not add the base people and communities"));
    base = {*ada, *grace, *kim, *guild, *circle};
    const QDate day(2026, 1, 5);
    for (Status s : {workspace.setLevel(base.guild, base.ada, ParticipationLevel::Observer, day, QStringLiteral("hi")),
                     workspace.setLevel(base.guild, base.ada, ParticipationLevel::Core, day.addDays(30), QString()),
                     workspace.setLevel(base.circle, base.ada, ParticipationLevel::Active, day, QStringLiteral("x")),
                     workspace.setLevel(base.guild, base.grace, ParticipationLevel::Steward, day, QString())}) {
        if (!s)
            return R::failure(s.errorString());
    }
    // The base is the starting point, not part of what the test undoes.
    workspace.undoStack()->clear();
    return base;
}

Status perform(Edit edit, Workspace& workspace, const Base& base)
{
    switch (edit) {
    case Edit::AddPerson: {
        Person p = named(QStringLiteral("Noor Haddad"), QStringLiteral("noor@example.org"));
        p.startDate = QDate(2026, 2, 1);
        auto id = workspace.addPerson(p);
        return id ? Status() : Status::failure(id.errorString());
    }
    case Edit::EditPerson: {
        Person p = **workspace.people().find(base.grace);
        p.email = QStringLiteral("g.hopper@example.org");
        p.team = QStringLiteral("Compilers");
        p.startDate = QDate(2020, 1, 15);
        return workspace.editPerson(p);
    }
    case Edit::RemovePerson:
        return workspace.removePerson(base.ada);
    case Edit::AddCommunity: {
        auto id = workspace.addCommunity(community(QStringLiteral("Rust Circle")));
        return id ? Status() : Status::failure(id.errorString());
    }
    case Edit::EditCommunity: {
        Community c = **workspace.communities().find(base.guild);
        c.name = QStringLiteral("Quality Guild");
        c.cadence = QStringLiteral("Weekly");
        return workspace.editCommunity(c);
    }
    case Edit::JoinAtLevel:
        return workspace.setLevel(
            base.guild, base.kim, ParticipationLevel::Peripheral, QDate(2026, 3, 1), QStringLiteral("joined"));
    case Edit::ChangeLevel:
        return workspace.setLevel(
            base.guild, base.grace, ParticipationLevel::Active, QDate(2026, 3, 1), QStringLiteral("stepping back"));
    }
    return Status::failure(QStringLiteral("unknown edit"));
}

std::unique_ptr<Workspace> openWorkspace(const QTemporaryDir& dir)
{
    auto workspace = Workspace::open(
        dir.filePath(QStringLiteral("undo.steward")), Database::OpenMode::CreateIfMissing, test::fixedClock());
    if (!workspace) {
        qWarning("%s", qPrintable(workspace.errorString()));
        return nullptr;
    }
    return std::move(*workspace);
}

} // namespace

Q_DECLARE_METATYPE(Edit)

class TestWorkspaceUndo : public QObject
{
    Q_OBJECT

private slots:
    void undoAndRedoAreExact_data();
    void undoAndRedoAreExact();
    void removingPersonRestoresSameIds();
    void removingPersonRestoresEverythingTheirs();
    void signalsOnEditUndoRedo_data();
    void signalsOnEditUndoRedo();
    void failedEditPushesNothing_data();
    void failedEditPushesNothing();
    void unchangedEditPushesNothing();
    void undoThatCannotHappenIsReported();
};

void TestWorkspaceUndo::undoAndRedoAreExact_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addRow("add person") << Edit::AddPerson;
    QTest::addRow("edit person") << Edit::EditPerson;
    QTest::addRow("remove person with memberships") << Edit::RemovePerson;
    QTest::addRow("add community") << Edit::AddCommunity;
    QTest::addRow("edit community") << Edit::EditCommunity;
    QTest::addRow("set level, joining") << Edit::JoinAtLevel;
    QTest::addRow("set level, changing") << Edit::ChangeLevel;
}

void TestWorkspaceUndo::undoAndRedoAreExact()
{
    QFETCH(Edit, edit);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto workspace = openWorkspace(dir);
    QVERIFY(workspace);
    auto base = buildBase(*workspace);
    QVERIFY2(base, qPrintable(base.errorString()));
    QUndoStack* stack = workspace->undoStack();
    QCOMPARE(stack->count(), 0);

    const auto before = snapshot(*workspace);
    QVERIFY(before);
    const Status done = perform(edit, *workspace, *base);
    QVERIFY2(done, qPrintable(done.errorString()));
    QCOMPARE(stack->count(), 1);
    QVERIFY(!stack->text(0).isEmpty());
    const auto after = snapshot(*workspace);
    QVERIFY(after);
    QVERIFY2(*after != *before, "the edit changed nothing");

    // Twice round, so a command that only works the first time is caught.
    for (int round = 0; round < 2; ++round) {
        QVERIFY(stack->canUndo());
        stack->undo();
        COMPARE_SNAPSHOT(*workspace, *before);
        QCOMPARE(stack->index(), 0);
        QVERIFY(stack->canRedo());
        stack->redo();
        COMPARE_SNAPSHOT(*workspace, *after);
        QCOMPARE(stack->index(), 1);
    }
    QCOMPARE(stack->count(), 1);
}

void TestWorkspaceUndo::removingPersonRestoresSameIds()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto workspace = openWorkspace(dir);
    QVERIFY(workspace);
    auto base = buildBase(*workspace);
    QVERIFY2(base, qPrintable(base.errorString()));
    const MembershipRepository& memberships = workspace->memberships();
    const QList<Membership> adaMemberships = *memberships.forPerson(base->ada);
    QCOMPARE(adaMemberships.size(), 2);
    QList<LevelChange> adaHistory;
    for (const Membership& m : adaMemberships)
        adaHistory += *memberships.history(m.id);
    QCOMPARE(adaHistory.size(), 3);
    const Person ada = **workspace->people().find(base->ada);

    QVERIFY(workspace->removePerson(base->ada));
    QVERIFY(!workspace->people().find(base->ada)->has_value());
    QVERIFY(memberships.forPerson(base->ada)->isEmpty());
    for (const Membership& m : adaMemberships)
        QVERIFY(memberships.history(m.id)->isEmpty());

    workspace->undoStack()->undo();
    QCOMPARE(**workspace->people().find(base->ada), ada);
    QCOMPARE(*memberships.forPerson(base->ada), adaMemberships);
    QList<LevelChange> restored;
    for (const Membership& m : adaMemberships)
        restored += *memberships.history(m.id);
    QCOMPARE(restored, adaHistory);
}

// On the sample a person has much more than memberships: interactions, attendance, pairings, seats, goals,
// artefacts and reviews, recognition. Deleting cascades to all of it; undo must bring every row back.
void TestWorkspaceUndo::removingPersonRestoresEverythingTheirs()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.steward"));
    {
        auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
        QVERIFY2(db, qPrintable(db.errorString()));
        auto sample = SampleCommunity::create(**db, SampleCommunity::kDefaultSeed, test::fixedClock());
        QVERIFY2(sample, qPrintable(sample.errorString()));
    }
    auto workspace = Workspace::open(path, Database::OpenMode::ExistingOnly, test::fixedClock());
    QVERIFY2(workspace, qPrintable(workspace.errorString()));
    const QSqlDatabase db = (*workspace)->database().connection();
    // The person with the most interactions, so the cascade reaches far.
    auto busiest = runQuery(db,
                            QStringLiteral("SELECT person, count(*) AS n FROM (SELECT source_id AS person FROM "
                                           "interaction UNION ALL SELECT target_id FROM interaction) "
                                           "GROUP BY person ORDER BY n DESC, person LIMIT 1"));
    QVERIFY(busiest && busiest->next());
    const qint64 person = busiest->value(0).toLongLong();
    const auto before = test::dumpDatabase(db);

    QSignalSpy errors(workspace->get(), &Workspace::errorOccurred);
    const Status removal = (*workspace)->removePerson(person);
    QVERIFY2(removal, qPrintable(removal.errorString()));
    const auto removed = test::dumpDatabase(db);
    QVERIFY(removed.value(QStringLiteral("interaction")).size() < before.value(QStringLiteral("interaction")).size());
    (*workspace)->undoStack()->undo();
    test::compareDumps(before, test::dumpDatabase(db));
    (*workspace)->undoStack()->redo();
    QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).value(0).toString()));
    test::compareDumps(removed, test::dumpDatabase(db));
    (*workspace)->undoStack()->undo();
    test::compareDumps(before, test::dumpDatabase(db));
}

void TestWorkspaceUndo::signalsOnEditUndoRedo_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<int>("peopleSignals");
    QTest::addColumn<int>("communitySignals");
    QTest::addColumn<QString>("membershipCommunities"); // "guild", "circle", in emission order
    QTest::addRow("add person") << Edit::AddPerson << 1 << 0 << QString();
    QTest::addRow("edit person") << Edit::EditPerson << 1 << 0 << QString();
    QTest::addRow("remove person with memberships") << Edit::RemovePerson << 1 << 0 << QStringLiteral("guild,circle");
    QTest::addRow("add community") << Edit::AddCommunity << 0 << 1 << QString();
    QTest::addRow("edit community") << Edit::EditCommunity << 0 << 1 << QString();
    QTest::addRow("set level, joining") << Edit::JoinAtLevel << 0 << 0 << QStringLiteral("guild");
    QTest::addRow("set level, changing") << Edit::ChangeLevel << 0 << 0 << QStringLiteral("guild");
}

void TestWorkspaceUndo::signalsOnEditUndoRedo()
{
    QFETCH(Edit, edit);
    QFETCH(int, peopleSignals);
    QFETCH(int, communitySignals);
    QFETCH(QString, membershipCommunities);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto workspace = openWorkspace(dir);
    QVERIFY(workspace);
    auto base = buildBase(*workspace);
    QVERIFY2(base, qPrintable(base.errorString()));

    QList<qint64> expectedCommunities;
    for (const QString& name : membershipCommunities.split(QLatin1Char(','), Qt::SkipEmptyParts))
        expectedCommunities << (name == QLatin1String("guild") ? base->guild : base->circle);

    QSignalSpy people(workspace.get(), &Workspace::peopleChanged);
    QSignalSpy communities(workspace.get(), &Workspace::communitiesChanged);
    QSignalSpy memberships(workspace.get(), &Workspace::membershipsChanged);
    QSignalSpy errors(workspace.get(), &Workspace::errorOccurred);

    const char* names[] = {"edit", "undo", "redo"};
    for (int i = 0; i < 3; ++i) {
        people.clear();
        communities.clear();
        memberships.clear();
        if (i == 0)
            QVERIFY(perform(edit, *workspace, *base));
        else if (i == 1)
            workspace->undoStack()->undo();
        else
            workspace->undoStack()->redo();
        QVERIFY2(people.count() == peopleSignals, names[i]);
        QVERIFY2(communities.count() == communitySignals, names[i]);
        QList<qint64> emitted;
        for (const QList<QVariant>& arguments : std::as_const(memberships))
            emitted << arguments.at(0).toLongLong();
        QVERIFY2(emitted == expectedCommunities, names[i]);
    }
    QCOMPARE(errors.count(), 0);
}

void TestWorkspaceUndo::failedEditPushesNothing_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("reason");
    QTest::addRow("edit to a taken email") << QStringLiteral("edit email") << QStringLiteral("already has the email");
    QTest::addRow("add with a taken email") << QStringLiteral("add email") << QStringLiteral("already has the email");
    QTest::addRow("add without a name") << QStringLiteral("add nameless") << QStringLiteral("needs a name");
    QTest::addRow("add a taken community name") << QStringLiteral("add community") << QStringLiteral("already exists");
    QTest::addRow("rename a community to a taken name")
        << QStringLiteral("edit community") << QStringLiteral("already exists");
    QTest::addRow("level without a date") << QStringLiteral("level") << QStringLiteral("valid date");
    QTest::addRow("remove someone gone") << QStringLiteral("remove") << QStringLiteral("no longer exists");
}

void TestWorkspaceUndo::failedEditPushesNothing()
{
    QFETCH(QString, what);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto workspace = openWorkspace(dir);
    QVERIFY(workspace);
    auto base = buildBase(*workspace);
    QVERIFY2(base, qPrintable(base.errorString()));
    const auto before = snapshot(*workspace);
    QVERIFY(before);
    QSignalSpy people(workspace.get(), &Workspace::peopleChanged);
    QSignalSpy communities(workspace.get(), &Workspace::communitiesChanged);
    QSignalSpy memberships(workspace.get(), &Workspace::membershipsChanged);
    QSignalSpy stackChanged(workspace->undoStack(), &QUndoStack::indexChanged);

    Status result;
    if (what == QLatin1String("edit email")) {
        Person grace = **workspace->people().find(base->grace);
        grace.email = QStringLiteral("ADA@example.org");
        grace.team = QStringLiteral("also changed");
        result = workspace->editPerson(grace);
    } else if (what == QLatin1String("add email")) {
        auto id = workspace->addPerson(named(QStringLiteral("Ada Two"), QStringLiteral("ada@example.org")));
        result = id ? Status() : Status::failure(id.errorString());
    } else if (what == QLatin1String("add nameless")) {
        auto id = workspace->addPerson(named(QStringLiteral("  "), QString()));
        result = id ? Status() : Status::failure(id.errorString());
    } else if (what == QLatin1String("add community")) {
        auto id = workspace->addCommunity(community(QStringLiteral("testing guild")));
        result = id ? Status() : Status::failure(id.errorString());
    } else if (what == QLatin1String("edit community")) {
        Community circle = **workspace->communities().find(base->circle);
        circle.name = QStringLiteral("Testing Guild");
        result = workspace->editCommunity(circle);
    } else if (what == QLatin1String("level")) {
        result = workspace->setLevel(base->guild, base->kim, ParticipationLevel::Active, QDate(), QString());
    } else if (what == QLatin1String("remove")) {
        result = workspace->removePerson(base->kim + 1000);
    }
    QVERIFY(!result);
    QVERIFY2(result.errorString().contains(reason), qPrintable(result.errorString()));
    QCOMPARE(workspace->undoStack()->count(), 0);
    QVERIFY(!workspace->undoStack()->canUndo());
    COMPARE_SNAPSHOT(*workspace, *before);
    QCOMPARE(people.count() + communities.count() + memberships.count() + stackChanged.count(), 0);
}

void TestWorkspaceUndo::unchangedEditPushesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto workspace = openWorkspace(dir);
    QVERIFY(workspace);
    auto base = buildBase(*workspace);
    QVERIFY2(base, qPrintable(base.errorString()));
    QVERIFY(workspace->editPerson(**workspace->people().find(base->grace)));
    QVERIFY(workspace->editCommunity(**workspace->communities().find(base->guild)));
    QCOMPARE(workspace->undoStack()->count(), 0);
}

void TestWorkspaceUndo::undoThatCannotHappenIsReported()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto workspace = openWorkspace(dir);
    QVERIFY(workspace);
    auto base = buildBase(*workspace);
    QVERIFY2(base, qPrintable(base.errorString()));
    Person grace = **workspace->people().find(base->grace);
    grace.team = QStringLiteral("Compilers");
    QVERIFY(workspace->editPerson(grace));

    // The row goes away underneath the stack (another connection, a sync tool...).
    QVERIFY(
        runQuery(workspace->database().connection(), QStringLiteral("DELETE FROM person WHERE id = ?"), {grace.id}));
    QSignalSpy errors(workspace.get(), &Workspace::errorOccurred);
    QSignalSpy people(workspace.get(), &Workspace::peopleChanged);
    workspace->undoStack()->undo();
    QCOMPARE(errors.count(), 1);
    QVERIFY2(errors.at(0).at(0).toString().contains(QLatin1String("no longer exists")),
             qPrintable(errors.at(0).at(0).toString()));
    QCOMPARE(people.count(), 0);
    // The command that could not be undone is dropped rather than left to redo over a gap.
    QCOMPARE(workspace->undoStack()->count(), 0);
}

QTEST_GUILESS_MAIN(TestWorkspaceUndo)
#include "TestWorkspaceUndo.moc"
