// SPDX-License-Identifier: GPL-3.0-or-later
// Not a test: renders the Imports page's Unmatched view with the Merge Into… dialog over it, after the Discord
// fixture was imported into the sample, for packaging/screenshots. Run it under xvfb-run:
//   steward_merge_screenshot OUTPUT_DIR tests/data/import/discord.json
#include "MainWindow.h"
#include "TestWorkspace.h"
#include "imports/ImportFilePage.h"
#include "imports/ImportPreviewPage.h"
#include "imports/ImportWizard.h"
#include "imports/ImportsPage.h"
#include "imports/MergePeopleDialog.h"
#include "storage/ImportBatchRepository.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;

namespace {

bool importFile(MainWindow& window, const QString& file)
{
    ImportWizard wizard(*window.workspace(), window.currentCommunity(), &window);
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard))
        return false;
    wizard.findChild<QLineEdit*>(u"fileLineEdit"_s)->setText(file);
    wizard.next();
    for (int i = 0; i < 600 && !wizard.previewPage()->isComplete(); ++i)
        QTest::qWait(100);
    wizard.next();
    const bool imported = wizard.summary().has_value();
    wizard.accept();
    return imported;
}

/** The unmatched row to show: one with a likely match when there is one. */
int rowToShow(Workspace& workspace, UnmatchedPerson& flag)
{
    const auto unmatched = ImportBatchRepository(workspace.database()).unmatched();
    if (!unmatched || unmatched->isEmpty())
        return -1;
    for (int row = 0; row < unmatched->size(); ++row) {
        if (unmatched->at(row).suggestedPersonId > 0) {
            flag = unmatched->at(row);
            return row;
        }
    }
    flag = unmatched->constFirst();
    return 0;
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
    window.resize(1180, 720);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !window.openSample(dir.filePath(u"sample.steward"_s), false)
        || !importFile(window, app.arguments().value(2)))
        return 1;
    window.statusBar()->clearMessage(); // it names the temporary file
    auto* navigation = window.findChild<QListWidget*>(u"navigationListWidget"_s);
    navigation->setCurrentItem(navigation->findItems(u"Imports"_s, Qt::MatchExactly).value(0));
    UnmatchedPerson flag;
    const int row = rowToShow(*window.workspace(), flag);
    if (row < 0)
        return 1;
    window.findChild<QTableWidget*>(u"unmatchedTableWidget"_s)->selectRow(row);
    const Person source = window.workspace()->people().find(flag.personId).value().value();
    MergePeopleDialog dialog(*window.workspace(), source, flag.suggestedPersonId, &window);
    dialog.resize(560, 520);
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog))
        return 1;
    // The first likely match the merge can go into without confirming ids.
    auto* list = dialog.findChild<QListWidget*>(u"candidatesListWidget"_s);
    for (int i = 0; i < list->count(); ++i) {
        const qint64 id = list->item(i)->data(Qt::UserRole).toLongLong();
        if (id > 0 && dialog.selectTarget(id)
            && dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled())
            break;
    }
    QTest::qWait(300);
    // The dialog over the window, centred, as the steward sees it.
    QPixmap shot = window.grab();
    QPainter painter(&shot);
    const QPixmap over = dialog.grab();
    const QPoint at((shot.width() - over.width()) / 2, (shot.height() - over.height()) / 2);
    painter.fillRect(QRect(at + QPoint(4, 4), over.size()), QColor(0, 0, 0, 70));
    painter.drawPixmap(at, over);
    painter.setPen(QColor(120, 120, 120));
    painter.drawRect(QRect(at, over.size()).adjusted(0, 0, -1, -1));
    painter.end();
    const QString path = output.filePath(u"imports-merge.png"_s);
    const bool saved = shot.save(path);
    qInfo("%s %s", saved ? "wrote" : "could not write", qPrintable(path));
    return saved ? 0 : 1;
}
