// SPDX-License-Identifier: GPL-3.0-or-later
// Facilitator mode driven from the keyboard with an injected clock: Space, Right, Left, + and -, the last-minute
// and overrun warnings, the pairs of the current round, and closing writing notes, learnings and attendance back
// as one undoable edit.
#include "TestWorkspace.h"
#include "schedule/FacilitatorTimer.h"
#include "schedule/FacilitatorTimerClock.h"
#include "sessions/FacilitatorWindow.h"
#include "sessions/SessionsPage.h"
#include "storage/SessionAttendanceRepository.h"
#include "storage/SessionPairingRepository.h"
#include "storage/SessionRepository.h"
#include "workspace/AddSessionCommand.h"
#include "workspace/Workspace.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace steward;
using namespace Qt::StringLiterals;

namespace {

class FakeClock : public FacilitatorTimerClock
{
public:
    qint64 elapsedMs() const override { return now; }
    void advance(qint64 ms) { now += ms; }
    qint64 now = 5'000;
};

constexpr qint64 kMinute = 60'000;
const QDate kDate(2026, 10, 13);

} // namespace

class TestFacilitatorWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void keyboardRunsTheSession();
    void warningsInTheLastMinuteAndOverrun();
    void typingInTheCaptureBoxIsNotAKey();
    void pairsOfTheCurrentRound();
    void roundsFollowOnePhasePerRound();
    void closingWritesBackAsOneUndoableEdit();
    void closingWithoutChangesWritesNothing();

private:
    FacilitatorWindow* open();
    QString labelText(const char* name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SessionsPage> m_page;
    FakeClock m_clock;
    qint64 m_communityId = 0;
    qint64 m_sessionId = 0;
    QList<qint64> m_people;
    QPointer<FacilitatorWindow> m_window;
};

void TestFacilitatorWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto workspace =
        Workspace::open(m_dir->filePath(u"f.steward"_s), Database::OpenMode::CreateIfMissing, test::fixedClock());
    QVERIFY2(workspace, qPrintable(workspace.errorString()));
    m_workspace = std::move(*workspace);
    Community community;
    community.name = u"Testing Guild"_s;
    m_communityId = m_workspace->addCommunity(community).value();
    m_people.clear();
    for (const QString& name : {u"Ada Lovelace"_s, u"Grace Hopper"_s, u"Alan Turing"_s, u"Barbara Liskov"_s}) {
        Person person;
        person.name = name;
        m_people << m_workspace->addPerson(person).value();
        QVERIFY(m_workspace->setLevel(
            m_communityId, m_people.last(), ParticipationLevel::Active, QDate(2026, 1, 5), u"joined"_s));
    }
    SessionCommandContent content;
    content.session.communityId = m_communityId;
    content.session.format = SessionFormat::ThinkPairShare;
    content.session.title = u"Think pair share"_s;
    content.session.timeZone = u"Europe/Berlin"_s;
    content.session.start = QDateTime(QDate(2026, 10, 6), QTime(15, 0), QTimeZone("Europe/Berlin"));
    content.session.minutes = 20;
    content.session.notes = u"Planned notes."_s;
    content.session.repeat = RecurrenceRule::weekly().setCount(3);
    content.phases = {{u"Think"_s, 3, u"Note your own answer."_s},
                      {u"Pair"_s, 10, u"Compare answers."_s},
                      {u"Share"_s, 7, u"One insight per pair."_s}};
    auto command = std::make_unique<AddSessionCommand>(*m_workspace, content);
    AddSessionCommand* raw = command.get();
    QVERIFY(m_workspace->perform(std::move(command)));
    m_sessionId = raw->sessionId();
    m_workspace->undoStack()->clear();
    m_clock.now = 5'000;

    m_page = std::make_unique<SessionsPage>();
    m_page->setFacilitatorClock(&m_clock);
    m_page->setWorkspace(m_workspace.get());
    m_page->setCurrentCommunity(m_communityId);
    m_page->selectOccurrence(m_sessionId, kDate);
}

void TestFacilitatorWindow::cleanup()
{
    if (m_window)
        delete m_window.data();
    m_page.reset();
    m_workspace.reset();
    m_dir.reset();
}

FacilitatorWindow* TestFacilitatorWindow::open()
{
    m_window = m_page->facilitate(false);
    if (!m_window)
        qFatal("facilitator mode did not open");
    m_window->resize(1280, 800);
    if (!QTest::qWaitForWindowExposed(m_window))
        qFatal("not exposed");
    m_window->activateWindow();
    m_window->setFocus();
    return m_window;
}

QString TestFacilitatorWindow::labelText(const char* name) const
{
    auto* label = m_window->findChild<QLabel*>(QLatin1String(name));
    return label ? label->text() : u"<no label>"_s;
}

void TestFacilitatorWindow::keyboardRunsTheSession()
{
    FacilitatorWindow* window = open();
    QVERIFY(labelText("phaseLabel").contains(u"Think"_s));
    QCOMPARE(labelText("promptLabel"), u"Note your own answer."_s);
    QCOMPARE(window->countdownText(), u"3:00"_s);
    QVERIFY(labelText("nextLabel").contains(u"Pair"_s));

    QTest::keyClick(window, Qt::Key_Space);
    QVERIFY(window->timer().isRunning());
    m_clock.advance(30'000);
    window->refresh();
    QCOMPARE(labelText("countdownLabel"), u"2:30"_s);

    QTest::keyClick(window, Qt::Key_Space); // pause
    QVERIFY(!window->timer().isRunning());
    m_clock.advance(kMinute);
    window->refresh();
    QCOMPARE(labelText("countdownLabel"), u"2:30"_s);

    QTest::keyClick(window, Qt::Key_Plus);
    QCOMPARE(labelText("countdownLabel"), u"3:30"_s);
    QTest::keyClick(window, Qt::Key_Minus);
    QTest::keyClick(window, Qt::Key_Minus);
    QCOMPARE(labelText("countdownLabel"), u"1:30"_s);

    QTest::keyClick(window, Qt::Key_Right);
    QCOMPARE(window->timer().currentIndex(), 1);
    QVERIFY(labelText("phaseLabel").contains(u"Pair"_s));
    QCOMPARE(labelText("countdownLabel"), u"10:00"_s);
    QVERIFY(labelText("nextLabel").contains(u"Share"_s));
    QTest::keyClick(window, Qt::Key_Right);
    QTest::keyClick(window, Qt::Key_Right); // no phase after the last
    QCOMPARE(window->timer().currentIndex(), 2);
    QCOMPARE(labelText("nextLabel"), FacilitatorWindow::tr("Last phase"));
    QTest::keyClick(window, Qt::Key_Left);
    QTest::keyClick(window, Qt::Key_Left);
    QCOMPARE(window->timer().currentIndex(), 0);
    QCOMPARE(labelText("countdownLabel"), u"1:30"_s); // the first phase kept its time and its minutes
}

void TestFacilitatorWindow::warningsInTheLastMinuteAndOverrun()
{
    FacilitatorWindow* window = open();
    QTest::keyClick(window, Qt::Key_Space);
    m_clock.advance(2 * kMinute + 10'000);
    window->refresh();
    QCOMPARE(labelText("countdownLabel"), u"0:50"_s);
    QCOMPARE(labelText("warningLabel"), FacilitatorWindow::tr("Last minute"));
    QVERIFY(window->findChild<QLabel*>(u"countdownLabel"_s)->styleSheet().contains(u"#ffc857"_s));
    m_clock.advance(kMinute + 15'000);
    window->refresh();
    QCOMPARE(labelText("countdownLabel"), u"-0:25"_s);
    QCOMPARE(labelText("warningLabel"), FacilitatorWindow::tr("Over time"));
    QVERIFY(window->findChild<QLabel*>(u"countdownLabel"_s)->styleSheet().contains(u"#ff6b6b"_s));
    // One more minute lifts the overrun back into the last minute.
    QTest::keyClick(window, Qt::Key_Plus);
    QCOMPARE(labelText("countdownLabel"), u"0:35"_s);
    QCOMPARE(labelText("warningLabel"), FacilitatorWindow::tr("Last minute"));
}

void TestFacilitatorWindow::typingInTheCaptureBoxIsNotAKey()
{
    FacilitatorWindow* window = open();
    QPlainTextEdit* notes = window->notesEdit();
    notes->setFocus();
    QTest::keyClicks(notes, u"a b"_s);
    QCOMPARE(notes->toPlainText(), u"a b"_s);
    QVERIFY(!window->timer().isRunning());  // the space went into the text
    QTest::keyClick(notes, Qt::Key_Escape); // gives the keys back to the timer
    QVERIFY(window->isVisible());
    QTest::keyClick(window, Qt::Key_Space);
    QVERIFY(window->timer().isRunning());
}

void TestFacilitatorWindow::pairsOfTheCurrentRound()
{
    const SessionPairing pairing =
        SessionPairing::fromRounds(m_sessionId,
                                   kDate,
                                   {{{m_people[0], m_people[1]}, {m_people[2], m_people[3]}},
                                    {{m_people[0], m_people[2]}, {m_people[1], m_people[3]}}});
    QVERIFY(SessionPairingRepository(m_workspace->database()).save(pairing));
    FacilitatorWindow* window = open();
    QVERIFY(window->pairsText().contains(u"Ada Lovelace & Grace Hopper"_s));
    QVERIFY(window->pairsText().contains(u"1"_s));
    QTest::keyClick(window, Qt::Key_Down);
    QCOMPARE(window->currentRound(), 1);
    QVERIFY(window->pairsText().contains(u"Ada Lovelace & Alan Turing"_s));
    QTest::keyClick(window, Qt::Key_Down); // no third round
    QCOMPARE(window->currentRound(), 1);
    QTest::keyClick(window, Qt::Key_Up);
    QCOMPARE(window->currentRound(), 0);
}

void TestFacilitatorWindow::roundsFollowOnePhasePerRound()
{
    QVERIFY(SessionRepository(m_workspace->database())
                .setPhases(m_sessionId,
                           {{u"Think"_s, 3, {}}, {u"Pair 1"_s, 5, {}}, {u"Pair 2"_s, 5, {}}, {u"Share"_s, 7, {}}}));
    QVERIFY(SessionPairingRepository(m_workspace->database())
                .save(SessionPairing::fromRounds(m_sessionId,
                                                 kDate,
                                                 {{{m_people[0], m_people[1]}, {m_people[2], m_people[3]}},
                                                  {{m_people[0], m_people[2]}, {m_people[1], m_people[3]}}})));
    FacilitatorWindow* window = open();
    QTest::keyClick(window, Qt::Key_Right);
    QCOMPARE(window->currentRound(), 0);
    QTest::keyClick(window, Qt::Key_Right);
    QCOMPARE(window->currentRound(), 1);
    QVERIFY(window->pairsText().contains(u"Ada Lovelace & Alan Turing"_s));
    QTest::keyClick(window, Qt::Key_Right); // share: the last round stays up
    QCOMPARE(window->currentRound(), 1);
    QTest::keyClick(window, Qt::Key_Left);
    QTest::keyClick(window, Qt::Key_Left);
    QCOMPARE(window->currentRound(), 0);
}

void TestFacilitatorWindow::closingWritesBackAsOneUndoableEdit()
{
    SessionAttendanceRepository attendance(m_workspace->database());
    QVERIFY(attendance.record({m_sessionId, kDate, m_people[3], AttendanceStatus::Excused}));
    FacilitatorWindow* window = open();
    QCOMPARE(window->attendanceOf(m_people[3]), std::optional<AttendanceStatus>(AttendanceStatus::Excused));
    auto* ada = window->findChild<QToolButton*>(u"attendance_%1"_s.arg(m_people[0]));
    QVERIFY(ada);
    QTest::mouseClick(ada, Qt::LeftButton);
    QVERIFY(ada->text().contains(attendanceStatusDisplayName(AttendanceStatus::Attended)));
    auto* grace = window->findChild<QToolButton*>(u"attendance_%1"_s.arg(m_people[1]));
    QTest::mouseClick(grace, Qt::LeftButton);
    QTest::mouseClick(grace, Qt::LeftButton);
    QTest::mouseClick(grace, Qt::LeftButton); // attended -> excused -> absent
    auto* barbara = window->findChild<QToolButton*>(u"attendance_%1"_s.arg(m_people[3]));
    QTest::mouseClick(barbara, Qt::LeftButton);
    QTest::mouseClick(barbara, Qt::LeftButton); // excused -> absent -> nobody
    window->notesEdit()->setPlainText(u"Two pairs ran out of time."_s);
    window->learningsEdit()->setPlainText(u"Ten minutes of pairing is too short."_s);
    window->close();

    const SessionRepository sessions(m_workspace->database());
    Session s = sessions.find(m_sessionId)->value();
    QCOMPARE(s.notes, u"Planned notes.\n\nTwo pairs ran out of time."_s);
    QCOMPARE(s.learnings, u"Ten minutes of pairing is too short."_s);
    QList<SessionAttendance> records = attendance.forOccurrence(m_sessionId, kDate).value();
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).personId, m_people[0]);
    QCOMPARE(records.at(0).status, AttendanceStatus::Attended);
    QCOMPARE(records.at(1).personId, m_people[1]);
    QCOMPARE(records.at(1).status, AttendanceStatus::Absent);
    QCOMPARE(m_workspace->undoStack()->count(), 1);

    m_workspace->undoStack()->undo();
    s = sessions.find(m_sessionId)->value();
    QCOMPARE(s.notes, u"Planned notes."_s);
    QCOMPARE(s.learnings, QString());
    records = attendance.forOccurrence(m_sessionId, kDate).value();
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.at(0).status, AttendanceStatus::Excused);
    m_workspace->undoStack()->redo();
    QCOMPARE(attendance.forOccurrence(m_sessionId, kDate)->size(), 2);
}

void TestFacilitatorWindow::closingWithoutChangesWritesNothing()
{
    FacilitatorWindow* window = open();
    QTest::keyClick(window, Qt::Key_Space);
    QTest::keyClick(window, Qt::Key_Escape); // Esc outside a text box closes
    QTRY_VERIFY(!m_window);
    QCOMPARE(m_workspace->undoStack()->count(), 0);
}

QTEST_MAIN(TestFacilitatorWindow)
#include "TestFacilitatorWindow.moc"
