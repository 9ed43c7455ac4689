// SPDX-License-Identifier: GPL-3.0-or-later
// The Imports page and the import wizard on the offscreen platform with the sample: the Discord fixture is
// imported through the wizard opened by the page's Import button (format detected, dry-run preview in a
// worker thread, real import), the batch shows on the page, and Undo Import takes it all back.
#include "MainWindow.h"
#include "ModalAnswer.h"
#include "TestWorkspace.h"
#include "demo/SampleCommunity.h"
#include "imports/ImportFilePage.h"
#include "imports/ImportPreviewPage.h"
#include "imports/ImportWizard.h"
#include "imports/ImportsPage.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;

class TestImportsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importsThroughTheWizardAndUndoes();
    void badFileStopsAtThePreview();
    void fileMenuOpensTheWizard();
    void droppedFileOpensTheWizard();

private:
    qint64 count(const QString& table) const;
    void driveWizard(ImportWizard* wizard);
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ImportsPage> m_page;
    qint64 m_communityId = 0;
};

void TestImportsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the main window's settings stay out of the user's
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(u"sample.steward"_s);
    {
        auto db = Database::open(path);
        QVERIFY(db);
        QVERIFY(SampleCommunity::create(**db, SampleCommunity::kDefaultSeed, test::fixedClock()));
    }
    auto workspace = Workspace::open(path, Database::OpenMode::ExistingOnly, test::fixedClock());
    QVERIFY2(workspace, qPrintable(workspace.errorString()));
    m_workspace = std::move(*workspace);
    const auto communities = m_workspace->communities().all();
    QVERIFY(communities && !communities->isEmpty());
    m_communityId = communities->last().id;
    m_page = std::make_unique<ImportsPage>();
    m_page->resize(1000, 600);
    m_page->setWorkspace(m_workspace.get());
    m_page->setCurrentCommunity(m_communityId);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

qint64 TestImportsPage::count(const QString& table) const
{
    QSqlQuery query(m_workspace->database().connection());
    if (!query.exec(u"SELECT COUNT(*) FROM "_s + table) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void TestImportsPage::driveWizard(ImportWizard* wizard)
{
    QVERIFY(wizard);
    QCOMPARE(wizard->currentId(), int(ImportWizard::FilePageId));
    auto* community = wizard->findChild<QComboBox*>(u"communityComboBox"_s);
    QCOMPARE(community->currentData().toLongLong(), m_communityId); // the toolbar's community by default
    auto* format = wizard->findChild<QComboBox*>(u"formatComboBox"_s);
    format->setCurrentIndex(0); // Slack: detection must change it
    wizard->findChild<QLineEdit*>(u"fileLineEdit"_s)->setText(test::testDataPath(u"import/discord.json"_s));
    QCOMPARE(ActivityFormat(format->currentData().toInt()), ActivityFormat::Discord);
    QVERIFY(wizard->filePage()->isComplete());

    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::PreviewPageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->previewPage()->isComplete(), 30000);
    const QString people = wizard->findChild<QLabel*>(u"peopleLabel"_s)->text();
    QVERIFY2(people.contains(u"matched"_s), qPrintable(people));
    const QString interactions = wizard->findChild<QLabel*>(u"interactionsLabel"_s)->text();
    QVERIFY2(!interactions.startsWith(u"0 "_s), qPrintable(interactions));

    // Unticking the only channel leaves nothing to import; ticking it again counts it again.
    auto* channels = wizard->findChild<QListWidget*>(u"channelsListWidget"_s);
    QCOMPARE(channels->count(), 1);
    QCOMPARE(channels->item(0)->text(), u"help"_s);
    channels->item(0)->setCheckState(Qt::Unchecked);
    QTRY_VERIFY(!wizard->previewPage()->isComplete());
    QCOMPARE(wizard->findChild<QLabel*>(u"statusLabel"_s)->text(), u"Tick at least one channel to import."_s);
    channels->item(0)->setCheckState(Qt::Checked);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->previewPage()->isComplete(), 30000);
    QCOMPARE(wizard->findChild<QLabel*>(u"interactionsLabel"_s)->text(), interactions);

    wizard->next(); // the commit page: the real import, in the worker, waited for in a local event loop
    QCOMPARE(wizard->currentId(), int(ImportWizard::SummaryPageId));
    QVERIFY(wizard->summary().has_value());
    QVERIFY(wizard->summary()->batchId > 0);
    const QString summary = wizard->findChild<QLabel*>(u"summaryLabel"_s)->text();
    QVERIFY2(summary.contains(u"Imports page"_s), qPrintable(summary));
}

void TestImportsPage::importsThroughTheWizardAndUndoes()
{
    auto* table = m_page->findChild<QTableWidget*>(u"batchesTableWidget"_s);
    QVERIFY(table);
    const int batchesBefore = table->rowCount();
    auto* unmatched = m_page->findChild<QTableWidget*>(u"unmatchedTableWidget"_s);
    QVERIFY(unmatched);
    const int unmatchedBefore = unmatched->rowCount();
    const qint64 peopleBefore = count(u"person"_s);
    const qint64 interactionsBefore = count(u"interaction"_s);
    QVERIFY(peopleBefore > 0 && interactionsBefore >= 0);

    std::optional<ActivityImportSummary> imported;
    test::answerNextModal([this, &imported](QWidget* modal) {
        auto* wizard = qobject_cast<ImportWizard*>(modal);
        driveWizard(wizard);
        if (wizard) {
            imported = wizard->summary();
            wizard->accept();
        } else if (modal) {
            modal->close();
        }
    });
    QTest::mouseClick(m_page->findChild<QPushButton*>(u"importPushButton"_s), Qt::LeftButton);
    QVERIFY(imported.has_value());
    QVERIFY(imported->interactionsCreated > 0);

    // The page lists the new batch first, with the wizard's counts.
    QCOMPARE(table->rowCount(), batchesBefore + 1);
    QCOMPARE(m_page->batchAt(0), imported->batchId);
    QCOMPARE(table->item(0, 1)->text(), u"discord"_s);
    QCOMPARE(table->item(0, 2)->text(), u"discord.json"_s);
    QCOMPARE(table->item(0, 5)->data(Qt::DisplayRole).toLongLong(), imported->interactionsCreated);
    QCOMPARE(count(u"interaction"_s), interactionsBefore + imported->interactionsCreated);
    QCOMPARE(count(u"person"_s), peopleBefore + imported->peopleCreated);
    // The people it created are listed as unmatched, with the Discord account they came from.
    QVERIFY(imported->peopleCreated > 0);
    QCOMPARE(unmatched->rowCount(), unmatchedBefore + imported->peopleCreated);
    int fromThisBatch = 0;
    for (int row = 0; row < unmatched->rowCount(); ++row)
        if (unmatched->item(row, 3)->data(Qt::DisplayRole).toLongLong() == imported->batchId) {
            ++fromThisBatch;
            QCOMPARE(unmatched->item(row, 1)->text(), u"discord"_s);
            QVERIFY(!unmatched->item(row, 0)->text().isEmpty());
        }
    QCOMPARE(fromThisBatch, imported->peopleCreated);

    // Undo Import asks first; No changes nothing.
    table->selectRow(0);
    auto* undo = m_page->findChild<QPushButton*>(u"undoImportPushButton"_s);
    QVERIFY(undo->isEnabled());
    test::answerNextModal([](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::No), Qt::LeftButton);
    });
    QTest::mouseClick(undo, Qt::LeftButton);
    QCOMPARE(table->rowCount(), batchesBefore + 1);

    QSignalSpy peopleChanged(m_workspace.get(), &Workspace::peopleChanged);
    test::answerNextModal([](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    });
    QTest::mouseClick(undo, Qt::LeftButton);
    QCOMPARE(peopleChanged.count(), 1);
    QCOMPARE(table->rowCount(), batchesBefore);
    for (int row = 0; row < table->rowCount(); ++row)
        QVERIFY(m_page->batchAt(row) != imported->batchId);
    QCOMPARE(count(u"person"_s), peopleBefore);
    QCOMPARE(count(u"interaction"_s), interactionsBefore);
    QCOMPARE(unmatched->rowCount(), unmatchedBefore);
}

void TestImportsPage::badFileStopsAtThePreview()
{
    // A Discord export cut off in the middle: the dry run names the problem, Import stays disabled.
    QFile source(test::testDataPath(u"import/discord.json"_s));
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QString truncated = m_dir.filePath(u"truncated.json"_s);
    QFile target(truncated);
    QVERIFY(target.open(QIODevice::WriteOnly));
    target.write(source.readAll().left(700));
    target.close();
    const qint64 peopleBefore = count(u"person"_s);
    const qint64 interactionsBefore = count(u"interaction"_s);

    ImportWizard wizard(*m_workspace, m_communityId);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.findChild<QLineEdit*>(u"fileLineEdit"_s)->setText(truncated);
    auto* format = wizard.findChild<QComboBox*>(u"formatComboBox"_s);
    format->setCurrentIndex(format->findData(int(ActivityFormat::Discord)));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPageId));
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.previewPage()->isBusy(), 30000);
    QVERIFY(!wizard.previewPage()->isComplete());
    const QString status = wizard.findChild<QLabel*>(u"statusLabel"_s)->text();
    QVERIFY2(status.startsWith(u"truncated.json: invalid JSON at byte"_s), qPrintable(status));
    wizard.next(); // refused: nothing to import
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPageId));
    QVERIFY(!wizard.summary().has_value());
    QCOMPARE(count(u"person"_s), peopleBefore);
    QCOMPARE(count(u"interaction"_s), interactionsBefore);
}

void TestImportsPage::fileMenuOpensTheWizard()
{
    MainWindow window(test::fixedClock());
    window.show();
    QVERIFY(window.openSample(m_dir.filePath(u"window.steward"_s), false));
    auto* action = window.findChild<QAction*>(u"importAction"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    qint64 community = -1;
    test::answerNextModal([&community](QWidget* modal) {
        auto* wizard = qobject_cast<ImportWizard*>(modal);
        if (wizard)
            community = wizard->communityId();
        if (modal)
            modal->close();
    });
    action->trigger();
    QCOMPARE(community, window.currentCommunity()); // the toolbar's community
    QVERIFY(community > 0);
}

void TestImportsPage::droppedFileOpensTheWizard()
{
    const QString file = test::testDataPath(u"import/teams.json"_s);
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(file)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_page.get(), &enter);
    QVERIFY(enter.isAccepted());
    QString shownFile;
    int shownFormat = -1;
    test::answerNextModal([&](QWidget* modal) {
        if (auto* wizard = qobject_cast<ImportWizard*>(modal)) {
            shownFile = wizard->findChild<QLineEdit*>(u"fileLineEdit"_s)->text();
            shownFormat = wizard->findChild<QComboBox*>(u"formatComboBox"_s)->currentData().toInt();
        }
        if (modal)
            modal->close();
    });
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_page.get(), &drop);
    QCOMPARE(shownFile, file);
    QCOMPARE(shownFormat, int(ActivityFormat::Teams)); // recognised from the content
}

QTEST_MAIN(TestImportsPage)
#include "TestImportsPage.moc"
