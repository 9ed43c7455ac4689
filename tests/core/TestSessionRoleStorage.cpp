// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestWorkspace.h"
#include "schedule/SessionRoleEdits.h"
#include "schedule/SessionRolePlanner.h"
#include "storage/AbsenceRepository.h"
#include "storage/CommunityRepository.h"
#include "storage/MembershipRepository.h"
#include "storage/PersonRepository.h"
#include "storage/SessionRepository.h"
#include "storage/SessionRoleSeatRepository.h"
#include "storage/SessionRoleSource.h"
#include "workspace/SessionRoleCommand.h"
#include "workspace/Workspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;

/**
 * Session roles in a real file: the request read from a recurring session (cancelled occurrences left out,
 * moved ones at their new date, members at level active and above, stored absences), the seats stored and
 * every hand edit undone and redone through the workspace.
 */
class TestSessionRoleStorage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void requestFollowsTheSeries();
    void generateUndoRedo();
    void swapAssignAndStatusUndoRedo();
    void refusalsWriteNothing();

private:
    QList<SessionRoleSeat> stored() const;
    SessionRoleSeat cell(QDate date, SessionRoleSeat::Role role) const;
    void generate(quint64 seed);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_guild = 0;
    qint64 m_session = 0;
    QList<qint64> m_people;
};

void TestSessionRoleStorage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto workspace =
        Workspace::open(m_dir->filePath(u"roles.steward"_s), Database::OpenMode::CreateIfMissing, test::fixedClock());
    QVERIFY2(workspace, qPrintable(workspace.errorString()));
    m_workspace = std::move(*workspace);
    Database& db = m_workspace->database();
    m_guild = *CommunityRepository(db).add({0, u"Incident Guild"_s, {}, {}, {}, {}, {}});
    m_people.clear();
    const QStringList names = {u"Ada"_s, u"Grace"_s, u"Linus"_s, u"Zoe"_s, u"Observer Olga"_s};
    for (const QString& name : names) {
        const qint64 id = *PersonRepository(db).add({0, name, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}});
        const auto level = name.startsWith(u"Observer"_s) ? ParticipationLevel::Observer : ParticipationLevel::Active;
        QVERIFY(MembershipRepository(db).setLevel(m_guild, id, level, QDate(2025, 1, 1), u"test"_s));
        m_people.append(id);
    }
    Session s;
    s.communityId = m_guild;
    s.format = SessionFormat::IncidentRetrospective;
    s.title = u"Incident review"_s;
    s.start = QDateTime(QDate(2026, 3, 2), QTime(10, 0), QTimeZone("Europe/Berlin")).toUTC();
    s.timeZone = u"Europe/Berlin"_s;
    s.minutes = 60;
    s.repeat = RecurrenceRule::weekly().setCount(12);
    s.exceptions = {RecurrenceException::cancel(QDate(2026, 3, 16)),
                    RecurrenceException::move(QDate(2026, 3, 23), QDate(2026, 3, 25), QTime(10, 0))};
    auto id = SessionRepository(db).add(s);
    QVERIFY2(id, qPrintable(id.errorString()));
    m_session = *id;
}

void TestSessionRoleStorage::cleanup()
{
    m_workspace.reset();
    m_dir.reset();
}

QList<SessionRoleSeat> TestSessionRoleStorage::stored() const
{
    return *SessionRoleSeatRepository(m_workspace->database()).forSession(m_session);
}

SessionRoleSeat TestSessionRoleStorage::cell(QDate date, SessionRoleSeat::Role role) const
{
    SessionRoleSeat seat;
    seat.sessionId = m_session;
    seat.date = date;
    seat.role = role;
    return seat;
}

void TestSessionRoleStorage::generate(quint64 seed)
{
    SessionRoleSource::Scope scope;
    scope.sessionId = m_session;
    scope.from = QDate(2026, 3, 1);
    scope.seed = seed;
    auto request = SessionRoleSource::request(m_workspace->database(), scope);
    QVERIFY2(request, qPrintable(request.errorString()));
    auto plan = SessionRolePlanner::plan(*request);
    QVERIFY2(plan, qPrintable(plan.errorString()));
    QVERIFY(plan->violations.isEmpty());
    auto command = std::make_unique<SessionRoleCommand>(*m_workspace, m_guild, SessionRoleEdits::generate(*plan));
    QVERIFY(m_workspace->perform(std::move(command)));
}

void TestSessionRoleStorage::requestFollowsTheSeries()
{
    Database& db = m_workspace->database();
    QVERIFY(AbsenceRepository(db).add({0, m_people.at(0), QDate(2026, 3, 9), QDate(2026, 3, 9), u"away"_s}));
    SessionRoleSource::Scope scope{m_session, QDate(2026, 3, 1), 5};
    auto request = SessionRoleSource::request(db, scope);
    QVERIFY2(request, qPrintable(request.errorString()));
    // Cancelled 16 March is left out; 23 March takes place on the 25th and keeps its name.
    QCOMPARE(request->occurrences,
             (QList<QDate>{
                 QDate(2026, 3, 2), QDate(2026, 3, 9), QDate(2026, 3, 23), QDate(2026, 3, 30), QDate(2026, 4, 6)}));
    QCOMPARE(request->meetings.at(2), QDate(2026, 3, 25));
    QCOMPARE(request->people.size(), 4); // the observer is not in by default
    QCOMPARE(request->absences.size(), 1);
    scope.allMembers = true;
    QCOMPARE(SessionRoleSource::request(db, scope)->people.size(), 5);
    scope.meetings = 50;
    auto tooMany = SessionRoleSource::request(db, scope);
    QVERIFY(!tooMany);
    QVERIFY2(tooMany.errorString().contains(u"only 11"_s), qPrintable(tooMany.errorString()));
    auto plan = SessionRolePlanner::plan(*request);
    QVERIFY(plan);
    QVERIFY(plan->seat(QDate(2026, 3, 9), SessionRoleSeat::Role::Facilitator)->personId != m_people.at(0));
    QVERIFY(plan->seat(QDate(2026, 3, 9), SessionRoleSeat::Role::NoteTaker)->personId != m_people.at(0));
}

void TestSessionRoleStorage::generateUndoRedo()
{
    QSignalSpy changed(m_workspace.get(), &Workspace::sessionsChanged);
    generate(1);
    const QList<SessionRoleSeat> first = stored();
    QCOMPARE(first.size(), 2 * 11);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toLongLong(), m_guild);
    m_workspace->undoStack()->undo();
    QVERIFY(stored().isEmpty());
    m_workspace->undoStack()->redo();
    QCOMPARE(stored(), first);
    // Regenerating replaces the generated seats and keeps a pinned one where it is.
    const SessionRoleSeat target = cell(QDate(2026, 4, 6), SessionRoleSeat::Role::Facilitator);
    const auto current = SessionRoleEdits::setStatus(first, target, RotationSeat::Status::Skipped);
    QVERIFY(current);
    QVERIFY(m_workspace->perform(std::make_unique<SessionRoleCommand>(*m_workspace, m_guild, *current)));
    generate(99);
    QCOMPARE(stored().size(), 2 * 11);
    bool kept = false;
    for (const SessionRoleSeat& seat : stored())
        kept = kept || (seat.sameCell(target) && seat == current->after.constFirst());
    QVERIFY(kept);
    m_workspace->undoStack()->undo();
    m_workspace->undoStack()->undo();
    QCOMPARE(stored(), first);
}

void TestSessionRoleStorage::swapAssignAndStatusUndoRedo()
{
    generate(2);
    const QList<SessionRoleSeat> first = stored();
    const QDate d1(2026, 3, 2), d2(2026, 3, 30);
    SessionRoleEdits::Names names;
    auto swapped = SessionRoleEdits::swap(
        first, cell(d1, SessionRoleSeat::Role::Facilitator), cell(d1, SessionRoleSeat::Role::NoteTaker), names);
    QVERIFY2(swapped, qPrintable(swapped.errorString()));
    QVERIFY(m_workspace->perform(std::make_unique<SessionRoleCommand>(*m_workspace, m_guild, *swapped)));
    const QList<SessionRoleSeat> afterSwap = stored();
    QVERIFY(afterSwap != first);
    QCOMPARE(*SessionRoleSeatRepository(m_workspace->database()).on(m_session, d1), swapped->after);

    // Give the note-taker seat of d2 to whoever is free there (not its facilitator, not its note-taker).
    const auto there = *SessionRoleSeatRepository(m_workspace->database()).on(m_session, d2);
    qint64 free = 0;
    for (qint64 id : std::as_const(m_people).mid(0, 4)) {
        if (id != there.at(0).personId && id != there.at(1).personId)
            free = id;
    }
    auto assigned = SessionRoleEdits::assign(afterSwap, cell(d2, SessionRoleSeat::Role::NoteTaker), free, names);
    QVERIFY2(assigned, qPrintable(assigned.errorString()));
    QVERIFY(m_workspace->perform(std::make_unique<SessionRoleCommand>(*m_workspace, m_guild, *assigned)));
    auto done =
        SessionRoleEdits::setStatus(stored(), cell(d2, SessionRoleSeat::Role::NoteTaker), RotationSeat::Status::Done);
    QVERIFY(done);
    QVERIFY(m_workspace->perform(std::make_unique<SessionRoleCommand>(*m_workspace, m_guild, *done)));
    const QList<SessionRoleSeat> last = stored();
    for (int i = 0; i < 3; ++i)
        m_workspace->undoStack()->undo();
    QCOMPARE(stored(), first);
    for (int i = 0; i < 3; ++i)
        m_workspace->undoStack()->redo();
    QCOMPARE(stored(), last);
}

void TestSessionRoleStorage::refusalsWriteNothing()
{
    generate(3);
    const QList<SessionRoleSeat> first = stored();
    SessionRoleSeatRepository repository(m_workspace->database());
    // One person in both roles of one occurrence: refused, nothing written.
    SessionRoleSeat clash = first.at(0);
    clash.role = SessionRoleSeat::Role::NoteTaker;
    const Status refused = repository.replace({first.at(1)}, {clash});
    QVERIFY(!refused);
    QVERIFY2(refused.errorString().contains(u"both facilitate and take notes"_s), qPrintable(refused.errorString()));
    QCOMPARE(stored(), first);
    // An unknown person: refused by the database, nothing written.
    SessionRoleSeat stranger = first.at(0);
    stranger.personId = 9999;
    QVERIFY(!repository.replace({first.at(0)}, {stranger}));
    QCOMPARE(stored(), first);
    // A one-off session has no rotation.
    Session one = SessionRepository(m_workspace->database()).find(m_session)->value();
    one.id = 0;
    one.uid.clear();
    one.repeat.reset();
    one.exceptions.clear();
    one.start = one.start.addYears(1);
    const qint64 oneOff = *SessionRepository(m_workspace->database()).add(one);
    auto request = SessionRoleSource::request(m_workspace->database(), {oneOff, QDate(2026, 3, 1)});
    QVERIFY(!request);
    QVERIFY2(request.errorString().contains(u"does not recur"_s), qPrintable(request.errorString()));
}

QTEST_GUILESS_MAIN(TestSessionRoleStorage)
#include "TestSessionRoleStorage.moc"
