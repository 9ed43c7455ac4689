// SPDX-License-Identifier: GPL-3.0-or-later
// Not a test: renders the import wizard and the Imports page on the sample with one imported batch (the
// Discord fixture) for packaging/screenshots:
//   xvfb-run -a -s "-screen 0 1280x800x24" steward_imports_screenshots OUTPUT_DIR DISCORD_JSON
// writes import.png (the page), import-preview.png and import-summary.png (the wizard).
#include "MainWindow.h"
#include "Screenshot.h"
#include "TestWorkspace.h"
#include "imports/ImportPreviewPage.h"
#include "imports/ImportWizard.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;

namespace {

// Drives the wizard through the file and the dry run to the summary, saving the preview and the summary.
bool importThroughWizard(MainWindow& window, const QString& file, const QDir& output)
{
    ImportWizard wizard(*window.workspace(), window.currentCommunity(), &window);
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard))
        return false;
    wizard.findChild<QLineEdit*>(u"fileLineEdit"_s)->setText(file);
    wizard.next();
    for (int i = 0; i < 600 && !wizard.previewPage()->isComplete(); ++i)
        QTest::qWait(100);
    if (!wizard.previewPage()->isComplete() || !test::saveScreenshot(wizard, output.filePath(u"import-preview.png"_s)))
        return false;
    wizard.next();
    if (!wizard.summary() || !test::saveScreenshot(wizard, output.filePath(u"import-summary.png"_s)))
        return false;
    wizard.accept();
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // keep the user's settings out of it
    QApplication::setOrganizationName(u"StewardScreenshots"_s);
    QApplication::setApplicationName(u"Steward"_s);
    const QDir output(app.arguments().value(1, u"."_s));
    const QString file = app.arguments().value(2);
    QTemporaryDir dir;

    MainWindow window(test::fixedClock());
    window.resize(1180, 720);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !window.openSample(dir.filePath(u"sample.steward"_s), false))
        return 1;
    window.statusBar()->clearMessage(); // it names the temporary file
    if (!importThroughWizard(window, file, output))
        return 1;
    auto* navigation = window.findChild<QListWidget*>(u"navigationListWidget"_s);
    const auto items = navigation->findItems(u"Imports"_s, Qt::MatchExactly);
    if (items.isEmpty())
        return 1;
    navigation->setCurrentItem(items.first());
    window.findChild<QTableWidget*>(u"batchesTableWidget"_s)->selectRow(0);
    return test::saveScreenshot(window, output.filePath(u"import.png"_s)) ? 0 : 1;
}
