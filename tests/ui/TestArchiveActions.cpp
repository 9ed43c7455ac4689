// SPDX-License-Identifier: GPL-3.0-or-later
// File > Back Up…, Restore… and the rolling backup on open (issue 8), driven on the offscreen platform.
#include "AppSettings.h"
#include "MainWindow.h"
#include "TestWorkspace.h"
#include "archive/ArchiveActions.h"
#include "archive/RollingBackup.h"
#include "archive/WorkspaceRestore.h"
#include "demo/SampleCommunity.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QDir>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;

class TestArchiveActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void fileMenuOffersThem();
    void openingWritesARollingBackup();
    void automaticBackupsCanBeTurnedOff();
    void backUpAndRestoreRoundTrip();

private:
    QString createSample(const QString& name);
    QStringList rollingBackupsOf(const QString& workspace) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestArchiveActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"StewardTest"_s);
    QCoreApplication::setApplicationName(u"TestArchiveActions"_s);
}

void TestArchiveActions::init()
{
    QSettings().clear();
    QDir(ArchiveActions::rollingBackupRoot()).removeRecursively();
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestArchiveActions::cleanup()
{
    m_dir.reset();
}

QString TestArchiveActions::createSample(const QString& name)
{
    const QString path = m_dir->filePath(name);
    auto db = Database::open(path);
    if (!db || !SampleCommunity::create(**db, SampleCommunity::kDefaultSeed, test::fixedClock()))
        qFatal("cannot create the sample");
    return path;
}

QStringList TestArchiveActions::rollingBackupsOf(const QString& workspace) const
{
    return QDir(RollingBackup::folderFor(ArchiveActions::rollingBackupRoot(), workspace))
        .entryList({u"*.zip"_s}, QDir::Files, QDir::Name);
}

void TestArchiveActions::fileMenuOffersThem()
{
    MainWindow window(test::fixedClock());
    for (const char* name : {"backUpAction", "restoreAction", "automaticBackupsAction"}) {
        auto* action = window.findChild<QAction*>(QString::fromLatin1(name));
        QVERIFY2(action, name);
        QVERIFY(!action->text().isEmpty() && !action->statusTip().isEmpty());
    }
    QVERIFY(!window.findChild<QAction*>(u"backUpAction"_s)->isEnabled()); // nothing open yet
    QVERIFY(window.findChild<QAction*>(u"restoreAction"_s)->isEnabled());
}

void TestArchiveActions::openingWritesARollingBackup()
{
    const QString path = QFileInfo(createSample(u"guild.steward"_s)).absoluteFilePath();
    MainWindow window(test::fixedClock());
    QVERIFY(window.openWorkspace(path));
    QVERIFY(window.findChild<QAction*>(u"backUpAction"_s)->isEnabled());
    window.archiveActions()->rollingBackup().waitForFinished();
    QCOMPARE(window.archiveActions()->rollingBackup().result(), QString()); // no error
    const QStringList backups = rollingBackupsOf(path);
    QCOMPARE(backups.size(), 1);
    const QString zip = QDir(RollingBackup::folderFor(ArchiveActions::rollingBackupRoot(), path)).filePath(backups[0]);
    auto manifest = WorkspaceRestore::verify(zip);
    QVERIFY2(manifest, qPrintable(manifest.errorString()));
    QVERIFY(manifest->tableCounts.value(u"person"_s) >= 120);
}

void TestArchiveActions::automaticBackupsCanBeTurnedOff()
{
    const QString path = QFileInfo(createSample(u"quiet.steward"_s)).absoluteFilePath();
    MainWindow window(test::fixedClock());
    window.settings().set(AppSettings::Key::AutomaticBackups, 0);
    QVERIFY(window.openWorkspace(path));
    window.archiveActions()->rollingBackup().waitForFinished();
    QVERIFY(rollingBackupsOf(path).isEmpty());
}

void TestArchiveActions::backUpAndRestoreRoundTrip()
{
    const QString path = createSample(u"source.steward"_s);
    MainWindow window(test::fixedClock());
    QVERIFY(window.openWorkspace(path));
    const qsizetype tables = window.workspace()->database().connection().tables().size();
    const QString zip = m_dir->filePath(u"manual.zip"_s);
    QVERIFY(window.archiveActions()->backUpTo(zip));
    QVERIFY(WorkspaceRestore::verify(zip));

    const QString restored = m_dir->filePath(u"restored.steward"_s);
    QVERIFY(window.archiveActions()->restoreTo(zip, restored, false));
    QVERIFY(window.openWorkspace(restored));
    QCOMPARE(window.workspace()->path(), QFileInfo(restored).absoluteFilePath());
    QCOMPARE(window.workspace()->database().connection().tables().size(), tables);
}

QTEST_MAIN(TestArchiveActions)
#include "TestArchiveActions.moc"
