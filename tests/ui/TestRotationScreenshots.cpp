// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the Masterminds and Schedules pages on the sample for packaging/screenshots:
//   xvfb-run -a -s "-screen 0 1280x800x24" steward_rotation_screenshots OUTPUT_DIR
#include "MainWindow.h"
#include "Screenshot.h"
#include "TestWorkspace.h"
#include "WorkspacePage.h"
#include "rotations/MastermindsPage.h"
#include "rotations/RotationEditor.h"
#include "rotations/RotationTableModel.h"
#include "rotations/SchedulesPage.h"
#include "rotations/SlotDialog.h"
#include "storage/TopicRepository.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QListWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;

namespace {

void showPage(MainWindow& window, const QString& title, const QString& community)
{
    auto* navigation = window.findChild<QListWidget*>(u"navigationListWidget"_s);
    const QList<QListWidgetItem*> items = navigation->findItems(title, Qt::MatchExactly);
    if (!items.isEmpty())
        navigation->setCurrentItem(items.constFirst());
    auto* communities = window.findChild<QComboBox*>(u"communityComboBox"_s);
    communities->setCurrentIndex(communities->findText(community));
}

/** The Edit Slot dialog of the first upcoming micro-teach slot, shown without its modal loop. */
bool saveSlotDialog(RotationEditor& editor, MainWindow& window, const QString& path)
{
    const RotationTableModel* model = editor.model();
    const int row = model->firstUpcomingRow();
    const RotationSeat& seat = model->plan().meetings.at(row).seats.at(0);
    auto backlog = TopicRepository(window.workspace()->database()).forCommunity(model->record().communityId);
    if (!backlog)
        return false;
    const SlotContent content{seat.personId,
                              model->record().topic(seat.date, 1),
                              u"https://wiki.example.org/notes/slides"_s,
                              RotationSeat::Status::Planned};
    QList<std::pair<qint64, QString>> presenters;
    for (const RotationPerson& person : model->plan().request.people)
        presenters.append({person.id, model->plan().displayName(person.id)});
    SlotDialog dialog(presenters, seat.date, content, *backlog, &window);
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog))
        return false;
    return test::saveScreenshot(dialog, path);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(u"StewardScreenshots"_s);
    QApplication::setApplicationName(u"Steward"_s);
    const QDir output(app.arguments().value(1, u"."_s));
    QTemporaryDir dir;

    MainWindow window(test::fixedClock());
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !window.openSample(dir.filePath(u"sample.steward"_s), false))
        return 1;
    window.statusBar()->clearMessage();
    // Which pages keep the window from shrinking (the main window must fit 900 px).
    for (QWidget* page : window.findChildren<WorkspacePage*>())
        qInfo("%s minimum width %d", page->metaObject()->className(), page->minimumSizeHint().width());

    showPage(window, u"Masterminds"_s, u"Site Reliability Guild"_s);
    auto* masterminds = window.findChild<MastermindsPage*>();
    masterminds->findChild<QTableView*>(u"rotationTable"_s)
        ->scrollTo(masterminds->findChild<QTableView*>(u"rotationTable"_s)->model()->index(30, 1));
    bool ok = test::saveScreenshot(window, output.filePath(u"masterminds.png"_s));
    masterminds->tabs()->setCurrentIndex(1);
    masterminds->findChild<QTableWidget*>(u"goalsTable"_s)->selectRow(0);
    ok = test::saveScreenshot(window, output.filePath(u"masterminds-goals.png"_s)) && ok;

    showPage(window, u"Schedules"_s, u"Customer Success Practice"_s);
    auto* schedules = window.findChild<SchedulesPage*>();
    schedules->tabs()->setCurrentIndex(0);
    ok = test::saveScreenshot(window, output.filePath(u"microteach.png"_s)) && ok;
    ok = saveSlotDialog(*schedules->microTeach(), window, output.filePath(u"microteach-slot.png"_s)) && ok;
    showPage(window, u"Schedules"_s, u"Site Reliability Guild"_s);
    schedules->tabs()->setCurrentIndex(1);
    ok = test::saveScreenshot(window, output.filePath(u"oncall.png"_s)) && ok;
    return ok ? 0 : 1;
}
