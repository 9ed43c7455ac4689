// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommunityListModel.h"
#include "ModalAnswer.h"
#include "TestWorkspace.h"
#include "communities/CommunitiesPage.h"
#include "communities/LevelChangeDialog.h"
#include "communities/MembersTableModel.h"
#include "demo/SampleCommunity.h"
#include "workspace/Workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <functional>

using namespace steward;
using namespace Qt::StringLiterals;
using steward::test::answerNextModal;

namespace {

QPushButton* okButton(QWidget* dialog)
{
    return dialog->findChild<QDialogButtonBox*>(u"buttonBox"_s)->button(QDialogButtonBox::Ok);
}

} // namespace

class TestCommunitiesPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void modelsPassTheTester();
    void showsMembersOfTheCurrentCommunity();
    void changeLevelRecordsHistoryAndUndoes();
    void reasonIsRequired();
    void addMemberByName();
    void editCommunityAndUndo();
    void addCommunity();
    void richTextNamesStayPlain();

private:
    int memberRow(qint64 personId) const;
    void selectMember(int row);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<CommunitiesPage> m_page;
    QTableView* m_members = nullptr;
    QList<Community> m_communities;
};

void TestCommunitiesPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(u"sample.steward"_s);
    {
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db.errorString()));
        auto summary = SampleCommunity::create(**db, SampleCommunity::kDefaultSeed, test::fixedClock());
        QVERIFY2(summary, qPrintable(summary.errorString()));
    }
    auto workspace = Workspace::open(path, Database::OpenMode::ExistingOnly, test::fixedClock());
    QVERIFY2(workspace, qPrintable(workspace.errorString()));
    m_workspace = std::move(*workspace);
    m_communities = *m_workspace->communities().all();
    QCOMPARE(m_communities.size(), 3);

    m_page = std::make_unique<CommunitiesPage>();
    m_page->setWorkspace(m_workspace.get());
    m_page->setCurrentCommunity(m_communities.at(1).id);
    m_page->resize(1100, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_members = m_page->findChild<QTableView*>(u"membersTableView"_s);
    QVERIFY(m_members);
}

void TestCommunitiesPage::cleanup()
{
    m_page.reset();
    m_workspace.reset();
    m_dir.reset();
}

int TestCommunitiesPage::memberRow(qint64 personId) const
{
    for (int row = 0; row < m_members->model()->rowCount(); ++row) {
        if (m_members->model()->index(row, 0).data(MembersTableModel::PersonIdRole).toLongLong() == personId)
            return row;
    }
    return -1;
}

void TestCommunitiesPage::selectMember(int row)
{
    QVERIFY(row >= 0);
    m_members->selectRow(row);
}

void TestCommunitiesPage::modelsPassTheTester()
{
    QAbstractItemModelTester members(m_page->membersModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester communities(m_page->communityModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->setCurrentCommunity(m_communities.at(0).id);
    m_page->setCurrentCommunity(m_communities.at(2).id);
    Community renamed = m_communities.at(2);
    renamed.name = u"Zz renamed"_s;
    QVERIFY(m_workspace->editCommunity(renamed));
    m_workspace->undoStack()->undo();
    m_page->setWorkspace(nullptr);
    m_page->setWorkspace(m_workspace.get());
}

void TestCommunitiesPage::showsMembersOfTheCurrentCommunity()
{
    const auto expected = *m_workspace->memberships().membersOf(m_communities.at(1).id);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(m_members->model()->rowCount(), expected.size());
    QCOMPARE(m_members->model()->index(0, 0).data().toString(), expected.at(0).personName);
    auto* list = m_page->findChild<QListView*>(u"communityListView"_s);
    QCOMPARE(list->currentIndex().data().toString(), m_communities.at(1).name);
    QCOMPARE(m_page->findChild<QLineEdit*>(u"communityNameLineEdit"_s)->text(), m_communities.at(1).name);

    // Picking another community in the list asks the window to follow and shows its members.
    QList<qint64> requested;
    connect(m_page.get(), &WorkspacePage::communityRequested, this, [&requested](qint64 id) { requested << id; });
    list->setCurrentIndex(list->model()->index(2, 0));
    QCOMPARE(requested, QList<qint64>{m_communities.at(2).id});
    QCOMPARE(m_members->model()->rowCount(), m_workspace->memberships().membersOf(m_communities.at(2).id)->size());
}

void TestCommunitiesPage::changeLevelRecordsHistoryAndUndoes()
{
    // A current member below the top level.
    const auto members = *m_workspace->memberships().membersOf(m_communities.at(1).id);
    Member member;
    for (const Member& m : members) {
        if (!m.membership.left.isValid() && m.membership.level == ParticipationLevel::Peripheral) {
            member = m;
            break;
        }
    }
    QVERIFY(member.membership.id != 0);
    const int historyBefore = int(m_workspace->memberships().history(member.membership.id)->size());
    selectMember(memberRow(member.membership.personId));
    auto* history = m_page->findChild<QTreeWidget*>(u"historyTreeWidget"_s);
    QCOMPARE(history->topLevelItemCount(), historyBefore);

    answerNextModal([](QWidget* modal) {
        auto* dialog = qobject_cast<LevelChangeDialog*>(modal);
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QDateEdit*>(u"dateEdit"_s)->date(), test::fixedNow().date());
        auto* level = dialog->findChild<QComboBox*>(u"levelComboBox"_s);
        level->setCurrentIndex(level->findData(int(ParticipationLevel::Active)));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"reasonLineEdit"_s), u"Ran the October kata"_s);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    });
    QTest::mouseClick(m_page->findChild<QPushButton*>(u"changeLevelButton"_s), Qt::LeftButton);

    auto changes = *m_workspace->memberships().history(member.membership.id);
    QCOMPARE(changes.size(), historyBefore + 1);
    QCOMPARE(changes.constLast().reason, u"Ran the October kata"_s);
    QCOMPARE(changes.constLast().from, std::optional(ParticipationLevel::Peripheral));
    QCOMPARE(changes.constLast().to, ParticipationLevel::Active);
    QCOMPARE(changes.constLast().date, test::fixedNow().date());
    QCOMPARE((*m_workspace->memberships().find(member.membership.personId, member.membership.communityId))->level,
             ParticipationLevel::Active);
    // The member stays selected and the history list shows the new change first.
    QCOMPARE(history->topLevelItemCount(), historyBefore + 1);
    QCOMPARE(history->topLevelItem(0)->text(1),
             u"%1\nRan the October kata"_s.arg(participationLevelDisplayName(ParticipationLevel::Peripheral) + u" → "_s
                                               + participationLevelDisplayName(ParticipationLevel::Active)));

    m_workspace->undoStack()->undo();
    QCOMPARE(m_workspace->memberships().history(member.membership.id)->size(), historyBefore);
    QCOMPARE((*m_workspace->memberships().find(member.membership.personId, member.membership.communityId))->level,
             ParticipationLevel::Peripheral);
    QCOMPARE(history->topLevelItemCount(), historyBefore);
    const int row = memberRow(member.membership.personId);
    QCOMPARE(m_members->model()->index(row, int(MembersTableModel::Column::Level)).data().toString(),
             participationLevelDisplayName(ParticipationLevel::Peripheral));
}

void TestCommunitiesPage::reasonIsRequired()
{
    const Member member = m_page->membersModel()->memberAt(0);
    LevelChangeDialog dialog(*m_workspace, m_communities.at(1), member);
    auto* level = dialog.findChild<QComboBox*>(u"levelComboBox"_s);
    level->setCurrentIndex(level->findData(int(ParticipationLevel::Observer)));
    QVERIFY(!okButton(&dialog)->isEnabled());
    QTest::keyClicks(dialog.findChild<QLineEdit*>(u"reasonLineEdit"_s), u"  "_s);
    QVERIFY(!okButton(&dialog)->isEnabled());
    QTest::keyClicks(dialog.findChild<QLineEdit*>(u"reasonLineEdit"_s), u"moved on"_s);
    QVERIFY(okButton(&dialog)->isEnabled());
}

void TestCommunitiesPage::addMemberByName()
{
    // Someone who is not a member of this community yet.
    const qint64 communityId = m_communities.at(1).id;
    Person outsider;
    for (const Person& p : *m_workspace->people().all()) {
        if (!m_workspace->memberships().find(p.id, communityId)->has_value()) {
            outsider = p;
            break;
        }
    }
    QVERIFY(outsider.id != 0);
    answerNextModal([&outsider](QWidget* modal) {
        auto* dialog = qobject_cast<LevelChangeDialog*>(modal);
        QVERIFY(dialog);
        QVERIFY(!okButton(dialog)->isEnabled());
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"personLineEdit"_s), outsider.name);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"reasonLineEdit"_s), u"Came to the meetup"_s);
        QVERIFY(okButton(dialog)->isEnabled());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    });
    QTest::mouseClick(m_page->findChild<QPushButton*>(u"addMemberButton"_s), Qt::LeftButton);
    auto membership = *m_workspace->memberships().find(outsider.id, communityId);
    QVERIFY(membership.has_value());
    QCOMPARE(membership->level, ParticipationLevel::Observer);
    QCOMPARE(membership->joined, test::fixedNow().date());
    QCOMPARE(m_workspace->memberships().history(membership->id)->constFirst().reason, u"Came to the meetup"_s);
    QVERIFY(memberRow(outsider.id) >= 0);
    m_workspace->undoStack()->undo();
    QVERIFY(!m_workspace->memberships().find(outsider.id, communityId)->has_value());
    QCOMPARE(memberRow(outsider.id), -1);
}

void TestCommunitiesPage::editCommunityAndUndo()
{
    auto* domain = m_page->findChild<QLineEdit*>(u"domainLineEdit"_s);
    auto* apply = m_page->findChild<QPushButton*>(u"applyButton"_s);
    QVERIFY(!apply->isEnabled());
    domain->selectAll();
    QTest::keyClicks(domain, u"Testing in production, carefully"_s);
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE((*m_workspace->communities().find(m_communities.at(1).id))->domain, u"Testing in production, carefully"_s);
    QVERIFY(!apply->isEnabled());

    m_workspace->undoStack()->undo();
    QCOMPARE((*m_workspace->communities().find(m_communities.at(1).id))->domain, m_communities.at(1).domain);
    QCOMPARE(domain->text(), m_communities.at(1).domain);

    // Revert drops edits that were not applied.
    QTest::keyClicks(domain, u" and more"_s);
    QTest::mouseClick(m_page->findChild<QPushButton*>(u"revertButton"_s), Qt::LeftButton);
    QCOMPARE(domain->text(), m_communities.at(1).domain);
}

void TestCommunitiesPage::addCommunity()
{
    answerNextModal([](QWidget* modal) {
        auto* dialog = qobject_cast<QInputDialog*>(modal);
        QVERIFY(dialog);
        dialog->setTextValue(u"Accessibility Guild"_s);
        dialog->accept();
    });
    QTest::mouseClick(m_page->findChild<QPushButton*>(u"addCommunityButton"_s), Qt::LeftButton);
    auto added = *m_workspace->communities().findByName(u"Accessibility Guild"_s);
    QVERIFY(added.has_value());
    QCOMPARE(m_page->currentCommunity(), added->id);
    QCOMPARE(m_page->findChild<QLineEdit*>(u"communityNameLineEdit"_s)->text(), u"Accessibility Guild"_s);
    QCOMPARE(m_members->model()->rowCount(), 0);

    m_workspace->undoStack()->undo();
    QVERIFY(!m_workspace->communities().findByName(u"Accessibility Guild"_s)->has_value());
    QVERIFY(m_page->currentCommunity() != added->id);
    QVERIFY(m_page->currentCommunity() != 0);
}

void TestCommunitiesPage::richTextNamesStayPlain()
{
    const QString rich = u"<b>x</b><img src=x>"_s;
    Person person;
    person.name = rich;
    const qint64 personId = *m_workspace->addPerson(person);
    QVERIFY(m_workspace->setLevel(
        m_communities.at(1).id, personId, ParticipationLevel::Core, test::fixedNow().date(), u"<i>because</i>"_s));
    selectMember(memberRow(personId));
    auto* historyLabel = m_page->findChild<QLabel*>(u"historyLabel"_s);
    QVERIFY(historyLabel->text().contains(rich));
    QCOMPARE(historyLabel->textFormat(), Qt::PlainText);
    // Every label showing the name on the page is plain text.
    for (QLabel* label : m_page->findChildren<QLabel*>()) {
        if (label->text().contains(u"<img"_s))
            QCOMPARE(label->textFormat(), Qt::PlainText);
    }
    LevelChangeDialog dialog(*m_workspace, m_communities.at(1), m_page->membersModel()->memberAt(memberRow(personId)));
    auto* nameLabel = dialog.findChild<QLabel*>(u"personNameLabel"_s);
    QCOMPARE(nameLabel->text(), rich);
    QCOMPARE(nameLabel->textFormat(), Qt::PlainText);
}

QTEST_MAIN(TestCommunitiesPage)
#include "TestCommunitiesPage.moc"
