// SPDX-License-Identifier: GPL-3.0-or-later
// The Masterminds page on the sample: groups shown, regenerate keeps the past, drag-swap and its undo,
// goal flags, and the one-page PDF that leaves confidential notes out unless asked for this export.
#include "TestWorkspace.h"
#include "demo/SampleCommunity.h"
#include "rotations/GoalsView.h"
#include "rotations/MastermindsPage.h"
#include "rotations/RotationEditor.h"
#include "rotations/RotationTableModel.h"
#include "storage/Database.h"
#include "storage/GoalRepository.h"
#include "storage/MastermindRepository.h"
#include "workspace/Workspace.h"

#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QProcess>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
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
}

QTEST_MAIN(TestMastermindsPage)
#include "TestMastermindsPage.moc"
