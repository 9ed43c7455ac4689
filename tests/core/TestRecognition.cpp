// SPDX-License-Identifier: GPL-3.0-or-later
// Recognition: shout-outs and badges with their refusals, badge proposals from activity (first micro-teach,
// five sessions facilitated, ten reviews) confirmed or dismissed and never proposed twice, contribution
// counts per period, and the leaderboard only where the community opted in.
#include "CliRunner.h"
#include "TestWorkspace.h"
#include "repertoire/ArtefactRepository.h"
#include "repertoire/CommunityRecognition.h"
#include "repertoire/PathwayRepository.h"
#include "repertoire/RecognitionRepository.h"
#include "repertoire/ReviewRepository.h"
#include "storage/CommunityRepository.h"
#include "storage/Database.h"
#include "storage/MembershipRepository.h"
#include "storage/PersonRepository.h"
#include "storage/SqlQuery.h"
#include "workspace/DecideBadgeProposalCommand.h"
#include "workspace/GiveRecognitionCommand.h"
#include "workspace/Workspace.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace steward;
using namespace Qt::StringLiterals;

class TestRecognition : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void shoutOutsAndBadgesWithTheirRefusals();
    void badgesProposedFromActivityOnce();
    void contributionsPerPeriodAndOptInLeaderboard();
    void giveCommandUndoesAndRefusesWritingNothing();
    void confirmAndDismissProposalsUndoably();
    void cliConfirmsAndDismissesProposals();

private:
    qint64 member(const QString& name);
    qint64 rows(const QString& sql, const QVariantList& values = {}) const;
    void facilitate(qint64 personId, const QDate& day);
    void microTeach(qint64 personId, const QDate& day);
    void review(qint64 reviewerId, qint64 authorId, const QDate& day);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_community = 0;
    int m_uid = 0;

    /** The same file opened as the GUI opens it (m_db is closed first), for the undo commands. */
    std::unique_ptr<Workspace> openWorkspace();
};

void TestRecognition::init()
{
    auto db = Database::open(m_dir.filePath(u"g.steward"_s));
    QVERIFY2(db, qPrintable(db.errorString()));
    m_db = std::move(*db);
    Community c;
    c.name = u"CS"_s;
    m_community = *CommunityRepository(*m_db).add(c);
}

void TestRecognition::cleanup()
{
    m_db.reset();
    QFile::remove(m_dir.filePath(u"g.steward"_s));
}

qint64 TestRecognition::member(const QString& name)
{
    Person p;
    p.name = name;
    const qint64 id = *PersonRepository(*m_db).add(p);
    MembershipRepository(*m_db).setLevel(m_community, id, ParticipationLevel::Active, QDate(2026, 1, 1), u"x"_s);
    return id;
}

qint64 TestRecognition::rows(const QString& sql, const QVariantList& values) const
{
    auto q = runQuery(m_db->connection(), sql, values);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

void TestRecognition::facilitate(qint64 personId, const QDate& day)
{
    const QString start = day.toString(Qt::ISODate) + u"T10:00:00Z"_s;
    auto q = runQuery(
        m_db->connection(),
        u"INSERT INTO session (community_id, format, title, start_utc, time_zone, minutes, facilitator_id, "
        "uid, span_start_utc, span_end_utc) VALUES (?, 'demo-day', 'Demo', ?, 'UTC', 60, ?, ?, ?, ?)"_s,
        {m_community, start, personId, u"u%1"_s.arg(++m_uid), start, day.toString(Qt::ISODate) + u"T11:00:00Z"_s});
    QVERIFY2(q, qPrintable(q.errorString()));
}

void TestRecognition::microTeach(qint64 personId, const QDate& day)
{
    runQuery(
        m_db->connection(),
        u"INSERT OR IGNORE INTO rotation_plan (kind, community_id, created) VALUES ('micro-teach', ?, '2026-01-01')"_s,
        {m_community});
    auto q = runQuery(m_db->connection(),
                      u"INSERT INTO rotation_seat (plan_id, meeting_date, slot, person_id, status) SELECT id, ?, ?, ?, "
                      "'done' FROM rotation_plan WHERE community_id = ?"_s,
                      {day.toString(Qt::ISODate), ++m_uid, personId, m_community});
    QVERIFY2(q, qPrintable(q.errorString()));
}

void TestRecognition::review(qint64 reviewerId, qint64 authorId, const QDate& day)
{
    Artefact a;
    a.communityId = m_community;
    a.title = u"A%1"_s.arg(++m_uid);
    a.authorIds = {authorId};
    auto id = ArtefactRepository(*m_db).add(a, authorId, QDateTime(day, QTime(8, 0), Qt::UTC));
    QVERIFY(id);
    Review r;
    r.artefactId = *id;
    r.reviewerId = reviewerId;
    r.reviewedOn = day;
    QVERIFY(ReviewRepository(*m_db).add(r));
}

void TestRecognition::shoutOutsAndBadgesWithTheirRefusals()
{
    const qint64 ana = member(u"Ana"_s);
    const qint64 ben = member(u"Ben"_s);
    Person outsider;
    outsider.name = u"Outsider"_s;
    const qint64 out = *PersonRepository(*m_db).add(outsider);
    RecognitionRepository repo(*m_db);
    QVERIFY(repo.ensureBundledBadges());
    QVERIFY(repo.ensureBundledBadges()); // idempotent
    QCOMPARE(repo.badges()->size(), 6);
    const qint64 star = (*repo.badgeNamed(u"star helper"_s))->id;
    Recognition r;
    r.communityId = m_community;
    r.giverId = ana;
    r.receiverId = ben;
    r.reason = u"Helped with the renewal"_s;
    r.givenOn = QDate(2026, 3, 1);
    QVERIFY(repo.add(r));
    r.badgeId = star;
    QVERIFY(repo.add(r));
    QVERIFY2(!repo.add(r), "the same badge twice");
    Recognition self = r;
    self.badgeId = 0;
    self.receiverId = ana;
    QVERIFY(repo.add(self).errorString().contains(u"themselves"_s));
    Recognition noReason = r;
    noReason.badgeId = 0;
    noReason.reason = u"  "_s;
    QVERIFY(!repo.add(noReason));
    Recognition stranger = noReason;
    stranger.reason = u"x"_s;
    stranger.receiverId = out;
    QVERIFY(repo.add(stranger).errorString().contains(u"not a member"_s));
    QCOMPARE(rows(u"SELECT count(*) FROM recognition"_s), 2);
    const auto listed = *repo.list(m_community);
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed.at(0).badgeName, u"Star helper"_s);
    QCOMPARE(listed.at(0).giverName, u"Ana"_s);
    QCOMPARE(repo.list(m_community, {}, QDate(2026, 4, 1))->size(), 0);
}

void TestRecognition::badgesProposedFromActivityOnce()
{
    const qint64 ana = member(u"Ana"_s);
    const qint64 ben = member(u"Ben"_s);
    const qint64 cai = member(u"Cai"_s);
    microTeach(ana, QDate(2026, 2, 1));
    for (int i = 0; i < 4; ++i)
        facilitate(ben, QDate(2026, 2, 1).addDays(7 * i));
    for (int i = 0; i < 9; ++i)
        review(cai, ana, QDate(2026, 3, 1).addDays(i));
    CommunityRecognition recognition(*m_db, m_community);
    auto first = recognition.proposeBadges(QDate(2026, 6, 1));
    QVERIFY2(first, qPrintable(first.errorString()));
    // Ana: first micro-teach and first artefact; Ben: only 4 sessions; Cai: only 9 reviews.
    QStringList got;
    for (const Recognition& r : *first)
        got << r.receiverName + u": "_s + r.badgeName;
    got.sort();
    QCOMPARE(got, (QStringList{u"Ana: First artefact"_s, u"Ana: First micro-teach"_s}));
    facilitate(ben, QDate(2026, 5, 1));
    review(cai, ana, QDate(2026, 5, 2));
    auto second = *recognition.proposeBadges(QDate(2026, 6, 2));
    got.clear();
    for (const Recognition& r : second)
        got << r.receiverName + u": "_s + r.badgeName;
    got.sort();
    QCOMPARE(got, (QStringList{u"Ben: Facilitator"_s, u"Cai: Ten reviews"_s}));
    RecognitionRepository repo(*m_db);
    QVERIFY(repo.confirm(second.at(0).id, ana, QDate(2026, 6, 3)));
    QVERIFY(repo.dismiss(second.at(1).id));
    QVERIFY(!repo.confirm(second.at(1).id, ana, QDate(2026, 6, 3)));  // dismissed
    QVERIFY(recognition.proposeBadges(QDate(2026, 6, 4))->isEmpty()); // never twice, not even dismissed ones
    QCOMPARE(rows(u"SELECT count(*) FROM recognition WHERE status = 'given' AND giver_id = ?"_s, {ana}), 1);
}

void TestRecognition::contributionsPerPeriodAndOptInLeaderboard()
{
    const qint64 ana = member(u"Ana"_s);
    const qint64 ben = member(u"Ben"_s);
    facilitate(ana, QDate(2026, 1, 10));
    facilitate(ana, QDate(2026, 2, 10));
    microTeach(ben, QDate(2026, 2, 11));
    review(ben, ana, QDate(2026, 2, 12)); // Ana writes an artefact, Ben reviews it
    runQuery(m_db->connection(),
             u"INSERT INTO interaction (community_id, source_id, target_id, kind, platform, occurred) VALUES "
             "(?, ?, ?, 'reply', 'slack', '2026-02-13T10:00:00Z')"_s,
             {m_community, ben, ana});
    CommunityRecognition recognition(*m_db, m_community);
    const auto february = *recognition.contributions(QDate(2026, 2, 1), QDate(2026, 2, 28));
    QCOMPARE(february.size(), 2);
    QCOMPARE(february.at(0).name, u"Ana"_s);
    QCOMPARE(february.at(0).sessionsFacilitated, 1);
    QCOMPARE(february.at(0).artefactsWritten, 1);
    QCOMPARE(february.at(0).total(), 2);
    QCOMPARE(february.at(1).microTeaches, 1);
    QCOMPARE(february.at(1).reviewsDone, 1);
    QCOMPARE(february.at(1).answersGiven, 1);
    QCOMPARE(february.at(1).total(), 3);
    QCOMPARE(recognition.contributions({}, QDate(2026, 2, 28))->at(0).sessionsFacilitated, 2);
    auto refused = recognition.leaderboard(QDate(2026, 2, 1), QDate(2026, 2, 28));
    QVERIFY(!refused);
    QVERIFY(refused.errorString().contains(u"opted in"_s));
    PracticeSettings settings;
    settings.communityId = m_community;
    settings.leaderboard = true;
    QVERIFY(PathwayRepository(*m_db).setSettings(settings));
    const auto board = *recognition.leaderboard(QDate(2026, 2, 1), QDate(2026, 2, 28));
    QCOMPARE(board.at(0).name, u"Ben"_s);
    QCOMPARE(board.at(1).name, u"Ana"_s);
}

std::unique_ptr<Workspace> TestRecognition::openWorkspace()
{
    m_db.reset();
    auto workspace =
        Workspace::open(m_dir.filePath(u"g.steward"_s), Database::OpenMode::ExistingOnly, test::fixedClock());
    if (!workspace)
        qFatal("%s", qPrintable(workspace.errorString()));
    return std::move(*workspace);
}

void TestRecognition::giveCommandUndoesAndRefusesWritingNothing()
{
    const qint64 ana = member(u"Ana"_s);
    const qint64 ben = member(u"Ben"_s);
    Person outsider;
    outsider.name = u"Outsider"_s;
    const qint64 out = *PersonRepository(*m_db).add(outsider);
    auto ws = openWorkspace();
    RecognitionRepository repo(ws->database());
    QVERIFY(repo.ensureBundledBadges());
    const qint64 star = (*repo.badgeNamed(u"star helper"_s))->id;
    auto count = [&ws] {
        auto q = runQuery(ws->database().connection(), u"SELECT count(*) FROM recognition"_s);
        return q && q->next() ? q->value(0).toInt() : -1;
    };
    Recognition r;
    r.communityId = m_community;
    r.giverId = ana;
    r.receiverId = ben;
    r.reason = u"Ran the incident review"_s;
    r.givenOn = QDate(2026, 3, 1);
    r.badgeId = star;
    auto command = std::make_unique<GiveRecognitionCommand>(*ws, r);
    GiveRecognitionCommand* raw = command.get();
    QVERIFY(ws->perform(std::move(command)));
    const qint64 id = raw->recognitionId();
    QCOMPARE(count(), 1);
    QCOMPARE((*repo.find(id))->badgeName, u"Star helper"_s);
    ws->undoStack()->undo();
    QCOMPARE(count(), 0);
    ws->undoStack()->redo();
    QCOMPARE(count(), 1);
    QCOMPARE((*repo.find(id))->giverName, u"Ana"_s); // the same row again
    // Refusals: nothing written, nothing on the undo stack.
    const int steps = ws->undoStack()->count();
    Recognition empty = r;
    empty.badgeId = 0;
    empty.reason = u" "_s;
    Recognition self = r;
    self.receiverId = ana;
    Recognition stranger = r;
    stranger.badgeId = 0;
    stranger.receiverId = out;
    Recognition unknownGiver = empty;
    unknownGiver.reason = u"x"_s;
    unknownGiver.giverId = 999999;
    Recognition unknownBadge = stranger;
    unknownBadge.receiverId = ben;
    unknownBadge.badgeId = 999999;
    const QList<std::pair<Recognition, QString>> refused{{empty, u"reason"_s},
                                                         {self, u"themselves"_s},
                                                         {stranger, u"not a member"_s},
                                                         {unknownGiver, u"not a member"_s},
                                                         {unknownBadge, u"no badge"_s},
                                                         {r, u"already has"_s}};
    for (const auto& [bad, message] : refused) {
        const Status s = ws->perform(std::make_unique<GiveRecognitionCommand>(*ws, bad));
        QVERIFY(!s);
        QVERIFY2(s.errorString().contains(message), qPrintable(s.errorString()));
    }
    QCOMPARE(count(), 1);
    QCOMPARE(ws->undoStack()->count(), steps);
}

void TestRecognition::confirmAndDismissProposalsUndoably()
{
    const qint64 ana = member(u"Ana"_s);
    const qint64 ben = member(u"Ben"_s);
    Person outsider;
    outsider.name = u"Outsider"_s;
    const qint64 out = *PersonRepository(*m_db).add(outsider);
    microTeach(ben, QDate(2026, 2, 1));
    review(ana, ben, QDate(2026, 2, 3)); // ben wrote a first artefact
    auto proposed = CommunityRecognition(*m_db, m_community).proposeBadges(QDate(2026, 2, 10));
    QVERIFY2(proposed, qPrintable(proposed.errorString()));
    QCOMPARE(proposed->size(), 2); // first micro-teach and first artefact, both ben's
    const qint64 first = proposed->at(0).id;
    const qint64 second = proposed->at(1).id;
    auto ws = openWorkspace();
    RecognitionRepository repo(ws->database());
    const QDate today = QDate(2026, 2, 20);
    auto decide = [&](qint64 id, bool confirm, qint64 giver) {
        return ws->perform(std::make_unique<DecideBadgeProposalCommand>(*ws, m_community, id, confirm, giver, today));
    };
    const Status self = decide(first, true, ben);
    QVERIFY2(self.errorString().contains(u"themselves"_s), qPrintable(self.errorString()));
    QVERIFY(decide(first, true, out).errorString().contains(u"not a member"_s));
    QVERIFY(!decide(999999, true, ana));
    QCOMPARE((*repo.find(first))->status, u"proposed"_s);
    QCOMPARE(ws->undoStack()->count(), 0);
    QVERIFY(decide(first, true, ana));
    QCOMPARE((*repo.find(first))->status, u"given"_s);
    QCOMPARE((*repo.find(first))->giverId, ana);
    QCOMPARE((*repo.find(first))->givenOn, today);
    QVERIFY(!decide(first, true, ana)); // decided already
    QVERIFY(decide(second, false, 0));
    QCOMPARE((*repo.find(second))->status, u"dismissed"_s);
    ws->undoStack()->undo();
    QCOMPARE((*repo.find(second))->status, u"proposed"_s);
    ws->undoStack()->undo();
    const Recognition back = **repo.find(first);
    QCOMPARE(back.status, u"proposed"_s);
    QCOMPARE(back.giverId, 0);
    QCOMPARE(back.givenOn, QDate(2026, 2, 10));
    ws->undoStack()->redo();
    QCOMPARE((*repo.find(first))->status, u"given"_s);
}

void TestRecognition::cliConfirmsAndDismissesProposals()
{
    const qint64 ana = member(u"Ana"_s);
    const qint64 ben = member(u"Ben"_s);
    microTeach(ben, QDate(2026, 2, 1));
    review(ana, ben, QDate(2026, 2, 3));
    auto proposed = CommunityRecognition(*m_db, m_community).proposeBadges(QDate(2026, 2, 10));
    QVERIFY2(proposed && proposed->size() == 2, qPrintable(proposed.errorString()));
    const QString first = QString::number(proposed->at(0).id);
    const QString second = QString::number(proposed->at(1).id);
    m_db.reset();
    const QString path = m_dir.filePath(u"g.steward"_s);
    auto cli = [&path](QStringList arguments) {
        return test::runCli(QStringList{u"--db"_s, path, u"recognition"_s} + arguments);
    };
    auto status = [&path](const QString& id) {
        auto db = Database::open(path, Database::OpenMode::ExistingOnly);
        return (*RecognitionRepository(**db).find(id.toLongLong()))->status;
    };
    QCOMPARE(cli({u"confirm"_s, first}).exitCode, 2); // no --by
    const test::CliRun self = cli({u"confirm"_s, first, u"--by"_s, u"Ben"_s});
    QCOMPARE(self.exitCode, 1);
    QVERIFY2(self.err.contains(u"themselves"_s), qPrintable(self.err));
    QCOMPARE(cli({u"confirm"_s, u"999"_s, u"--by"_s, u"Ana"_s}).exitCode, 1);
    QCOMPARE(cli({u"confirm"_s, first, u"--by"_s, u"Nobody"_s}).exitCode, 1);
    QCOMPARE(status(first), u"proposed"_s);
    const test::CliRun ok = cli({u"confirm"_s, first, u"--by"_s, u"Ana"_s, u"--date"_s, u"2026-03-01"_s});
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
    {
        auto db = Database::open(path, Database::OpenMode::ExistingOnly);
        const Recognition given = **RecognitionRepository(**db).find(proposed->at(0).id);
        QCOMPARE(given.status, u"given"_s);
        QCOMPARE(given.giverId, ana);
        QCOMPARE(given.givenOn, QDate(2026, 3, 1));
    }
    QCOMPARE(cli({u"dismiss"_s, second}).exitCode, 0);
    QCOMPARE(status(second), u"dismissed"_s);
    QCOMPARE(cli({u"dismiss"_s, second}).exitCode, 1); // decided already
    QCOMPARE(cli({u"confirm"_s, first, u"--by"_s, u"Ana"_s}).exitCode, 1);
}

QTEST_GUILESS_MAIN(TestRecognition)
#include "TestRecognition.moc"
