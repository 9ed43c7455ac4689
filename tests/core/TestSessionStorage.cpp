// SPDX-License-Identifier: GPL-3.0-or-later
// Sessions in storage: schema 3, round trips, refusals that write nothing, cascades, default phase plans,
// attendance, pairings and their history, the v1 fixture upgrade and the sample's sessions.
#include "TestWorkspace.h"
#include "demo/SampleCommunity.h"
#include "model/SessionPhasePlan.h"
#include "storage/CommunityRepository.h"
#include "storage/Database.h"
#include "storage/MembershipRepository.h"
#include "storage/PersonRepository.h"
#include "storage/SessionAttendanceRepository.h"
#include "storage/SessionPairingRepository.h"
#include "storage/SessionRepository.h"
#include "storage/SqlQuery.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(steward::SessionFormat)

namespace {

const QStringList kSessionTables = {u"session"_s,
                                    u"session_series"_s,
                                    u"session_exception"_s,
                                    u"session_role"_s,
                                    u"session_phase"_s,
                                    u"session_attendance"_s,
                                    u"session_pairing"_s,
                                    u"do_not_pair"_s};

QDateTime berlin(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone("Europe/Berlin"));
}

/** Every row of a table as text, ordered by its first column: an exact picture to compare before and after. */
QStringList dumpTable(const Database& db, const QString& table)
{
    QStringList rows;
    auto query = runQuery(db.connection(), u"SELECT * FROM %1 ORDER BY 1"_s.arg(table));
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

QStringList dumpSessions(const Database& db)
{
    QStringList all;
    for (const QString& table : kSessionTables)
        all << u"== "_s + table << dumpTable(db, table);
    return all;
}

qint64 countRows(const Database& db, const QString& sql, const QVariantList& values = {})
{
    auto query = runQuery(db.connection(), sql, values);
    if (!query || !query->next())
        return -1;
    return query->value(0).toLongLong();
}

} // namespace

class TestSessionStorage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void newFileHasSessionTables();
    void upgradesTheV1Fixture();
    void oneOffRoundTrip();
    void seriesRoundTrip_data();
    void seriesRoundTrip();
    void defaultPhasePlans_data();
    void defaultPhasePlans();
    void fittedPlansKeepTheLength_data();
    void fittedPlansKeepTheLength();
    void refusalsWriteNothing_data();
    void refusalsWriteNothing();
    void touchingSessionsDoNotOverlap();
    void exceptionsAreEditedAndChecked();
    void occurrencesInAWindow();
    void rolesAndPhases();
    void attendanceByOccurrence();
    void pairingsMetAndHistory();
    void doNotPairList();
    void cascades();
    void checkConstraints_data();
    void checkConstraints();
    void sampleHasAYearOfSessions();
    void sampleIsDeterministic();

private:
    std::unique_ptr<Database> sample(const QString& name, quint64 seed) const;
    Session oneOff(const QString& title, const QDateTime& start, int minutes = 60) const;
    Session weekly(const QString& title, const QDateTime& start, int count, int minutes = 60) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_guild = 0;
    qint64 m_otherGuild = 0;
    qint64 m_ada = 0;
    qint64 m_grace = 0;
    qint64 m_linus = 0;
    qint64 m_zoe = 0;
};

void TestSessionStorage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(u"sessions.steward"_s));
    QVERIFY2(db, qPrintable(db.errorString()));
    m_db = std::move(*db);
    PersonRepository people(*m_db);
    m_ada = *people.add({0, u"Ada Lovelace"_s, u"ada@example.org"_s, u"Analytics"_s, {}, {}, {}, {}, {}, {}, {}, {}});
    m_grace =
        *people.add({0, u"Grace Hopper"_s, u"grace@example.org"_s, u"Compilers"_s, {}, {}, {}, {}, {}, {}, {}, {}});
    m_linus = *people.add({0, u"Linus Pauling"_s, {}, u"Chemistry"_s, {}, {}, {}, {}, {}, {}, {}, {}});
    m_zoe = *people.add({0, u"Zoe Quinn"_s, u"zoe@example.org"_s, u"Analytics"_s, {}, {}, {}, {}, {}, {}, {}, {}});
    CommunityRepository communities(*m_db);
    m_guild = *communities.add({0, u"Testing Guild"_s, {}, {}, {}, {}, {}});
    m_otherGuild = *communities.add({0, u"Data Guild"_s, {}, {}, {}, {}, {}});
    QVERIFY(m_ada > 0 && m_grace > 0 && m_linus > 0 && m_zoe > 0 && m_guild > 0 && m_otherGuild > 0);
}

void TestSessionStorage::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

Session TestSessionStorage::oneOff(const QString& title, const QDateTime& start, int minutes) const
{
    Session s;
    s.communityId = m_guild;
    s.format = SessionFormat::CaseRound;
    s.title = title;
    s.start = start.toUTC();
    s.timeZone = u"Europe/Berlin"_s;
    s.minutes = minutes;
    return s;
}

Session TestSessionStorage::weekly(const QString& title, const QDateTime& start, int count, int minutes) const
{
    Session s = oneOff(title, start, minutes);
    s.format = SessionFormat::IncidentRetrospective;
    s.repeat = RecurrenceRule::weekly().setCount(count);
    return s;
}

void TestSessionStorage::newFileHasSessionTables()
{
    QVERIFY(Database::currentSchemaVersion() >= 3);
    QCOMPARE(m_db->schemaVersion(), Database::currentSchemaVersion());
    for (const QString& table : kSessionTables)
        QVERIFY2(countRows(*m_db, u"SELECT count(*) FROM sqlite_schema WHERE type='table' AND name=?"_s, {table}) == 1,
                 qPrintable(table));
    QCOMPARE(countRows(*m_db, u"SELECT count(*) FROM pragma_foreign_key_check"_s), 0);
}

void TestSessionStorage::upgradesTheV1Fixture()
{
    const QString source = test::testDataPath(u"steward-v1.sqlite"_s);
    QVERIFY2(QFile::exists(source), qPrintable(source));
    const QString path = m_dir->filePath(u"upgrade.sqlite"_s);
    QVERIFY(QFile::copy(source, path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    auto opened = Database::open(path, Database::OpenMode::ExistingOnly);
    QVERIFY2(opened, qPrintable(opened.errorString()));
    Database& db = **opened;
    QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
    QVERIFY(!db.backupPath().isEmpty());
    QCOMPARE(*db.integrityCheck(), u"ok"_s);

    // The data of schema 1 is all there.
    QCOMPARE(*PersonRepository(db).count(), 3);
    const auto guild = *CommunityRepository(db).findByName(u"Testing Guild"_s);
    QVERIFY(guild.has_value());
    QCOMPARE(MembershipRepository(db).membersOf(guild->id)->size(), 3);
    // The session tables are new and empty, and they work.
    for (const QString& table : kSessionTables)
        QCOMPARE(countRows(db, u"SELECT count(*) FROM %1"_s.arg(table)), 0);
    const Person ada = *PersonRepository(db).findByNameOrEmail(u"ada@example.org"_s);
    Session s = oneOff(u"First session after the upgrade"_s, berlin(2026, 3, 2, 10));
    s.communityId = guild->id;
    s.facilitatorId = ada.id;
    auto id = SessionRepository(db).add(s, {{ada.id, SessionRole::Presenter}});
    QVERIFY2(id, qPrintable(id.errorString()));
    QCOMPARE((*SessionRepository(db).find(*id))->facilitatorId, ada.id);
    QCOMPARE(countRows(db, u"SELECT count(*) FROM pragma_foreign_key_check"_s), 0);
}

void TestSessionStorage::oneOffRoundTrip()
{
    Session s = oneOff(u"  Case round: the outage that wasn't  "_s, berlin(2026, 3, 2, 10, 30), 75);
    s.format = SessionFormat::DecisionWalkthrough;
    s.place = u"Room Hopper"_s;
    s.link = u"https://meet.example.org/x?y=1&z=2"_s;
    s.facilitatorId = m_ada;
    s.agenda = u"1. Context\n2. Options; trade-offs, \"quotes\""_s;
    s.notes = u"Zoë said: 🙂"_s;
    s.learnings = u"Write it down."_s;
    s.confidential = true;
    s.uid = u"fixed-uid@example"_s;
    SessionRepository repository(*m_db);
    auto id = repository.add(s);
    QVERIFY2(id, qPrintable(id.errorString()));
    auto found = repository.find(*id);
    QVERIFY2(found && found->has_value(), qPrintable(found.errorString()));
    Session expected = s;
    expected.id = *id;
    expected.title = u"Case round: the outage that wasn't"_s;
    QCOMPARE(**found, expected);
    QCOMPARE((*found)->localStart().time(), QTime(10, 30));
    QCOMPARE(countRows(*m_db, u"SELECT count(*) FROM session WHERE start_utc = '2026-03-02T09:30:00Z'"_s), 1);

    // A new session gets a UUID; an update raises the sequence and keeps the UID.
    Session plain = oneOff(u"Plain"_s, berlin(2026, 3, 3, 10));
    auto plainId = repository.add(plain);
    QVERIFY(plainId);
    Session stored = **repository.find(*plainId);
    QCOMPARE(stored.uid.size(), 36);
    stored.title = u"Renamed"_s;
    QVERIFY(repository.update(stored));
    const Session updated = **repository.find(*plainId);
    QCOMPARE(updated.title, u"Renamed"_s);
    QCOMPARE(updated.sequence, 1);
    QCOMPARE(updated.uid, stored.uid);
}

void TestSessionStorage::seriesRoundTrip_data()
{
    QTest::addColumn<RecurrenceRule>("rule");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QList<RecurrenceException>>("exceptions");
    QTest::addColumn<int>("occurrences");

    QTest::addRow("weekly, count") << RecurrenceRule::weekly().setCount(5) << berlin(2026, 3, 2, 9)
                                   << QList<RecurrenceException>{} << 5;
    QTest::addRow("fortnightly, until, across DST")
        << RecurrenceRule::weekly(2).setUntil(QDate(2026, 4, 30)) << berlin(2026, 3, 5, 15)
        << QList<RecurrenceException>{RecurrenceException::cancel(QDate(2026, 3, 19)),
                                      RecurrenceException::move(QDate(2026, 4, 2), QDate(2026, 4, 3), QTime(14, 0), 45)}
        << 4;
    QTest::addRow("Monday and Wednesday") << RecurrenceRule::weekly(1, {Qt::Monday, Qt::Wednesday}).setCount(6)
                                          << berlin(2026, 3, 2, 12) << QList<RecurrenceException>{} << 6;
    QTest::addRow("monthly, second Tuesday")
        << RecurrenceRule::monthly(2).setCount(4) << berlin(2026, 3, 10, 14)
        << QList<RecurrenceException>{RecurrenceException::cancel(QDate(2026, 5, 12))} << 3;
    QTest::addRow("monthly, last Friday") << RecurrenceRule::monthly(-1).setUntil(QDate(2026, 12, 31))
                                          << berlin(2026, 1, 30, 16) << QList<RecurrenceException>{} << 12;
}

void TestSessionStorage::seriesRoundTrip()
{
    QFETCH(RecurrenceRule, rule);
    QFETCH(QDateTime, start);
    QFETCH(QList<RecurrenceException>, exceptions);
    QFETCH(int, occurrences);
    Session s = oneOff(u"Series"_s, start);
    s.repeat = rule;
    s.exceptions = exceptions;
    SessionRepository repository(*m_db);
    auto id = repository.add(s);
    QVERIFY2(id, qPrintable(id.errorString()));
    const Session stored = **repository.find(*id);
    QVERIFY(stored.isSeries());
    QCOMPARE(*stored.repeat, rule);
    QCOMPARE(stored.exceptions, exceptions);
    QCOMPARE(stored.occurrences().size(), occurrences);
    // Wall clock kept across daylight-saving changes.
    for (const SessionOccurrence& o : stored.occurrences()) {
        if (!o.moved)
            QCOMPARE(o.start.toTimeZone(stored.zone()).time(), start.time());
    }
    QCOMPARE(countRows(*m_db, u"SELECT count(*) FROM session_series"_s), 1);
    QCOMPARE(countRows(*m_db, u"SELECT count(*) FROM session_exception"_s), exceptions.size());
}

void TestSessionStorage::defaultPhasePlans_data()
{
    QTest::addColumn<SessionFormat>("format");
    QTest::addColumn<QStringList>("names");
    const QStringList any;
    for (SessionFormat format : allSessionFormats()) {
        QStringList names;
        if (format == SessionFormat::ThinkPairShare)
            names = {u"Think"_s, u"Pair"_s, u"Share"_s};
        else if (format == SessionFormat::Mastermind)
            names = {u"Check-in"_s, u"Hot seats"_s, u"Check-out"_s};
        QTest::addRow("%s", qPrintable(sessionFormatKey(format))) << format << names;
    }
}

void TestSessionStorage::defaultPhasePlans()
{
    QFETCH(SessionFormat, format);
    QFETCH(QStringList, names);
    QVERIFY(!sessionFormatDisplayName(format).isEmpty());
    QCOMPARE(sessionFormatFromKey(sessionFormatKey(format)), std::optional<SessionFormat>(format));
    const QList<SessionPhase> plan = SessionPhasePlan::defaultFor(format);
    QVERIFY(plan.size() >= 2);
    int total = 0;
    QStringList planNames;
    for (const SessionPhase& phase : plan) {
        QVERIFY(!phase.name.isEmpty());
        QVERIFY(!phase.prompt.isEmpty());
        QVERIFY(phase.minutes >= 1);
        total += phase.minutes;
        planNames << phase.name;
    }
    QCOMPARE(total, SessionPhasePlan::usualMinutes(format));
    if (!names.isEmpty())
        QCOMPARE(planNames, names);

    // A new session gets its format's plan: as is at the usual length, scaled otherwise.
    SessionRepository repository(*m_db);
    Session usual = oneOff(u"Usual"_s, berlin(2026, 3, 2, 9), total);
    usual.format = format;
    auto usualId = repository.add(usual);
    QVERIFY2(usualId, qPrintable(usualId.errorString()));
    QCOMPARE(*repository.phases(*usualId), plan);
    Session shorter = oneOff(u"Shorter"_s, berlin(2026, 3, 3, 9), 25);
    shorter.format = format;
    auto shorterId = repository.add(shorter);
    QVERIFY(shorterId);
    const QList<SessionPhase> stored = *repository.phases(*shorterId);
    QCOMPARE(stored.size(), plan.size());
    int storedTotal = 0;
    for (qsizetype i = 0; i < stored.size(); ++i) {
        QCOMPARE(stored.at(i).name, plan.at(i).name);
        storedTotal += stored.at(i).minutes;
    }
    QCOMPARE(storedTotal, 25);
}

void TestSessionStorage::fittedPlansKeepTheLength_data()
{
    QTest::addColumn<int>("minutes");
    for (int minutes : {1, 3, 7, 10, 29, 30, 31, 45, 59, 60, 61, 90, 240, 1440})
        QTest::addRow("%d minutes", minutes) << minutes;
}

void TestSessionStorage::fittedPlansKeepTheLength()
{
    QFETCH(int, minutes);
    for (SessionFormat format : allSessionFormats()) {
        const QList<SessionPhase> plan = SessionPhasePlan::defaultFor(format);
        const QList<SessionPhase> fitted = SessionPhasePlan::fitted(plan, minutes);
        QCOMPARE(fitted.size(), plan.size());
        int total = 0;
        for (const SessionPhase& phase : fitted) {
            QVERIFY(phase.minutes >= 1);
            total += phase.minutes;
        }
        QCOMPARE(total, std::max<int>(minutes, int(plan.size())));
    }
}

void TestSessionStorage::refusalsWriteNothing_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("message");
    QTest::addRow("overlaps a one-off") << u"overlap one-off"_s << u"would overlap"_s;
    QTest::addRow("overlaps a series occurrence") << u"overlap series"_s << u"would overlap"_s;
    QTest::addRow("series overlaps a one-off") << u"series over one-off"_s << u"would overlap"_s;
    QTest::addRow("zero minutes") << u"zero minutes"_s << u"between 1 minute and 24 hours"_s;
    QTest::addRow("negative minutes") << u"negative minutes"_s << u"between 1 minute and 24 hours"_s;
    QTest::addRow("series without an end") << u"no end"_s << u"number of sessions or an end date"_s;
    QTest::addRow("series ending before it starts") << u"end before start"_s << u"before its first session"_s;
    QTest::addRow("unknown time zone") << u"bad zone"_s << u"not a known time zone"_s;
    QTest::addRow("no title") << u"no title"_s << u"needs a title"_s;
    QTest::addRow("unknown community") << u"unknown community"_s << u"community"_s;
    QTest::addRow("unknown facilitator") << u"unknown facilitator"_s << u"No person has the id"_s;
    QTest::addRow("unknown person in a role") << u"unknown role person"_s << u"No person has the id"_s;
    QTest::addRow("exception on a one-off") << u"one-off exception"_s << u"Only a series"_s;
}

void TestSessionStorage::refusalsWriteNothing()
{
    QFETCH(QString, what);
    QFETCH(QString, message);
    SessionRepository repository(*m_db);
    QVERIFY(repository.add(oneOff(u"Existing one-off"_s, berlin(2026, 3, 2, 10))));
    QVERIFY(repository.add(weekly(u"Existing series"_s, berlin(2026, 3, 4, 15), 10)));
    const QStringList before = dumpSessions(*m_db);

    Session s = oneOff(u"New"_s, berlin(2026, 3, 20, 9));
    QList<SessionRoleAssignment> roles;
    if (what == u"overlap one-off"_s)
        s.start = berlin(2026, 3, 2, 10, 59).toUTC();
    else if (what == u"overlap series"_s)
        s.start = berlin(2026, 4, 1, 14, 30).toUTC();
    else if (what == u"series over one-off"_s)
        s = weekly(u"New series"_s, berlin(2026, 2, 23, 10, 30), 3);
    else if (what == u"zero minutes"_s)
        s.minutes = 0;
    else if (what == u"negative minutes"_s)
        s.minutes = -30;
    else if (what == u"no end"_s)
        s.repeat = RecurrenceRule::weekly();
    else if (what == u"end before start"_s)
        s.repeat = RecurrenceRule::weekly().setUntil(QDate(2026, 3, 1));
    else if (what == u"bad zone"_s)
        s.timeZone = u"Mars/Olympus_Mons"_s;
    else if (what == u"no title"_s)
        s.title = u"   "_s;
    else if (what == u"unknown community"_s)
        s.communityId = 999;
    else if (what == u"unknown facilitator"_s)
        s.facilitatorId = 999;
    else if (what == u"unknown role person"_s)
        roles = {{m_ada, SessionRole::Presenter}, {999, SessionRole::Observer}};
    else if (what == u"one-off exception"_s)
        s.exceptions = {RecurrenceException::cancel(QDate(2026, 3, 20))};
    auto id = repository.add(s, roles);
    QVERIFY(!id);
    QVERIFY2(id.errorString().contains(message), qPrintable(id.errorString()));
    QCOMPARE(dumpSessions(*m_db), before);
}

void TestSessionStorage::touchingSessionsDoNotOverlap()
{
    SessionRepository repository(*m_db);
    QVERIFY(repository.add(oneOff(u"First"_s, berlin(2026, 3, 2, 10))));
    auto second = repository.add(oneOff(u"Right after"_s, berlin(2026, 3, 2, 11)));
    QVERIFY2(second, qPrintable(second.errorString()));
    // Another community may meet at the same time.
    Session elsewhere = oneOff(u"Same time elsewhere"_s, berlin(2026, 3, 2, 10));
    elsewhere.communityId = m_otherGuild;
    QVERIFY(repository.add(elsewhere));
    // A session in another zone that lands on the same instant does overlap.
    Session london =
        oneOff(u"Same instant, London"_s, QDateTime(QDate(2026, 3, 2), QTime(9, 30), QTimeZone("Europe/London")));
    london.timeZone = u"Europe/London"_s;
    QVERIFY(!repository.add(london));
}

void TestSessionStorage::exceptionsAreEditedAndChecked()
{
    SessionRepository repository(*m_db);
    const qint64 series = *repository.add(weekly(u"Weekly"_s, berlin(2026, 3, 2, 10), 6));
    const qint64 other = *repository.add(oneOff(u"Tuesday"_s, berlin(2026, 3, 10, 10)));
    QVERIFY(other > 0);
    QVERIFY(repository.setException(series, RecurrenceException::cancel(QDate(2026, 3, 16))));
    QVERIFY(repository.setException(series,
                                    RecurrenceException::move(QDate(2026, 3, 23), QDate(2026, 3, 24), QTime(14, 0))));
    Session stored = **repository.find(series);
    QCOMPARE(stored.exceptions.size(), 2);
    QCOMPARE(stored.sequence, 2);
    QCOMPARE(stored.occurrences().size(), 5);
    QVERIFY(!stored.occurrenceOn(QDate(2026, 3, 16)));
    QCOMPARE(stored.occurrenceOn(QDate(2026, 3, 23))->start, berlin(2026, 3, 24, 14));

    // Moving an occurrence onto another session of the community is refused and changes nothing.
    const QStringList before = dumpSessions(*m_db);
    auto clash = repository.setException(
        series, RecurrenceException::move(QDate(2026, 3, 9), QDate(2026, 3, 10), QTime(10, 30)));
    QVERIFY(!clash);
    QVERIFY2(clash.errorString().contains(u"would overlap"_s), qPrintable(clash.errorString()));
    QCOMPARE(dumpSessions(*m_db), before);
    // An occurrence the rule does not have cannot be changed.
    QVERIFY(!repository.setException(series, RecurrenceException::cancel(QDate(2026, 3, 17))));

    QVERIFY(repository.removeException(series, QDate(2026, 3, 16)));
    stored = **repository.find(series);
    QCOMPARE(stored.exceptions.size(), 1);
    QCOMPARE(stored.occurrences().size(), 6);
}

void TestSessionStorage::occurrencesInAWindow()
{
    SessionRepository repository(*m_db);
    Session series = weekly(u"Weekly"_s, berlin(2026, 3, 2, 10), 10);
    series.exceptions = {RecurrenceException::move(QDate(2026, 5, 4), QDate(2026, 3, 20), QTime(9, 0))};
    const qint64 seriesId = *repository.add(series);
    const qint64 single = *repository.add(oneOff(u"Single"_s, berlin(2026, 3, 18, 12)));
    auto found = repository.occurrences(m_guild, berlin(2026, 3, 16, 0), berlin(2026, 3, 23, 0));
    QVERIFY2(found, qPrintable(found.errorString()));
    QCOMPARE(found->size(), 3);
    QCOMPARE(found->at(0).sessionId, seriesId);
    QCOMPARE(found->at(0).date, QDate(2026, 3, 16));
    QCOMPARE(found->at(1).sessionId, single);
    // The last occurrence of the rule, moved two months earlier, is found in this week.
    QCOMPARE(found->at(2).date, QDate(2026, 5, 4));
    QVERIFY(found->at(2).moved);
    QCOMPARE(repository.occurrences(m_otherGuild, {}, {})->size(), 0);
    QCOMPARE(repository.occurrences(m_guild, {}, {})->size(), 11);
}

void TestSessionStorage::rolesAndPhases()
{
    SessionRepository repository(*m_db);
    const QList<SessionRoleAssignment> roles = {{m_grace, SessionRole::Presenter},
                                                {m_ada, SessionRole::NoteTaker},
                                                {m_zoe, SessionRole::Observer},
                                                {m_linus, SessionRole::Observer},
                                                {m_ada, SessionRole::CoLead}};
    const qint64 id = *repository.add(oneOff(u"Roles"_s, berlin(2026, 3, 2, 10)), roles);
    QList<SessionRoleAssignment> expected = roles;
    std::sort(expected.begin(), expected.end(), [](const auto& a, const auto& b) {
        return a.role != b.role ? a.role < b.role : a.personId < b.personId;
    });
    QCOMPARE(*repository.roles(id), expected);
    QVERIFY(repository.setRoles(id, {{m_zoe, SessionRole::NoteTaker}}));
    QCOMPARE(*repository.roles(id), (QList<SessionRoleAssignment>{{m_zoe, SessionRole::NoteTaker}}));
    QVERIFY(!repository.setRoles(id, {{m_zoe, SessionRole::Presenter}, {999, SessionRole::Observer}}));
    QCOMPARE(*repository.roles(id), (QList<SessionRoleAssignment>{{m_zoe, SessionRole::NoteTaker}}));

    const QList<SessionPhase> phases = {{u"Think"_s, 5, u"Alone."_s}, {u"Pair"_s, 10, {}}, {u"Share"_s, 15, u"All."_s}};
    QVERIFY(repository.setPhases(id, phases));
    QCOMPARE(*repository.phases(id), phases);
    QVERIFY(!repository.setPhases(id, {{u"Fine"_s, 5, {}}, {u" "_s, 5, {}}}));
    QVERIFY(!repository.setPhases(id, {{u"Zero"_s, 0, {}}}));
    QCOMPARE(*repository.phases(id), phases);
    QVERIFY(!repository.setPhases(999, phases));
    for (SessionRole role : allSessionRoles())
        QCOMPARE(sessionRoleFromKey(sessionRoleKey(role)), std::optional<SessionRole>(role));
}

void TestSessionStorage::attendanceByOccurrence()
{
    SessionRepository sessions(*m_db);
    Session s = weekly(u"Weekly"_s, berlin(2026, 3, 2, 10), 4);
    s.exceptions = {RecurrenceException::cancel(QDate(2026, 3, 9))};
    const qint64 series = *sessions.add(s);
    const qint64 single = *sessions.add(oneOff(u"Single"_s, berlin(2026, 3, 4, 10)));
    SessionAttendanceRepository attendance(*m_db);
    QVERIFY(attendance.record({series, QDate(2026, 3, 2), m_ada, AttendanceStatus::Attended}));
    QVERIFY(attendance.recordAll({{series, QDate(2026, 3, 16), m_ada, AttendanceStatus::Excused},
                                  {series, QDate(2026, 3, 16), m_grace, AttendanceStatus::Absent},
                                  {single, QDate(2026, 3, 4), m_grace, AttendanceStatus::Attended}}));
    // Recording again changes the status.
    QVERIFY(attendance.record({series, QDate(2026, 3, 2), m_ada, AttendanceStatus::Absent}));
    QCOMPARE(attendance.forSession(series)->size(), 3);
    QCOMPARE(attendance.forOccurrence(series, QDate(2026, 3, 2))->constFirst().status, AttendanceStatus::Absent);
    QCOMPARE(attendance.forPerson(m_grace)->size(), 2);
    QCOMPARE(attendance.forCommunity(m_guild)->size(), 4);

    // Refused, and nothing of the batch written: a cancelled occurrence, a day without one, unknowns.
    const QStringList before = dumpTable(*m_db, u"session_attendance"_s);
    for (const SessionAttendance& bad :
         QList<SessionAttendance>{{series, QDate(2026, 3, 9), m_zoe, AttendanceStatus::Attended},
                                  {series, QDate(2026, 3, 10), m_zoe, AttendanceStatus::Attended},
                                  {single, QDate(2026, 3, 5), m_zoe, AttendanceStatus::Attended},
                                  {999, QDate(2026, 3, 2), m_zoe, AttendanceStatus::Attended},
                                  {series, QDate(2026, 3, 2), 999, AttendanceStatus::Attended}}) {
        QVERIFY(!attendance.recordAll({{series, QDate(2026, 3, 23), m_zoe, AttendanceStatus::Attended}, bad}));
        QCOMPARE(dumpTable(*m_db, u"session_attendance"_s), before);
    }
    QVERIFY(attendance.remove(series, QDate(2026, 3, 2), m_ada));
    QCOMPARE(attendance.forSession(series)->size(), 2);
    for (AttendanceStatus status : allAttendanceStatuses())
        QCOMPARE(attendanceStatusFromKey(attendanceStatusKey(status)), std::optional<AttendanceStatus>(status));
}

void TestSessionStorage::pairingsMetAndHistory()
{
    SessionRepository sessions(*m_db);
    const qint64 first = *sessions.add(oneOff(u"TPS 1"_s, berlin(2026, 3, 2, 10), 30));
    const qint64 second = *sessions.add(oneOff(u"TPS 2"_s, berlin(2026, 3, 9, 10), 30));
    const qint64 elsewhere = [&] {
        Session s = oneOff(u"Other guild"_s, berlin(2026, 3, 2, 10), 30);
        s.communityId = m_otherGuild;
        return *sessions.add(s);
    }();
    SessionPairingRepository pairings(*m_db);
    const QList<QList<QList<qint64>>> rounds = {{{m_ada, m_grace}, {m_linus, m_zoe}},
                                                {{m_ada, m_linus, m_zoe}, {m_grace, m_ada}}};
    // Ada twice in round 2: refused.
    QVERIFY(!pairings.save(SessionPairing::fromRounds(first, QDate(2026, 3, 2), rounds)));
    QVERIFY(!pairings.save(SessionPairing::fromRounds(first, QDate(2026, 3, 2), {{{m_ada}, {m_grace, m_zoe}}})));
    QVERIFY(!pairings.save(SessionPairing::fromRounds(first, QDate(2026, 3, 3), {{{m_ada, m_grace}}})));
    QCOMPARE(countRows(*m_db, u"SELECT count(*) FROM session_pairing"_s), 0);

    const QList<QList<QList<qint64>>> good = {{{m_ada, m_grace}, {m_linus, m_zoe}},
                                              {{m_ada, m_linus, m_zoe}, {m_grace}}};
    QVERIFY(!pairings.save(SessionPairing::fromRounds(first, QDate(2026, 3, 2), good))); // Grace alone
    const QList<QList<QList<qint64>>> valid = {{{m_ada, m_grace}, {m_linus, m_zoe}},
                                               {{m_ada, m_linus, m_zoe, m_grace}}};
    const SessionPairing pairing = SessionPairing::fromRounds(first, QDate(2026, 3, 2), valid);
    QVERIFY(pairings.save(pairing));
    QCOMPARE(*pairings.find(first, QDate(2026, 3, 2)), pairing);
    QCOMPARE(pairings.find(first, QDate(2026, 3, 2))->rounds(), valid);
    QVERIFY(pairings.save(SessionPairing::fromRounds(second, QDate(2026, 3, 9), {{{m_ada, m_grace}}})));
    QVERIFY(pairings.save(SessionPairing::fromRounds(elsewhere, QDate(2026, 3, 2), {{{m_ada, m_grace}}})));

    PairingHistory all = *pairings.history(m_guild);
    QCOMPARE(all.count(m_ada, m_grace), 3);
    QCOMPARE(all.count(m_linus, m_zoe), 2);
    QCOMPARE(all.count(m_grace, m_zoe), 1);
    // Only meetings before the occurrence count when planning it.
    QCOMPARE(pairings.history(m_guild, QDate(2026, 3, 9))->count(m_ada, m_grace), 2);
    QCOMPARE(pairings.history(m_otherGuild)->count(m_ada, m_grace), 1);

    // Grace left before round 2; round 1's second group never met.
    QVERIFY(pairings.setMet(first, QDate(2026, 3, 2), 2, m_grace, false));
    QVERIFY(pairings.setGroupMet(first, QDate(2026, 3, 2), 1, 2, false));
    QVERIFY(!pairings.setMet(first, QDate(2026, 3, 2), 3, m_grace, false));
    QVERIFY(!pairings.setGroupMet(first, QDate(2026, 3, 2), 1, 7, false));
    const PairingHistory met = *pairings.history(m_guild, QDate(2026, 3, 9));
    QCOMPARE(met.count(m_ada, m_grace), 1);
    QCOMPARE(met.count(m_linus, m_zoe), 1);
    QCOMPARE(met.count(m_grace, m_zoe), 0);
    QCOMPARE(met.count(m_ada, m_linus), 1);

    // Saving again replaces the occurrence's rounds.
    QVERIFY(
        pairings.save(SessionPairing::fromRounds(first, QDate(2026, 3, 2), {{{m_ada, m_zoe}, {m_grace, m_linus}}})));
    QCOMPARE(pairings.find(first, QDate(2026, 3, 2))->seats.size(), 4);
    QVERIFY(pairings.remove(first, QDate(2026, 3, 2)));
    QVERIFY(pairings.find(first, QDate(2026, 3, 2))->seats.isEmpty());
}

void TestSessionStorage::doNotPairList()
{
    SessionPairingRepository pairings(*m_db);
    QVERIFY(pairings.addDoNotPair(m_guild, m_zoe, m_ada));
    QVERIFY(pairings.addDoNotPair(m_guild, m_ada, m_zoe)); // the same wish, kept once
    QVERIFY(pairings.addDoNotPair(m_guild, m_grace, m_linus));
    QVERIFY(pairings.addDoNotPair(m_otherGuild, m_ada, m_grace));
    QVERIFY(!pairings.addDoNotPair(m_guild, m_ada, m_ada));
    const QList<QPair<qint64, qint64>> expected = {{std::min(m_ada, m_zoe), std::max(m_ada, m_zoe)},
                                                   {std::min(m_grace, m_linus), std::max(m_grace, m_linus)}};
    QCOMPARE(*pairings.doNotPair(m_guild), expected);
    QVERIFY(pairings.removeDoNotPair(m_guild, m_zoe, m_ada));
    QCOMPARE(pairings.doNotPair(m_guild)->size(), 1);
    QCOMPARE(pairings.doNotPair(m_otherGuild)->size(), 1);
}

void TestSessionStorage::cascades()
{
    SessionRepository sessions(*m_db);
    Session s = weekly(u"Weekly"_s, berlin(2026, 3, 2, 10), 4);
    s.facilitatorId = m_grace;
    s.exceptions = {RecurrenceException::cancel(QDate(2026, 3, 9))};
    const qint64 series = *sessions.add(s, {{m_ada, SessionRole::NoteTaker}, {m_zoe, SessionRole::Observer}});
    Session t = oneOff(u"Single"_s, berlin(2026, 3, 4, 10));
    t.facilitatorId = m_grace;
    const qint64 single = *sessions.add(t, {{m_linus, SessionRole::Presenter}});
    SessionAttendanceRepository attendance(*m_db);
    QVERIFY(attendance.recordAll({{series, QDate(2026, 3, 2), m_ada, AttendanceStatus::Attended},
                                  {series, QDate(2026, 3, 2), m_zoe, AttendanceStatus::Attended},
                                  {single, QDate(2026, 3, 4), m_ada, AttendanceStatus::Attended}}));
    SessionPairingRepository pairings(*m_db);
    QVERIFY(
        pairings.save(SessionPairing::fromRounds(series, QDate(2026, 3, 2), {{{m_ada, m_zoe}, {m_grace, m_linus}}})));
    QVERIFY(pairings.addDoNotPair(m_guild, m_ada, m_linus));
    auto count = [this](const QString& table) { return countRows(*m_db, u"SELECT count(*) FROM %1"_s.arg(table)); };

    // A person leaves: their roles, attendance, seats and wishes go; sessions they facilitated lose the facilitator.
    QVERIFY(PersonRepository(*m_db).remove(m_grace));
    QCOMPARE((*sessions.find(series))->facilitatorId, 0);
    QCOMPARE(count(u"session_pairing"_s), 3);
    QVERIFY(PersonRepository(*m_db).remove(m_ada));
    QCOMPARE(count(u"session_pairing"_s), 2);
    QCOMPARE(count(u"session_role"_s), 2);
    QCOMPARE(count(u"session_attendance"_s), 1);
    QCOMPARE(count(u"do_not_pair"_s), 0);

    // A session goes with its series, exceptions, roles, phases, attendance and pairs.
    QVERIFY(sessions.remove(series));
    for (const QString& table :
         {u"session_series"_s, u"session_exception"_s, u"session_attendance"_s, u"session_pairing"_s})
        QCOMPARE(count(table), 0);
    QCOMPARE(count(u"session_role"_s), 1);
    QCOMPARE(countRows(*m_db, u"SELECT count(*) FROM session_phase WHERE session_id = ?"_s, {series}), 0);

    // A community goes with its sessions and its do-not-pair list.
    QVERIFY(pairings.addDoNotPair(m_guild, m_zoe, m_linus));
    QVERIFY(CommunityRepository(*m_db).remove(m_guild));
    for (const QString& table : kSessionTables)
        QCOMPARE(count(table), 0);
    QCOMPARE(countRows(*m_db, u"SELECT count(*) FROM pragma_foreign_key_check"_s), 0);
}

void TestSessionStorage::checkConstraints_data()
{
    QTest::addColumn<QString>("sql");
    const QString session = u"INSERT INTO session (community_id, format, title, start_utc, time_zone, minutes, uid, "
                            "span_start_utc, span_end_utc) VALUES (%1)"_s;
    const QString good = u"1, 'ama', 'T', '2026-03-02T09:00:00Z', 'UTC', 60, '%1', '2026-03-02T09:00:00Z', "
                         "'2026-03-02T10:00:00Z'"_s;
    QTest::addRow("unknown format") << session.arg(QString(good).replace(u"'ama'"_s, u"'lecture'"_s).arg(u"a"_s));
    QTest::addRow("zero minutes") << session.arg(QString(good).replace(u", 60,"_s, u", 0,"_s).arg(u"b"_s));
    QTest::addRow("local start") << session.arg(
        QString(good).replace(u"'2026-03-02T09:00:00Z', 'UTC'"_s, u"'2026-03-02 10:00', 'UTC'"_s).arg(u"c"_s));
    QTest::addRow("empty title") << session.arg(QString(good).replace(u"'T'"_s, u"'  '"_s).arg(u"d"_s));
    QTest::addRow("no community") << session.arg(QString(good).replace(u"1, 'ama'"_s, u"99, 'ama'"_s).arg(u"e"_s));
    QTest::addRow("duplicate uid") << session.arg(good.arg(u"existing"_s));
    QTest::addRow("count and until") << u"INSERT INTO session_series (session_id, frequency, session_count, "
                                        "until_date) VALUES (1, 'weekly', 3, '2026-05-01')"_s;
    QTest::addRow("neither count nor until")
        << u"INSERT INTO session_series (session_id, frequency) VALUES (1, 'weekly')"_s;
    QTest::addRow("daily") << u"INSERT INTO session_series (session_id, frequency, session_count) "
                              "VALUES (1, 'daily', 3)"_s;
    QTest::addRow("weekday 8") << u"INSERT INTO session_series (session_id, frequency, weekdays, session_count) "
                                  "VALUES (1, 'weekly', '1,8', 3)"_s;
    QTest::addRow("exception of no series")
        << u"INSERT INTO session_exception (session_id, original_date, cancelled) VALUES (1, '2026-03-02', 1)"_s;
    QTest::addRow("unknown role") << u"INSERT INTO session_role (session_id, person_id, role) "
                                     "VALUES (1, 1, 'hot-seat')"_s;
    QTest::addRow("unknown status") << u"INSERT INTO session_attendance (session_id, occurrence_date, person_id, "
                                       "status) VALUES (1, '2026-03-02', 1, 'late')"_s;
    QTest::addRow("met is 2") << u"INSERT INTO session_pairing (session_id, occurrence_date, round_no, group_no, "
                                 "person_id, met) VALUES (1, '2026-03-02', 1, 1, 1, 2)"_s;
    QTest::addRow("round 0") << u"INSERT INTO session_pairing (session_id, occurrence_date, round_no, group_no, "
                                "person_id) VALUES (1, '2026-03-02', 0, 1, 1)"_s;
    QTest::addRow("do-not-pair reversed") << u"INSERT INTO do_not_pair (community_id, person_id, other_person_id) "
                                             "VALUES (1, 2, 1)"_s;
    QTest::addRow("phase of no minutes") << u"INSERT INTO session_phase (session_id, position, name, minutes) "
                                            "VALUES (1, 9, 'X', 0)"_s;
}

void TestSessionStorage::checkConstraints()
{
    QFETCH(QString, sql);
    Session s = oneOff(u"Existing"_s, berlin(2026, 3, 2, 10));
    s.uid = u"existing"_s;
    QCOMPARE(*SessionRepository(*m_db).add(s), 1);
    QCOMPARE(m_guild, 1);
    QVERIFY(!runQuery(m_db->connection(), sql));
}

std::unique_ptr<Database> TestSessionStorage::sample(const QString& name, quint64 seed) const
{
    auto db = Database::open(m_dir->filePath(name));
    if (!db)
        qFatal("cannot open: %s", qPrintable(db.errorString()));
    QElapsedTimer timer;
    timer.start();
    auto summary = SampleCommunity::create(**db, seed, test::fixedClock());
    if (!summary)
        qFatal("cannot create the sample: %s", qPrintable(summary.errorString()));
    qInfo("sample (seed %llu) written in %lld ms", seed, timer.elapsed());
    return std::move(*db);
}

void TestSessionStorage::sampleHasAYearOfSessions()
{
    auto db = sample(u"sample.steward"_s, SampleCommunity::kDefaultSeed);
    const QDate today = test::fixedClock().today();
    SessionRepository repository(*db);
    SessionAttendanceRepository attendance(*db);
    QSet<SessionFormat> formats;
    int series = 0;
    int changedSeries = 0;
    int pastOccurrences = 0;
    int futureOccurrences = 0;
    QSet<SessionFormat> oneOffFormats;
    for (const Community& community : *CommunityRepository(*db).all()) {
        const QList<Session> sessions = *repository.forCommunity(community.id);
        QVERIFY2(sessions.size() >= 6, qPrintable(community.name));
        QHash<qint64, ParticipationLevel> members;
        for (const Member& m : *MembershipRepository(*db).membersOf(community.id))
            members.insert(m.membership.personId, m.membership.level);
        QList<SessionOccurrence> all;
        QSet<SessionFormat> here;
        for (const Session& s : sessions) {
            formats.insert(s.format);
            here.insert(s.format);
            QVERIFY(members.contains(s.facilitatorId));
            QVERIFY(members.value(s.facilitatorId) >= ParticipationLevel::Core);
            QVERIFY(!repository.phases(s.id)->isEmpty());
            for (const SessionRoleAssignment& role : *repository.roles(s.id))
                QVERIFY(members.contains(role.personId));
            if (s.isSeries()) {
                ++series;
                bool moved = false;
                bool cancelled = false;
                for (const RecurrenceException& e : s.exceptions) {
                    moved = moved || !e.cancelled;
                    cancelled =
                        cancelled || (e.cancelled && !(e.originalDate.month() == 12 && e.originalDate.day() >= 24));
                }
                changedSeries += moved && cancelled ? 1 : 0;
            } else {
                oneOffFormats.insert(s.format);
            }
            if (s.format == SessionFormat::Mastermind) {
                QVERIFY(s.confidential);
                QVERIFY(!s.notes.isEmpty());
            }
            const QList<SessionOccurrence> occurrences = s.occurrences();
            all += occurrences;
            QSet<QDate> past;
            for (const SessionOccurrence& o : occurrences) {
                QVERIFY(o.start >= QDateTime(today.addDays(-280), QTime(0, 0)));
                QVERIFY(o.start <= QDateTime(today.addDays(100), QTime(0, 0)));
                (o.date < today ? pastOccurrences : futureOccurrences) += 1;
                if (o.date < today)
                    past.insert(o.date);
            }
            // Attendance for past occurrences only, all of them, by members of the community.
            QSet<QDate> recorded;
            for (const SessionAttendance& a : *attendance.forSession(s.id)) {
                QVERIFY(past.contains(a.date));
                QVERIFY(members.contains(a.personId));
                recorded.insert(a.date);
            }
            QCOMPARE(recorded, past);
        }
        QVERIFY2(here.size() >= 5, qPrintable(community.name));
        // No two sessions of a community overlap.
        std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.start < b.start; });
        for (qsizetype i = 1; i < all.size(); ++i)
            QVERIFY2(all.at(i - 1).end <= all.at(i).start, qPrintable(community.name));
    }
    QCOMPARE(formats.size(), allSessionFormats().size());
    QVERIFY(series >= 6);
    QVERIFY(changedSeries >= 2);
    QVERIFY(oneOffFormats.contains(SessionFormat::Ama));
    QVERIFY(oneOffFormats.contains(SessionFormat::DemoDay));
    QVERIFY(pastOccurrences > 100 && futureOccurrences > 20);

    const auto statuses = [&] {
        QHash<QString, qint64> counts;
        auto q = runQuery(db->connection(), u"SELECT status, count(*) FROM session_attendance GROUP BY status"_s);
        while (q && q->next())
            counts.insert(q->value(0).toString(), q->value(1).toLongLong());
        return counts;
    }();
    const qint64 total = statuses.value(u"attended"_s) + statuses.value(u"excused"_s) + statuses.value(u"absent"_s);
    QVERIFY(total > 500);
    QVERIFY(statuses.value(u"attended"_s) * 10 > total * 7);
    QVERIFY(statuses.value(u"excused"_s) > 0 && statuses.value(u"absent"_s) > 0);

    // Stored pairs for past think-pair-share sessions, one group marked as not met.
    QVERIFY(countRows(*db,
                      u"SELECT count(DISTINCT p.session_id || p.occurrence_date) FROM session_pairing p "
                      "JOIN session s ON s.id = p.session_id WHERE s.format = 'think-pair-share'"_s)
            >= 3);
    QCOMPARE(countRows(*db,
                       u"SELECT count(*) FROM session_pairing p JOIN session s ON s.id = p.session_id "
                       "WHERE s.format <> 'think-pair-share'"_s),
             0);
    QVERIFY(countRows(*db, u"SELECT count(*) FROM session_pairing WHERE met = 0"_s) > 0);
    QVERIFY(countRows(*db, u"SELECT count(*) FROM do_not_pair"_s) > 0);
    QCOMPARE(countRows(*db, u"SELECT count(*) FROM pragma_foreign_key_check"_s), 0);
}

void TestSessionStorage::sampleIsDeterministic()
{
    auto a = sample(u"a.steward"_s, 7);
    auto b = sample(u"b.steward"_s, 7);
    auto c = sample(u"c.steward"_s, 8);
    const QStringList dumpA = dumpSessions(*a);
    QVERIFY(dumpA.size() > 1000);
    QCOMPARE(dumpSessions(*b), dumpA);
    QVERIFY(dumpSessions(*c) != dumpA);
}

QTEST_GUILESS_MAIN(TestSessionStorage)
#include "TestSessionStorage.moc"
