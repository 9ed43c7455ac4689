// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard on the sample: every chart is built with the series the figures call for, and the
// sections without data say so.
#include "TestWorkspace.h"
#include "dashboard/DashboardPage.h"
#include "demo/SampleCommunity.h"
#include "model/ParticipationLevel.h"
#include "storage/CommunityRepository.h"
#include "workspace/Workspace.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QXYSeries>

using namespace steward;
using namespace Qt::StringLiterals;

class TestDashboardPage : public QObject
{
    Q_OBJECT

private slots:
    void chartsOfTheSample();
    void emptyCommunitySaysNoData();

private:
    static QChart* chart(const DashboardPage& page, const QString& name);
};

QChart* TestDashboardPage::chart(const DashboardPage& page, const QString& name)
{
    auto* view = page.findChild<QChartView*>(name + u"ChartView"_s);
    return view ? view->chart() : nullptr;
}

void TestDashboardPage::chartsOfTheSample()
{
    QTemporaryDir dir;
    auto workspace =
        Workspace::open(dir.filePath(u"s.steward"_s), Database::OpenMode::CreateIfMissing, test::fixedClock());
    QVERIFY(workspace);
    QVERIFY(SampleCommunity::create((*workspace)->database(), SampleCommunity::kDefaultSeed, test::fixedClock()));
    const qint64 community = (*(*workspace)->communities().findByName(u"Site Reliability Guild"_s))->id;
    DashboardPage page;
    page.resize(1280, 800);
    page.show();
    page.setWorkspace(workspace->get());
    page.setCurrentCommunity(community);
    QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 60000);

    QChart* levels = chart(page, u"membersByLevel"_s);
    QVERIFY(levels);
    QCOMPARE(levels->series().size(), 1);
    auto* stacked = qobject_cast<QAbstractBarSeries*>(levels->series().first());
    QCOMPARE(stacked->count(), int(allParticipationLevels().size()));
    QCOMPARE(stacked->barSets().first()->count(), 12);
    QVERIFY(!levels->title().isEmpty());
    QCOMPARE(levels->axes(Qt::Horizontal).size(), 1);
    QVERIFY(!levels->axes(Qt::Vertical).first()->titleText().isEmpty());

    QChart* sessions = chart(page, u"sessionsByFormat"_s);
    QVERIFY(sessions);
    QVERIFY(qobject_cast<QAbstractBarSeries*>(sessions->series().first())->count() >= 1);
    QChart* attendance = chart(page, u"attendanceRate"_s);
    QVERIFY(attendance);
    QVERIFY(qobject_cast<QXYSeries*>(attendance->series().first())->count() > 0);
    QVERIFY(chart(page, u"levelMoves"_s));
    QVERIFY(chart(page, u"microTeach"_s));
    // Artefacts and recognition: a chart when the workspace has those tables, else "no data yet".
    QVERIFY((chart(page, u"output"_s) != nullptr) != (page.findChild<QLabel*>(u"outputEmptyLabel"_s) != nullptr));

    QChart* byMonth = chart(page, u"networkByMonth"_s);
    QVERIFY(byMonth);
    QCOMPARE(byMonth->series().size(), 3);
    QCOMPARE(qobject_cast<QXYSeries*>(byMonth->series().first())->count(), 12);
    QChart* degrees = chart(page, u"degreeDistribution"_s);
    QVERIFY(degrees);
    QCOMPARE(qobject_cast<QAbstractBarSeries*>(degrees->series().first())->count(), 1);
    QChart* beforeAfter = chart(page, u"beforeAfter"_s);
    QVERIFY(beforeAfter);
    QCOMPARE(qobject_cast<QAbstractBarSeries*>(beforeAfter->series().first())->count(), 2);
    QVERIFY(beforeAfter->title().contains(u"“"_s)); // names the sample's intervention
    QChart* scatter = chart(page, u"outcomeScatter"_s);
    QVERIFY(scatter);
    QVERIFY(scatter->title().contains(u"ρ"_s));
    QVERIFY(qobject_cast<QXYSeries*>(scatter->series().first())->count() >= 3);
}

void TestDashboardPage::emptyCommunitySaysNoData()
{
    QTemporaryDir dir;
    auto workspace =
        Workspace::open(dir.filePath(u"e.steward"_s), Database::OpenMode::CreateIfMissing, test::fixedClock());
    QVERIFY(workspace);
    Community empty;
    empty.name = u"Empty"_s;
    auto id = (*workspace)->addCommunity(empty);
    QVERIFY(id);
    DashboardPage page;
    page.setWorkspace(workspace->get());
    page.setCurrentCommunity(*id);
    QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 60000);
    QVERIFY(page.findChild<QLabel*>(u"outcomeScatterEmptyLabel"_s));
    QChart* beforeAfter = chart(page, u"beforeAfter"_s);
    QVERIFY(beforeAfter);
    QVERIFY(beforeAfter->title().contains(u"no intervention"_s));
}

QTEST_MAIN(TestDashboardPage)
#include "TestDashboardPage.moc"
