// SPDX-License-Identifier: GPL-3.0-or-later
// Schema 2 and its repositories: mastermind groups, absences, stored rotation plans; cascades and CHECKs;
// the upgrade of the schema-1 fixture; a regenerate that keeps the past; the sample's rotations.
#include "TestWorkspace.h"
#include "common/SeededRandom.h"
#include "demo/SampleCommunity.h"
#include "demo/SampleRotations.h"
#include "schedule/RotationEngine.h"
#include "storage/AbsenceRepository.h"
#include "storage/CommunityRepository.h"
#include "storage/Database.h"
#include "storage/MastermindRepository.h"
#include "storage/MembershipRepository.h"
#include "storage/PersonRepository.h"
#include "storage/RotationRepository.h"
#include "storage/RotationSource.h"
#include "storage/SqlQuery.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;

namespace {

const QStringList kRotationTables = {
    u"mastermind_group"_s, u"mastermind_member"_s, u"absence"_s, u"rotation_plan"_s, u"rotation_seat"_s};

/** Every row of a table as text, ordered by id: an exact picture to compare before and after. */
QStringList dumpTable(const Database& db, const QString& table)
{
    QStringList rows;
    auto query = runQuery(db.connection(), u"SELECT * FROM %1 ORDER BY id"_s.arg(table));
    if (!query)
        return {query.errorString()};
    while (query->next()) {
        QStringList fields;
        for (int i = 0; i < query->record().count(); ++i) {
            const QVariant value = query->value(i);
            fields << (value.isNull() ? u"NULL"_s : value.toString());
        }
        rows << fields.join(u'|');
    }
    return rows;
}

QStringList dumpRotations(const Database& db)
{
    QStringList all;
    for (const QString& table : kRotationTables)
        all << table << dumpTable(db, table);
    return all;
}

qint64 countRows(const Database& db, const QString& sql, const QVariantList& values = {})
{
    auto query = runQuery(db.connection(), sql, values);
    if (!query || !query->next())
        return -1;
    return query->value(0).toLongLong();
}

QString execError(const Database& db, const QString& sql)
{
    auto query = runQuery(db.connection(), sql);
    return query ? QString() : query.errorString();
}

QDate monday(int week)
{
    return QDate(2030, 1, 7).addDays(7 * week);
}

/** A database with six people (A..F), two communities (Guild with everyone, Other with A and B). */
struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    QList<qint64> people;
    qint64 guild = 0;
    qint64 other = 0;

    bool setUp()
    {
        auto opened = Database::open(dir.filePath(u"rotations.steward"_s));
        if (!opened) {
            qWarning("%s", qPrintable(opened.errorString()));
            return false;
        }
        db = std::move(*opened);
        PersonRepository persons(*db);
        for (const QString& name : {u"Ada"_s, u"Ben"_s, u"Cai"_s, u"Dee"_s, u"Eve"_s, u"Fay"_s}) {
            Person p;
            p.name = name;
            p.email = name.toLower() + u"@example.org"_s;
            people.append(*persons.add(p));
        }
        CommunityRepository communities(*db);
        guild = *communities.add(Community{0, u"Guild"_s, {}, {}, {}, {}, {}});
        other = *communities.add(Community{0, u"Other"_s, {}, {}, {}, {}, {}});
        MembershipRepository memberships(*db);
        for (qsizetype i = 0; i < people.size(); ++i) {
            if (!memberships.setLevel(guild, people.at(i), ParticipationLevel::Active, QDate(2029, 1, 1), {}))
                return false;
            if (i < 2 && !memberships.setLevel(other, people.at(i), ParticipationLevel::Core, QDate(2029, 1, 1), {}))
                return false;
        }
        return true;
    }

    MastermindGroup group(const QString& name, int members, qint64 community = 0) const
    {
        MastermindGroup g;
        g.name = name;
        g.communityId = community ? community : guild;
        g.cadence = u"Weekly"_s;
        g.groundRules = u"Chatham House"_s;
        for (int i = 0; i < members; ++i)
            g.members.append({people.at(i), {}, QDate(2029, 6, 1)});
        return g;
    }
};

RotationRecord sampleRecord(qint64 groupId, const QList<qint64>& people)
{
    RotationRecord r;
    r.kind = RotationKind::HotSeat;
    r.mastermindGroupId = groupId;
    r.seatsPerMeeting = 2;
    r.seed = quint64(-3); // the top bit set: stored bit for bit in a signed column
    r.created = QDateTime(QDate(2029, 12, 1), QTime(8, 30), Qt::UTC);
    using O = RotationSeat::Origin;
    using S = RotationSeat::Status;
    r.meetings = {
        {monday(0), {{monday(0), people.at(0), O::Held, S::Done}, {monday(0), people.at(1), O::Held, S::Skipped}}},
        {monday(1), {{monday(1), people.at(2), O::Pinned, S::Swapped}, {monday(1), 0, O::Generated, S::Planned}}},
        {monday(2),
         {{monday(2), people.at(3), O::Generated, S::Planned}, {monday(2), people.at(0), O::Generated, S::Moved}}},
    };
    r.topics.insert({monday(0), 1}, u"Hiring loops"_s);
    r.topics.insert({monday(2), 2}, u"Saying no \u2014 kindly"_s);
    return r;
}

} // namespace

class TestRotationStorage : public QObject
{
    Q_OBJECT

private slots:
    void upgradesTheV1Fixture();
    void newDatabaseHasTheRotationTables();
    void mastermindRoundTrip();
    void mastermindRefusesBadGroups_data();
    void mastermindRefusesBadGroups();
    void mastermindSizeWarning_data();
    void mastermindSizeWarning();
    void absenceRoundTrip();
    void absenceRefusesBadRanges_data();
    void absenceRefusesBadRanges();
    void rotationRoundTrip();
    void rotationSaveReplacesSeats();
    void rotationRefusesBadRecords_data();
    void rotationRefusesBadRecords();
    void constraintsHoldInSql_data();
    void constraintsHoldInSql();
    void deletingAPersonCascades();
    void deletingAGroupOrCommunityCascades();
    void regenerateKeepsThePastAndThePins();
    void regenerateKeepsTurnsOfPeopleWhoLeft();
    void draftPassesStoredAbsences();
    void storedPlanIsReviewedAgainstTodaysAbsences();
    void sampleHasRotations();
    void sampleRotationsAreDeterministic();
};

void TestRotationStorage::upgradesTheV1Fixture()
{
    const QString source = test::testDataPath(u"steward-v1.sqlite"_s);
    QVERIFY2(QFile::exists(source), qPrintable(source));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v1.sqlite"_s);
    QVERIFY(QFile::copy(source, path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));

    auto opened = Database::open(path, Database::OpenMode::ExistingOnly);
    QVERIFY2(opened, qPrintable(opened.errorString()));
    const Database& db = **opened;
    QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
    QVERIFY(db.schemaVersion() >= 2);
    QVERIFY(!db.backupPath().isEmpty());
    for (const QString& table : kRotationTables)
        QCOMPARE(countRows(db, u"SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?"_s, {table}), 1);
    QCOMPARE(*db.integrityCheck(), u"ok"_s);
    QCOMPARE(countRows(db, u"SELECT count(*) FROM pragma_foreign_key_check"_s), 0);

    // The old data is all there.
    QCOMPARE(*PersonRepository(db).count(), 3);
    auto guild = CommunityRepository(db).findByName(u"Testing Guild"_s);
    QVERIFY(guild && guild->has_value());
    QCOMPARE((*guild)->cadence, u"Fortnightly"_s);
    auto members = MembershipRepository(db).membersOf((*guild)->id);
    QVERIFY(members);
    QCOMPARE(members->size(), 3);
    QCOMPARE(countRows(db, u"SELECT count(*) FROM level_change"_s), 5);

    // And the new tables work with it.
    MastermindGroup group;
    group.name = u"Founders"_s;
    group.communityId = (*guild)->id;
    for (const Member& m : std::as_const(*members))
        group.members.append({m.membership.personId, {}, QDate(2025, 1, 1)});
    auto id = MastermindRepository(db).add(group);
    QVERIFY2(id, qPrintable(id.errorString()));
    auto found = MastermindRepository(db).find(*id);
    QVERIFY(found && found->has_value());
    QCOMPARE((*found)->members.size(), 3);
    QVERIFY((*found)->confidential);
}

void TestRotationStorage::newDatabaseHasTheRotationTables()
{
    Fixture f;
    QVERIFY(f.setUp());
    QCOMPARE(f.db->schemaVersion(), Database::currentSchemaVersion());
    for (const QString& table : kRotationTables)
        QVERIFY2(execError(*f.db, u"SELECT * FROM %1"_s.arg(table)).isEmpty(), qPrintable(table));
    // The lookups the repositories make are indexed.
    for (const QString& index : {u"mastermind_member_person"_s,
                                 u"absence_person"_s,
                                 u"absence_span"_s,
                                 u"rotation_plan_group"_s,
                                 u"rotation_plan_community"_s,
                                 u"rotation_seat_person"_s})
        QCOMPARE(countRows(*f.db, u"SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = ?"_s, {index}),
                 1);
}

void TestRotationStorage::mastermindRoundTrip()
{
    Fixture f;
    QVERIFY(f.setUp());
    MastermindRepository groups(*f.db);
    MastermindGroup group = f.group(u"  Circle  "_s, 5);
    group.members.swapItemsAt(0, 4);
    auto id = groups.add(group);
    QVERIFY2(id, qPrintable(id.errorString()));

    auto found = groups.find(*id);
    QVERIFY(found && found->has_value());
    const MastermindGroup& stored = **found;
    QCOMPARE(stored.id, *id);
    QCOMPARE(stored.name, u"Circle"_s);
    QCOMPARE(stored.communityId, f.guild);
    QCOMPARE(stored.cadence, u"Weekly"_s);
    QCOMPARE(stored.groundRules, u"Chatham House"_s);
    QVERIFY(stored.confidential);
    QStringList names;
    for (const MastermindMember& m : stored.members) {
        names << m.personName;
        QCOMPARE(m.joined, QDate(2029, 6, 1));
    }
    QCOMPARE(names, (QStringList{u"Ada"_s, u"Ben"_s, u"Cai"_s, u"Dee"_s, u"Eve"_s}));

    auto byName = groups.findByName(u"circle"_s);
    QVERIFY(byName);
    QCOMPARE(byName->size(), 1);
    QCOMPARE(byName->constFirst(), stored);
    QCOMPARE(groups.forPerson(f.people.at(4))->size(), 1);
    QCOMPARE(groups.forPerson(f.people.at(5))->size(), 0);
    QCOMPARE(groups.forCommunity(f.other)->size(), 0);

    // The same name in another community is another group.
    auto second = groups.add(f.group(u"Circle"_s, 2, f.other));
    QVERIFY2(second, qPrintable(second.errorString()));
    QCOMPARE(groups.findByName(u"Circle"_s)->size(), 2);

    MastermindGroup changed = stored;
    changed.confidential = false;
    changed.cadence = u"Fortnightly"_s;
    changed.members = {{f.people.at(5), {}, QDate(2030, 2, 2)}, {f.people.at(0), {}, QDate(2029, 6, 1)}};
    QVERIFY(groups.update(changed));
    found = groups.find(*id);
    QVERIFY(!(*found)->confidential);
    QCOMPARE((*found)->cadence, u"Fortnightly"_s);
    QCOMPARE((*found)->members.size(), 2);
    QCOMPARE((*found)->members.at(1).personName, u"Fay"_s);
    QCOMPARE((*found)->members.at(1).joined, QDate(2030, 2, 2));

    QVERIFY(groups.removeMember(*id, f.people.at(5)));
    QVERIFY(groups.addMember(*id, {f.people.at(3), {}, QDate(2030, 3, 3)}));
    QCOMPARE(groups.find(*id)->value().members.at(1).personName, u"Dee"_s);
    QCOMPARE(groups.all()->size(), 2);
}

void TestRotationStorage::mastermindRefusesBadGroups_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("members");
    QTest::addColumn<bool>("twice");
    QTest::addColumn<qint64>("unknownPerson");
    QTest::addColumn<QString>("message");
    QTest::addRow("no name") << u"  "_s << 4 << false << qint64(0) << u"needs a name"_s;
    QTest::addRow("no members") << u"Empty"_s << 0 << false << qint64(0) << u"at least one member"_s;
    QTest::addRow("member twice") << u"Twice"_s << 3 << true << qint64(0) << u"listed twice"_s;
    QTest::addRow("name taken, other case") << u"TAKEN"_s << 4 << false << qint64(0) << u"already exists"_s;
    QTest::addRow("unknown person") << u"Ghosts"_s << 2 << false << qint64(999) << u"Could not add #999"_s;
}

void TestRotationStorage::mastermindRefusesBadGroups()
{
    QFETCH(QString, name);
    QFETCH(int, members);
    QFETCH(bool, twice);
    QFETCH(qint64, unknownPerson);
    QFETCH(QString, message);
    Fixture f;
    QVERIFY(f.setUp());
    MastermindRepository groups(*f.db);
    QVERIFY(groups.add(f.group(u"Taken"_s, 4)));
    const QStringList before = dumpRotations(*f.db);

    MastermindGroup group = f.group(name, members);
    if (twice)
        group.members.append(group.members.constFirst());
    if (unknownPerson)
        group.members.append({unknownPerson, {}, {}});
    auto id = groups.add(group);
    QVERIFY(!id);
    QVERIFY2(id.errorString().contains(message), qPrintable(id.errorString()));
    QCOMPARE(dumpRotations(*f.db), before);
}

void TestRotationStorage::mastermindSizeWarning_data()
{
    QTest::addColumn<int>("members");
    QTest::addColumn<bool>("warns");
    QTest::addRow("1") << 1 << true;
    QTest::addRow("3") << 3 << true;
    QTest::addRow("4") << 4 << false;
    QTest::addRow("8") << 8 << false;
    QTest::addRow("9") << 9 << true;
}

void TestRotationStorage::mastermindSizeWarning()
{
    QFETCH(int, members);
    QFETCH(bool, warns);
    MastermindGroup group;
    group.name = u"G"_s;
    for (int i = 0; i < members; ++i)
        group.members.append({i + 1, {}, {}});
    QCOMPARE(!MastermindRepository::sizeWarning(group).isEmpty(), warns);
}

void TestRotationStorage::absenceRoundTrip()
{
    Fixture f;
    QVERIFY(f.setUp());
    AbsenceRepository absences(*f.db);
    const Absence a{0, f.people.at(0), QDate(2030, 1, 10), QDate(2030, 1, 20), u" Vacation "_s};
    const Absence b{0, f.people.at(1), QDate(2030, 1, 1), QDate(2030, 1, 1), {}};
    const Absence c{0, f.people.at(0), QDate(2030, 3, 1), QDate(2030, 3, 9), u"Conference"_s};
    QList<qint64> ids;
    for (const Absence& absence : {a, b, c}) {
        auto id = absences.add(absence);
        QVERIFY2(id, qPrintable(id.errorString()));
        ids << *id;
    }
    auto found = absences.find(ids.at(0));
    QVERIFY(found && found->has_value());
    QCOMPARE(**found, (Absence{ids.at(0), f.people.at(0), QDate(2030, 1, 10), QDate(2030, 1, 20), u"Vacation"_s}));
    QCOMPARE(absences.all()->constFirst().id, ids.at(1)); // by first day
    QCOMPARE(absences.forPerson(f.people.at(0))->size(), 2);
    // Both ends count: the 20th touches a, the 1st touches b.
    QCOMPARE(absences.overlapping(QDate(2030, 1, 20), QDate(2030, 2, 28))->size(), 1);
    QCOMPARE(absences.overlapping(QDate(2029, 12, 1), QDate(2030, 1, 1))->size(), 1);
    QCOMPARE(absences.overlapping(QDate(2030, 1, 21), QDate(2030, 2, 28))->size(), 0);
    QCOMPARE(absences.overlapping(QDate(2029, 1, 1), QDate(2031, 1, 1))->size(), 3);

    Absence moved = **found;
    moved.to = QDate(2030, 1, 12);
    QVERIFY(absences.update(moved));
    QCOMPARE(absences.find(ids.at(0))->value().to, QDate(2030, 1, 12));
    QVERIFY(absences.remove(ids.at(0)));
    QCOMPARE(absences.all()->size(), 2);
}

void TestRotationStorage::absenceRefusesBadRanges_data()
{
    QTest::addColumn<int>("person");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("message");
    QTest::addRow("backwards") << 0 << QDate(2030, 1, 10) << QDate(2030, 1, 9) << u"runs backwards"_s;
    QTest::addRow("no first day") << 0 << QDate() << QDate(2030, 1, 9) << u"valid first and last day"_s;
    QTest::addRow("no last day") << 0 << QDate(2030, 1, 9) << QDate() << u"valid first and last day"_s;
    QTest::addRow("no person") << -1 << QDate(2030, 1, 9) << QDate(2030, 1, 9) << u"needs a person"_s;
    QTest::addRow("unknown person") << 99 << QDate(2030, 1, 9) << QDate(2030, 1, 9) << u"FOREIGN KEY"_s;
}

void TestRotationStorage::absenceRefusesBadRanges()
{
    QFETCH(int, person);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, message);
    Fixture f;
    QVERIFY(f.setUp());
    const QStringList before = dumpRotations(*f.db);
    const qint64 personId = person < 0 ? 0 : person == 0 ? f.people.at(0) : person;
    auto id = AbsenceRepository(*f.db).add({0, personId, from, to, {}});
    QVERIFY(!id);
    QVERIFY2(id.errorString().contains(message), qPrintable(id.errorString()));
    QCOMPARE(dumpRotations(*f.db), before);
}

void TestRotationStorage::rotationRoundTrip()
{
    Fixture f;
    QVERIFY(f.setUp());
    auto group = MastermindRepository(*f.db).add(f.group(u"Circle"_s, 4));
    QVERIFY(group);
    RotationRepository plans(*f.db);
    RotationRecord record = sampleRecord(*group, f.people);
    auto id = plans.save(record);
    QVERIFY2(id, qPrintable(id.errorString()));
    record.id = *id;
    auto found = plans.find(*id);
    QVERIFY2(found && found->has_value(), qPrintable(found.errorString()));
    QCOMPARE(**found, record);
    QCOMPARE(plans.findFor(RotationKind::HotSeat, *group)->value(), record);
    QVERIFY(!plans.findFor(RotationKind::HotSeat, *group + 1)->has_value());
    QVERIFY(!plans.findFor(RotationKind::MicroTeach, f.guild)->has_value());
    QCOMPARE(countRows(*f.db, u"SELECT count(*) FROM rotation_seat WHERE person_id IS NULL"_s), 1);

    RotationRecord onCall;
    onCall.kind = RotationKind::OnCall;
    onCall.communityId = f.guild;
    onCall.daysPerShift = 3;
    onCall.created = record.created;
    onCall.meetings = {{QDate(2030, 1, 1), {{QDate(2030, 1, 1), f.people.at(5)}}}};
    auto onCallId = plans.save(onCall);
    QVERIFY2(onCallId, qPrintable(onCallId.errorString()));
    onCall.id = *onCallId;
    QCOMPARE(plans.findFor(RotationKind::OnCall, f.guild)->value(), onCall);
    QCOMPARE(plans.all()->size(), 2);

    // One seat at a time, as an editor saves a swap or a topic.
    RotationSeat seat{monday(1), f.people.at(3), RotationSeat::Origin::Pinned, RotationSeat::Status::Swapped};
    QVERIFY(plans.saveSeat(*id, 2, seat, u"Pricing"_s));
    found = plans.find(*id);
    QCOMPARE((*found)->meetings.at(1).seats.at(1), seat);
    QCOMPARE((*found)->topic(monday(1), 2), u"Pricing"_s);
    QVERIFY(plans.remove(*id));
    QVERIFY(!plans.find(*id)->has_value());
    QCOMPARE(countRows(*f.db, u"SELECT count(*) FROM rotation_seat WHERE plan_id = ?"_s, {*id}), 0);
}

void TestRotationStorage::rotationSaveReplacesSeats()
{
    Fixture f;
    QVERIFY(f.setUp());
    auto group = MastermindRepository(*f.db).add(f.group(u"Circle"_s, 4));
    RotationRepository plans(*f.db);
    RotationRecord record = sampleRecord(*group, f.people);
    record.id = *plans.save(record);
    record.meetings.removeLast();
    record.topics.clear();
    record.seatsPerMeeting = 3;
    QCOMPARE(*plans.save(record), record.id);
    QCOMPARE(plans.find(record.id)->value(), record);
    QCOMPARE(countRows(*f.db, u"SELECT count(*) FROM rotation_plan"_s), 1);
    QCOMPARE(countRows(*f.db, u"SELECT count(*) FROM rotation_seat"_s), 4);
}

void TestRotationStorage::rotationRefusesBadRecords_data()
{
    QTest::addColumn<int>("problem");
    QTest::addColumn<QString>("message");
    QTest::addRow("hot seat without group") << 0 << u"belongs to a mastermind group"_s;
    QTest::addRow("no seats per meeting") << 1 << u"at least one seat"_s;
    QTest::addRow("meetings out of order") << 2 << u"date order"_s;
    QTest::addRow("too many seats") << 3 << u"has 2 seats"_s;
    QTest::addRow("seat filed under another date") << 4 << u"filed under"_s;
    QTest::addRow("on-call without shift length") << 5 << u"shifts of at least one day"_s;
    QTest::addRow("person twice in a meeting") << 6 << u"UNIQUE"_s;
    QTest::addRow("second plan for the group") << 7 << u"UNIQUE"_s;
}

void TestRotationStorage::rotationRefusesBadRecords()
{
    QFETCH(int, problem);
    QFETCH(QString, message);
    Fixture f;
    QVERIFY(f.setUp());
    auto group = MastermindRepository(*f.db).add(f.group(u"Circle"_s, 4));
    RotationRepository plans(*f.db);
    QVERIFY(plans.save(sampleRecord(*group, f.people)));
    auto other = MastermindRepository(*f.db).add(f.group(u"Other"_s, 4));
    const QStringList before = dumpRotations(*f.db);

    RotationRecord record = sampleRecord(*other, f.people);
    switch (problem) {
    case 0:
        record.mastermindGroupId = 0;
        break;
    case 1:
        record.seatsPerMeeting = 0;
        break;
    case 2:
        record.meetings.swapItemsAt(0, 1);
        break;
    case 3:
        record.seatsPerMeeting = 1;
        break;
    case 4:
        record.meetings[1].seats[0].date = monday(5);
        break;
    case 5:
        record.kind = RotationKind::OnCall;
        record.communityId = f.guild;
        break;
    case 6:
        record.meetings[2].seats[1].personId = record.meetings[2].seats[0].personId;
        break;
    case 7:
        record.mastermindGroupId = *group;
        break;
    }
    auto id = plans.save(record);
    QVERIFY(!id);
    QVERIFY2(id.errorString().contains(message), qPrintable(id.errorString()));
    QCOMPARE(dumpRotations(*f.db), before);
}

void TestRotationStorage::constraintsHoldInSql_data()
{
    // Statements that bypass the repositories must still be refused by the schema itself.
    QTest::addColumn<QString>("sql");
    QTest::addRow("unknown kind")
        << u"INSERT INTO rotation_plan (kind, community_id, created) VALUES ('pairs', 1, 'x')"_s;
    QTest::addRow("hot seat owned by a community")
        << u"INSERT INTO rotation_plan (kind, community_id, created) VALUES ('hot-seat', 1, 'x')"_s;
    QTest::addRow("micro-teach owned by a group")
        << u"INSERT INTO rotation_plan (kind, mastermind_group_id, created) VALUES ('micro-teach', 1, 'x')"_s;
    QTest::addRow("two owners") << u"INSERT INTO rotation_plan (kind, mastermind_group_id, community_id, created) "
                                   "VALUES ('hot-seat', 1, 1, 'x')"_s;
    QTest::addRow("no owner") << u"INSERT INTO rotation_plan (kind, created) VALUES ('micro-teach', 'x')"_s;
    QTest::addRow("on-call without days")
        << u"INSERT INTO rotation_plan (kind, community_id, created) VALUES ('on-call', 1, 'x')"_s;
    QTest::addRow("days on a micro-teach plan") << u"INSERT INTO rotation_plan (kind, community_id, days_per_shift, "
                                                   "created) VALUES ('micro-teach', 1, 7, 'x')"_s;
    QTest::addRow("zero seats per meeting") << u"INSERT INTO rotation_plan (kind, community_id, seats_per_meeting, "
                                               "created) VALUES ('micro-teach', 1, 0, 'x')"_s;
    QTest::addRow("second micro-teach plan")
        << u"INSERT INTO rotation_plan (kind, community_id, created) VALUES ('micro-teach', 2, 'x')"_s;
    QTest::addRow("unknown seat status") << u"INSERT INTO rotation_seat (plan_id, meeting_date, slot, status) "
                                            "VALUES (1, '2030-01-01', 1, 'lost')"_s;
    QTest::addRow("unknown seat origin") << u"INSERT INTO rotation_seat (plan_id, meeting_date, slot, origin) "
                                            "VALUES (1, '2030-01-01', 1, 'magic')"_s;
    QTest::addRow("slot zero")
        << u"INSERT INTO rotation_seat (plan_id, meeting_date, slot) VALUES (1, '2030-01-01', 0)"_s;
    QTest::addRow("seat of a missing plan")
        << u"INSERT INTO rotation_seat (plan_id, meeting_date, slot) VALUES (77, '2030-01-01', 1)"_s;
    QTest::addRow("absence backwards")
        << u"INSERT INTO absence (person_id, from_date, to_date) VALUES (1, '2030-01-02', '2030-01-01')"_s;
    QTest::addRow("absence not a date")
        << u"INSERT INTO absence (person_id, from_date, to_date) VALUES (1, 'soon', 'later!!!!!')"_s;
    QTest::addRow("confidential not a flag")
        << u"INSERT INTO mastermind_group (community_id, name, confidential) VALUES (1, 'X', 2)"_s;
    QTest::addRow("group name blank") << u"INSERT INTO mastermind_group (community_id, name) VALUES (1, '  ')"_s;
    QTest::addRow("group name taken in its community")
        << u"INSERT INTO mastermind_group (community_id, name) VALUES (1, 'CIRCLE')"_s;
    QTest::addRow("member twice")
        << u"INSERT INTO mastermind_member (group_id, person_id) SELECT group_id, person_id FROM mastermind_member "
           "LIMIT 1"_s;
}

void TestRotationStorage::constraintsHoldInSql()
{
    QFETCH(QString, sql);
    Fixture f;
    QVERIFY(f.setUp());
    auto group = MastermindRepository(*f.db).add(f.group(u"Circle"_s, 4));
    QVERIFY(group && *group == 1);
    RotationRecord micro;
    micro.kind = RotationKind::MicroTeach;
    micro.communityId = f.other;
    micro.created = QDateTime::currentDateTimeUtc();
    QVERIFY(RotationRepository(*f.db).save(micro));
    const QStringList before = dumpRotations(*f.db);
    QVERIFY2(!execError(*f.db, sql).isEmpty(), "the schema accepted it");
    QCOMPARE(dumpRotations(*f.db), before);
}

void TestRotationStorage::deletingAPersonCascades()
{
    Fixture f;
    QVERIFY(f.setUp());
    auto group = MastermindRepository(*f.db).add(f.group(u"Circle"_s, 4));
    QVERIFY(AbsenceRepository(*f.db).add({0, f.people.at(0), QDate(2030, 1, 1), QDate(2030, 1, 5), {}}));
    auto plan = RotationRepository(*f.db).save(sampleRecord(*group, f.people));
    QVERIFY(plan);
    const qint64 seats = countRows(*f.db, u"SELECT count(*) FROM rotation_seat"_s);

    QVERIFY(PersonRepository(*f.db).remove(f.people.at(0)));
    QCOMPARE(MastermindRepository(*f.db).find(*group)->value().members.size(), 3);
    QCOMPARE(AbsenceRepository(*f.db).all()->size(), 0);
    // The meetings stay; the seats the person held are empty now.
    QCOMPARE(countRows(*f.db, u"SELECT count(*) FROM rotation_seat"_s), seats);
    QCOMPARE(countRows(*f.db, u"SELECT count(*) FROM rotation_seat WHERE person_id IS NULL"_s), 3);
    QCOMPARE(countRows(*f.db, u"SELECT count(*) FROM pragma_foreign_key_check"_s), 0);
}

void TestRotationStorage::deletingAGroupOrCommunityCascades()
{
    Fixture f;
    QVERIFY(f.setUp());
    MastermindRepository groups(*f.db);
    auto circle = groups.add(f.group(u"Circle"_s, 4));
    auto elsewhere = groups.add(f.group(u"Elsewhere"_s, 2, f.other));
    RotationRepository plans(*f.db);
    QVERIFY(plans.save(sampleRecord(*circle, f.people)));
    QVERIFY(plans.save(sampleRecord(*elsewhere, f.people)));
    RotationRecord onCall;
    onCall.kind = RotationKind::OnCall;
    onCall.communityId = f.other;
    onCall.daysPerShift = 7;
    onCall.created = QDateTime::currentDateTimeUtc();
    onCall.meetings = {{QDate(2030, 1, 1), {{QDate(2030, 1, 1), f.people.at(1)}}}};
    QVERIFY(plans.save(onCall));

    QVERIFY(groups.remove(*circle));
    QCOMPARE(countRows(*f.db, u"SELECT count(*) FROM mastermind_member WHERE group_id = ?"_s, {*circle}), 0);
    QCOMPARE(plans.all()->size(), 2);
    QCOMPARE(countRows(*f.db, u"SELECT count(*) FROM rotation_seat"_s), 6 + 1);

    QVERIFY(CommunityRepository(*f.db).remove(f.other));
    QCOMPARE(groups.all()->size(), 0);
    QCOMPARE(plans.all()->size(), 0);
    for (const QString& table : kRotationTables) {
        if (table != u"absence"_s)
            QCOMPARE(countRows(*f.db, u"SELECT count(*) FROM %1"_s.arg(table)), 0);
    }
    QCOMPARE(*PersonRepository(*f.db).count(), 6);
}

void TestRotationStorage::regenerateKeepsThePastAndThePins()
{
    Fixture f;
    QVERIFY(f.setUp());
    auto group = MastermindRepository(*f.db).add(f.group(u"Circle"_s, 5));
    RotationSource source(*f.db);
    QList<QDate> dates;
    for (int i = 0; i < 10; ++i)
        dates << monday(i);
    RotationSeries series{RotationKind::HotSeat, *group, monday(0), dates, 1, 0, 7};
    auto draft = source.draft(series);
    QVERIFY2(draft, qPrintable(draft.errorString()));
    QVERIFY(!draft->stored);
    auto plan = RotationEngine::generate(draft->request);
    QVERIFY(plan);
    // A swap in the future becomes a pin; the past is marked done.
    auto swapped = RotationEngine::swapSeats(*plan, {7, 0}, {8, 0});
    QVERIFY(swapped);
    RotationPlan edited = swapped->plan;
    for (qsizetype m = 0; m < 4; ++m)
        edited.meetings[m].seats[0].status = RotationSeat::Status::Done;
    RotationRecord record = RotationSource::record(edited, series, *draft, QDateTime::currentDateTimeUtc());
    record.topics.insert({monday(2), 1}, u"Delegation"_s);
    QVERIFY(RotationRepository(*f.db).save(record));

    // Regenerate from week 4, with another seed, fortnightly: weeks 0-3 stay exactly, the pins stay.
    for (const quint64 seed : {1ULL, 99ULL, 12345ULL}) {
        RotationSeries again{RotationKind::HotSeat, *group, monday(4), {}, 1, 0, seed};
        for (int i = 0; i < 4; ++i)
            again.meetings << monday(4 + 2 * i);
        auto next = source.draft(again);
        QVERIFY2(next, qPrintable(next.errorString()));
        QVERIFY(next->stored);
        QCOMPARE(next->keptMeetings, 4);
        QCOMPARE(next->request.held.size(), 4);
        QCOMPARE(next->request.pinned.size(), 2);
        auto regenerated = RotationEngine::generate(next->request);
        QVERIFY2(regenerated, qPrintable(regenerated.errorString()));
        for (qsizetype m = 0; m < 4; ++m) {
            RotationSeat held = edited.meetings.at(m).seats.at(0);
            held.origin = RotationSeat::Origin::Held;
            QCOMPARE(regenerated->meetings.at(m).seats.at(0), held);
        }
        // The pinned weeks 7 and 8 are kept although the fortnightly series would skip week 7.
        QList<QDate> expected = {
            monday(0), monday(1), monday(2), monday(3), monday(4), monday(6), monday(7), monday(8), monday(10)};
        QCOMPARE(next->request.meetings, expected);
        QCOMPARE(regenerated->seats(RotationSeat::Origin::Pinned), edited.seats(RotationSeat::Origin::Pinned));
        QVERIFY2(regenerated->violations.isEmpty(), qPrintable(regenerated->violations.value(0).reason));
        const RotationRecord saved =
            RotationSource::record(*regenerated, again, *next, QDateTime::currentDateTimeUtc());
        QCOMPARE(saved.topic(monday(2), 1), u"Delegation"_s);
        QCOMPARE(saved.id, next->stored->id);
    }
}

void TestRotationStorage::regenerateKeepsTurnsOfPeopleWhoLeft()
{
    Fixture f;
    QVERIFY(f.setUp());
    MastermindRepository groups(*f.db);
    auto group = groups.add(f.group(u"Circle"_s, 4));
    RotationSource source(*f.db);
    RotationSeries series{
        RotationKind::HotSeat, *group, monday(0), {monday(0), monday(1), monday(2), monday(3)}, 1, 0, 0};
    auto draft = source.draft(series);
    auto plan = RotationEngine::generate(draft->request);
    QVERIFY(plan);
    QVERIFY(
        RotationRepository(*f.db).save(RotationSource::record(*plan, series, *draft, QDateTime::currentDateTimeUtc())));
    const qint64 leaver = plan->meetings.at(0).seats.at(0).personId;
    QVERIFY(groups.removeMember(*group, leaver));

    RotationSeries again{
        RotationKind::HotSeat, *group, monday(2), {monday(2), monday(3), monday(4), monday(5), monday(6)}, 1, 0, 0};
    auto next = source.draft(again);
    QVERIFY2(next, qPrintable(next.errorString()));
    QVERIFY(next->request.optedOut.contains(leaver));
    auto regenerated = RotationEngine::generate(next->request);
    QVERIFY2(regenerated, qPrintable(regenerated.errorString()));
    QCOMPARE(regenerated->meetings.at(0).seats.at(0).personId, leaver);
    for (qsizetype m = 2; m < regenerated->meetings.size(); ++m)
        QVERIFY(regenerated->meetings.at(m).seats.at(0).personId != leaver);
}

void TestRotationStorage::draftPassesStoredAbsences()
{
    Fixture f;
    QVERIFY(f.setUp());
    AbsenceRepository absences(*f.db);
    QVERIFY(absences.add({0, f.people.at(0), QDate(2030, 1, 9), QDate(2030, 1, 10), {}}));
    QVERIFY(absences.add({0, f.people.at(1), QDate(2031, 1, 1), QDate(2031, 1, 5), {}})); // outside the plan
    QVERIFY(absences.add({0, f.people.at(0), QDate(2029, 1, 1), QDate(2029, 1, 5), {}})); // before it
    RotationSource source(*f.db);

    RotationSeries micro{RotationKind::MicroTeach, f.guild, monday(0), {monday(0), monday(1), monday(2)}, 1, 0, 0};
    auto draft = source.draft(micro);
    QVERIFY(draft);
    QCOMPARE(draft->request.people.size(), 6);
    QCOMPARE(draft->request.absences,
             (QList<RotationAbsence>{{f.people.at(0), QDate(2030, 1, 9), QDate(2030, 1, 10)}}));

    // An on-call shift runs for days: an absence on its third day keeps the person off it.
    RotationSeries onCall{
        RotationKind::OnCall, f.other, QDate(2030, 1, 7), {QDate(2030, 1, 7), QDate(2030, 1, 14)}, 1, 7, 0};
    draft = source.draft(onCall);
    QVERIFY(draft);
    QCOMPARE(draft->request.people.size(), 2);
    QCOMPARE(draft->request.absences,
             (QList<RotationAbsence>{{f.people.at(0), QDate(2030, 1, 3), QDate(2030, 1, 10)}}));
    auto plan = RotationEngine::generate(draft->request);
    QVERIFY(plan);
    QCOMPARE(plan->meetings.at(0).people(), QList<qint64>{f.people.at(1)});
}

void TestRotationStorage::storedPlanIsReviewedAgainstTodaysAbsences()
{
    Fixture f;
    QVERIFY(f.setUp());
    auto group = MastermindRepository(*f.db).add(f.group(u"Circle"_s, 4));
    RotationSource source(*f.db);
    RotationSeries series{RotationKind::HotSeat, *group, monday(0), {monday(0), monday(1), monday(2)}, 1, 0, 0};
    auto draft = source.draft(series);
    auto plan = RotationEngine::generate(draft->request);
    auto id =
        RotationRepository(*f.db).save(RotationSource::record(*plan, series, *draft, QDateTime::currentDateTimeUtc()));
    QVERIFY(id);
    auto record = RotationRepository(*f.db).find(*id);
    auto shown = source.storedPlan(**record);
    QVERIFY2(shown, qPrintable(shown.errorString()));
    QVERIFY(shown->violations.isEmpty());
    QCOMPARE(shown->meetings, plan->meetings);

    const qint64 seated = plan->meetings.at(1).seats.at(0).personId;
    QVERIFY(AbsenceRepository(*f.db).add({0, seated, monday(1), monday(1), {}}));
    shown = source.storedPlan(**record);
    QVERIFY(shown);
    QCOMPARE(shown->violations.size(), 1);
    QCOMPARE(shown->violations.constFirst().rule, RotationViolation::Rule::Absent);
    QCOMPARE(shown->violations.constFirst().date, monday(1));
}

void TestRotationStorage::sampleHasRotations()
{
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(u"sample.steward"_s));
    QVERIFY(opened);
    const Database& db = **opened;
    QElapsedTimer timer;
    timer.start();
    auto summary = SampleCommunity::create(**opened, SampleCommunity::kDefaultSeed, test::fixedClock());
    QVERIFY2(summary, qPrintable(summary.errorString()));
    qInfo("the whole sample, rotations included: %lld ms", timer.elapsed());
    const QDate today = test::fixedClock().today();

    auto communities = CommunityRepository(db).all();
    auto groups = MastermindRepository(db).all();
    QVERIFY(groups);
    QCOMPARE(groups->size(), 2);
    QSet<qint64> groupCommunities;
    for (const MastermindGroup& g : std::as_const(*groups)) {
        QVERIFY2(g.members.size() >= 5 && g.members.size() <= 7, qPrintable(g.name));
        QVERIFY(g.confidential);
        QVERIFY(!g.groundRules.isEmpty());
        groupCommunities.insert(g.communityId);
        auto members = MembershipRepository(db).membersOf(g.communityId);
        QSet<qint64> inCommunity;
        for (const Member& m : std::as_const(*members))
            inCommunity.insert(m.membership.personId);
        for (const MastermindMember& m : g.members)
            QVERIFY(inCommunity.contains(m.personId));
    }
    QCOMPARE(groupCommunities.size(), 2);
    QVERIFY(AbsenceRepository(db).all()->size() >= 3);

    auto plans = RotationRepository(db).all();
    QVERIFY(plans);
    QMap<RotationKind, int> kinds;
    RotationSource source(db);
    for (const RotationRecord& plan : std::as_const(*plans)) {
        ++kinds[plan.kind];
        QVERIFY(plan.meetings.size() >= 26);
        QVERIFY(plan.meetings.constFirst().date.daysTo(plan.meetings.constLast().date) >= 350);
        QVERIFY(plan.meetings.constFirst().date < today && plan.meetings.constLast().date > today);
        int skipped = 0, swapped = 0, done = 0;
        for (const RotationMeeting& meeting : plan.meetings) {
            QCOMPARE(meeting.seats.size(), plan.seatsPerMeeting);
            for (const RotationSeat& seat : meeting.seats) {
                QVERIFY(!seat.isEmpty());
                if (meeting.date < today) {
                    QCOMPARE(seat.origin, RotationSeat::Origin::Held);
                    QVERIFY(seat.status != RotationSeat::Status::Planned);
                } else {
                    QVERIFY(seat.origin != RotationSeat::Origin::Held);
                }
                skipped += seat.status == RotationSeat::Status::Skipped;
                swapped += seat.status == RotationSeat::Status::Swapped;
                done += seat.status == RotationSeat::Status::Done;
            }
        }
        QVERIFY(done > 10);
        QVERIFY(swapped >= 2);
        if (plan.kind != RotationKind::OnCall)
            QVERIFY(skipped >= 1);
        if (plan.kind == RotationKind::MicroTeach) {
            QCOMPARE(plan.seatsPerMeeting, 1);
            QVERIFY(plan.topics.size() > 10);
        }
        if (plan.kind == RotationKind::OnCall)
            QCOMPARE(plan.daysPerShift, 7);
        // Every rule holds on what the sample stores, against the sample's absences.
        auto reviewed = source.storedPlan(plan);
        QVERIFY2(reviewed, qPrintable(reviewed.errorString()));
        QVERIFY2(reviewed->violations.isEmpty(), qPrintable(reviewed->violations.value(0).reason));
    }
    QCOMPARE(kinds.value(RotationKind::HotSeat), 2);
    QCOMPARE(kinds.value(RotationKind::MicroTeach), 1);
    QCOMPARE(kinds.value(RotationKind::OnCall), 1);
    const auto onCall = std::find_if(
        plans->cbegin(), plans->cend(), [](const RotationRecord& r) { return r.kind == RotationKind::OnCall; });
    const auto micro = std::find_if(
        plans->cbegin(), plans->cend(), [](const RotationRecord& r) { return r.kind == RotationKind::MicroTeach; });
    QVERIFY(onCall->communityId != micro->communityId);
}

void TestRotationStorage::sampleRotationsAreDeterministic()
{
    QTemporaryDir dir;
    QList<QStringList> dumps;
    for (const QString& name : {u"a.steward"_s, u"b.steward"_s, u"c.steward"_s}) {
        auto opened = Database::open(dir.filePath(name));
        QVERIFY(opened);
        const quint64 seed = name == u"c.steward"_s ? 8 : 7;
        QVERIFY(SampleCommunity::create(**opened, seed, test::fixedClock()));
        dumps << dumpRotations(**opened);
    }
    QCOMPARE(dumps.at(0), dumps.at(1));
    QVERIFY(dumps.at(0) != dumps.at(2));
}

QTEST_GUILESS_MAIN(TestRotationStorage)
#include "TestRotationStorage.moc"
