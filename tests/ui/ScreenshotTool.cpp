// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the People and Communities pages on the sample for packaging/screenshots:
//   xvfb-run -a -s "-screen 0 1280x800x24" steward_screenshots OUTPUT_DIR [--all]
// --all also writes the welcome page and the dialogs, for reviewing them; --lang de shows them in German.
#include "MainWindow.h"
#include "Screenshot.h"
#include "TestWorkspace.h"
#include "TranslatorLoader.h"
#include "communities/LevelChangeDialog.h"
#include "communities/MembersTableModel.h"
#include "dashboard/DashboardPage.h"
#include "network/NetworkMetricsModel.h"
#include "network/NetworkPage.h"
#include "people/PersonDialog.h"
#include "repertoire/RecognitionDialog.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QListWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;

namespace {

// Shows a sidebar page and waits (up to 60 s) until its background work is done.
template <typename Page> void showPage(QMainWindow& window, QListWidget* navigation, const QString& title)
{
    const auto items = navigation->findItems(title, Qt::MatchExactly);
    if (!items.isEmpty())
        navigation->setCurrentItem(items.first());
    auto* page = window.findChild<Page*>();
    for (int i = 0; i < 600 && page && page->isBusy(); ++i)
        QTest::qWait(100);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // keep the user's settings out of it
    QApplication::setOrganizationName(u"StewardScreenshots"_s);
    QApplication::setApplicationName(u"Steward"_s);
    const QDir output(app.arguments().value(1, u"."_s));
    QTemporaryDir dir;

    const bool all = app.arguments().contains(u"--all"_s);
    if (const int lang = app.arguments().indexOf(u"--lang"_s); lang > 0)
        TranslatorLoader::install(app, QLocale(app.arguments().value(lang + 1)));

    MainWindow window(test::fixedClock());
    window.resize(1180, 720);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    if (all)
        test::saveScreenshot(window, output.filePath(u"welcome.png"_s));
    if (!window.openSample(dir.filePath(u"sample.steward"_s), false))
        return 1;

    window.statusBar()->clearMessage(); // it names the temporary file
    auto* navigation = window.findChild<QListWidget*>(u"navigationListWidget"_s);
    navigation->setCurrentRow(0);
    window.findChild<QTableView*>(u"peopleTableView"_s)->selectRow(3);
    bool ok = test::saveScreenshot(window, output.filePath(u"people.png"_s));

    navigation->setCurrentRow(1);
    window.findChild<QComboBox*>(u"communityComboBox"_s)->setCurrentIndex(1);
    window.findChild<QTableView*>(u"membersTableView"_s)->selectRow(2);
    ok = test::saveScreenshot(window, output.filePath(u"communities.png"_s)) && ok;

    window.resize(1280, 800); // the network and dashboard pages (issue 6), on the community chosen above
    showPage<NetworkPage>(window, navigation, u"Network"_s);
    if (auto* network = window.findChild<NetworkPage*>(); network && network->metricsModel()->rowCount() > 0)
        network->table()->selectRow(0); // the top broker, so the person panel shows
    ok = test::saveScreenshot(window, output.filePath(u"network.png"_s)) && ok;
    showPage<DashboardPage>(window, navigation, u"Dashboard"_s);
    ok = test::saveScreenshot(window, output.filePath(u"dashboard.png"_s)) && ok;
    if (all) {
        window.findChild<QTabWidget*>(u"dashboardTabWidget"_s)->setCurrentIndex(1);
        test::saveScreenshot(window, output.filePath(u"dashboard-network.png"_s));
    }
    // The repertoire and the pathway (issue 9), on the same community.
    navigation->setCurrentItem(navigation->findItems(u"Repertoire"_s, Qt::MatchExactly).value(0));
    if (auto* list = window.findChild<QListWidget*>(u"artefactListWidget"_s); list && list->count() > 4)
        list->setCurrentRow(4); // one with reviews and versions
    ok = test::saveScreenshot(window, output.filePath(u"repertoire.png"_s)) && ok;
    navigation->setCurrentItem(navigation->findItems(u"Pathway"_s, Qt::MatchExactly).value(0));
    ok = test::saveScreenshot(window, output.filePath(u"pathway.png"_s)) && ok;
    if (auto* tabs = window.findChild<QTabWidget*>(u"pathwayTabWidget"_s)) { // recognition and settings tabs
        auto* community = window.findChild<QComboBox*>(u"communityComboBox"_s);
        const int shown = community->currentIndex();
        community->setCurrentIndex(community->findText(u"Site Reliability Guild"_s)); // it keeps a leaderboard
        tabs->setCurrentIndex(1);
        ok = test::saveScreenshot(window, output.filePath(u"recognition.png"_s)) && ok;
        tabs->setCurrentIndex(2);
        if (all)
            test::saveScreenshot(window, output.filePath(u"pathway-settings.png"_s));
        tabs->setCurrentIndex(0);
        community->setCurrentIndex(shown);
    }

    if (all) {
        Workspace& workspace = *window.workspace();
        PersonDialog personDialog(workspace, workspace.people().all()->at(3), &window);
        personDialog.show();
        test::saveScreenshot(personDialog, output.filePath(u"person-dialog.png"_s));
        auto* members = qobject_cast<MembersTableModel*>(window.findChild<QTableView*>(u"membersTableView"_s)->model());
        const Community community = workspace.communities().find(members->communityId())->value();
        LevelChangeDialog levelDialog(workspace, community, members->memberAt(2), &window);
        levelDialog.show();
        test::saveScreenshot(levelDialog, output.filePath(u"level-dialog.png"_s));
        LevelChangeDialog addDialog(workspace, community, std::nullopt, &window);
        addDialog.show();
        test::saveScreenshot(addDialog, output.filePath(u"add-member-dialog.png"_s));
        const qint64 sre = (*workspace.communities().findByName(u"Site Reliability Guild"_s))->id;
        RecognitionDialog badgeDialog(workspace, sre, RecognitionDialog::Kind::Badge, &window);
        badgeDialog.show();
        test::saveScreenshot(badgeDialog, output.filePath(u"badge-dialog.png"_s));
    }
    return ok ? 0 : 1;
}
