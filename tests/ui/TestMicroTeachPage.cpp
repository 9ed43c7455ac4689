// SPDX-License-Identifier: GPL-3.0-or-later
// The Schedules page on the sample: micro-teach slots with topics, the backlog, coverage and its chart,
// the on-call rotation with its response target; an added topic is undoable; the pages fit a small window;
// a slot's topic (from the backlog), link and status edited in its dialog and undone; calendar times.
#include "TestWorkspace.h"
#include "demo/SampleCommunity.h"
#include "rotations/CoverageView.h"
#include "rotations/MastermindsPage.h"
#include "rotations/RotationEditor.h"
#include "rotations/RotationTableModel.h"
#include "rotations/SchedulesPage.h"
#include "rotations/SlotDialog.h"
#include "rotations/TopicBacklogView.h"
#include "storage/Database.h"
#include "storage/RotationWorkbench.h"
#include "storage/TopicRepository.h"
#include "workspace/SaveRotationTopicCommand.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTimeZone>
#include <QTimer>
#include <QUndoStack>

using namespace steward;
using namespace Qt::StringLiterals;

class TestMicroTeachPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void microTeachWithTopicsAndCoverage();
    void onCallShowsItsResponseTarget();
    void addedTopicIsUndoable();
    void pagesFitASmallWindow();
    void slotTopicLinkAndStatusAreUndoable();
    void calendarTakesTheRecurringMeetingsTime();
    void holidaysAreSkippedAndUndoable();

private:
    qint64 communityNamed(const QString& name) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SchedulesPage> m_page;
};

void TestMicroTeachPage::initTestCase()
{
    const QString path = m_dir.filePath(u"sample.steward"_s);
    {
        auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
        QVERIFY2(db, qPrintable(db.errorString()));
        QVERIFY(SampleCommunity::create(**db, SampleCommunity::kDefaultSeed, test::fixedClock()));
    }
    auto workspace = Workspace::open(path, Database::OpenMode::ExistingOnly, test::fixedClock());
    QVERIFY2(workspace, qPrintable(workspace.errorString()));
    m_workspace = std::move(*workspace);
    m_page = std::make_unique<SchedulesPage>();
    m_page->resize(1100, 760);
    m_page->setWorkspace(m_workspace.get());
    m_page->setCurrentCommunity(communityNamed(u"Customer Success Practice"_s));
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

qint64 TestMicroTeachPage::communityNamed(const QString& name) const
{
    auto found = m_workspace->communities().findByName(name);
    return found && found->has_value() ? (*found)->id : 0;
}

void TestMicroTeachPage::microTeachWithTopicsAndCoverage()
{
    RotationTableModel* model = m_page->microTeach()->model();
    QCOMPARE(model->rowCount(), 52);
    QCOMPARE(model->headerData(model->columnCount() - 1, Qt::Horizontal).toString(), u"Topics"_s);
    QVERIFY(!model->index(0, model->columnCount() - 1).data().toString().isEmpty());
    auto topics = TopicRepository(m_workspace->database()).forCommunity(model->record().communityId);
    QVERIFY(topics);
    QCOMPARE(m_page->topics()->table()->rowCount(), int(topics->size()));
    // Coverage: everyone eligible has a row; the taught counts add up to the held, not skipped, turns.
    int taught = 0;
    for (int row = 0; row < m_page->coverage()->table()->rowCount(); ++row)
        taught += m_page->coverage()->table()->item(row, 1)->text().toInt();
    int held = 0;
    for (const RotationMeeting& meeting : model->plan().meetings) {
        for (const RotationSeat& seat : meeting.seats)
            held += meeting.date <= test::fixedClock().today() && !seat.isEmpty()
                            && seat.status != RotationSeat::Status::Skipped
                        ? 1
                        : 0;
    }
    QCOMPARE(taught, held);
    QVERIFY(m_page->coverage()->gaps()->text().contains(u"topic(s) covered"_s));
}

void TestMicroTeachPage::onCallShowsItsResponseTarget()
{
    m_page->setCurrentCommunity(communityNamed(u"Site Reliability Guild"_s));
    RotationEditor* onCall = m_page->onCall();
    QCOMPARE(onCall->model()->record().kind, RotationKind::OnCall);
    QCOMPARE(onCall->model()->record().responseTargetMinutes, 240);
    QCOMPARE(onCall->findChild<QSpinBox*>(u"responseTarget"_s)->value(), 240);
    QCOMPARE(onCall->findChild<QSpinBox*>(u"rotationEvery"_s)->value(), 7);
    QCOMPARE(onCall->model()->headerData(0, Qt::Horizontal).toString(), u"Shift from"_s);
    m_page->setCurrentCommunity(communityNamed(u"Customer Success Practice"_s));
}

void TestMicroTeachPage::addedTopicIsUndoable()
{
    const int before = m_page->topics()->table()->rowCount();
    Topic topic;
    topic.communityId = communityNamed(u"Customer Success Practice"_s);
    topic.title = u"Mapping the renewal calendar"_s;
    QVERIFY(m_workspace->perform(std::make_unique<SaveRotationTopicCommand>(*m_workspace, std::nullopt, topic)));
    QCOMPARE(m_page->topics()->table()->rowCount(), before + 1);
    m_workspace->undoStack()->undo();
    QCOMPARE(m_page->topics()->table()->rowCount(), before);
    m_workspace->undoStack()->redo();
    QCOMPARE(m_page->topics()->table()->rowCount(), before + 1);
}

void TestMicroTeachPage::pagesFitASmallWindow()
{
    // The main window must still shrink to 900 px with the 170 px sidebar.
    QVERIFY2(m_page->minimumSizeHint().width() <= 720, qPrintable(QString::number(m_page->minimumSizeHint().width())));
    MastermindsPage masterminds;
    masterminds.setWorkspace(m_workspace.get());
    QVERIFY2(masterminds.minimumSizeHint().width() <= 720,
             qPrintable(QString::number(masterminds.minimumSizeHint().width())));
}

void TestMicroTeachPage::slotTopicLinkAndStatusAreUndoable()
{
    RotationEditor* editor = m_page->microTeach();
    RotationTableModel* model = editor->model();
    const qint64 community = model->record().communityId;
    TopicRepository topicRepository(m_workspace->database());
    std::optional<Topic> open;
    for (const Topic& topic : *topicRepository.forCommunity(community)) {
        if (topic.status == Topic::Status::Backlog && !open)
            open = topic;
    }
    QVERIFY2(open, "the sample's backlog has no open topic");
    // The first upcoming slot with a presenter.
    const int row = model->firstUpcomingRow();
    QVERIFY(row >= 0 && !model->plan().meetings.at(row).seats.at(0).isEmpty());
    const QDate date = model->plan().meetings.at(row).date;
    const RotationRecord before = model->record();
    editor->table()->setCurrentIndex(model->index(row, 1));
    QTimer::singleShot(0, this, [title = open->title] {
        auto* dialog = qobject_cast<SlotDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QVERIFY(dialog->presenterBox()->count() > 1); // every eligible presenter to choose from
        const int picked = dialog->topicBox()->findText(title);
        QVERIFY2(picked > 0, "the open backlog topic is not offered");
        dialog->topicBox()->setCurrentIndex(picked);
        dialog->artefactEdit()->setText(u"https://wiki.example.org/notes/42"_s);
        dialog->statusBox()->setCurrentIndex(dialog->statusBox()->findData(int(RotationSeat::Status::Swapped)));
        dialog->accept();
    });
    editor->findChild<QPushButton*>(u"editSlotButton"_s)->click();
    QCOMPARE(model->record().topic(date, 1), open->title);
    QCOMPARE(model->record().artefact(date, 1), u"https://wiki.example.org/notes/42"_s);
    QCOMPARE(model->plan().meetings.at(row).seats.at(0).status, RotationSeat::Status::Swapped);
    QCOMPARE((*topicRepository.find(open->id))->status, Topic::Status::Planned);
    QVERIFY(model->index(row, 1).data(Qt::ToolTipRole).toString().contains(u"notes/42"_s));

    m_workspace->undoStack()->undo();
    QCOMPARE(model->record(), before);
    QCOMPARE(**topicRepository.find(open->id), *open);
    m_workspace->undoStack()->redo();
    QCOMPARE(model->record().topic(date, 1), open->title);
    QCOMPARE((*topicRepository.find(open->id))->status, Topic::Status::Planned);

    // Done with a typed topic that is not in the backlog, by someone else: the backlog stays as it is,
    // the new presenter is pinned to the slot.
    const RotationRecord afterFirst = model->record();
    const qint64 presenter = model->plan().meetings.at(row).seats.at(0).personId;
    qint64 other = 0;
    for (const RotationPerson& person : model->plan().request.people) {
        if (person.id != presenter && !other)
            other = person.id;
    }
    QVERIFY(editor->setSlotContent({row, 0}, {other, u"A topic of my own"_s, QString(), RotationSeat::Status::Done}));
    QCOMPARE(model->plan().meetings.at(row).seats.at(0).personId, other);
    QCOMPARE(model->plan().meetings.at(row).seats.at(0).origin, RotationSeat::Origin::Pinned);
    QCOMPARE(model->plan().meetings.at(row).seats.at(0).status, RotationSeat::Status::Done);
    QCOMPARE(model->record().topic(date, 1), u"A topic of my own"_s);
    QVERIFY(model->record().artefact(date, 1).isEmpty());
    QCOMPARE((*topicRepository.find(open->id))->status, Topic::Status::Planned);
    m_workspace->undoStack()->undo();
    QCOMPARE(model->record(), afterFirst);
    m_workspace->undoStack()->undo();
}

void TestMicroTeachPage::calendarTakesTheRecurringMeetingsTime()
{
    RotationEditor* editor = m_page->microTeach();
    const QString ics = m_dir.filePath(u"micro-teach.ics"_s);
    // The sample sets no time on its micro-teach: the community's Monday micro-teach meeting gives it.
    QVERIFY(!editor->model()->record().startTime.isValid());
    QCOMPARE(editor->startTimeEdit()->time(), QTime(0, 0));
    QVERIFY(editor->exportIcs(ics));
    QFile file(ics);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray calendar = file.readAll();
    file.close();
    // Each event at 9:30 Toronto time (the winter and summer offsets differ), as the system zone writes it.
    for (const RotationMeeting& meeting : editor->model()->record().meetings) {
        const QDateTime start(meeting.date, QTime(9, 30), QTimeZone("America/Toronto"));
        const QByteArray local =
            "DTSTART:" + start.toTimeZone(QTimeZone::systemTimeZone()).toString(u"yyyyMMdd'T'HHmmss"_s).toLatin1();
        QVERIFY2(calendar.contains(local), local.constData());
    }
    QVERIFY(calendar.contains("T134500") || calendar.contains("T144500")); // 15 minutes long

    QProcess checker;
    checker.start(QStringLiteral(STEWARD_PYTHON), {QStringLiteral(STEWARD_ICS_CHECKER), ics});
    QVERIFY(checker.waitForFinished(60000));
    QVERIFY2(checker.exitCode() == 0,
             qPrintable(QString::fromUtf8(checker.readAllStandardOutput() + checker.readAllStandardError())));

    // A time set on the schedule wins over the meeting's.
    QVERIFY(editor->setMeetingTime(QTime(13, 5), 20));
    QVERIFY(editor->exportIcs(ics));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray timed = file.readAll();
    QVERIFY2(timed.contains("T130500") && timed.contains("T132500"), timed.left(1500).constData());
    m_workspace->undoStack()->undo();
    QVERIFY(!editor->model()->record().startTime.isValid());
}

void TestMicroTeachPage::holidaysAreSkippedAndUndoable()
{
    RotationEditor* editor = m_page->microTeach();
    RotationTableModel* model = editor->model();
    const RotationRecord before = model->record();
    const int upcoming = model->firstUpcomingRow();
    const QDate holiday = model->plan().meetings.at(upcoming + 2).date;
    auto* meetings = editor->findChild<QSpinBox*>(u"rotationMeetings"_s);
    const int count = meetings->value();

    // A typo writes nothing.
    editor->skipEdit()->setText(u"2026-13-40"_s);
    QVERIFY(!editor->regenerate());
    QCOMPARE(model->record(), before);

    editor->skipEdit()->setText(holiday.toString(Qt::ISODate));
    QVERIFY(editor->regenerate());
    QList<QDate> future;
    for (const RotationMeeting& meeting : model->record().meetings) {
        if (meeting.date >= before.meetings.at(upcoming).date)
            future << meeting.date;
    }
    QVERIFY(!future.contains(holiday));
    QCOMPARE(int(future.size()), count); // the holiday does not count as a meeting
    QCOMPARE(future.constLast(), before.meetings.constLast().date.addDays(7));
    // Continuing the plan finds the holiday again.
    QCOMPARE(RotationWorkbench::continuing(model->record(), test::fixedClock().today()).skip, QList<QDate>{holiday});

    m_workspace->undoStack()->undo();
    QCOMPARE(model->record().meetings, before.meetings);
}

QTEST_MAIN(TestMicroTeachPage)
#include "TestMicroTeachPage.moc"
