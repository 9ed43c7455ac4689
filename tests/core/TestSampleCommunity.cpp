// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestWorkspace.h"
#include "demo/SampleCommunity.h"
#include "storage/CommunityRepository.h"
#include "storage/Database.h"
#include "storage/MembershipRepository.h"
#include "storage/PersonRepository.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;

class TestSampleCommunity : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void shapeOfTheSample();
    void sameSeedSameSample();
    void otherSeedOtherSample();
    void levelHistoryIsConsistent();
    void refusesADatabaseWithPeople();

private:
    std::unique_ptr<Database> createSample(const QString& name, quint64 seed);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSampleCommunity::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

std::unique_ptr<Database> TestSampleCommunity::createSample(const QString& name, quint64 seed)
{
    auto db = Database::open(m_dir->filePath(name));
    if (!db)
        qFatal("cannot open: %s", qPrintable(db.errorString()));
    auto summary = SampleCommunity::create(**db, seed, test::fixedClock());
    if (!summary)
        qFatal("cannot create the sample: %s", qPrintable(summary.errorString()));
    return std::move(*db);
}

void TestSampleCommunity::shapeOfTheSample()
{
    auto db = createSample(u"a.db"_s, SampleCommunity::kDefaultSeed);
    const QList<Person> people = *PersonRepository(*db).all();
    QVERIFY(people.size() >= 100 && people.size() <= 140);
    QSet<QString> teams, departments, emails;
    for (const Person& p : people) {
        teams.insert(p.team);
        departments.insert(p.department);
        emails.insert(p.email);
        QVERIFY(!p.name.isEmpty());
    }
    QCOMPARE(teams.size(), 8);
    QCOMPARE(departments.size(), 3);
    QCOMPARE(emails.size(), people.size());
    const QList<Community> communities = *CommunityRepository(*db).all();
    QCOMPARE(communities.size(), 3);
    for (const Community& c : communities) {
        const QList<Member> members = *MembershipRepository(*db).membersOf(c.id);
        QSet<ParticipationLevel> levels;
        for (const Member& m : members)
            levels.insert(m.membership.level);
        QCOMPARE(levels.size(), allParticipationLevels().size());
    }
}

void TestSampleCommunity::sameSeedSameSample()
{
    auto a = createSample(u"a.db"_s, 7);
    auto b = createSample(u"b.db"_s, 7);
    QCOMPARE(*PersonRepository(*a).all(), *PersonRepository(*b).all());
    QCOMPARE(*CommunityRepository(*a).all(), *CommunityRepository(*b).all());
    for (const Person& p : *PersonRepository(*a).all())
        QCOMPARE(*MembershipRepository(*a).forPerson(p.id), *MembershipRepository(*b).forPerson(p.id));
}

void TestSampleCommunity::otherSeedOtherSample()
{
    auto a = createSample(u"a.db"_s, 7);
    auto b = createSample(u"b.db"_s, 8);
    QVERIFY(*PersonRepository(*a).all() != *PersonRepository(*b).all());
}

void TestSampleCommunity::levelHistoryIsConsistent()
{
    auto db = createSample(u"a.db"_s, SampleCommunity::kDefaultSeed);
    const QDate today = test::fixedClock().today();
    MembershipRepository memberships(*db);
    int moves = 0;
    for (const Community& c : *CommunityRepository(*db).all()) {
        for (const Member& m : *memberships.membersOf(c.id)) {
            const QList<LevelChange> history = *memberships.history(m.membership.id);
            QVERIFY(!history.isEmpty());
            QVERIFY(!history.first().from.has_value());
            QCOMPARE(history.first().date, m.membership.joined);
            for (qsizetype i = 0; i < history.size(); ++i) {
                QVERIFY(history.at(i).date <= today);
                QVERIFY(history.at(i).date >= today.addDays(-366));
                if (i > 0) {
                    QCOMPARE(*history.at(i).from, history.at(i - 1).to);
                    QVERIFY(history.at(i).date >= history.at(i - 1).date);
                    ++moves;
                }
            }
            QCOMPARE(history.last().to, m.membership.level);
        }
    }
    QVERIFY2(moves > 30, "a believable year has people moving towards the core");
}

void TestSampleCommunity::refusesADatabaseWithPeople()
{
    auto db = createSample(u"a.db"_s, 1);
    const qint64 before = *PersonRepository(*db).count();
    auto again = SampleCommunity::create(*db, 1, test::fixedClock());
    QVERIFY(!again);
    QVERIFY(again.errorString().contains(u"empty"_s));
    QCOMPARE(*PersonRepository(*db).count(), before);
}

QTEST_GUILESS_MAIN(TestSampleCommunity)
#include "TestSampleCommunity.moc"
