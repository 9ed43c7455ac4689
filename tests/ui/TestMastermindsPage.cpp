// SPDX-License-Identifier: GPL-3.0-or-later
// The Masterminds page on the sample: groups shown, regenerate keeps the past, drag-swap and its undo,
// goal flags, and the one-page PDF that leaves confidential notes out unless asked for this export;
// editing and removing a goal, removing a whole group, and the meeting time in the calendar, all undoable.
#include "TableCsvExport.h"
#include "TestWorkspace.h"
#include "demo/SampleCommunity.h"
#include "rotations/GoalDialogs.h"
#include "rotations/GoalsView.h"
#include "rotations/MastermindsPage.h"
#include "rotations/RotationEditor.h"
#include "rotations/RotationTableModel.h"
#include "storage/Database.h"
#include "storage/GoalRepository.h"
#include "storage/MastermindRepository.h"
#include "storage/RotationRepository.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTimer>
#include <QUndoStack>

using namespace steward;
using namespace Qt::StringLiterals;

namespace {

constexpr auto kSecret = "Zebra-confidential-7731";

QString pdfText(const QString& path)
{
    QProcess process;
    process.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return u"pdftotext failed: "_s + QString::fromLocal8Bit(process.readAllStandardError());
    // NFKC turns the "fi" ligatures the PDF uses back into letters, so searches mean what they say.
    return QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

/** The seats of the meetings before `day`, as text, to compare before and after a regenerate. */
QStringList pastSeats(const RotationPlan& plan, QDate day)
{
    QStringList seats;
    for (const RotationMeeting& meeting : plan.meetings) {
        if (meeting.date >= day)
            break;
        for (const RotationSeat& seat : meeting.seats)
            seats << u"%1 %2 %3"_s.arg(meeting.date.toString(Qt::ISODate)).arg(seat.personId).arg(int(seat.status));
    }
    return seats;
}

} // namespace

class TestMastermindsPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsTheSampleGroups();
    void regenerateKeepsThePast();
    void dragSwapIsUndoable();
    void goalFlagsAreVisible();
    void pdfLeavesConfidentialNotesOut();
    void editGoalInItsDialogIsUndoable();
    void removeGoalKeepsItsCheckInsForUndo();
    void removeGroupIsUndoable();
    void calendarUsesTheMeetingTime();

private:
    RotationEditor* hotSeats() const { return m_page->hotSeats(); }
    RotationTableModel* model() const { return hotSeats()->model(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MastermindsPage> m_page;
    qint64 m_community = 0;
};

void TestMastermindsPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(u"sample.steward"_s);
    {
        auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
        QVERIFY2(db, qPrintable(db.errorString()));
        auto summary = SampleCommunity::create(**db, SampleCommunity::kDefaultSeed, test::fixedClock());
        QVERIFY2(summary, qPrintable(summary.errorString()));
    }
    auto workspace = Workspace::open(path, Database::OpenMode::ExistingOnly, test::fixedClock());
    QVERIFY2(workspace, qPrintable(workspace.errorString()));
    m_workspace = std::move(*workspace);
    auto groups = MastermindRepository(m_workspace->database()).all();
    QVERIFY(groups && !groups->isEmpty());
    m_community = groups->constFirst().communityId;
    m_page = std::make_unique<MastermindsPage>();
    m_page->resize(1200, 760);
    m_page->setWorkspace(m_workspace.get());
    m_page->setCurrentCommunity(m_community);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestMastermindsPage::cleanup()
{
    m_page.reset();
    m_workspace.reset();
    m_dir.reset();
}

void TestMastermindsPage::showsTheSampleGroups()
{
    auto groups = MastermindRepository(m_workspace->database()).forCommunity(m_community);
    QVERIFY(groups);
    QCOMPARE(m_page->groupList()->count(), int(groups->size()));
    QVERIFY(m_page->groupList()->item(0)->text().startsWith(groups->constFirst().name));
    const QString details = m_page->groupDetails()->text();
    for (const MastermindMember& member : groups->constFirst().members)
        QVERIFY2(details.contains(member.personName.toHtmlEscaped()), qPrintable(member.personName));
    QVERIFY(details.contains(u"confidential"_s));
    // A year of weekly hot seats, the past greyed and held.
    QVERIFY2(model()->rowCount() >= 26, qPrintable(QString::number(model()->rowCount())));
    QCOMPARE(model()->headerData(1, Qt::Horizontal).toString(),
             model()->columnCount() == 2 ? u"Hot seat"_s : u"Hot seat 1"_s);
    QVERIFY(m_page->goals()->goalsTable()->rowCount() > 0);
}

void TestMastermindsPage::regenerateKeepsThePast()
{
    const QDate today = test::fixedClock().today();
    const QStringList before = pastSeats(model()->plan(), today);
    QVERIFY(!before.isEmpty());
    const RotationRecord stored = model()->record();
    auto* meetings = hotSeats()->findChild<QSpinBox*>(u"rotationMeetings"_s);
    meetings->setValue(meetings->value() + 8);
    QVERIFY(hotSeats()->regenerate());
    QCOMPARE(pastSeats(model()->plan(), today), before);
    QVERIFY(model()->record().meetings.size() > stored.meetings.size());
    QVERIFY(model()->plan().violations.isEmpty());
    m_workspace->undoStack()->undo();
    QCOMPARE(model()->record().meetings, stored.meetings);
}

void TestMastermindsPage::dragSwapIsUndoable()
{
    const QDate today = test::fixedClock().today();
    const RotationPlan plan = model()->plan();
    qsizetype first = 0;
    while (plan.meetings.at(first).date < today)
        ++first;
    // Two future meetings far enough apart that the swap creates no back-to-back turn.
    RotationSeatRef from{first + 2, 0};
    RotationSeatRef to{first + 6, 0};
    const qint64 a = plan.seatAt(from)->personId;
    const qint64 b = plan.seatAt(to)->personId;
    QVERIFY(a != b && a > 0 && b > 0);

    std::unique_ptr<QMimeData> data(model()->mimeData({model()->indexOf(from)}));
    QVERIFY(model()->canDropMimeData(data.get(), Qt::CopyAction, -1, -1, model()->indexOf(to)));
    model()->dropMimeData(data.get(), Qt::CopyAction, -1, -1, model()->indexOf(to));
    QTRY_COMPARE(model()->plan().seatAt(from)->personId, b);
    QCOMPARE(model()->plan().seatAt(to)->personId, a);
    QCOMPARE(model()->plan().seatAt(from)->origin, RotationSeat::Origin::Pinned);
    QCOMPARE(m_workspace->undoStack()->undoText(), u"Swap turns"_s);

    m_workspace->undoStack()->undo();
    QCOMPARE(model()->plan().seatAt(from)->personId, a);
    QCOMPARE(model()->plan().seatAt(to)->personId, b);
    m_workspace->undoStack()->redo();
    QCOMPARE(model()->plan().seatAt(from)->personId, b);
}

void TestMastermindsPage::goalFlagsAreVisible()
{
    // The sample has a member who went quiet for the last meetings: their goals are flagged.
    const QStringList flags = m_page->goals()->flagTexts();
    QVERIFY2(!flags.isEmpty(), "no goal is flagged");
    QVERIFY2(flags.join(u'|').contains(u"No check-in for"_s), qPrintable(flags.join(u'|')));
    const QString summary = m_page->goals()->findChild<QLabel*>(u"goalsSummary"_s)->text();
    QVERIFY2(summary.contains(u"%1 flagged"_s.arg(flags.size())), qPrintable(summary));
}

void TestMastermindsPage::pdfLeavesConfidentialNotesOut()
{
    // The latest check-in of the group's first goal carries a confidential note.
    GoalRepository goals(m_workspace->database());
    const qint64 groupId = model()->record().mastermindGroupId;
    auto list = goals.forGroup(groupId);
    QVERIFY(list && !list->isEmpty());
    const Goal goal = list->constFirst();
    QVERIFY(goals.saveCheckIn(
        {0, goal.id, test::fixedClock().today(), 50, u"Shared the draft"_s, QString::fromLatin1(kSecret)}));
    m_workspace->notifyRotationsChanged();

    const QString plain = m_dir->filePath(u"plain.pdf"_s);
    QVERIFY(hotSeats()->exportPdf(plain));
    const QString text = pdfText(plain);
    QVERIFY2(text.contains(goal.personName), qPrintable(text.left(400)));
    QVERIFY2(text.contains(u"Shared the draft"_s), qPrintable(text.left(400)));
    QVERIFY2(!text.contains(QString::fromLatin1(kSecret)), "a confidential note went into the PDF");

    hotSeats()->setIncludeConfidential(true);
    const QString withNotes = m_dir->filePath(u"confidential.pdf"_s);
    QVERIFY(hotSeats()->exportPdf(withNotes));
    const QString confidentialText = pdfText(withNotes);
    QVERIFY2(confidentialText.contains(QString::fromLatin1(kSecret)), qPrintable(confidentialText.right(1500)));

    // And the iCalendar export never carries it.
    const QString ics = m_dir->filePath(u"hot-seats.ics"_s);
    QVERIFY(hotSeats()->exportIcs(ics));
    QFile file(ics);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray calendar = file.readAll();
    QVERIFY(calendar.contains("BEGIN:VEVENT"));
    QVERIFY(!calendar.contains(kSecret));

    // Nor do the tables' CSV exports, the choice above notwithstanding: it held for that one export.
    for (const QAbstractItemView* view : {static_cast<const QAbstractItemView*>(hotSeats()->table()),
                                          static_cast<const QAbstractItemView*>(m_page->goals()->goalsTable())}) {
        const QString csv = m_dir->filePath(u"table.csv"_s);
        QVERIFY(TableCsvExport::write(*view, csv));
        QFile written(csv);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray bytes = written.readAll();
        QVERIFY(!bytes.isEmpty());
        QVERIFY2(!bytes.contains(kSecret), "a confidential note went into a CSV export");
    }
}

void TestMastermindsPage::editGoalInItsDialogIsUndoable()
{
    GoalsView* view = m_page->goals();
    view->goalsTable()->selectRow(0);
    const std::optional<Goal> before = view->selectedGoal();
    QVERIFY(before);
    const QDate target = test::fixedClock().today().addMonths(5);
    // The dialog is modal: fill it in once it shows, then press OK.
    QTimer::singleShot(0, this, [target] {
        auto* dialog = qobject_cast<GoalDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QVERIFY(!dialog->findChild<QComboBox*>(u"goalMember"_s)->isEnabled());
        dialog->findChild<QLineEdit*>(u"goalText"_s)->setText(u"Ship the renewal playbook"_s);
        dialog->findChild<QCheckBox*>(u"goalHasTarget"_s)->setChecked(true);
        dialog->findChild<QDateEdit*>(u"goalTarget"_s)->setDate(target);
        auto* status = dialog->findChild<QComboBox*>(u"goalStatus"_s);
        status->setCurrentIndex(status->findData(int(Goal::Status::AtRisk)));
        dialog->accept();
    });
    view->findChild<QPushButton*>(u"editGoalButton"_s)->click();
    GoalRepository goals(m_workspace->database());
    auto edited = goals.find(before->id);
    QVERIFY(edited && edited->has_value());
    QCOMPARE((*edited)->text, u"Ship the renewal playbook"_s);
    QCOMPARE((*edited)->targetDate, target);
    QCOMPARE((*edited)->status, Goal::Status::AtRisk);
    QCOMPARE((*edited)->personId, before->personId);
    QCOMPARE(m_workspace->undoStack()->undoText(), u"Edit goal 'Ship the renewal playbook'"_s);

    m_workspace->undoStack()->undo();
    auto restored = goals.find(before->id);
    QVERIFY(restored && restored->has_value());
    QCOMPARE(**restored, *before);
    m_workspace->undoStack()->redo();
    QCOMPARE((*goals.find(before->id))->text, u"Ship the renewal playbook"_s);
}

void TestMastermindsPage::removeGoalKeepsItsCheckInsForUndo()
{
    GoalsView* view = m_page->goals();
    GoalRepository goals(m_workspace->database());
    // A goal that has check-ins, so undo has something to bring back.
    int row = -1;
    QList<CheckIn> checkIns;
    for (int r = 0; r < view->goalsTable()->rowCount() && checkIns.isEmpty(); ++r) {
        view->goalsTable()->selectRow(r);
        checkIns = *goals.checkIns(view->selectedGoal()->id);
        row = r;
    }
    QVERIFY(!checkIns.isEmpty());
    const Goal goal = *view->selectedGoal();
    const int rows = view->goalsTable()->rowCount();
    view->findChild<QPushButton*>(u"removeGoalButton"_s)->click();
    QVERIFY(!goals.find(goal.id)->has_value());
    QCOMPARE(view->goalsTable()->rowCount(), rows - 1);

    m_workspace->undoStack()->undo();
    QCOMPARE(**goals.find(goal.id), goal);
    QCOMPARE(*goals.checkIns(goal.id), checkIns);
    QCOMPARE(view->goalsTable()->rowCount(), rows);
    Q_UNUSED(row);
}

void TestMastermindsPage::removeGroupIsUndoable()
{
    const Database& db = m_workspace->database();
    const qint64 groupId = model()->record().mastermindGroupId;
    const MastermindGroup group = **MastermindRepository(db).find(groupId);
    const RotationRecord plan = **RotationRepository(db).findFor(RotationKind::HotSeat, groupId);
    GoalRepository goals(db);
    const QList<Goal> goalList = *goals.forGroup(groupId);
    const QList<CheckIn> checkIns = *goals.checkInsForGroup(groupId);
    QVERIFY(!goalList.isEmpty() && !checkIns.isEmpty() && !plan.meetings.isEmpty());
    const int groupsShown = m_page->groupList()->count();

    m_page->findChild<QPushButton*>(u"removeGroupButton"_s)->click();
    QVERIFY(!MastermindRepository(db).find(groupId)->has_value());
    QVERIFY(!RotationRepository(db).findFor(RotationKind::HotSeat, groupId)->has_value());
    QVERIFY(goals.forGroup(groupId)->isEmpty());
    QVERIFY(goals.checkInsForGroup(groupId)->isEmpty());
    QCOMPARE(m_page->groupList()->count(), groupsShown - 1);
    QCOMPARE(m_workspace->undoStack()->undoText(), u"Remove mastermind group %1"_s.arg(group.name));

    m_workspace->undoStack()->undo();
    QCOMPARE(**MastermindRepository(db).find(groupId), group);
    QCOMPARE(**RotationRepository(db).findFor(RotationKind::HotSeat, groupId), plan);
    QCOMPARE(*goals.forGroup(groupId), goalList);
    QCOMPARE(*goals.checkInsForGroup(groupId), checkIns);
    QCOMPARE(m_page->groupList()->count(), groupsShown);

    m_workspace->undoStack()->redo();
    QVERIFY(!MastermindRepository(db).find(groupId)->has_value());
    m_workspace->undoStack()->undo();
    QCOMPARE(*goals.checkInsForGroup(groupId), checkIns);
}

void TestMastermindsPage::calendarUsesTheMeetingTime()
{
    const QString ics = m_dir->filePath(u"timed.ics"_s);
    const RotationRecord before = model()->record();
    QVERIFY(hotSeats()->setMeetingTime(QTime(18, 15), 75));
    QCOMPARE(hotSeats()->startTimeEdit()->time(), QTime(18, 15));
    QCOMPARE(hotSeats()->lengthBox()->value(), 75);
    QVERIFY(hotSeats()->exportIcs(ics));
    QFile file(ics);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray calendar = file.readAll();
    // The test runs in UTC, where the writer puts times as UTC ("...T181500Z").
    const QByteArray first = model()->record().meetings.constFirst().date.toString(u"yyyyMMdd"_s).toLatin1();
    QVERIFY2(calendar.contains("DTSTART:" + first + "T181500"), calendar.left(1200).constData());
    QVERIFY2(calendar.contains("DTEND:" + first + "T193000"), calendar.left(1200).constData());
    QVERIFY(!calendar.contains("T090000"));

    m_workspace->undoStack()->undo();
    QCOMPARE(model()->record().startTime, before.startTime);
    QCOMPARE(hotSeats()->lengthBox()->value(), before.minutes);
    m_workspace->undoStack()->redo();
    QCOMPARE(model()->record().startTime, QTime(18, 15));
    QCOMPARE(model()->record().minutes, 75);
}

QTEST_MAIN(TestMastermindsPage)
#include "TestMastermindsPage.moc"
