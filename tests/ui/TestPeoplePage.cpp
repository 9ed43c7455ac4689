// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModalAnswer.h"
#include "TableCsvExport.h"
#include "TestWorkspace.h"
#include "import/CsvReader.h"
#include "people/PeopleFilterModel.h"
#include "people/PeoplePage.h"
#include "people/PeopleTableModel.h"
#include "people/PersonDialog.h"
#include "storage/Transaction.h"
#include "workspace/Workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace steward;
using namespace Qt::StringLiterals;
using steward::test::answerNextModal;
using steward::test::clickButton;

class TestPeoplePage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void modelsPassTheTester();
    void addUndoRedo();
    void editAndUndo();
    void deleteAsksAndUndoes();
    void deleteCancelledKeepsThePerson();
    void duplicateEmailShowsInlineError();
    void okDisabledWithoutName();
    void richTextNameShowsLiterally();
    void filterNarrowsRows();
    void sortsByClickingHeaders();
    void exportsTheRowsShownAsCsv();
    void loadsManyPeopleQuickly();

private:
    Person addDirectly(const QString& name, const QString& email);
    int rowOf(const QString& name) const;
    void selectRow(int proxyRow);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<PeoplePage> m_page;
    QTableView* m_table = nullptr;
};

void TestPeoplePage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto workspace =
        Workspace::open(m_dir->filePath(u"people.steward"_s), Database::OpenMode::CreateIfMissing, test::fixedClock());
    QVERIFY2(workspace, qPrintable(workspace.errorString()));
    m_workspace = std::move(*workspace);
    addDirectly(u"Ada Lovelace"_s, u"ada@example.org"_s);
    addDirectly(u"Grace Hopper"_s, u"grace@example.org"_s);
    addDirectly(u"Alan Turing"_s, QString());
    m_page = std::make_unique<PeoplePage>();
    m_page->setWorkspace(m_workspace.get());
    m_page->resize(1000, 600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_table = m_page->findChild<QTableView*>(u"peopleTableView"_s);
    QVERIFY(m_table);
}

void TestPeoplePage::cleanup()
{
    m_page.reset();
    m_workspace.reset();
    m_dir.reset();
}

Person TestPeoplePage::addDirectly(const QString& name, const QString& email)
{
    Person person;
    person.name = name;
    person.email = email;
    person.team = u"Platform"_s;
    auto id = m_workspace->addPerson(person);
    if (!id)
        qFatal("cannot add: %s", qPrintable(id.errorString()));
    person.id = *id;
    return person;
}

int TestPeoplePage::rowOf(const QString& name) const
{
    const QAbstractItemModel* model = m_table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == name)
            return row;
    }
    return -1;
}

void TestPeoplePage::selectRow(int proxyRow)
{
    QVERIFY(proxyRow >= 0);
    m_table->setFocus();
    m_table->selectRow(proxyRow);
}

void TestPeoplePage::modelsPassTheTester()
{
    QAbstractItemModelTester sourceTester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(m_page->proxyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    addDirectly(u"Barbara Liskov"_s, u"barbara@example.org"_s);
    m_page->findChild<QLineEdit*>(u"filterLineEdit"_s)->setText(u"example"_s);
    m_page->proxyModel()->sort(1, Qt::DescendingOrder);
    m_workspace->undoStack()->undo();
    m_page->setWorkspace(nullptr);
    m_page->setWorkspace(m_workspace.get());
}

void TestPeoplePage::addUndoRedo()
{
    answerNextModal([](QWidget* modal) {
        auto* dialog = qobject_cast<PersonDialog*>(modal);
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"nameLineEdit"_s), u"Katherine Johnson"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"emailLineEdit"_s), u"kj@example.org"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"teamLineEdit"_s), u"Flight"_s);
        dialog->findChild<QCheckBox*>(u"startDateUnknownCheckBox"_s)->setChecked(false);
        clickButton(dialog, QDialogButtonBox::Ok);
    });
    QTest::mouseClick(m_page->findChild<QPushButton*>(u"addPersonButton"_s), Qt::LeftButton);

    auto stored = m_workspace->people().findByEmail(u"kj@example.org"_s);
    QVERIFY(stored && stored->has_value());
    QCOMPARE((*stored)->name, u"Katherine Johnson"_s);
    QCOMPARE((*stored)->team, u"Flight"_s);
    QCOMPARE((*stored)->startDate, test::fixedNow().date());
    QVERIFY(rowOf(u"Katherine Johnson"_s) >= 0);
    QCOMPARE(*m_workspace->people().count(), 4);
    QCOMPARE(m_page->findChild<QLabel*>(u"countLabel"_s)->text(), u"4 people"_s);
    // The new person is selected.
    QCOMPARE(m_table->selectionModel()->selectedRows().value(0).data().toString(), u"Katherine Johnson"_s);

    m_workspace->undoStack()->undo();
    QVERIFY(!m_workspace->people().findByEmail(u"kj@example.org"_s)->has_value());
    QCOMPARE(rowOf(u"Katherine Johnson"_s), -1);
    QCOMPARE(m_table->model()->rowCount(), 3);

    m_workspace->undoStack()->redo();
    QVERIFY(m_workspace->people().findByEmail(u"kj@example.org"_s)->has_value());
    QVERIFY(rowOf(u"Katherine Johnson"_s) >= 0);
}

void TestPeoplePage::editAndUndo()
{
    selectRow(rowOf(u"Grace Hopper"_s));
    answerNextModal([](QWidget* modal) {
        auto* dialog = qobject_cast<PersonDialog*>(modal);
        QVERIFY(dialog);
        auto* title = dialog->findChild<QLineEdit*>(u"titleLineEdit"_s);
        QCOMPARE(dialog->findChild<QLineEdit*>(u"nameLineEdit"_s)->text(), u"Grace Hopper"_s);
        title->clear();
        QTest::keyClicks(title, u"Rear Admiral"_s);
        clickButton(dialog, QDialogButtonBox::Ok);
    });
    // Enter on the selected row opens the editor, like a double-click.
    QTest::keyClick(m_table, Qt::Key_Return);

    auto grace = m_workspace->people().findByEmail(u"grace@example.org"_s);
    QCOMPARE((*grace)->title, u"Rear Admiral"_s);
    const int row = rowOf(u"Grace Hopper"_s);
    QCOMPARE(m_table->model()->index(row, int(PeopleTableModel::Column::Title)).data().toString(), u"Rear Admiral"_s);

    m_workspace->undoStack()->undo();
    QCOMPARE((*m_workspace->people().findByEmail(u"grace@example.org"_s))->title, QString());
    QCOMPARE(m_table->model()->index(rowOf(u"Grace Hopper"_s), int(PeopleTableModel::Column::Title)).data().toString(),
             QString());
}

void TestPeoplePage::deleteAsksAndUndoes()
{
    selectRow(rowOf(u"Alan Turing"_s));
    QString question;
    answerNextModal([&question](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        QVERIFY(box);
        question = box->text();
        QCOMPARE(box->textFormat(), Qt::PlainText);
        for (QAbstractButton* button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
        }
    });
    QTest::keyClick(m_table, Qt::Key_Delete);
    QVERIFY2(question.contains(u"Alan Turing"_s), qPrintable(question));
    QCOMPARE(*m_workspace->people().count(), 2);
    QCOMPARE(rowOf(u"Alan Turing"_s), -1);

    m_workspace->undoStack()->undo();
    QCOMPARE(*m_workspace->people().count(), 3);
    QVERIFY(rowOf(u"Alan Turing"_s) >= 0);
}

void TestPeoplePage::deleteCancelledKeepsThePerson()
{
    selectRow(rowOf(u"Ada Lovelace"_s));
    answerNextModal([](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        QVERIFY(box);
        box->button(QMessageBox::Cancel)->click();
    });
    QTest::mouseClick(m_page->findChild<QPushButton*>(u"deletePersonButton"_s), Qt::LeftButton);
    QCOMPARE(*m_workspace->people().count(), 3);
    QCOMPARE(m_workspace->undoStack()->count(), 3); // only the three additions of init()
}

void TestPeoplePage::duplicateEmailShowsInlineError()
{
    const int undoCount = m_workspace->undoStack()->count();
    bool stayedOpen = false;
    QString error;
    answerNextModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<PersonDialog*>(modal);
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"nameLineEdit"_s), u"Ada Impostor"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"emailLineEdit"_s), u"ADA@example.org"_s);
        clickButton(dialog, QDialogButtonBox::Ok);
        stayedOpen = dialog->isVisible();
        auto* label = dialog->findChild<QLabel*>(u"errorLabel"_s);
        error = label->text();
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QVERIFY(label->isVisible());
        dialog->reject();
    });
    QTest::mouseClick(m_page->findChild<QPushButton*>(u"addPersonButton"_s), Qt::LeftButton);
    QVERIFY(stayedOpen);
    QVERIFY2(error.contains(u"Ada Lovelace"_s), qPrintable(error));
    QCOMPARE(*m_workspace->people().count(), 3);
    QCOMPARE(m_workspace->undoStack()->count(), undoCount);
    QVERIFY(!m_workspace->people().findByName(u"Ada Impostor"_s)->size());
}

void TestPeoplePage::okDisabledWithoutName()
{
    PersonDialog dialog(*m_workspace, Person());
    auto* ok = dialog.findChild<QDialogButtonBox*>(u"buttonBox"_s)->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(dialog.findChild<QLineEdit*>(u"nameLineEdit"_s), u"   "_s);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(dialog.findChild<QLineEdit*>(u"nameLineEdit"_s), u"X"_s);
    QVERIFY(ok->isEnabled());
}

void TestPeoplePage::richTextNameShowsLiterally()
{
    const QString rich = u"<b>x</b><img src=x>"_s;
    addDirectly(rich, u"rich@example.org"_s);
    const int row = rowOf(rich);
    QVERIFY(row >= 0);
    QCOMPARE(m_table->model()->index(row, 0).data().toString(), rich);

    // The delete question quotes the name as plain text.
    selectRow(row);
    answerNextModal([&rich](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        QVERIFY(box);
        QCOMPARE(box->textFormat(), Qt::PlainText);
        QVERIFY(box->text().contains(rich));
        for (QLabel* label : box->findChildren<QLabel*>()) {
            if (label->text().contains(rich))
                QCOMPARE(label->textFormat(), Qt::PlainText);
        }
        box->button(QMessageBox::Cancel)->click();
    });
    QTest::keyClick(m_table, Qt::Key_Delete);

    // A duplicate email error names the rich person inside the dialog: still plain.
    answerNextModal([&rich](QWidget* modal) {
        auto* dialog = qobject_cast<PersonDialog*>(modal);
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"nameLineEdit"_s), u"Someone"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"emailLineEdit"_s), u"rich@example.org"_s);
        clickButton(dialog, QDialogButtonBox::Ok);
        auto* label = dialog->findChild<QLabel*>(u"errorLabel"_s);
        QVERIFY(label->text().contains(rich));
        QCOMPARE(label->textFormat(), Qt::PlainText);
        dialog->reject();
    });
    QTest::mouseClick(m_page->findChild<QPushButton*>(u"addPersonButton"_s), Qt::LeftButton);
}

void TestPeoplePage::filterNarrowsRows()
{
    auto* filter = m_page->findChild<QLineEdit*>(u"filterLineEdit"_s);
    QTest::keyClicks(filter, u"GRACE"_s);
    QTRY_COMPARE(m_table->model()->rowCount(), 1);
    QCOMPARE(m_table->model()->index(0, 0).data().toString(), u"Grace Hopper"_s);
    QCOMPARE(m_page->findChild<QLabel*>(u"countLabel"_s)->text(), u"1 of 3 people shown"_s);
    // Any column matches: the email domain finds the two with an email.
    filter->setText(u"example.org"_s);
    QTRY_COMPARE(m_table->model()->rowCount(), 2);
    filter->setText(u"platform"_s);
    QTRY_COMPARE(m_table->model()->rowCount(), 3);
    filter->clear();
    QTRY_COMPARE(m_table->model()->rowCount(), 3);
    QCOMPARE(m_page->findChild<QLabel*>(u"countLabel"_s)->text(), u"3 people"_s);
}

void TestPeoplePage::exportsTheRowsShownAsCsv()
{
    addDirectly(u"=HYPERLINK(\"http://evil\")"_s, u"formula@example.org"_s);
    m_page->setWorkspace(m_workspace.get());
    auto* filter = m_page->findChild<QLineEdit*>(u"filterLineEdit"_s);
    filter->setText(u"example.org"_s);
    QTRY_COMPARE(m_table->model()->rowCount(), 3);
    m_table->setColumnHidden(int(PeopleTableModel::Column::Email), true);
    QVERIFY(m_table->findChild<QAction*>(u"exportCsvAction"_s));

    const QString path = m_dir->filePath(u"people.csv"_s);
    QVERIFY(TableCsvExport::write(*m_table, path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    CsvReader reader(file.readAll());
    QList<QStringList> rows;
    for (CsvRecord record; reader.readRecord(record);)
        rows.append(record.fields);
    QCOMPARE(rows.size(), 4); // the header and the three rows the filter shows
    QCOMPARE(rows.at(0).constFirst(), m_table->model()->headerData(0, Qt::Horizontal).toString());
    QVERIFY(!rows.at(0).contains(m_table->model()->headerData(int(PeopleTableModel::Column::Email), Qt::Horizontal)));
    QCOMPARE(rows.at(1).constFirst(), u"'=HYPERLINK(\"http://evil\")"_s); // shown as text, never run
    QCOMPARE(rows.at(2).constFirst(), u"Ada Lovelace"_s);
}

void TestPeoplePage::sortsByClickingHeaders()
{
    QCOMPARE(m_table->model()->index(0, 0).data().toString(), u"Ada Lovelace"_s);
    QHeaderView* header = m_table->horizontalHeader();
    const QPoint nameHeader(header->sectionViewportPosition(0) + 5, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, nameHeader);
    QCOMPARE(m_table->model()->index(0, 0).data().toString(), u"Grace Hopper"_s);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, nameHeader);
    QCOMPARE(m_table->model()->index(0, 0).data().toString(), u"Ada Lovelace"_s);
}

void TestPeoplePage::loadsManyPeopleQuickly()
{
    constexpr int kPeople = 100000;
    QList<Person> people;
    people.reserve(kPeople);
    for (int i = 0; i < kPeople; ++i) {
        Person p;
        p.name = u"Person %1"_s.arg(kPeople - i, 6, 10, QLatin1Char('0'));
        p.email = u"p%1@example.org"_s.arg(i);
        p.team = u"Team %1"_s.arg(i % 40);
        p.department = u"Department %1"_s.arg(i % 7);
        p.title = u"Engineer"_s;
        p.location = u"Berlin"_s;
        p.startDate = QDate(2020, 1, 1).addDays(i % 1500);
        people.append(p);
    }
    {
        Transaction transaction(m_workspace->database().connection());
        QVERIFY(m_workspace->personRepository().saveAll(people));
        QVERIFY(transaction.commit());
    }
    m_page->setWorkspace(nullptr);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(m_workspace->people().all()->size(), kPeople + 3);
    const qint64 queryMs = timer.elapsed();
    timer.restart();
    m_page->setWorkspace(m_workspace.get());
    const qint64 loadMs = timer.elapsed();
    QCoreApplication::processEvents();
    m_page->repaint();
    const qint64 shownMs = timer.elapsed();
    QCOMPARE(m_table->model()->rowCount(), kPeople + 3);
    qInfo("100,000 people: the query alone %lld ms; the page loaded and sorted in %lld ms, painted after %lld ms",
          queryMs,
          loadMs,
          shownMs);
    // The target is well under a second; the margin absorbs a busy shared test machine.
    QVERIFY2(shownMs < 2000, qPrintable(u"took %1 ms"_s.arg(shownMs)));

    timer.restart();
    m_page->proxyModel()->sort(1);
    qInfo("sort by email: %lld ms", timer.elapsed());
    timer.restart();
    m_page->proxyModel()->sort(0);
    qInfo("sort by name: %lld ms", timer.elapsed());
    timer.restart();
    m_page->findChild<QLineEdit*>(u"filterLineEdit"_s)->setText(u"Person 0999"_s);
    QTRY_COMPARE(m_table->model()->rowCount(), 100);
    qInfo("filtering 100,000 people: %lld ms (including the typing pause)", timer.elapsed());
}

QTEST_MAIN(TestPeoplePage)
#include "TestPeoplePage.moc"
