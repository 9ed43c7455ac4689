// SPDX-License-Identifier: GPL-3.0-or-later
// The Sessions page on the offscreen platform: the sample in the agenda and the month, the session editor
// (add, edit, undo), moving and cancelling one occurrence, attendance ticks, pairings, deleting with undo.
#include "TableCsvExport.h"
#include "TestWorkspace.h"
#include "demo/SampleCommunity.h"
#include "model/SessionPhasePlan.h"
#include "schedule/PairingPlan.h"
#include "sessions/AttendanceHistoryView.h"
#include "sessions/SessionAgendaView.h"
#include "sessions/SessionAttendanceView.h"
#include "sessions/SessionMonthView.h"
#include "sessions/SessionPairingView.h"
#include "sessions/SessionsPage.h"
#include "storage/SessionAttendanceRepository.h"
#include "storage/SessionPairingRepository.h"
#include "storage/SessionRepository.h"
#include "workspace/AddSessionCommand.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>

#include <functional>

using namespace steward;
using namespace Qt::StringLiterals;

namespace {

// Runs `answer` on the next modal dialog as soon as it is shown (exec() blocks the test until then).
void answerNextModal(std::function<void(QWidget*)> answer, int triesLeft = 200)
{
    QTimer::singleShot(10, [answer = std::move(answer), triesLeft]() mutable {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal && triesLeft > 0) {
            answerNextModal(std::move(answer), triesLeft - 1);
            return;
        }
        answer(modal);
        // A dialog the answer did not close would block the test forever: say why and close it.
        if (auto* dialog = qobject_cast<QDialog*>(modal); dialog && dialog->isVisible()) {
            if (auto* error = dialog->findChild<QLabel*>(u"errorLabel"_s))
                qWarning("dialog still open: %s", qPrintable(error->text()));
            QMetaObject::invokeMethod(dialog, "reject", Qt::QueuedConnection);
        }
    });
}

void clickOk(QWidget* dialog)
{
    auto* box = dialog->findChild<QDialogButtonBox*>(u"buttonBox"_s);
    QVERIFY(box);
    QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

template <typename T> T* child(QWidget* parent, const QString& name)
{
    T* found = parent->findChild<T*>(name);
    if (!found)
        qFatal("no child %s", qPrintable(name));
    return found;
}

} // namespace

class TestSessionsPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void sampleShowsInBothViews();
    void editorAddsASeriesAndUndoRemovesIt();
    void editorEditsAndUndoReverts();
    void editorRefusalStaysOpen();
    void moveAndCancelOneOccurrence();
    void attendanceTicksAreUndoable();
    void pairingsGenerateSwapAndMet();
    void deleteAndUndoBringsEverythingBack();
    void fitsASmallWindow();
    void doNotPairListIsUndoable();

private:
    void openEmpty();
    qint64 addSeries(const QString& title, int count);
    QList<Session> stored() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SessionsPage> m_page;
    qint64 m_communityId = 0;
    QList<qint64> m_people;
};

void TestSessionsPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_page = std::make_unique<SessionsPage>();
    m_page->resize(1200, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestSessionsPage::cleanup()
{
    m_page.reset();
    m_workspace.reset();
    m_dir.reset();
    m_people.clear();
}

// A community of four members, no sessions yet.
void TestSessionsPage::openEmpty()
{
    auto workspace =
        Workspace::open(m_dir->filePath(u"s.steward"_s), Database::OpenMode::CreateIfMissing, test::fixedClock());
    QVERIFY2(workspace, qPrintable(workspace.errorString()));
    m_workspace = std::move(*workspace);
    Community community;
    community.name = u"Testing Guild"_s;
    auto id = m_workspace->addCommunity(community);
    QVERIFY2(id, qPrintable(id.errorString()));
    m_communityId = *id;
    for (const QString& name : {u"Ada Lovelace"_s, u"Grace Hopper"_s, u"Alan Turing"_s, u"Barbara Liskov"_s}) {
        Person person;
        person.name = name;
        person.team = m_people.size() % 2 ? u"Compilers"_s : u"Analytics"_s;
        auto personId = m_workspace->addPerson(person);
        QVERIFY2(personId, qPrintable(personId.errorString()));
        m_people << *personId;
        QVERIFY(m_workspace->setLevel(
            m_communityId, *personId, ParticipationLevel::Active, QDate(2026, 1, 5), u"joined"_s));
    }
    m_workspace->undoStack()->clear();
    m_page->setWorkspace(m_workspace.get());
    m_page->setCurrentCommunity(m_communityId);
}

qint64 TestSessionsPage::addSeries(const QString& title, int count)
{
    SessionCommandContent content;
    Session& s = content.session;
    s.communityId = m_communityId;
    s.format = SessionFormat::ThinkPairShare;
    s.title = title;
    s.timeZone = u"Europe/Berlin"_s;
    s.start = QDateTime(QDate(2026, 10, 6), QTime(15, 0), QTimeZone("Europe/Berlin"));
    s.minutes = 45;
    s.repeat = RecurrenceRule::weekly().setCount(count);
    auto command = std::make_unique<AddSessionCommand>(*m_workspace, content);
    AddSessionCommand* raw = command.get();
    if (Status st = m_workspace->perform(std::move(command)); !st)
        qFatal("cannot add: %s", qPrintable(st.errorString()));
    QCoreApplication::processEvents(); // the page reloads once the event loop is back
    return raw->sessionId();
}

QList<Session> TestSessionsPage::stored() const
{
    return SessionRepository(m_workspace->database()).forCommunity(m_communityId).value();
}

void TestSessionsPage::sampleShowsInBothViews()
{
    auto workspace =
        Workspace::open(m_dir->filePath(u"sample.steward"_s), Database::OpenMode::CreateIfMissing, test::fixedClock());
    QVERIFY(workspace);
    m_workspace = std::move(*workspace);
    QVERIFY(SampleCommunity::create(m_workspace->database(), SampleCommunity::kDefaultSeed, test::fixedClock()));
    m_page->setWorkspace(m_workspace.get());
    const QList<Community> communities = m_workspace->communities().all().value();
    for (const Community& community : communities) {
        m_page->setCurrentCommunity(community.id);
        const QList<Session> sessions = SessionRepository(m_workspace->database()).forCommunity(community.id).value();
        QVERIFY(!sessions.isEmpty());
        int expected = 0;
        for (const Session& session : sessions)
            expected += int(session.occurrences().size());
        SessionAgendaView* agenda = m_page->agendaView();
        QCOMPARE(agenda->upcomingCount() + agenda->pastCount(), expected);
        QVERIFY(agenda->upcomingCount() > 0);
        QVERIFY(agenda->pastCount() > 0);
        // The first upcoming occurrence is on or after the sample's today.
        const QTreeWidgetItem* first = agenda->topLevelItem(0)->child(0);
        const auto session = m_page->catalog().session(first->data(0, SessionAgendaView::SessionIdRole).toLongLong());
        QVERIFY(session);
        const auto occurrence = session->occurrenceOn(first->data(0, SessionAgendaView::DateRole).toDate());
        QVERIFY(occurrence);
        QVERIFY(occurrence->end.date() >= test::fixedNow().date());
        QCOMPARE(first->text(1), session->title);
        // Export as CSV: the header, then one row per occurrence (the Upcoming/Past groups are not rows).
        const QList<QByteArray> csvLines = TableCsvExport::csv(*agenda).split('\n');
        QVERIFY(csvLines.first().startsWith(tr("When").toUtf8() + ','));
        QCOMPARE(csvLines.size() - 2, expected); // minus the header and the empty piece after the last CRLF

        m_page->showMonth();
        QVERIFY(m_page->isShowingMonth());
        m_page->monthView()->setSelectedDate(occurrence->start.date());
        QVERIFY(m_page->monthView()->linesOn(occurrence->start.date()).join(u'\n').contains(session->title));
        auto* dayList = child<QListWidget>(m_page.get(), u"dayListWidget"_s);
        QVERIFY(dayList->count() >= 1);
        QCOMPARE(m_page->selectedSessionId(), dayList->item(0)->data(Qt::UserRole).toLongLong());
        QVERIFY(child<QTextBrowser>(m_page.get(), u"sessionDetailsBrowser"_s)->toPlainText().contains(session->title));
        m_page->showAgenda();
    }
    // The history tab counts the sample's attendance.
    auto* history = m_page->findChild<AttendanceHistoryView*>();
    QVERIFY(history->communityTree()->topLevelItemCount() > 0);
    int attended = 0;
    for (int i = 0; i < history->communityTree()->topLevelItemCount(); ++i)
        attended += history->communityTree()->topLevelItem(i)->data(1, Qt::DisplayRole).toInt();
    QVERIFY(attended > 0);
    history->communityTree()->setCurrentItem(history->communityTree()->topLevelItem(0));
    QVERIFY(history->personTree()->topLevelItemCount() > 0);
}

void TestSessionsPage::editorAddsASeriesAndUndoRemovesIt()
{
    openEmpty();
    answerNextModal([this](QWidget* dialog) {
        QVERIFY(dialog);
        auto* format = child<QComboBox>(dialog, u"formatComboBox"_s);
        format->setCurrentIndex(format->findData(int(SessionFormat::ThinkPairShare)));
        child<QLineEdit>(dialog, u"titleLineEdit"_s)->setText(u"Onboarding clinic"_s);
        child<QLineEdit>(dialog, u"placeLineEdit"_s)->setText(u"Room 4"_s);
        child<QComboBox>(dialog, u"repeatComboBox"_s)->setCurrentIndex(2); // every N weeks
        child<QSpinBox>(dialog, u"intervalSpinBox"_s)->setValue(2);
        child<QSpinBox>(dialog, u"countSpinBox"_s)->setValue(4);
        auto* facilitator = child<QComboBox>(dialog, u"facilitatorComboBox"_s);
        facilitator->setCurrentIndex(facilitator->findData(m_people.at(1)));
        auto* roles = child<QTreeWidget>(dialog, u"rolesTreeWidget"_s);
        roles->topLevelItem(2)->setCheckState(2, Qt::Checked); // note-taker
        clickOk(dialog);
    });
    m_page->newSession();
    const QList<Session> sessions = stored();
    QCOMPARE(sessions.size(), 1);
    const Session& s = sessions.first();
    QCOMPARE(s.title, u"Onboarding clinic"_s);
    QCOMPARE(s.format, SessionFormat::ThinkPairShare);
    QCOMPARE(s.place, u"Room 4"_s);
    QCOMPARE(s.facilitatorId, m_people.at(1));
    QVERIFY(s.repeat);
    QCOMPARE(s.repeat->interval, 2);
    QCOMPARE(s.repeat->count, std::optional<int>(4));
    QCOMPARE(s.occurrences().size(), 4);
    const SessionRepository repository(m_workspace->database());
    QCOMPARE(repository.phases(s.id)->size(), SessionPhasePlan::defaultFor(SessionFormat::ThinkPairShare).size());
    QCOMPARE(repository.roles(s.id)->size(), 1);
    QCOMPARE(repository.roles(s.id)->first().role, SessionRole::NoteTaker);
    QCOMPARE(m_page->agendaView()->upcomingCount() + m_page->agendaView()->pastCount(), 4);

    m_workspace->undoStack()->undo();
    QVERIFY(stored().isEmpty());
    QTRY_COMPARE(m_page->agendaView()->upcomingCount() + m_page->agendaView()->pastCount(), 0);
    m_workspace->undoStack()->redo();
    QCOMPARE(stored().size(), 1);
    QCOMPARE(stored().first().id, s.id);
    QCOMPARE(stored().first().uid, s.uid);
    QCOMPARE(repository.roles(s.id)->size(), 1);
}

void TestSessionsPage::editorEditsAndUndoReverts()
{
    openEmpty();
    const qint64 id = addSeries(u"Pairing hour"_s, 6);
    const SessionRepository repository(m_workspace->database());
    const QList<SessionPhase> phasesBefore = repository.phases(id).value();
    m_page->selectOccurrence(id, QDate(2026, 10, 13));
    answerNextModal([](QWidget* dialog) {
        QVERIFY(dialog);
        child<QLineEdit>(dialog, u"titleLineEdit"_s)->setText(u"Pairing hour (renamed)"_s);
        auto* phases = child<QTableWidget>(dialog, u"phasesTableWidget"_s);
        phases->item(0, 0)->setText(u"Quiet thinking"_s);
        phases->item(0, 1)->setData(Qt::EditRole, 7);
        phases->item(0, 2)->setText(u"What surprised you this week?"_s);
        child<QCheckBox>(dialog, u"confidentialCheckBox"_s)->setChecked(true);
        clickOk(dialog);
    });
    m_page->editSession();
    Session s = repository.find(id)->value();
    QCOMPARE(s.title, u"Pairing hour (renamed)"_s);
    QVERIFY(s.confidential);
    const QList<SessionPhase> phasesAfter = repository.phases(id).value();
    QCOMPARE(phasesAfter.first().name, u"Quiet thinking"_s);
    QCOMPARE(phasesAfter.first().minutes, 7);
    QCOMPARE(phasesAfter.first().prompt, u"What surprised you this week?"_s);
    QCOMPARE(m_page->selectedSessionId(), id);

    m_workspace->undoStack()->undo();
    s = repository.find(id)->value();
    QCOMPARE(s.title, u"Pairing hour"_s);
    QVERIFY(!s.confidential);
    QCOMPARE(repository.phases(id).value(), phasesBefore);
}

void TestSessionsPage::editorRefusalStaysOpen()
{
    openEmpty();
    addSeries(u"Existing"_s, 3);
    bool stillOpen = false;
    QString message;
    answerNextModal([&](QWidget* dialog) {
        QVERIFY(dialog);
        child<QLineEdit>(dialog, u"titleLineEdit"_s)->setText(u"   "_s); // no title
        clickOk(dialog);
        stillOpen = dialog->isVisible();
        message = child<QLabel>(dialog, u"errorLabel"_s)->text();
    });
    m_page->newSession();
    QVERIFY(stillOpen);
    QVERIFY2(message.contains(u"title"_s), qPrintable(message));
    QCOMPARE(stored().size(), 1);
    QCOMPARE(m_workspace->undoStack()->count(), 1);
}

void TestSessionsPage::moveAndCancelOneOccurrence()
{
    openEmpty();
    const qint64 id = addSeries(u"Weekly review"_s, 5);
    m_page->selectOccurrence(id, QDate(2026, 10, 13));
    answerNextModal([](QWidget* dialog) {
        QVERIFY(dialog);
        child<QDateTimeEdit>(dialog, u"moveToDateTimeEdit"_s)->setDateTime(QDateTime(QDate(2026, 10, 14), QTime(9, 0)));
        clickOk(dialog);
    });
    m_page->moveOrCancelOccurrence();
    Session s = stored().first();
    QCOMPARE(s.exceptions.size(), 1);
    QCOMPARE(s.occurrenceOn(QDate(2026, 10, 13))->start.date(), QDate(2026, 10, 14));
    QVERIFY(s.occurrenceOn(QDate(2026, 10, 13))->moved);

    m_page->selectOccurrence(id, QDate(2026, 10, 20));
    answerNextModal([](QWidget* dialog) {
        child<QRadioButton>(dialog, u"cancelRadioButton"_s)->setChecked(true);
        clickOk(dialog);
    });
    m_page->moveOrCancelOccurrence();
    s = stored().first();
    QCOMPARE(s.exceptions.size(), 2);
    QVERIFY(!s.occurrenceOn(QDate(2026, 10, 20)));
    QCOMPARE(s.occurrences().size(), 4);
    QTRY_COMPARE(m_page->agendaView()->upcomingCount() + m_page->agendaView()->pastCount(), 4);

    m_workspace->undoStack()->undo();
    QCOMPARE(stored().first().occurrences().size(), 5);
    m_workspace->undoStack()->undo();
    QVERIFY(stored().first().exceptions.isEmpty());
}

void TestSessionsPage::attendanceTicksAreUndoable()
{
    openEmpty();
    const qint64 id = addSeries(u"Case round"_s, 3);
    m_page->selectOccurrence(id, QDate(2026, 10, 13));
    auto* view = m_page->findChild<SessionAttendanceView*>();
    QCOMPARE(view->topLevelItemCount(), m_people.size());
    view->tick(m_people.at(0), AttendanceStatus::Attended);
    QCoreApplication::processEvents();
    view = m_page->findChild<SessionAttendanceView*>();
    view->tick(m_people.at(1), AttendanceStatus::Excused);
    QCoreApplication::processEvents();
    const SessionAttendanceRepository repository(m_workspace->database());
    QList<SessionAttendance> records = repository.forOccurrence(id, QDate(2026, 10, 13)).value();
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).status, AttendanceStatus::Attended);
    QCOMPARE(records.at(1).status, AttendanceStatus::Excused);
    // A second tick on the same row replaces the first: one status per person.
    view->tick(m_people.at(1), AttendanceStatus::Absent);
    QCoreApplication::processEvents();
    records = repository.forOccurrence(id, QDate(2026, 10, 13)).value();
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(1).status, AttendanceStatus::Absent);
    QCOMPARE(view->ticked().size(), 2);

    m_workspace->undoStack()->undo();
    QCOMPARE(repository.forOccurrence(id, QDate(2026, 10, 13))->at(1).status, AttendanceStatus::Excused);
    m_workspace->undoStack()->undo();
    m_workspace->undoStack()->undo();
    QVERIFY(repository.forOccurrence(id, QDate(2026, 10, 13))->isEmpty());
    QTRY_COMPARE(m_page->findChild<SessionAttendanceView*>()->ticked().size(), 0);
}

void TestSessionsPage::pairingsGenerateSwapAndMet()
{
    openEmpty();
    const qint64 id = addSeries(u"Think pair share"_s, 3);
    const QDate date(2026, 10, 13);
    m_page->selectOccurrence(id, date);
    auto* view = m_page->findChild<SessionPairingView*>();
    child<QSpinBox>(view, u"roundsSpinBox"_s)->setValue(3);
    view->generate();
    QCoreApplication::processEvents();
    const SessionPairingRepository repository(m_workspace->database());
    SessionPairing pairing = repository.find(id, date).value();
    QCOMPARE(pairing.rounds().size(), 3);
    QCOMPARE(SessionPairing().rounds().size(), 0);
    QCOMPARE(PairingPlan::countRepeats(pairing.rounds()), 0); // 4 people, 3 rounds: the circle method
    for (const auto& round : pairing.rounds())
        QCOMPARE(round.size(), 2);

    // Swap the first person of each pair in round 1.
    QTreeWidget* tree = view->tree();
    QTreeWidgetItem* round1 = tree->topLevelItem(0);
    round1->child(0)->child(0)->setSelected(true);
    round1->child(1)->child(0)->setSelected(true);
    const qint64 first = pairing.seats.at(0).personId;
    const qint64 third = pairing.seats.at(2).personId;
    view->swapSelected();
    QCoreApplication::processEvents();
    SessionPairing swapped = repository.find(id, date).value();
    QCOMPARE(swapped.seats.at(0).personId, third);
    QCOMPARE(swapped.seats.at(2).personId, first);

    // Untick the first group of round 2: its seats are marked as not met.
    QTreeWidgetItem* group = view->tree()->topLevelItem(1)->child(0);
    group->setCheckState(1, Qt::Unchecked);
    QCoreApplication::processEvents();
    SessionPairing marked = repository.find(id, date).value();
    int notMet = 0;
    for (const SessionPairingSeat& seat : marked.seats)
        notMet += seat.met ? 0 : 1;
    QCOMPARE(notMet, 2);
    PairingHistory expected; // the groups whose members all met
    for (int r = 0; r < 3; ++r) {
        for (int g = 0; g < 2; ++g) {
            if (r != 1 || g != 0)
                expected.addGroup(marked.rounds().at(r).at(g));
        }
    }
    QCOMPARE(repository.history(m_communityId).value(), expected);

    m_workspace->undoStack()->undo();
    QCOMPARE(repository.find(id, date).value(), swapped);
    m_workspace->undoStack()->undo();
    QCOMPARE(repository.find(id, date).value(), pairing);
    m_workspace->undoStack()->undo();
    QVERIFY(repository.find(id, date)->seats.isEmpty());
}

void TestSessionsPage::deleteAndUndoBringsEverythingBack()
{
    openEmpty();
    const qint64 id = addSeries(u"To be deleted"_s, 4);
    const QDate date(2026, 10, 20);
    SessionAttendanceRepository(m_workspace->database()).record({id, date, m_people.at(2), AttendanceStatus::Attended});
    SessionPairingRepository(m_workspace->database())
        .save(SessionPairing::fromRounds(
            id, date, {{{m_people.at(0), m_people.at(1)}, {m_people.at(2), m_people.at(3)}}}));
    m_page->selectOccurrence(id, date);
    answerNextModal([](QWidget* box) {
        QVERIFY(qobject_cast<QMessageBox*>(box));
        QTest::mouseClick(qobject_cast<QMessageBox*>(box)->button(QMessageBox::Yes), Qt::LeftButton);
    });
    m_page->deleteSession();
    QVERIFY(stored().isEmpty());
    QTRY_COMPARE(m_page->agendaView()->upcomingCount() + m_page->agendaView()->pastCount(), 0);
    m_workspace->undoStack()->undo();
    QCOMPARE(stored().size(), 1);
    QCOMPARE(stored().first().id, id);
    QCOMPARE(SessionAttendanceRepository(m_workspace->database()).forSession(id)->size(), 1);
    QCOMPARE(SessionPairingRepository(m_workspace->database()).find(id, date)->seats.size(), 4);
    QCOMPARE(SessionRepository(m_workspace->database()).phases(id)->size(), 3);
}

// The main window must still shrink to 900 pixels wide (TestMainWindow): the page may not demand more.
void TestSessionsPage::fitsASmallWindow()
{
    openEmpty();
    addSeries(u"A series with a rather long title to show in the month"_s, 3);
    qInfo("minimum size: %dx%d", m_page->minimumSizeHint().width(), m_page->minimumSizeHint().height());
    QVERIFY(m_page->minimumSizeHint().width() <= 700);
    QVERIFY(m_page->minimumSizeHint().height() <= 500);
}

void TestSessionsPage::doNotPairListIsUndoable()
{
    openEmpty();
    const qint64 id = addSeries(u"Pairs"_s, 2);
    m_page->selectOccurrence(id, QDate(2026, 10, 13));
    auto* view = m_page->findChild<SessionPairingView*>();
    QString duplicateMessage;
    answerNextModal([&](QWidget* dialog) {
        QVERIFY(dialog);
        auto* first = child<QComboBox>(dialog, u"firstPersonComboBox"_s);
        first->setCurrentIndex(first->findData(m_people.at(0)));
        auto* second = child<QComboBox>(dialog, u"secondPersonComboBox"_s);
        second->setCurrentIndex(second->findData(m_people.at(2)));
        QTest::mouseClick(child<QPushButton>(dialog, u"addDoNotPairButton"_s), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(dialog, u"addDoNotPairButton"_s), Qt::LeftButton); // again: refused
        duplicateMessage = child<QLabel>(dialog, u"errorLabel"_s)->text();
        QCOMPARE(child<QListWidget>(dialog, u"doNotPairList"_s)->count(), 1);
        QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
    });
    view->editDoNotPair();
    QVERIFY2(duplicateMessage.contains(u"already"_s), qPrintable(duplicateMessage));
    const SessionPairingRepository repository(m_workspace->database());
    const QList<QPair<qint64, qint64>> expected{{m_people.at(0), m_people.at(2)}};
    QCOMPARE(repository.doNotPair(m_communityId).value(), expected);
    // The planner keeps them apart in every round.
    child<QSpinBox>(view, u"roundsSpinBox"_s)->setValue(2);
    view->generate();
    for (const auto& round : repository.find(id, QDate(2026, 10, 13))->rounds()) {
        for (const auto& group : round)
            QVERIFY(!(group.contains(m_people.at(0)) && group.contains(m_people.at(2))));
    }
    m_workspace->undoStack()->undo(); // the pairs
    m_workspace->undoStack()->undo(); // the wish
    QVERIFY(repository.doNotPair(m_communityId)->isEmpty());
    m_workspace->undoStack()->redo();
    QCOMPARE(repository.doNotPair(m_communityId).value(), expected);
    answerNextModal([](QWidget* dialog) {
        auto* list = child<QListWidget>(dialog, u"doNotPairList"_s);
        list->setCurrentRow(0);
        QTest::mouseClick(child<QPushButton>(dialog, u"removeDoNotPairButton"_s), Qt::LeftButton);
        QCOMPARE(list->count(), 0);
        QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
    });
    view->editDoNotPair();
    QVERIFY(repository.doNotPair(m_communityId)->isEmpty());
    m_workspace->undoStack()->undo();
    QCOMPARE(repository.doNotPair(m_communityId).value(), expected);
}

QTEST_MAIN(TestSessionsPage)
#include "TestSessionsPage.moc"
