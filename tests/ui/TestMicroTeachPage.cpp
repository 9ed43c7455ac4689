// SPDX-License-Identifier: GPL-3.0-or-later
// The Schedules page on the sample: micro-teach slots with topics, the backlog, coverage and its chart,
// the on-call rotation with its response target; an added topic is undoable; the pages fit a small window.
#include "TestWorkspace.h"
#include "demo/SampleCommunity.h"
#include "rotations/CoverageView.h"
#include "rotations/MastermindsPage.h"
#include "rotations/RotationEditor.h"
#include "rotations/RotationTableModel.h"
#include "rotations/SchedulesPage.h"
#include "rotations/TopicBacklogView.h"
#include "storage/Database.h"
#include "storage/TopicRepository.h"
#include "workspace/SaveRotationTopicCommand.h"
#include "workspace/Workspace.h"

#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
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

QTEST_MAIN(TestMicroTeachPage)
#include "TestMicroTeachPage.moc"
