// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppSettings.h"
#include "MainWindow.h"
#include "ModalAnswer.h"
#include "TestWorkspace.h"
#include "communities/CommunitiesPage.h"
#include "demo/SampleCommunity.h"
#include "people/PeoplePage.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace steward;
using namespace Qt::StringLiterals;
using steward::test::answerNextModal;

namespace {

// Answers the next message box, keeping its text for the test.
void captureNextMessage(QString* text)
{
    answerNextModal([text](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        QVERIFY(box);
        QCOMPARE(box->textFormat(), Qt::PlainText);
        *text = box->text();
        box->accept();
    });
}

QAction* findAction(QMenu* menu, const QString& text)
{
    for (QAction* action : menu->actions()) {
        if (action->text().remove(QLatin1Char('&')).startsWith(text))
            return action;
    }
    return nullptr;
}

QMenu* findMenu(QMenuBar* bar, const QString& title)
{
    for (QAction* action : bar->actions()) {
        if (action->menu() && action->text().remove(QLatin1Char('&')) == title)
            return action->menu();
    }
    return nullptr;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void startsEmpty();
    void showsTheSample();
    void openSampleFromTheMenu();
    void refusesForeignFileAndKeepsWorkspace();
    void refusesNewerVersionAndKeepsWorkspace();
    void recentFilesPersist();
    void recentFilesKeepEight();
    void undoRedoFollowTheWorkspace();
    void failedUndoIsShown();
    void geometryPersists();

private:
    QString createSample(const QString& name);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMainWindow::initTestCase()
{
    // Settings go to a test location (~/.qttest), never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"StewardTest"_s);
    QCoreApplication::setApplicationName(u"TestMainWindow"_s);
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestMainWindow::cleanup()
{
    m_dir.reset();
}

QString TestMainWindow::createSample(const QString& name)
{
    const QString path = m_dir->filePath(name);
    auto db = Database::open(path);
    if (!db)
        qFatal("cannot create: %s", qPrintable(db.errorString()));
    auto summary = SampleCommunity::create(**db, SampleCommunity::kDefaultSeed, test::fixedClock());
    if (!summary)
        qFatal("cannot fill the sample: %s", qPrintable(summary.errorString()));
    return path;
}

void TestMainWindow::startsEmpty()
{
    MainWindow window(test::fixedClock());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.workspace());
    QCOMPARE(window.windowTitle(), u"Steward"_s);
    auto* central = qobject_cast<QStackedWidget*>(window.centralWidget());
    QCOMPARE(central->currentWidget()->objectName(), u"welcomePage"_s);
    QVERIFY(!window.findChild<QComboBox*>(u"communityComboBox"_s)->isEnabled());
    QVERIFY(!window.reopenLastFile());
}

void TestMainWindow::showsTheSample()
{
    const QString path = createSample(u"sample.steward"_s);
    MainWindow window(test::fixedClock());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openWorkspace(path));
    QVERIFY(window.workspace());
    QVERIFY(window.windowTitle().contains(u"sample.steward"_s));

    auto* people = window.findChild<PeoplePage*>();
    auto* table = people->findChild<QTableView*>(u"peopleTableView"_s);
    const qint64 count = *window.workspace()->people().count();
    QVERIFY(count >= 100);
    QCOMPARE(table->model()->rowCount(), count);

    auto* combo = window.findChild<QComboBox*>(u"communityComboBox"_s);
    QCOMPARE(combo->count(), 3);
    QVERIFY(combo->isEnabled());
    const auto communities = *window.workspace()->communities().all();
    for (int i = 0; i < 3; ++i)
        QCOMPARE(combo->itemText(i), communities.at(i).name);
    QCOMPARE(window.currentCommunity(), communities.at(0).id);

    // The Communities page follows the selector and lists the members.
    auto* navigation = window.findChild<QListWidget*>(u"navigationListWidget"_s);
    QVERIFY(navigation->count() >= 2); // the feature pages follow People and Communities
    QCOMPARE(navigation->item(0)->text(), u"People"_s);
    QCOMPARE(navigation->item(1)->text(), u"Communities"_s);
    navigation->setCurrentRow(1);
    auto* page = window.findChild<CommunitiesPage*>();
    QTRY_VERIFY(page->isVisible());
    combo->setCurrentIndex(2);
    QCOMPARE(page->currentCommunity(), communities.at(2).id);
    auto* members = page->findChild<QTableView*>(u"membersTableView"_s);
    QCOMPARE(members->model()->rowCount(), window.workspace()->memberships().membersOf(communities.at(2).id)->size());
    QVERIFY(members->model()->rowCount() > 0);
}

void TestMainWindow::openSampleFromTheMenu()
{
    MainWindow window(test::fixedClock());
    window.show();
    QVERIFY(window.openSample(m_dir->filePath(u"fresh.steward"_s)));
    QVERIFY(window.workspace());
    QCOMPARE(window.workspace()->communities().all()->size(), 3);
    // A second time replaces the file with a fresh sample, even while it is open.
    Person extra;
    extra.name = u"Only in the old sample"_s;
    QVERIFY(window.workspace()->addPerson(extra));
    QVERIFY(window.openSample(m_dir->filePath(u"fresh.steward"_s)));
    QVERIFY(window.workspace()->people().findByName(u"Only in the old sample"_s)->isEmpty());
    // The default location is the application's data folder.
    QVERIFY(
        MainWindow::defaultSamplePath().startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
}

void TestMainWindow::refusesForeignFileAndKeepsWorkspace()
{
    const QString good = createSample(u"good.steward"_s);
    const QString foreign = m_dir->filePath(u"notes.steward"_s);
    {
        QFile file(foreign);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("These are my notes, not a database.\n");
    }
    MainWindow window(test::fixedClock());
    window.show();
    QVERIFY(window.openWorkspace(good));
    Workspace* before = window.workspace();

    QString message;
    captureNextMessage(&message);
    QVERIFY(!window.openWorkspace(foreign));
    QVERIFY2(message.contains(u"not a Steward database"_s), qPrintable(message));
    QCOMPARE(window.workspace(), before);
    QCOMPARE(window.workspace()->path(), QFileInfo(good).absoluteFilePath());
    QVERIFY(window.windowTitle().contains(u"good.steward"_s));
    QVERIFY(!window.settings().recentFiles().contains(QFileInfo(foreign).absoluteFilePath()));
}

void TestMainWindow::refusesNewerVersionAndKeepsWorkspace()
{
    const QString good = createSample(u"good.steward"_s);
    const QString newer = m_dir->filePath(u"newer.steward"_s);
    QVERIFY(QFile::copy(good, newer));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
        db.setDatabaseName(newer);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"PRAGMA user_version=999"_s));
        QVERIFY(query.exec(u"PRAGMA application_id=%1"_s.arg(Database::kApplicationId)));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"newer"_s);

    MainWindow window(test::fixedClock());
    window.show();
    QVERIFY(window.openWorkspace(good));
    Workspace* before = window.workspace();
    QString message;
    captureNextMessage(&message);
    QVERIFY(!window.openWorkspace(newer));
    QVERIFY2(message.contains(u"newer version"_s), qPrintable(message));
    QCOMPARE(window.workspace(), before);
    QCOMPARE(window.findChild<QComboBox*>(u"communityComboBox"_s)->count(), 3);
}

void TestMainWindow::recentFilesPersist()
{
    const QString a = createSample(u"a.steward"_s);
    const QString b = createSample(u"b.steward"_s);
    {
        MainWindow window(test::fixedClock());
        window.show();
        QVERIFY(window.openWorkspace(a));
        QVERIFY(window.openWorkspace(b));
        window.close();
    }
    MainWindow window(test::fixedClock());
    QCOMPARE(window.settings().recentFiles(), (QStringList{b, a}));
    QCOMPARE(window.settings().get(AppSettings::Key::LastFile).toString(), b);
    QMenu* recent = window.findChild<QMenu*>(u"recentFilesMenu"_s);
    QVERIFY(recent);
    QVERIFY(findAction(recent, u"1 b.steward"_s));
    QVERIFY(findAction(recent, u"2 a.steward"_s));

    // Start-up reopens the last file; the menu entries open theirs.
    QVERIFY(window.reopenLastFile());
    QCOMPARE(window.workspace()->path(), b);
    findAction(recent, u"2 a.steward"_s)->trigger();
    QCOMPARE(window.workspace()->path(), a);
    QCOMPARE(window.settings().recentFiles(), (QStringList{a, b}));

    // A file that disappeared drops out of the list when opening it fails.
    QFile::remove(b);
    QString message;
    captureNextMessage(&message);
    findAction(recent, u"2 b.steward"_s)->trigger();
    QVERIFY(message.contains(u"does not exist"_s));
    QCOMPARE(window.settings().recentFiles(), QStringList{a});

    findAction(recent, u"Clear Menu"_s)->trigger();
    QVERIFY(window.settings().recentFiles().isEmpty());
}

void TestMainWindow::recentFilesKeepEight()
{
    AppSettings settings;
    for (int i = 0; i < 11; ++i)
        settings.addRecentFile(m_dir->filePath(u"file%1.steward"_s.arg(i)));
    const QStringList files = settings.recentFiles();
    QCOMPARE(files.size(), AppSettings::kMaxRecentFiles);
    QCOMPARE(files.constFirst(), m_dir->filePath(u"file10.steward"_s));
    settings.addRecentFile(m_dir->filePath(u"file5.steward"_s));
    QCOMPARE(settings.recentFiles().constFirst(), m_dir->filePath(u"file5.steward"_s));
    QCOMPARE(settings.recentFiles().count(m_dir->filePath(u"file5.steward"_s)), 1);
}

void TestMainWindow::undoRedoFollowTheWorkspace()
{
    const QString path = createSample(u"sample.steward"_s);
    MainWindow window(test::fixedClock());
    window.show();
    QMenu* edit = findMenu(window.menuBar(), u"Edit"_s);
    QVERIFY(edit);
    QAction* undo = findAction(edit, u"Undo"_s);
    QAction* redo = findAction(edit, u"Redo"_s);
    QVERIFY(undo && redo);
    QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    QCOMPARE(redo->shortcut(), QKeySequence(QKeySequence::Redo));
    QVERIFY(!undo->isEnabled());

    QVERIFY(window.openWorkspace(path));
    Person person;
    person.name = u"Undo Me"_s;
    QVERIFY(window.workspace()->addPerson(person));
    QVERIFY(undo->isEnabled());
    QVERIFY(undo->text().contains(u"Undo Me"_s));
    undo->trigger();
    QVERIFY(window.workspace()->people().findByName(u"Undo Me"_s)->isEmpty());
    QVERIFY(redo->isEnabled());
    redo->trigger();
    QCOMPARE(window.workspace()->people().findByName(u"Undo Me"_s)->size(), 1);

    window.closeWorkspace();
    QVERIFY(!window.workspace());
    QVERIFY(!undo->isEnabled());
}

void TestMainWindow::failedUndoIsShown()
{
    const QString path = createSample(u"sample.steward"_s);
    MainWindow window(test::fixedClock());
    window.show();
    QVERIFY(window.openWorkspace(path));
    Workspace* workspace = window.workspace();
    Person person = workspace->people().all()->constFirst();
    person.title = u"Changed"_s;
    QVERIFY(workspace->editPerson(person));
    // The person vanishes behind the undo stack's back: the undo cannot be carried out.
    QVERIFY(workspace->personRepository().remove(person.id));
    QString message;
    captureNextMessage(&message);
    workspace->undoStack()->undo();
    QVERIFY2(message.contains(person.name), qPrintable(message));
    QCOMPARE(window.workspace(), workspace);
}

void TestMainWindow::geometryPersists()
{
    QByteArray saved;
    {
        MainWindow window(test::fixedClock());
        window.resize(900, 640);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.close();
        saved = window.settings().get(AppSettings::Key::MainWindowGeometry).toByteArray();
    }
    QVERIFY(!saved.isEmpty());
    MainWindow window(test::fixedClock());
    QCOMPARE(window.size(), QSize(900, 640));
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
