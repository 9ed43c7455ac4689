// SPDX-License-Identifier: GPL-3.0-or-later
// People, communities, memberships and level history through their repositories; Transaction nesting.
#include "storage/CommunityRepository.h"
#include "storage/Database.h"
#include "storage/MembershipRepository.h"
#include "storage/PersonRepository.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;

namespace {

std::unique_ptr<Database> openDatabase(const QTemporaryDir& dir)
{
    auto db = Database::open(dir.filePath(QStringLiteral("repositories.steward")));
    if (!db) {
        qWarning("%s", qPrintable(db.errorString()));
        return nullptr;
    }
    return std::move(*db);
}

Person person(const QString& name, const QString& email = {})
{
    Person p;
    p.name = name;
    p.email = email;
    return p;
}

Person everyField()
{
    Person p;
    p.name = QStringLiteral("Ada Lovelace");
    p.email = QStringLiteral("ada@example.org");
    p.team = QStringLiteral("Analytics");
    p.department = QStringLiteral("Engineering");
    p.title = QStringLiteral("Staff Engineer");
    p.location = QStringLiteral("London");
    p.startDate = QDate(2019, 3, 4);
    p.slackId = QStringLiteral("U01ADA");
    p.discordId = QStringLiteral("ada#1815");
    p.githubLogin = QStringLiteral("adal");
    p.teamsId = QStringLiteral("ada-teams");
    return p;
}

/** Every row of a table as text, ordered by id: an exact picture to compare before and after. */
QStringList dumpTable(const Database& db, const QString& table)
{
    QStringList rows;
    auto query = runQuery(db.connection(), QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table));
    if (!query)
        return {query.errorString()};
    while (query->next()) {
        QStringList fields;
        for (int i = 0; i < query->record().count(); ++i) {
            const QVariant value = query->value(i);
            fields << (value.isNull() ? QStringLiteral("NULL") : value.toString());
        }
        rows << fields.join(QLatin1Char('|'));
    }
    return rows;
}

QStringList dumpMemberships(const Database& db)
{
    return dumpTable(db, QStringLiteral("membership")) + dumpTable(db, QStringLiteral("level_change"));
}

qint64 countRows(const Database& db, const QString& sql, const QVariantList& values = {})
{
    auto query = runQuery(db.connection(), sql, values);
    if (!query || !query->next())
        return -1;
    return query->value(0).toLongLong();
}

} // namespace

Q_DECLARE_METATYPE(steward::ParticipationLevel)

class TestRepositories : public QObject
{
    Q_OBJECT

private slots:
    void personRoundTrip_data();
    void personRoundTrip();
    void personUpdateRoundTrip();
    void invalidPersonIsRefused_data();
    void invalidPersonIsRefused();
    void emailIsUniqueIgnoringCase_data();
    void emailIsUniqueIgnoringCase();
    void peopleWithoutEmailDoNotCollide();
    void findByNameOrEmail_data();
    void findByNameOrEmail();
    void communityRoundTrip();
    void communityNameIsUnique();
    void levelRoundTrip_data();
    void levelRoundTrip();
    void setLevelRecordsHistory();
    void undoRestoresExactly_data();
    void undoRestoresExactly();
    void deletingPersonCascades();
    void saveAllInsertsAndUpdates();
    void failedSaveAllRollsBack();
    void transactionNesting_data();
    void transactionNesting();
};

void TestRepositories::personRoundTrip_data()
{
    QTest::addColumn<Person>("input");
    QTest::addColumn<Person>("expected");

    QTest::addRow("every field") << everyField() << everyField();
    // Only a name: every other text field is a null QString and must still satisfy NOT NULL columns.
    QTest::addRow("only a name") << person(QStringLiteral("Mononym")) << person(QStringLiteral("Mononym"));
    Person noDate = everyField();
    noDate.startDate = QDate();
    QTest::addRow("no start date") << noDate << noDate;
    const Person unicode = person(QStringLiteral("Zo\u00eb \u014ckubo-Nystr\u00f6m \u674e\u5c0f\u9f8d \U0001F642"),
                                  QStringLiteral("zo\u00eb@\u00f6kubo.example"));
    QTest::addRow("unicode") << unicode << unicode;
    const Person html = person(QStringLiteral("<b>Bob</b> & \"Alice\" <script>alert('x')</script>"));
    QTest::addRow("HTML and quotes") << html << html;
    Person padded = everyField();
    padded.name = QStringLiteral("  Ada Lovelace \t");
    padded.email = QStringLiteral(" ada@example.org ");
    padded.team = QStringLiteral(" Analytics ");
    QTest::addRow("whitespace trimmed") << padded << everyField();
}

void TestRepositories::personRoundTrip()
{
    QFETCH(Person, input);
    QFETCH(Person, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto db = openDatabase(dir);
    QVERIFY(db);
    PersonRepository people(*db);

    auto id = people.add(input);
    QVERIFY2(id, qPrintable(id.errorString()));
    QVERIFY(*id > 0);
    expected.id = *id;

    auto found = people.find(*id);
    QVERIFY2(found, qPrintable(found.errorString()));
    QVERIFY(found->has_value());
    QCOMPARE(**found, expected);
    QCOMPARE((*found)->startDate.isValid(), expected.startDate.isValid());

    auto all = people.all();
    QVERIFY(all);
    QCOMPARE(*all, QList<Person>{expected});
}

void TestRepositories::personUpdateRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto db = openDatabase(dir);
    QVERIFY(db);
    PersonRepository people(*db);
    auto id = people.add(person(QStringLiteral("Draft"), QStringLiteral("draft@example.org")));
    QVERIFY(id);

    Person changed = everyField();
    changed.id = *id;
    QVERIFY(people.update(changed));
    auto found = people.find(*id);
    QVERIFY(found && found->has_value());
    QCOMPARE(**found, changed);

    // Back to sparse: cleared fields are stored empty, the date as NULL, the email as NULL.
    Person sparse = person(QStringLiteral("Sparse"));
    sparse.id = *id;
    QVERIFY(people.update(sparse));
    found = people.find(*id);
    QVERIFY(found && found->has_value());
    QCOMPARE(**found, sparse);
    QCOMPARE(countRows(*db, QStringLiteral("SELECT count(*) FROM person WHERE email IS NULL AND start_date IS NULL")),
             1);

    Person ghost = sparse;
    ghost.id = *id + 100;
    const Status missing = people.update(ghost);
    QVERIFY(!missing);
    QVERIFY2(missing.errorString().contains(QLatin1String("no longer exists")), qPrintable(missing.errorString()));
}

void TestRepositories::invalidPersonIsRefused_data()
{
    QTest::addColumn<Person>("input");
    QTest::addColumn<QString>("reason");
    QTest::addRow("no name") << person(QString()) << QStringLiteral("needs a name");
    QTest::addRow("blank name") << person(QStringLiteral("   ")) << QStringLiteral("needs a name");
    QTest::addRow("bad email") << person(QStringLiteral("Eve"), QStringLiteral("eve at example"))
                               << QStringLiteral("is not an email address");
}

void TestRepositories::invalidPersonIsRefused()
{
    QFETCH(Person, input);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto db = openDatabase(dir);
    QVERIFY(db);
    PersonRepository people(*db);

    auto id = people.add(input);
    QVERIFY(!id);
    QVERIFY2(id.errorString().contains(reason), qPrintable(id.errorString()));
    QCOMPARE(*people.count(), qint64(0));
}

void TestRepositories::emailIsUniqueIgnoringCase_data()
{
    QTest::addColumn<QString>("otherEmail");
    QTest::addColumn<bool>("viaUpdate");
    for (bool viaUpdate : {false, true}) {
        const char* how = viaUpdate ? "update" : "add";
        QTest::addRow("%s, same case", how) << QStringLiteral("ada@example.org") << viaUpdate;
        QTest::addRow("%s, other case", how) << QStringLiteral("ADA@Example.ORG") << viaUpdate;
        QTest::addRow("%s, padded", how) << QStringLiteral("  ada@example.org ") << viaUpdate;
    }
}

void TestRepositories::emailIsUniqueIgnoringCase()
{
    QFETCH(QString, otherEmail);
    QFETCH(bool, viaUpdate);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto db = openDatabase(dir);
    QVERIFY(db);
    PersonRepository people(*db);
    QVERIFY(people.add(person(QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.org"))));

    Status result;
    qint64 otherId = 0;
    if (viaUpdate) {
        auto id = people.add(person(QStringLiteral("Another Ada"), QStringLiteral("another@example.org")));
        QVERIFY(id);
        otherId = *id;
        Person other = person(QStringLiteral("Another Ada"), otherEmail);
        other.id = otherId;
        result = people.update(other);
    } else {
        auto id = people.add(person(QStringLiteral("Another Ada"), otherEmail));
        result = id ? Status() : Status::failure(id.errorString());
    }
    QVERIFY(!result);
    // The message names who holds the address, so the user knows what to fix.
    QVERIFY2(result.errorString().contains(QLatin1String("Ada Lovelace already has the email address")),
             qPrintable(result.errorString()));
    QCOMPARE(*people.count(), qint64(viaUpdate ? 2 : 1));
    if (viaUpdate)
        QCOMPARE((*people.find(otherId))->email, QStringLiteral("another@example.org"));
}

void TestRepositories::peopleWithoutEmailDoNotCollide()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto db = openDatabase(dir);
    QVERIFY(db);
    PersonRepository people(*db);
    QVERIFY(people.add(person(QStringLiteral("No Mail 1"))));
    QVERIFY(people.add(person(QStringLiteral("No Mail 2"), QStringLiteral("   "))));
    QCOMPARE(*people.count(), qint64(2));
}

void TestRepositories::findByNameOrEmail_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expectedEmail");
    QTest::addColumn<QString>("expectedError");
    QTest::addRow("unique name") << QStringLiteral("Kim Park") << QStringLiteral("kim@example.org") << QString();
    QTest::addRow("padded name") << QStringLiteral(" Kim Park ") << QStringLiteral("kim@example.org") << QString();
    QTest::addRow("email") << QStringLiteral("sam2@example.org") << QStringLiteral("sam2@example.org") << QString();
    QTest::addRow("email other case") << QStringLiteral("SAM1@Example.org") << QStringLiteral("sam1@example.org")
                                      << QString();
    QTest::addRow("ambiguous name") << QStringLiteral("Sam Lee") << QString()
                                    << QStringLiteral("2 people are named 'Sam Lee'; use their email instead.");
    QTest::addRow("unknown name") << QStringLiteral("Nobody") << QString()
                                  << QStringLiteral("No person is named or has the email 'Nobody'.");
    QTest::addRow("unknown email") << QStringLiteral("nobody@example.org") << QString()
                                   << QStringLiteral("No person is named or has the email 'nobody@example.org'.");
}

void TestRepositories::findByNameOrEmail()
{
    QFETCH(QString, key);
    QFETCH(QString, expectedEmail);
    QFETCH(QString, expectedError);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto db = openDatabase(dir);
    QVERIFY(db);
    PersonRepository people(*db);
    QVERIFY(people.add(person(QStringLiteral("Sam Lee"), QStringLiteral("sam1@example.org"))));
    QVERIFY(people.add(person(QStringLiteral("Sam Lee"), QStringLiteral("sam2@example.org"))));
    QVERIFY(people.add(person(QStringLiteral("Kim Park"), QStringLiteral("kim@example.org"))));

    auto found = people.findByNameOrEmail(key);
    if (expectedError.isEmpty()) {
        QVERIFY2(found, qPrintable(found.errorString()));
        QCOMPARE(found->email, expectedEmail);
    } else {
        QVERIFY(!found);
        QCOMPARE(found.errorString(), expectedError);
    }
}

void TestRepositories::communityRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto db = openDatabase(dir);
    QVERIFY(db);
    CommunityRepository communities(*db);

    Community guild{0,
                    QStringLiteral("Testing Guild"),
                    QStringLiteral("Quality"),
                    QStringLiteral("How we test <together> & \"why\""),
                    QStringLiteral("#testing-guild"),
                    QStringLiteral("Fortnightly"),
                    QStringLiteral("Be kind; share failures")};
    auto id = communities.add(guild);
    QVERIFY2(id, qPrintable(id.errorString()));
    guild.id = *id;
    QCOMPARE(**communities.find(*id), guild);
    QCOMPARE(**communities.findByName(QStringLiteral(" testing guild ")), guild);

    // Only a name: the other fields are null QStrings.
    Community bare;
    bare.name = QStringLiteral("Bare");
    auto bareId = communities.add(bare);
    QVERIFY2(bareId, qPrintable(bareId.errorString()));
    bare.id = *bareId;

    Community renamed = guild;
    renamed.name = QStringLiteral("Quality Guild");
    renamed.norms = QString();
    QVERIFY(communities.update(renamed));
    auto all = communities.all();
    QVERIFY(all);
    QCOMPARE(*all, (QList<Community>{bare, renamed}));

    QVERIFY(communities.remove(bare.id));
    QVERIFY(!communities.find(bare.id)->has_value());
}

void TestRepositories::communityNameIsUnique()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto db = openDatabase(dir);
    QVERIFY(db);
    CommunityRepository communities(*db);
    Community guild;
    guild.name = QStringLiteral("Testing Guild");
    QVERIFY(communities.add(guild));
    guild.name = QStringLiteral("TESTING guild");
    auto again = communities.add(guild);
    QVERIFY(!again);
    QVERIFY2(again.errorString().contains(QLatin1String("already exists")), qPrintable(again.errorString()));
    QCOMPARE(communities.all()->size(), 1);
}

void TestRepositories::levelRoundTrip_data()
{
    QTest::addColumn<ParticipationLevel>("level");
    QTest::addColumn<QString>("key");
    for (ParticipationLevel level : allParticipationLevels())
        QTest::addRow("%s", qPrintable(participationLevelKey(level))) << level << participationLevelKey(level);
}

void TestRepositories::levelRoundTrip()
{
    QFETCH(ParticipationLevel, level);
    QFETCH(QString, key);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto db = openDatabase(dir);
    QVERIFY(db);
    auto personId = PersonRepository(*db).add(person(QStringLiteral("Member")));
    Community guild;
    guild.name = QStringLiteral("Guild");
    auto communityId = CommunityRepository(*db).add(guild);
    QVERIFY(personId && communityId);
    MembershipRepository memberships(*db);

    auto receipt = memberships.setLevel(*communityId, *personId, level, QDate(2026, 1, 5), QStringLiteral("why not"));
    QVERIFY2(receipt, qPrintable(receipt.errorString()));
    auto found = memberships.find(*personId, *communityId);
    QVERIFY(found && found->has_value());
    QVERIFY((*found)->level == level);
    QCOMPARE(countRows(*db, QStringLiteral("SELECT count(*) FROM membership WHERE level = ?"), {key}), 1);
    auto members = memberships.membersOf(*communityId);
    QVERIFY(members);
    QCOMPARE(members->size(), 1);
    QVERIFY(members->at(0).membership.level == level);
    QCOMPARE(members->at(0).personName, QStringLiteral("Member"));
}

void TestRepositories::setLevelRecordsHistory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto db = openDatabase(dir);
    QVERIFY(db);
    auto personId = PersonRepository(*db).add(person(QStringLiteral("Noor")));
    Community guild;
    guild.name = QStringLiteral("Guild");
    auto communityId = CommunityRepository(*db).add(guild);
    QVERIFY(personId && communityId);
    MembershipRepository memberships(*db);

    auto first = memberships.setLevel(
        *communityId, *personId, ParticipationLevel::Observer, QDate(2026, 1, 5), QStringLiteral("first visit"));
    QVERIFY2(first, qPrintable(first.errorString()));
    QVERIFY(!first->before.has_value());
    QCOMPARE(first->after.joined, QDate(2026, 1, 5));
    QVERIFY(first->after.level == ParticipationLevel::Observer);

    auto history = memberships.history(first->after.id);
    QVERIFY(history);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->at(0).id, first->levelChangeId);
    QVERIFY(!history->at(0).from.has_value());
    QVERIFY(history->at(0).to == ParticipationLevel::Observer);
    QCOMPARE(history->at(0).date, QDate(2026, 1, 5));
    QCOMPARE(history->at(0).reason, QStringLiteral("first visit"));

    auto second = memberships.setLevel(
        *communityId, *personId, ParticipationLevel::Active, QDate(2026, 3, 9), QStringLiteral("ran a session"));
    QVERIFY2(second, qPrintable(second.errorString()));
    QVERIFY(second->before.has_value());
    QCOMPARE(*second->before, first->after);
    QCOMPARE(second->after.id, first->after.id);
    QCOMPARE(second->after.joined, QDate(2026, 1, 5)); // joining is not moved by a level change

    history = memberships.history(first->after.id);
    QVERIFY(history);
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->at(1).from, std::optional<ParticipationLevel>(ParticipationLevel::Observer));
    QVERIFY(history->at(1).to == ParticipationLevel::Active);
    QCOMPARE(history->at(1).date, QDate(2026, 3, 9));
    QCOMPARE(history->at(1).reason, QStringLiteral("ran a session"));
    QCOMPARE(countRows(*db, QStringLiteral("SELECT count(*) FROM membership")), 1);

    // An empty reason is allowed (the column is NOT NULL DEFAULT '').
    auto third = memberships.setLevel(*communityId, *personId, ParticipationLevel::Core, QDate(2026, 4, 1), QString());
    QVERIFY2(third, qPrintable(third.errorString()));
    QCOMPARE(memberships.history(first->after.id)->at(2).reason, QString());

    auto invalid = memberships.setLevel(*communityId, *personId, ParticipationLevel::Steward, QDate(), QString());
    QVERIFY(!invalid);
    QCOMPARE(memberships.history(first->after.id)->size(), 3);
}

void TestRepositories::undoRestoresExactly_data()
{
    QTest::addColumn<bool>("alreadyMember");
    QTest::addColumn<bool>("hadLeft");
    QTest::addRow("first level creates the membership") << false << false;
    QTest::addRow("later change") << true << false;
    QTest::addRow("rejoining after leaving") << true << true;
}

void TestRepositories::undoRestoresExactly()
{
    QFETCH(bool, alreadyMember);
    QFETCH(bool, hadLeft);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto db = openDatabase(dir);
    QVERIFY(db);
    auto personId = PersonRepository(*db).add(person(QStringLiteral("Noor")));
    auto bystanderId = PersonRepository(*db).add(person(QStringLiteral("Bystander")));
    Community guild;
    guild.name = QStringLiteral("Guild");
    auto communityId = CommunityRepository(*db).add(guild);
    QVERIFY(personId && bystanderId && communityId);
    MembershipRepository memberships(*db);
    QVERIFY(memberships.setLevel(
        *communityId, *bystanderId, ParticipationLevel::Core, QDate(2025, 1, 1), QStringLiteral("founder")));
    if (alreadyMember) {
        QVERIFY(memberships.setLevel(
            *communityId, *personId, ParticipationLevel::Peripheral, QDate(2025, 6, 1), QStringLiteral("joined")));
    }
    if (hadLeft) {
        QVERIFY(runQuery(db->connection(),
                         QStringLiteral("UPDATE membership SET left_on = '2025-09-30' WHERE person_id = ?"),
                         {*personId}));
    }
    const QStringList before = dumpMemberships(*db);

    auto receipt = memberships.setLevel(
        *communityId, *personId, ParticipationLevel::Active, QDate(2026, 2, 2), QStringLiteral("stepped up"));
    QVERIFY2(receipt, qPrintable(receipt.errorString()));
    QCOMPARE(receipt->before.has_value(), alreadyMember);
    QVERIFY(dumpMemberships(*db) != before);
    if (hadLeft)
        QVERIFY(!(*memberships.find(*personId, *communityId))->left.isValid());

    const Status undone = memberships.undo(*receipt);
    QVERIFY2(undone, qPrintable(undone.errorString()));
    QCOMPARE(dumpMemberships(*db), before);
}

void TestRepositories::deletingPersonCascades()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto db = openDatabase(dir);
    QVERIFY(db);
    PersonRepository people(*db);
    CommunityRepository communities(*db);
    MembershipRepository memberships(*db);
    auto leaving = people.add(person(QStringLiteral("Leaving")));
    auto staying = people.add(person(QStringLiteral("Staying")));
    Community a;
    a.name = QStringLiteral("A");
    Community b;
    b.name = QStringLiteral("B");
    auto aId = communities.add(a);
    auto bId = communities.add(b);
    QVERIFY(leaving && staying && aId && bId);
    const QDate day(2026, 1, 1);
    for (qint64 community : {*aId, *bId}) {
        QVERIFY(memberships.setLevel(community, *leaving, ParticipationLevel::Observer, day, QString()));
        QVERIFY(memberships.setLevel(community, *leaving, ParticipationLevel::Active, day.addDays(7), QString()));
    }
    QVERIFY(memberships.setLevel(*aId, *staying, ParticipationLevel::Core, day, QString()));
    QCOMPARE(countRows(*db, QStringLiteral("SELECT count(*) FROM level_change")), 5);

    QVERIFY(people.remove(*leaving));
    QVERIFY(!people.find(*leaving)->has_value());
    QCOMPARE(countRows(*db, QStringLiteral("SELECT count(*) FROM membership WHERE person_id = ?"), {*leaving}), 0);
    QCOMPARE(countRows(*db, QStringLiteral("SELECT count(*) FROM membership")), 1);
    QCOMPARE(countRows(*db, QStringLiteral("SELECT count(*) FROM level_change")), 1);
    QVERIFY(memberships.forPerson(*staying)->size() == 1);
    QCOMPARE(communities.all()->size(), 2);
}

void TestRepositories::saveAllInsertsAndUpdates()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto db = openDatabase(dir);
    QVERIFY(db);
    PersonRepository people(*db);
    auto ada = people.add(everyField());
    auto bob = people.add(person(QStringLiteral("Bob"), QStringLiteral("bob@example.org")));
    QVERIFY(ada && bob);

    Person changedBob = person(QStringLiteral("Robert"), QStringLiteral("robert@example.org"));
    changedBob.id = *bob;
    changedBob.team = QStringLiteral("Platform");
    QList<Person> batch{changedBob,
                        person(QStringLiteral("New One"), QStringLiteral("one@example.org")),
                        person(QStringLiteral("New Two")),
                        person(QStringLiteral("New \u00c9t\u00e9"), QStringLiteral("ete@example.org"))};
    batch[2].startDate = QDate(2026, 4, 1);
    {
        Transaction transaction(db->connection());
        QVERIFY(transaction.isActive());
        const Status saved = people.saveAll(batch);
        QVERIFY2(saved, qPrintable(saved.errorString()));
        QVERIFY(transaction.commit());
    }
    QCOMPARE(batch[0].id, *bob);
    QSet<qint64> ids{*ada, *bob};
    for (qsizetype i = 1; i < batch.size(); ++i) {
        QVERIFY(batch[i].id > 0);
        ids.insert(batch[i].id);
    }
    QCOMPARE(ids.size(), 5);
    for (const Person& p : std::as_const(batch))
        QCOMPARE(**people.find(p.id), p);
    Person unchangedAda = everyField();
    unchangedAda.id = *ada;
    QCOMPARE(**people.find(*ada), unchangedAda);
    QCOMPARE(*people.count(), qint64(5));
}

void TestRepositories::failedSaveAllRollsBack()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto db = openDatabase(dir);
    QVERIFY(db);
    PersonRepository people(*db);
    QVERIFY(people.add(person(QStringLiteral("Ada"), QStringLiteral("ada@example.org"))));
    const QStringList before = dumpTable(*db, QStringLiteral("person"));

    QList<Person> batch{person(QStringLiteral("Fine"), QStringLiteral("fine@example.org")),
                        person(QStringLiteral("Clash"), QStringLiteral("ADA@example.org"))};
    {
        Transaction transaction(db->connection());
        const Status saved = people.saveAll(batch);
        QVERIFY(!saved);
        QVERIFY2(saved.errorString().contains(QLatin1String("Clash")), qPrintable(saved.errorString()));
    }
    QCOMPARE(dumpTable(*db, QStringLiteral("person")), before);
}

void TestRepositories::transactionNesting_data()
{
    QTest::addColumn<bool>("innerCommits");
    QTest::addColumn<bool>("outerCommits");
    QTest::addColumn<QStringList>("expected");
    const QStringList both{QStringLiteral("before inner"), QStringLiteral("inner"), QStringLiteral("after inner")};
    QTest::addRow("both commit") << true << true << both;
    QTest::addRow("inner rolls back, outer keeps its work")
        << false << true << QStringList{QStringLiteral("before inner"), QStringLiteral("after inner")};
    QTest::addRow("outer rolls back everything") << true << false << QStringList();
    QTest::addRow("both roll back") << false << false << QStringList();
}

void TestRepositories::transactionNesting()
{
    QFETCH(bool, innerCommits);
    QFETCH(bool, outerCommits);
    QFETCH(QStringList, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto db = openDatabase(dir);
    QVERIFY(db);
    PersonRepository people(*db);
    QVERIFY(people.add(person(QStringLiteral("already there"))));

    {
        Transaction outer(db->connection());
        QVERIFY2(outer.isActive(), qPrintable(outer.errorString()));
        QVERIFY(people.add(person(QStringLiteral("before inner"))));
        {
            Transaction inner(db->connection());
            QVERIFY2(inner.isActive(), qPrintable(inner.errorString()));
            QVERIFY(people.add(person(QStringLiteral("inner"))));
            if (innerCommits)
                QVERIFY(inner.commit());
        }
        QVERIFY(people.add(person(QStringLiteral("after inner"))));
        if (outerCommits)
            QVERIFY(outer.commit());
    }
    // Nothing is left open: a fresh write outside commits on its own.
    QVERIFY(people.add(person(QStringLiteral("afterwards"))));

    // A second connection sees only what was really committed.
    auto other = Database::open(db->path(), Database::OpenMode::ExistingOnly);
    QVERIFY2(other, qPrintable(other.errorString()));
    QStringList names;
    auto query = runQuery((*other)->connection(), QStringLiteral("SELECT name FROM person ORDER BY id"));
    QVERIFY(query);
    while (query->next())
        names << query->value(0).toString();
    QCOMPARE(names,
             QStringList{QStringLiteral("already there")} + expected + QStringList{QStringLiteral("afterwards")});
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "TestRepositories.moc"
