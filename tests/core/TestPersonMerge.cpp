// SPDX-License-Identifier: GPL-3.0-or-later
// Merging a person into another (storage/PersonMerge.h): every table that refers to a person, found in the
// schema (a table added later included), the conflict rules, external ids, refusals, and undo through the
// workspace putting every table back exactly as it was.
#include "DatabaseDump.h"
#include "TestWorkspace.h"
#include "demo/SampleCommunity.h"
#include "storage/Database.h"
#include "storage/ImportBatchRepository.h"
#include "storage/PersonMerge.h"
#include "storage/SqlQuery.h"
#include "workspace/KeepUnmatchedPersonCommand.h"
#include "workspace/MergePeopleCommand.h"
#include "workspace/Workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;

namespace {

QVariant scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {})
{
    auto query = runQuery(db, sql, values);
    if (!query) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.errorString()));
        return {};
    }
    return query->next() ? query->value(0) : QVariant();
}

void exec(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {})
{
    auto query = runQuery(db, sql, values);
    if (!query)
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.errorString()));
}

} // namespace

class TestPersonMerge : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void everyReferenceMovesToTheTarget();
    void aTableAddedLaterIsCovered();
    void membershipsAndAttendance();
    void selfTiesAndPairOrder();
    void externalIdsAndConflicts();
    void refusesSelfAndUnknownPeople();
    void importBookkeepingFollows();
    void undoRestoresEveryTableExactly();
    void keepAsNewPersonIsUndoable();

private:
    /** The sample, plus the rows it leaves out: an import batch that created one of two people. */
    std::unique_ptr<Workspace> openSample();
    /** Makes sure at least one row of every person reference names the person (the sample covers most). */
    QStringList referToEverywhere(const QSqlDatabase& db, qint64 person, qint64 other);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestPersonMerge::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<Workspace> TestPersonMerge::openSample()
{
    const QString path = m_dir->filePath(u"merge.steward"_s);
    {
        auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
        if (!db)
            qFatal("%s", qPrintable(db.errorString()));
        auto sample = SampleCommunity::create(**db, SampleCommunity::kDefaultSeed, test::fixedClock());
        if (!sample)
            qFatal("%s", qPrintable(sample.errorString()));
    }
    auto workspace = Workspace::open(path, Database::OpenMode::ExistingOnly, test::fixedClock());
    if (!workspace)
        qFatal("%s", qPrintable(workspace.errorString()));
    return std::move(*workspace);
}

QStringList TestPersonMerge::referToEverywhere(const QSqlDatabase& db, qint64 person, qint64 other)
{
    auto refs = PersonMerge::references(db);
    if (!refs)
        qFatal("%s", qPrintable(refs.errorString()));
    QStringList covered;
    for (const PersonReference& ref : std::as_const(*refs)) {
        const QString count = u"SELECT count(*) FROM \"%1\" WHERE \"%2\" = ?"_s.arg(ref.table, ref.column);
        if (scalar(db, count, {person}).toInt() == 0) {
            // Borrow some other person's row (a rowid table with rows; the others stay as they are).
            runQuery(db,
                     u"UPDATE OR IGNORE \"%1\" SET \"%2\" = ? WHERE rowid = (SELECT min(rowid) FROM \"%1\" WHERE "
                     "\"%2\" IS NOT NULL AND \"%2\" NOT IN (?, ?))"_s.arg(ref.table, ref.column),
                     {person, person, other});
        }
        if (scalar(db, count, {person}).toInt() > 0)
            covered.append(ref.table + u'.' + ref.column);
    }
    return covered;
}

void TestPersonMerge::everyReferenceMovesToTheTarget()
{
    auto workspace = openSample();
    const QSqlDatabase db = workspace->database().connection();
    const qint64 s = 26;
    const qint64 t = 79;
    const QStringList covered = referToEverywhere(db, s, t);
    // The sample leaves a few tables empty (import bookkeeping, role seats, layouts); the rest must be covered.
    QVERIFY2(covered.size() >= 20, qPrintable(covered.join(u", ")));
    auto refs = PersonMerge::references(db);
    QVERIFY(refs.ok());
    QMap<QString, QList<qint64>> rowsOfSource; // "table.column" -> rowids
    for (const PersonReference& ref : std::as_const(*refs)) {
        auto rows = runQuery(db, u"SELECT rowid FROM \"%1\" WHERE \"%2\" = ?"_s.arg(ref.table, ref.column), {s});
        while (rows && rows->next())
            rowsOfSource[ref.table + u'.' + ref.column].append(rows->value(0).toLongLong());
    }

    auto outcome = PersonMerge(workspace->database()).merge(s, t, {true});
    QVERIFY2(outcome.ok(), qPrintable(outcome.errorString()));
    QVERIFY(!outcome->changes.isEmpty());
    QCOMPARE(scalar(db, u"SELECT count(*) FROM person WHERE id = ?"_s, {s}).toInt(), 0);
    for (const PersonReference& ref : std::as_const(*refs)) {
        const QString key = ref.table + u'.' + ref.column;
        int kept = 0;
        for (qint64 rowId : rowsOfSource.value(key)) {
            const QVariant now =
                scalar(db, u"SELECT \"%2\" FROM \"%1\" WHERE rowid = ?"_s.arg(ref.table, ref.column), {rowId});
            if (!now.isValid()) {
                // Gone: a self-tie or a duplicate of the target's row, and counted as dropped.
                QVERIFY2(outcome->dropped.value(ref.table) > 0, qPrintable(key));
                continue;
            }
            ++kept;
            if (ref.notNull)
                QCOMPARE(now.toLongLong(), t);
            else
                QVERIFY2(now.isNull() || now.toLongLong() == t, qPrintable(key)); // a seat both held: opened
        }
        if (!rowsOfSource.value(key).isEmpty() && ref.table != u"person"_s)
            QVERIFY2(kept + outcome->dropped.value(ref.table) > 0, qPrintable(key));
    }
    QVERIFY(outcome->moved.value(u"interaction"_s) > 0);
    QVERIFY(outcome->dropped.value(u"session_attendance"_s) > 0); // they attended the same sessions
    QVERIFY(outcome->describe().contains(u"into"_s));
}

void TestPersonMerge::aTableAddedLaterIsCovered()
{
    auto workspace = openSample();
    const QSqlDatabase db = workspace->database().connection();
    exec(db,
         u"CREATE TABLE later_feature (id INTEGER PRIMARY KEY, owner_id INTEGER NOT NULL REFERENCES person(id) ON "
         "DELETE CASCADE, helper_id INTEGER REFERENCES person(id) ON DELETE SET NULL, note TEXT NOT NULL)"_s);
    exec(db, u"INSERT INTO later_feature VALUES (1, 5, 6, 'mine'), (2, 7, 5, 'helped')"_s);
    const auto before = test::dumpDatabase(db);
    auto refs = PersonMerge::references(db);
    QVERIFY(refs.ok());
    QVERIFY(std::any_of(refs->cbegin(), refs->cend(), [](const PersonReference& r) {
        return r.table == u"later_feature"_s && r.column == u"helper_id"_s && !r.notNull;
    }));
    const auto person = [&workspace](qint64 id) { return workspace->people().find(id).value().value(); };
    QVERIFY(workspace->perform(
        std::make_unique<MergePeopleCommand>(*workspace, person(5), person(9), PersonMerge::Options{true})));
    QCOMPARE(scalar(db, u"SELECT owner_id FROM later_feature WHERE id = 1"_s).toLongLong(), 9);
    QCOMPARE(scalar(db, u"SELECT helper_id FROM later_feature WHERE id = 2"_s).toLongLong(), 9);
    workspace->undoStack()->undo();
    test::compareDumps(before, test::dumpDatabase(db));
}

void TestPersonMerge::membershipsAndAttendance()
{
    auto workspace = openSample();
    const QSqlDatabase db = workspace->database().connection();
    const qint64 s = 26;
    const qint64 t = 79;
    const qint64 community =
        scalar(db,
               u"SELECT a.community_id FROM membership a JOIN membership b ON a.community_id = b.community_id WHERE "
               "a.person_id = ? AND b.person_id = ? LIMIT 1"_s,
               {s, t})
            .toLongLong();
    QVERIFY(community > 0);
    const auto membershipOf = [&db, community](qint64 person) {
        return scalar(db, u"SELECT id FROM membership WHERE person_id = ? AND community_id = ?"_s, {person, community})
            .toLongLong();
    };
    const qint64 targetMembership = membershipOf(t);
    const QString targetLevel =
        scalar(db, u"SELECT level FROM membership WHERE id = ?"_s, {targetMembership}).toString();
    const auto historyOf = [&db](qint64 membership) {
        return scalar(db, u"SELECT count(*) FROM level_change WHERE membership_id = ?"_s, {membership}).toInt();
    };
    const int history = historyOf(targetMembership) + historyOf(membershipOf(s));
    const QString shared = u"SELECT count(*) FROM session_attendance a JOIN session_attendance b ON a.session_id = "
                           "b.session_id AND a.occurrence_date = b.occurrence_date WHERE a.person_id = ? AND "
                           "b.person_id = ?"_s;
    const int sharedSessions = scalar(db, shared, {s, t}).toInt();
    QVERIFY(sharedSessions > 0);
    const int attendance = scalar(db, u"SELECT count(*) FROM session_attendance"_s).toInt();
    // One meeting both attended, with different statuses: the target's row and status stay.
    const qint64 sharedRow =
        scalar(db,
               u"SELECT b.id FROM session_attendance a JOIN session_attendance b ON a.session_id = b.session_id "
               "AND a.occurrence_date = b.occurrence_date WHERE a.person_id = ? AND b.person_id = ? ORDER BY "
               "b.id LIMIT 1"_s,
               {s, t})
            .toLongLong();
    exec(db, u"UPDATE session_attendance SET status = 'excused' WHERE id = ?"_s, {sharedRow});
    exec(db,
         u"UPDATE session_attendance SET status = 'absent' WHERE person_id = ? AND (session_id, occurrence_date) = "
         "(SELECT session_id, occurrence_date FROM session_attendance WHERE id = ?)"_s,
         {s, sharedRow});

    auto outcome = PersonMerge(workspace->database()).merge(s, t, {true});
    QVERIFY2(outcome.ok(), qPrintable(outcome.errorString()));
    QCOMPARE(membershipOf(t), targetMembership);
    QCOMPARE(scalar(db, u"SELECT level FROM membership WHERE id = ?"_s, {targetMembership}).toString(), targetLevel);
    QCOMPARE(historyOf(targetMembership), history);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM session_attendance"_s).toInt(), attendance - sharedSessions);
    QCOMPARE(scalar(db,
                    u"SELECT count(*) FROM session_attendance GROUP BY session_id, occurrence_date, person_id "
                    "ORDER BY 1 DESC LIMIT 1"_s)
                 .toInt(),
             1);
    QCOMPARE(scalar(db, u"SELECT status FROM session_attendance WHERE id = ?"_s, {sharedRow}).toString(), u"excused"_s);
    QCOMPARE(scalar(db,
                    u"SELECT count(*) FROM session_attendance WHERE (session_id, occurrence_date) = (SELECT "
                    "session_id, occurrence_date FROM session_attendance WHERE id = ?) AND person_id = ?"_s,
                    {sharedRow, t})
                 .toInt(),
             1);
}

void TestPersonMerge::selfTiesAndPairOrder()
{
    auto workspace = openSample();
    const QSqlDatabase db = workspace->database().connection();
    const qint64 s = 26;
    const qint64 t = 79;
    const qint64 community = 1;
    // Interactions between the two, both ways, become self-ties; a do-not-pair rule between them too.
    exec(db,
         u"INSERT INTO interaction (community_id, source_id, target_id, kind, platform) VALUES (?, ?, ?, "
         "'manual', 'manual'), (?, ?, ?, 'manual', 'manual'), (?, ?, 40, 'manual', 'manual')"_s,
         {community, s, t, community, t, s, community, s});
    const int between = scalar(db,
                               u"SELECT count(*) FROM interaction WHERE (source_id = ? AND target_id = ?) OR "
                               "(source_id = ? AND target_id = ?)"_s,
                               {s, t, t, s})
                            .toInt();
    QVERIFY(between >= 2);
    const int interactions = scalar(db, u"SELECT count(*) FROM interaction"_s).toInt();
    exec(db, u"DELETE FROM do_not_pair"_s);
    exec(db,
         u"INSERT INTO do_not_pair (community_id, person_id, other_person_id) VALUES (?, ?, ?), (?, ?, 50)"_s,
         {community, s, t, community, s});

    auto outcome = PersonMerge(workspace->database()).merge(s, t, {true});
    QVERIFY2(outcome.ok(), qPrintable(outcome.errorString()));
    QCOMPARE(outcome->dropped.value(u"interaction"_s), between);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM interaction WHERE source_id = target_id"_s).toInt(), 0);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM interaction"_s).toInt(), interactions - between);
    QVERIFY(scalar(db, u"SELECT count(*) FROM interaction WHERE source_id = ? AND target_id = 40"_s, {t}).toInt() > 0);
    // (26, 50) became (50, 79): the rule keeps its people in order; the rule between the two is gone.
    QCOMPARE(test::dumpTable(db, u"do_not_pair"_s).size(), 1);
    QCOMPARE(scalar(db, u"SELECT person_id || '-' || other_person_id FROM do_not_pair"_s).toString(), u"50-79"_s);
}

void TestPersonMerge::externalIdsAndConflicts()
{
    auto workspace = openSample();
    const QSqlDatabase db = workspace->database().connection();
    Person source;
    source.name = u"René Dupont"_s;
    source.email = u"rene@example.org"_s;
    source.slackId = u"U0NEW"_s;
    source.discordId = u"111"_s;
    source.team = u"Platform"_s;
    Person target;
    target.name = u"Rene Dupont"_s;
    target.discordId = u"222"_s;
    target.githubLogin = u"rdupont"_s;
    source.id = *workspace->addPerson(source);
    target.id = *workspace->addPerson(target);
    const auto before = test::dumpDatabase(db);

    auto refused = PersonMerge(workspace->database()).merge(source.id, target.id, {});
    QVERIFY(!refused.ok());
    QVERIFY2(refused.errorString().contains(u"Discord id '111' / '222'"_s), qPrintable(refused.errorString()));
    test::compareDumps(before, test::dumpDatabase(db));

    auto preview = PersonMerge(workspace->database()).preview(source.id, target.id);
    QVERIFY(preview.ok());
    QCOMPARE(preview->conflicts.size(), 1);
    QCOMPARE(preview->copiedIds, (QStringList{u"email rene@example.org"_s, u"Slack id U0NEW"_s}));

    auto merged = PersonMerge(workspace->database()).merge(source.id, target.id, {true});
    QVERIFY2(merged.ok(), qPrintable(merged.errorString()));
    const Person now = workspace->people().find(target.id).value().value();
    QCOMPARE(now.name, u"Rene Dupont"_s);
    QCOMPARE(now.email, u"rene@example.org"_s);
    QCOMPARE(now.slackId, u"U0NEW"_s);
    QCOMPARE(now.discordId, u"222"_s); // the target keeps its own
    QCOMPARE(now.githubLogin, u"rdupont"_s);
    QCOMPARE(now.team, u"Platform"_s); // an empty profile field is filled
    QVERIFY(!workspace->people().find(source.id).value().has_value());
    QVERIFY(merged->describe().contains(u"Discord id 222"_s));
}

void TestPersonMerge::refusesSelfAndUnknownPeople()
{
    auto workspace = openSample();
    const QSqlDatabase db = workspace->database().connection();
    const auto before = test::dumpDatabase(db);
    PersonMerge merge(workspace->database());
    auto self = merge.merge(3, 3, {true});
    QVERIFY(!self.ok());
    QVERIFY2(self.errorString().contains(u"cannot be merged into themself"_s), qPrintable(self.errorString()));
    auto unknownSource = merge.merge(99999, 3, {true});
    QVERIFY(!unknownSource.ok());
    QVERIFY2(unknownSource.errorString().contains(u"99999"_s), qPrintable(unknownSource.errorString()));
    auto unknownTarget = merge.merge(3, 88888, {true});
    QVERIFY(!unknownTarget.ok());
    QVERIFY2(unknownTarget.errorString().contains(u"88888"_s), qPrintable(unknownTarget.errorString()));
    QVERIFY(!workspace->perform(std::make_unique<MergePeopleCommand>(
        *workspace, workspace->people().find(3).value().value(), workspace->people().find(3).value().value())));
    QCOMPARE(workspace->undoStack()->count(), 0);
    test::compareDumps(before, test::dumpDatabase(db));
}

void TestPersonMerge::importBookkeepingFollows()
{
    auto workspace = openSample();
    const QSqlDatabase db = workspace->database().connection();
    Person created;
    created.name = u"Ana Lima"_s;
    created.slackId = u"UIMPORTED"_s;
    created.id = *workspace->addPerson(created);
    const qint64 target = 12;
    exec(db, u"UPDATE person SET slack_id = NULL WHERE id = ?"_s, {target});
    ImportBatchRepository batches(workspace->database());
    const qint64 batch = *batches.add({0, u"interactions"_s, u"slack.zip"_s, 1, test::fixedNow(), 1});
    QVERIFY(batches.recordPerson(batch, created.id, true, 0));
    QVERIFY(batches.flagUnmatched({created.id, batch, u"slack"_s, u"UIMPORTED"_s, u"ana"_s, target}));
    exec(db,
         u"INSERT INTO interaction (community_id, source_id, target_id, kind, platform, batch_id) VALUES (1, ?, 30, "
         "'reply', 'slack', ?)"_s,
         {created.id, batch});

    auto merged = PersonMerge(workspace->database()).merge(created.id, target, {true});
    QVERIFY2(merged.ok(), qPrintable(merged.errorString()));
    QCOMPARE(workspace->people().find(target).value().value().slackId, u"UIMPORTED"_s);
    QVERIFY(batches.unmatched().value().isEmpty());
    QCOMPARE(scalar(db, u"SELECT source_id FROM interaction WHERE batch_id = ?"_s, {batch}).toLongLong(), target);

    // Undoing the batch takes its interaction and the id it brought, never the person who stayed.
    auto undone = batches.undo(batch);
    QVERIFY2(undone.ok(), qPrintable(undone.errorString()));
    QCOMPARE(undone->interactions, 1);
    QCOMPARE(undone->people, 0);
    const auto stayed = workspace->people().find(target).value();
    QVERIFY(stayed.has_value());
    QCOMPARE(stayed->slackId, QString());
}

void TestPersonMerge::undoRestoresEveryTableExactly()
{
    auto workspace = openSample();
    const QSqlDatabase db = workspace->database().connection();
    const qint64 s = 22;
    const qint64 t = 32;
    // What the sample leaves empty: a network layout (a WITHOUT ROWID table: both placed, one kept, and one
    // placed alone, moved) and a role seat.
    exec(db,
         u"INSERT INTO network_layout (id, community_id, filter_key, algorithm, computed_at) VALUES (1, 1, 'all', "
         "'drl', '2026-11-01T00:00:00Z'), (2, 2, 'all', 'drl', '2026-11-01T00:00:00Z')"_s);
    exec(db,
         u"INSERT INTO network_layout_position (layout_id, person_id, x, y, pinned) VALUES (1, ?, 0.1, 0.2, 0), "
         "(1, ?, 1.0 / 3.0, 2.5, 1), (2, ?, -7.25, 3.0, 0)"_s,
         {t, s, s});
    exec(db,
         u"INSERT INTO session_role_seat (session_id, occurrence_date, role, person_id) SELECT id, '2026-12-01', "
         "'note-taker', ? FROM session LIMIT 1"_s,
         {s});
    const QStringList covered = referToEverywhere(db, s, t);
    qInfo("%lld person references refer to the merged person before the merge: %s",
          covered.size(),
          qPrintable(covered.join(u", ")));
    ImportBatchRepository batches(workspace->database());
    const qint64 batch = *batches.add({0, u"interactions"_s, u"slack.zip"_s, 1, test::fixedNow(), 1});
    QVERIFY(batches.recordPerson(batch, s, true, 0));
    QVERIFY(batches.flagUnmatched({s, batch, u"slack"_s, u"U22"_s, u"someone"_s, t}));
    QVERIFY(batches.flagUnmatched({7, batch, u"slack"_s, u"U7"_s, u"another"_s, s}));
    const auto before = test::dumpDatabase(db);
    const Person source = workspace->people().find(s).value().value();
    const Person target = workspace->people().find(t).value().value();

    auto command = std::make_unique<MergePeopleCommand>(*workspace, source, target, PersonMerge::Options{true});
    MergePeopleCommand* raw = command.get();
    QVERIFY(workspace->perform(std::move(command)));
    QVERIFY(raw->outcome().changes.size() > 50);
    const auto merged = test::dumpDatabase(db);
    QVERIFY(merged != before);
    QVERIFY(!workspace->people().find(s).value().has_value());
    QCOMPARE(test::dumpTable(db, u"network_layout_position"_s),
             (QStringList{u"qlonglong:1|qlonglong:32|double:0.1|double:0.2|qlonglong:0"_s,
                          u"qlonglong:2|qlonglong:32|double:-7.25|double:3|qlonglong:0"_s}));

    workspace->undoStack()->undo();
    test::compareDumps(before, test::dumpDatabase(db));
    QCOMPARE(workspace->people().find(s).value().value(), source);
    workspace->undoStack()->redo();
    test::compareDumps(merged, test::dumpDatabase(db));
    workspace->undoStack()->undo();
    test::compareDumps(before, test::dumpDatabase(db));
}

void TestPersonMerge::keepAsNewPersonIsUndoable()
{
    auto workspace = openSample();
    ImportBatchRepository batches(workspace->database());
    const qint64 batch = *batches.add({0, u"interactions"_s, u"teams.json"_s, 1, test::fixedNow(), 1});
    const UnmatchedPerson flag{15, batch, u"teams"_s, u"abc"_s, u"Someone"_s, 16};
    QVERIFY(batches.flagUnmatched(flag));
    QVERIFY(workspace->perform(std::make_unique<KeepUnmatchedPersonCommand>(*workspace, flag, u"Someone"_s)));
    QVERIFY(batches.unmatched().value().isEmpty());
    workspace->undoStack()->undo();
    const auto back = batches.unmatched().value();
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.constFirst().personId, 15);
    QCOMPARE(back.constFirst().externalName, u"Someone"_s);
    QCOMPARE(back.constFirst().suggestedPersonId, 16);
}

QTEST_GUILESS_MAIN(TestPersonMerge)
#include "TestPersonMerge.moc"
