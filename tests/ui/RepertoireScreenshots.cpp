// SPDX-License-Identifier: GPL-3.0-or-later
// Not a test: renders the Repertoire page, the New Artefact dialog and the review dialog on the sample for
// packaging/screenshots:
//   xvfb-run -a -s "-screen 0 1280x800x24" steward_repertoire_screenshots OUTPUT_DIR
// writes repertoire.png (the page in the main window), repertoire-new.png and repertoire-review.png.
#include "MainWindow.h"
#include "Screenshot.h"
#include "TestWorkspace.h"
#include "repertoire/ArtefactDialog.h"
#include "repertoire/ArtefactEditor.h"
#include "repertoire/ReviewDialog.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;

namespace {

const char* const kBody = "## When to page\n\n"
                          "- Customer-facing error rate above **2 %** for 5 minutes\n"
                          "- Data loss suspected: page at once\n\n"
                          "## When to wait\n\n"
                          "1. Alert on a *single* canary\n"
                          "2. Known flapping check (see `alerts.yaml`)\n\n"
                          "<script>never run</script> stays text.";

bool newArtefactDialog(MainWindow& window, const QDir& output)
{
    ArtefactDialog dialog(*window.workspace(), window.currentCommunity(), &window);
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog))
        return false;
    auto* kind = dialog.findChild<QComboBox*>(u"kindComboBox"_s);
    kind->setCurrentIndex(kind->findData(u"decision-tree"_s));
    dialog.findChild<QLineEdit*>(u"titleLineEdit"_s)->setText(u"Page now or wait?"_s);
    dialog.findChild<QLineEdit*>(u"tagsLineEdit"_s)->setText(u"on-call incident"_s);
    auto* origin = dialog.findChild<QComboBox*>(u"originComboBox"_s);
    origin->setCurrentIndex(origin->findData(u"incident"_s));
    dialog.findChild<QLineEdit*>(u"incidentLineEdit"_s)->setText(u"INC-2291"_s);
    dialog.findChild<QPlainTextEdit*>(u"bodyTextEdit"_s)->setPlainText(QString::fromUtf8(kBody));
    auto* authors = dialog.findChild<QListWidget*>(u"authorsPicker"_s);
    if (authors->count() > 1)
        authors->item(1)->setCheckState(Qt::Checked);
    return test::saveScreenshot(dialog, output.filePath(u"repertoire-new.png"_s));
}

bool reviewDialog(MainWindow& window, const QDir& output)
{
    auto* editor = window.findChild<ArtefactEditor*>(u"artefactEditor"_s);
    ReviewDialog dialog(*window.workspace(), window.currentCommunity(), editor->artefactId(), &window);
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog))
        return false;
    const QStringList comments{u"Clear steps; the first one could name the dashboard."_s,
                               u"Matches what we did in the last two failovers."_s,
                               u"Works for any service with a replica."_s,
                               u"Say who may skip step 3, and when."_s};
    const auto edits = dialog.findChildren<QPlainTextEdit*>(QRegularExpression(u"^comment_"_s));
    for (int i = 0; i < edits.size() && i < comments.size(); ++i)
        edits.at(i)->setPlainText(comments.at(i));
    const auto verdicts = dialog.findChildren<QComboBox*>(QRegularExpression(u"^verdict_"_s));
    for (int i = 0; i < verdicts.size(); ++i)
        verdicts.at(i)->setCurrentIndex(
            verdicts.at(i)->findData(i + 1 < verdicts.size() ? u"approve"_s : u"changes"_s));
    auto* reviewer = dialog.findChild<QComboBox*>(u"reviewerComboBox"_s);
    reviewer->setCurrentIndex(std::min(2, reviewer->count() - 1));
    dialog.findChild<QPlainTextEdit*>(u"summaryTextEdit"_s)->setPlainText(u"Good to use; one small addition."_s);
    return test::saveScreenshot(dialog, output.filePath(u"repertoire-review.png"_s));
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
    MainWindow window(test::fixedClock());
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !window.openSample(dir.filePath(u"sample.steward"_s), false))
        return 1;
    window.statusBar()->clearMessage(); // it names the temporary file
    auto* navigation = window.findChild<QListWidget*>(u"navigationListWidget"_s);
    const auto items = navigation->findItems(u"Repertoire"_s, Qt::MatchExactly);
    if (items.isEmpty())
        return 1;
    navigation->setCurrentItem(items.first());
    auto* list = window.findChild<QListWidget*>(u"artefactListWidget"_s);
    if (list->count() > 1)
        list->setCurrentRow(1);
    if (!test::saveScreenshot(window, output.filePath(u"repertoire.png"_s)))
        return 1;
    return newArtefactDialog(window, output) && reviewDialog(window, output) ? 0 : 1;
}
