// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModalAnswer.h"
#include "TestWorkspace.h"
#include "sessions/SessionRoleTable.h"
#include "sessions/SessionRolesView.h"
#include "sessions/SessionsPage.h"
#include "storage/SessionRoleSeatRepository.h"
#include "workspace/AddSessionCommand.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace steward;
using namespace Qt::StringLiterals;

/**
 * The Roles tab of the Sessions page on the offscreen platform: generate, swap (two cells and a drop), skip, mark
 * done and assign, each undone; the details show who facilitates and takes notes; the page still fits 700 px.
 */
class TestSessionRolesView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void generateSwapSkipDoneAssign();
    void dropSwapsAndRefusalsSayWhy();
    void oneOffAndFit();

private:
    qint64 addSession(int count, bool series = true);
    QList<SessionRoleSeat> stored(qint64 sessionId) const;
    void selectCells(const QList<QPair<int, int>>& cells);
    SessionRolesView* view() const { return m_page->findChild<SessionRolesView*>(); }
    SessionRoleTable* table() const { return view()->table(); }
    QPushButton* button(const char* name) const { return m_page->findChild<QPushButton*>(QLatin1String(name)); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SessionsPage> m_page;
    qint64 m_communityId = 0;
    QList<qint64> m_people;
    QStringList m_errors;
};

void TestSessionRolesView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_page = std::make_unique<SessionsPage>();
    m_page->resize(1200, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    auto workspace =
        Workspace::open(m_dir->filePath(u"r.steward"_s), Database::OpenMode::CreateIfMissing, test::fixedClock());
    QVERIFY2(workspace, qPrintable(workspace.errorString()));
    m_workspace = std::move(*workspace);
    connect(m_workspace.get(), &Workspace::errorOccurred, this, [this](const QString& m) { m_errors << m; });
    connect(view(), &SessionRolesView::errorOccurred, this, [this](const QString& m) { m_errors << m; });
    Community community;
    community.name = u"Incident Guild"_s;
    m_communityId = *m_workspace->addCommunity(community);
    for (const QString& name : {u"Ada Lovelace"_s, u"Grace Hopper"_s, u"Alan Turing"_s, u"Barbara Liskov"_s}) {
        Person person;
        person.name = name;
        const qint64 id = *m_workspace->addPerson(person);
        m_people << id;
        QVERIFY(m_workspace->setLevel(m_communityId, id, ParticipationLevel::Active, QDate(2026, 1, 5), u"joined"_s));
    }
    m_workspace->undoStack()->clear();
    m_page->setWorkspace(m_workspace.get());
    m_page->setCurrentCommunity(m_communityId);
}

void TestSessionRolesView::cleanup()
{
    m_page.reset();
    m_workspace.reset();
    m_dir.reset();
    m_people.clear();
    m_errors.clear();
}

qint64 TestSessionRolesView::addSession(int count, bool series)
{
    SessionCommandContent content;
    Session& s = content.session;
    s.communityId = m_communityId;
    s.format = SessionFormat::IncidentRetrospective;
    s.title = u"Incident review"_s;
    s.timeZone = u"Europe/Berlin"_s;
    s.start = QDateTime(QDate(2026, 10, series ? 6 : 7), QTime(15, 0), QTimeZone("Europe/Berlin"));
    s.minutes = 45;
    if (series)
        s.repeat = RecurrenceRule::weekly().setCount(count);
    auto command = std::make_unique<AddSessionCommand>(*m_workspace, content);
    AddSessionCommand* raw = command.get();
    if (Status st = m_workspace->perform(std::move(command)); !st)
        qFatal("cannot add: %s", qPrintable(st.errorString()));
    QCoreApplication::processEvents();
    return raw->sessionId();
}

QList<SessionRoleSeat> TestSessionRolesView::stored(qint64 sessionId) const
{
    return SessionRoleSeatRepository(m_workspace->database()).forSession(sessionId).value();
}

void TestSessionRolesView::selectCells(const QList<QPair<int, int>>& cells)
{
    table()->clearSelection();
    for (const auto& [row, column] : cells)
        table()->item(row, column)->setSelected(true);
}

void TestSessionRolesView::generateSwapSkipDoneAssign()
{
    const qint64 id = addSession(12);
    m_page->selectOccurrence(id, QDate(2026, 11, 3));
    auto* tabs = m_page->findChild<QTabWidget*>(u"sessionTabs"_s);
    QCOMPARE(tabs->tabText(3), u"Roles"_s);
    tabs->setCurrentWidget(view());
    QVERIFY(view()->isEnabled());
    QCOMPARE(table()->rowCount(), 12);
    QVERIFY(view()->statusText().contains(u"Generate"_s));

    // Generate by keyboard: the button's mnemonic.
    button("generateRolesButton")->setFocus();
    QTest::keyClick(button("generateRolesButton"), Qt::Key_Space);
    QTRY_COMPARE(stored(id).size(), 2 * 8); // 3 Nov .. 22 Dec: eight occurrences from today on
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u"; "_s)));
    QTRY_VERIFY(view()->statusText().startsWith(u"Every rule holds"_s));
    QVERIFY(table()->item(4, 1)->text() != u"—"_s);
    QCOMPARE(table()->item(0, 1)->text(), u"—"_s); // the past is not made up
    auto* details = m_page->findChild<QTextBrowser*>(u"sessionDetailsBrowser"_s);
    QTRY_VERIFY(details->toPlainText().contains(u"Facilitator (rotating): "_s));
    QVERIFY(details->toPlainText().contains(u"Note-taker (rotating): "_s));

    const QList<SessionRoleSeat> generated = stored(id);
    const QString facilitator = table()->item(4, 1)->text(), noteTaker = table()->item(4, 2)->text();
    selectCells({{4, 1}, {4, 2}});
    QVERIFY(button("swapRolesButton")->isEnabled());
    QTest::mouseClick(button("swapRolesButton"), Qt::LeftButton);
    QTRY_VERIFY(table()->item(4, 1)->text().startsWith(noteTaker));
    QVERIFY(table()->item(4, 2)->text().startsWith(facilitator));
    QVERIFY(table()->item(4, 2)->text().endsWith(u"swapped"_s));

    selectCells({{5, 1}});
    QTest::mouseClick(button("skipRoleButton"), Qt::LeftButton);
    QTRY_VERIFY(table()->item(5, 1)->text().endsWith(u"skipped"_s));
    selectCells({{6, 2}});
    QTest::mouseClick(button("doneRoleButton"), Qt::LeftButton);
    QTRY_VERIFY(table()->item(6, 2)->text().endsWith(u"done"_s));

    // Assign… : the dialog offers the members; choose one who holds neither role that day.
    selectCells({{7, 2}});
    const QString busyA = table()->item(7, 1)->text(), busyB = table()->item(7, 2)->text();
    QString chosen;
    test::answerNextModal([&](QWidget* dialog) {
        auto* input = qobject_cast<QInputDialog*>(dialog);
        QVERIFY(input);
        for (const QString& item : input->comboBoxItems()) {
            if (!busyA.startsWith(item) && !busyB.startsWith(item))
                chosen = item;
        }
        input->setTextValue(chosen);
        input->accept();
    });
    QTest::mouseClick(button("assignRoleButton"), Qt::LeftButton);
    QTRY_VERIFY(!chosen.isEmpty() && table()->item(7, 2)->text().startsWith(chosen));
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u"; "_s)));

    // Four edits undo back to the generated plan, and redo again.
    const QList<SessionRoleSeat> edited = stored(id);
    for (int i = 0; i < 4; ++i)
        m_workspace->undoStack()->undo();
    QCOMPARE(stored(id), generated);
    QTRY_VERIFY(table()->item(4, 1)->text() == facilitator);
    for (int i = 0; i < 4; ++i)
        m_workspace->undoStack()->redo();
    QCOMPARE(stored(id), edited);
}

void TestSessionRolesView::dropSwapsAndRefusalsSayWhy()
{
    const qint64 id = addSession(12);
    m_page->selectOccurrence(id, QDate(2026, 11, 3));
    view()->generate();
    QTRY_COMPARE(stored(id).size(), 16);
    // Dropping the facilitator of one week onto the facilitator of a later week swaps them (two weeks where
    // neither would then also take notes).
    int row = 4, other = -1;
    for (int r = 5; r < 12 && other < 0; ++r) {
        if (table()->item(r, 1)->text() != table()->item(row, 2)->text()
            && table()->item(row, 1)->text() != table()->item(r, 2)->text()
            && table()->item(row, 1)->text() != table()->item(r, 1)->text())
            other = r;
    }
    QVERIFY(other > 0);
    const QString a = table()->item(row, 1)->text(), b = table()->item(other, 1)->text();
    emit table()->swapRequested(table()->model()->index(row, 1), table()->model()->index(other, 1));
    QTRY_VERIFY(table()->item(row, 1)->text().startsWith(b));
    QVERIFY(table()->item(other, 1)->text().startsWith(a));
    // A done turn is history: swapping it is refused with the reason, nothing changes.
    const int done = other == 6 ? 7 : 6;
    selectCells({{done, 2}});
    view()->markSelectedDone();
    const QList<SessionRoleSeat> before = stored(id);
    selectCells({{done, 2}, {row, 2}});
    QString shown;
    test::answerNextModal([&](QWidget* dialog) {
        auto* box = qobject_cast<QMessageBox*>(dialog);
        QVERIFY(box);
        shown = box->text();
        box->accept();
    });
    view()->swapSelected();
    QVERIFY2(shown.contains(u"history"_s), qPrintable(shown));
    QCOMPARE(stored(id), before);
    QVERIFY(!m_errors.isEmpty());
    QVERIFY2(m_errors.constLast().contains(u"history"_s), qPrintable(m_errors.constLast()));
}

void TestSessionRolesView::oneOffAndFit()
{
    const qint64 once = addSession(1, false);
    m_page->selectOccurrence(once, QDate(2026, 10, 7));
    QVERIFY(!view()->isEnabled());
    QVERIFY(view()->statusText().contains(u"recurring"_s));
    const qint64 id = addSession(52);
    m_page->selectOccurrence(id, QDate(2026, 11, 3));
    view()->generate();
    QTRY_VERIFY(!stored(id).isEmpty());
    qInfo("minimum size: %dx%d", m_page->minimumSizeHint().width(), m_page->minimumSizeHint().height());
    QVERIFY(m_page->minimumSizeHint().width() <= 700);
    QVERIFY(view()->minimumSizeHint().width() <= 460);
}

QTEST_MAIN(TestSessionRolesView)
#include "TestSessionRolesView.moc"
