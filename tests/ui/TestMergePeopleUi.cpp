// SPDX-License-Identifier: GPL-3.0-or-later
// The Unmatched view of the Imports page on the offscreen platform: Merge Into… (likely matches first, the
// search, the ids both have), Keep as New Person, both undone with the workspace's undo stack; and files
// dropped on the main window (an export opens the import wizard with it, a workspace file is opened).
#include "MainWindow.h"
#include "ModalAnswer.h"
#include "TestWorkspace.h"
#include "demo/SampleCommunity.h"
#include "imports/ImportWizard.h"
#include "imports/ImportsPage.h"
#include "imports/MergePeopleDialog.h"
#include "people/PeopleTableModel.h"
#include "storage/Database.h"
#include "storage/ImportBatchRepository.h"
#include "storage/SqlQuery.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;

class TestMergePeopleUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void mergeIntoTheLikelyMatchAndUndo();
    void differentIdsMustBeConfirmed();
    void keepAsNewPersonAndUndo();
    void droppedExportOpensTheWizard();
    void droppedWorkspaceIsOpened();

private:
    /** A person the last import created because they matched nobody, with an interaction of theirs. */
    qint64 addUnmatched(const QString& name, qint64 suggested, const QString& discordId = QString());
    QString createSample(const QString& name);
    qint64 count(const QString& sql) const;
    QPushButton* okButton(QWidget* dialog) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ImportsPage> m_page;
    qint64 m_batch = 0;
};

void TestMergePeopleUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

QString TestMergePeopleUi::createSample(const QString& name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
    if (!db || !SampleCommunity::create(**db, SampleCommunity::kDefaultSeed, test::fixedClock()))
        qFatal("could not write the sample");
    return path;
}

void TestMergePeopleUi::init()
{
    m_page.reset();
    m_workspace.reset();
    auto workspace =
        Workspace::open(createSample(u"merge.steward"_s), Database::OpenMode::ExistingOnly, test::fixedClock());
    QVERIFY2(workspace, qPrintable(workspace.errorString()));
    m_workspace = std::move(*workspace);
    m_batch = *ImportBatchRepository(m_workspace->database())
                   .add({0, u"interactions"_s, u"discord.json"_s, 1, test::fixedNow(), 1});
    m_page = std::make_unique<ImportsPage>();
    m_page->resize(1000, 600);
    m_page->setWorkspace(m_workspace.get());
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

qint64 TestMergePeopleUi::addUnmatched(const QString& name, qint64 suggested, const QString& discordId)
{
    Person person;
    person.name = name;
    person.discordId = discordId;
    const qint64 id = *m_workspace->addPerson(person);
    m_workspace->undoStack()->clear();
    ImportBatchRepository batches(m_workspace->database());
    if (!batches.recordPerson(m_batch, id, true, 0)
        || !batches.flagUnmatched({id, m_batch, u"discord"_s, discordId, name.toLower(), suggested}))
        qFatal("could not flag the person");
    runQuery(m_workspace->database().connection(),
             u"INSERT INTO interaction (community_id, source_id, target_id, kind, platform, batch_id) VALUES (1, ?, "
             "2, 'reply', 'discord', ?)"_s,
             {id, m_batch});
    m_workspace->notifyPeopleChanged();
    return id;
}

qint64 TestMergePeopleUi::count(const QString& sql) const
{
    auto query = runQuery(m_workspace->database().connection(), sql);
    return query && query->next() ? query->value(0).toLongLong() : -1;
}

QPushButton* TestMergePeopleUi::okButton(QWidget* dialog) const
{
    return dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

void TestMergePeopleUi::mergeIntoTheLikelyMatchAndUndo()
{
    const Person target = m_workspace->people().find(12).value().value();
    // The same name with the accents and case an export might have: the import suggested nobody.
    const QString variant = target.name.toUpper().replace(u'E', u'É');
    const qint64 source = addUnmatched(variant, 0);
    QVERIFY(m_page->selectUnmatched(source));
    QVERIFY(m_page->findChild<QPushButton*>(u"mergePushButton"_s)->isEnabled());
    const qint64 interactions = count(u"SELECT count(*) FROM interaction WHERE source_id = 12"_s);

    int likely = -1;
    qint64 firstChoice = 0;
    int shownWhenSearching = -1;
    qint64 foundBySearch = 0;
    test::answerNextModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<MergePeopleDialog*>(modal);
        if (!dialog) {
            if (modal)
                modal->close();
            return;
        }
        likely = dialog->likelyMatchCount();
        firstChoice = dialog->targetId();
        auto* list = dialog->findChild<QListWidget*>(u"candidatesListWidget"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"searchLineEdit"_s), u"zzzz-nobody"_s);
        shownWhenSearching = 0;
        for (int row = 0; row < list->count(); ++row)
            shownWhenSearching += list->item(row)->isHidden() ? 0 : 1;
        dialog->findChild<QLineEdit*>(u"searchLineEdit"_s)->clear();
        // Searching ignores case and accents: the variant's own spelling finds the target (the person
        // chosen before, someone else, is filtered out).
        list->setCurrentRow(list->count() - 1);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"searchLineEdit"_s), variant);
        foundBySearch = dialog->targetId();
        dialog->findChild<QLineEdit*>(u"searchLineEdit"_s)->clear();
        dialog->selectTarget(target.id);
        QVERIFY(dialog->findChild<QLabel*>(u"previewLabel"_s)->text().contains(u"interactions: 1"_s));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    });
    QTest::mouseClick(m_page->findChild<QPushButton*>(u"mergePushButton"_s), Qt::LeftButton);
    QVERIFY(likely >= 1);
    QCOMPARE(firstChoice, target.id); // the accent-insensitive match comes first
    QCOMPARE(shownWhenSearching, 0);
    QCOMPARE(foundBySearch, target.id);

    QVERIFY(!m_workspace->people().find(source).value().has_value());
    QCOMPARE(count(u"SELECT count(*) FROM interaction WHERE source_id = 12"_s), interactions + 1);
    QVERIFY(!m_page->selectUnmatched(source));
    QVERIFY(m_page->findChild<QLabel*>(u"messageLabel"_s)->text().startsWith(u"Merged %1"_s.arg(variant)));
    QCOMPARE(m_workspace->undoStack()->count(), 1);

    m_workspace->undoStack()->undo();
    QVERIFY(m_workspace->people().find(source).value().has_value());
    QCOMPARE(count(u"SELECT count(*) FROM interaction WHERE source_id = 12"_s), interactions);
    QVERIFY(m_page->selectUnmatched(source)); // back in the list
}

void TestMergePeopleUi::differentIdsMustBeConfirmed()
{
    runQuery(m_workspace->database().connection(), u"UPDATE person SET discord_id = '222' WHERE id = 20"_s);
    const qint64 source = addUnmatched(u"Someone Else"_s, 20, u"111"_s);
    QVERIFY(m_page->selectUnmatched(source));
    bool disabledFirst = false;
    bool checkBoxShown = false;
    test::answerNextModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<MergePeopleDialog*>(modal);
        if (!dialog) {
            if (modal)
                modal->close();
            return;
        }
        QCOMPARE(dialog->targetId(), 20); // the import's suggestion comes first
        auto* keep = dialog->findChild<QCheckBox*>(u"keepIdsCheckBox"_s);
        checkBoxShown = keep->isVisible();
        disabledFirst = !okButton(dialog)->isEnabled();
        keep->setChecked(true);
        QVERIFY(okButton(dialog)->isEnabled());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    });
    QTest::mouseClick(m_page->findChild<QPushButton*>(u"mergePushButton"_s), Qt::LeftButton);
    QVERIFY(checkBoxShown);
    QVERIFY(disabledFirst);
    QVERIFY(!m_workspace->people().find(source).value().has_value());
    QCOMPARE(m_workspace->people().find(20).value()->discordId, u"222"_s);
}

void TestMergePeopleUi::keepAsNewPersonAndUndo()
{
    const qint64 source = addUnmatched(u"Brand New"_s, 0);
    // The People page marks unmatched people: their name in italics, with a tooltip saying why.
    PeopleTableModel people;
    people.setWorkspace(m_workspace.get());
    const auto nameIsMarked = [&people, source] {
        for (int row = 0; row < people.rowCount(); ++row) {
            if (people.personAt(row).id == source) {
                const QModelIndex name = people.index(row, int(PeopleTableModel::Column::Name));
                return people.data(name, Qt::FontRole).value<QFont>().italic()
                       && people.data(name, Qt::ToolTipRole).toString().contains(u"Unmatched"_s);
            }
        }
        return false;
    };
    QVERIFY(nameIsMarked());
    QVERIFY(m_page->selectUnmatched(source));
    QTest::mouseClick(m_page->findChild<QPushButton*>(u"keepNewPushButton"_s), Qt::LeftButton);
    QVERIFY(!m_page->selectUnmatched(source));
    QVERIFY(!nameIsMarked());
    QVERIFY(m_workspace->people().find(source).value().has_value());
    QCOMPARE(count(u"SELECT count(*) FROM unmatched_person"_s), 0);
    m_workspace->undoStack()->undo();
    QVERIFY(m_page->selectUnmatched(source));
    QCOMPARE(count(u"SELECT count(*) FROM unmatched_person"_s), 1);
    QVERIFY(nameIsMarked());
}

void TestMergePeopleUi::droppedExportOpensTheWizard()
{
    MainWindow window(test::fixedClock());
    QVERIFY(window.openWorkspace(m_workspace->path(), false));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString file = test::testDataPath(u"import/discord.json"_s);
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(file)});
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
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
    QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QVERIFY(drop.isAccepted());
    QTRY_COMPARE(shownFile, file);
    QCOMPARE(shownFormat, int(ActivityFormat::Discord));

    // Something else (a text file) is refused.
    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(m_dir.filePath(u"notes.txt"_s))});
    QDragEnterEvent refused(QPoint(5, 5), Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    refused.ignore();
    QApplication::sendEvent(&window, &refused);
    QVERIFY(!refused.isAccepted());
}

void TestMergePeopleUi::droppedWorkspaceIsOpened()
{
    MainWindow window(test::fixedClock());
    QVERIFY(window.openWorkspace(m_workspace->path(), false));
    const QString other = createSample(u"other.steward"_s);
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(other)});
    // As in a real drag, over the Imports page (which takes exports only): the page leaves the enter to the
    // window, which accepts it and then gets the drop.
    auto* page = window.findChild<ImportsPage*>();
    QVERIFY(page);
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(page, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(page, &drop);
    QVERIFY(drop.isAccepted());
    QTRY_VERIFY2(window.workspace() && window.workspace()->path() == other,
                 qPrintable(window.workspace() ? window.workspace()->path() : u"no workspace"_s));
}

QTEST_MAIN(TestMergePeopleUi)
#include "TestMergePeopleUi.moc"
