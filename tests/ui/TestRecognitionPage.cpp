// SPDX-License-Identifier: GPL-3.0-or-later
// The Pathway page's recognition and settings tabs on the sample, offscreen: the Give Shout-out and Award Badge
// dialogs (refusals keep the dialog open and write nothing; OK records through the undo stack), confirming a
// proposed badge, the leaderboard shown only when the community opted in, the criteria editor, the staff
// marks, and applying a proposed level change with the reason typed in.
#include "ModalAnswer.h"
#include "TestWorkspace.h"
#include "demo/SampleCommunity.h"
#include "repertoire/PathwayPage.h"
#include "repertoire/PathwayRepository.h"
#include "repertoire/RecognitionRepository.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace steward;
using namespace Qt::StringLiterals;

class TestRecognitionPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void shoutOutDialogRefusesThenGives();
    void badgeDialogShowsIconsAndCriteria();
    void confirmProposedBadgeUndoably();
    void leaderboardOnlyWhenOptedIn();
    void criteriaEditorAndStaffMarks();
    void applyRecordsTheReasonTypedIn();

private:
    template <typename T> static T* child(QObject* w, const char* name)
    {
        T* found = w->findChild<T*>(QLatin1String(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }
    int recognitions(const QString& status) const;
    void openPage();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<PathwayPage> m_page;
    qint64 m_sre = 0;
};

void TestRecognitionPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(u"sample.steward"_s);
    {
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db.errorString()));
        QVERIFY(SampleCommunity::create(**db, SampleCommunity::kDefaultSeed, test::fixedClock()));
    }
    auto workspace = Workspace::open(path, Database::OpenMode::ExistingOnly, test::fixedClock());
    QVERIFY2(workspace, qPrintable(workspace.errorString()));
    m_workspace = std::move(*workspace);
    m_sre = (*m_workspace->communities().findByName(u"Site Reliability Guild"_s))->id;
    openPage();
}

void TestRecognitionPage::cleanup()
{
    m_page.reset();
    m_workspace.reset();
    m_dir.reset();
}

void TestRecognitionPage::openPage()
{
    m_page = std::make_unique<PathwayPage>();
    m_page->setWorkspace(m_workspace.get());
    m_page->setCurrentCommunity(m_sre);
    m_page->resize(1200, 760);
    m_page->show();
}

int TestRecognitionPage::recognitions(const QString& status) const
{
    return int(RecognitionRepository(m_workspace->database()).list(m_sre, status)->size());
}

void TestRecognitionPage::shoutOutDialogRefusesThenGives()
{
    auto* given = child<QTableWidget>(m_page.get(), "recognitionTableWidget");
    const int before = recognitions(u"given"_s);
    QCOMPARE(given->rowCount(), before);
    QVERIFY(before > 0);
    QString refusal;
    bool stayedOpen = false;
    test::answerNextModal([&](QWidget* dialog) {
        QVERIFY(dialog);
        test::clickButton(dialog, QDialogButtonBox::Ok); // no reason yet
        refusal = child<QLabel>(dialog, "errorLabel")->text();
        stayedOpen = dialog->isVisible();
        auto* to = child<QComboBox>(dialog, "receiverComboBox");
        auto* from = child<QComboBox>(dialog, "giverComboBox");
        to->setCurrentIndex(from->currentIndex()); // oneself
        child<QPlainTextEdit>(dialog, "reasonTextEdit")->setPlainText(u"Thanks for the pairing"_s);
        test::clickButton(dialog, QDialogButtonBox::Ok);
        refusal += u" | "_s + child<QLabel>(dialog, "errorLabel")->text();
        to->setCurrentIndex(from->currentIndex() == 0 ? 1 : 0);
        test::clickButton(dialog, QDialogButtonBox::Ok);
    });
    QTest::mouseClick(child<QPushButton>(m_page.get(), "shoutOutButton"), Qt::LeftButton);
    QVERIFY(stayedOpen);
    QVERIFY2(refusal.contains(u"reason"_s) && refusal.contains(u"themselves"_s), qPrintable(refusal));
    QCOMPARE(recognitions(u"given"_s), before + 1);
    QCOMPARE(given->rowCount(), before + 1);
    QCOMPARE(given->item(0, 4)->text(), u"Thanks for the pairing"_s);
    m_workspace->undoStack()->undo();
    QCOMPARE(recognitions(u"given"_s), before);
    QCOMPARE(given->rowCount(), before);
}

void TestRecognitionPage::badgeDialogShowsIconsAndCriteria()
{
    const int before = recognitions(u"given"_s);
    int badges = 0;
    bool iconsShown = true;
    QString criteria;
    test::answerNextModal([&](QWidget* dialog) {
        QVERIFY(dialog);
        auto* list = child<QListWidget>(dialog, "badgeListWidget");
        badges = list->count();
        for (int i = 0; i < list->count(); ++i)
            iconsShown = iconsShown && !list->item(i)->icon().pixmap(32, 32).isNull();
        list->setCurrentItem(list->findItems(u"Knowledge sharer"_s, Qt::MatchExactly).value(0));
        criteria = child<QLabel>(dialog, "badgeCriteriaLabel")->text();
        child<QPlainTextEdit>(dialog, "reasonTextEdit")->setPlainText(u"Wrote up the DNS runbook"_s);
        test::clickButton(dialog, QDialogButtonBox::Ok);
    });
    QTest::mouseClick(child<QPushButton>(m_page.get(), "awardBadgeButton"), Qt::LeftButton);
    QCOMPARE(badges, 6);
    QVERIFY(iconsShown);
    QCOMPARE(criteria, u"Made tacit knowledge explicit for everyone."_s);
    QCOMPARE(recognitions(u"given"_s), before + 1);
    const auto given = *RecognitionRepository(m_workspace->database()).list(m_sre, u"given"_s);
    const auto latest = std::find_if(
        given.cbegin(), given.cend(), [](const Recognition& r) { return r.reason == u"Wrote up the DNS runbook"_s; });
    QVERIFY(latest != given.cend());
    QCOMPARE(latest->badgeIcon, u"star.svg"_s);
    auto* table = child<QTableWidget>(m_page.get(), "recognitionTableWidget");
    QVERIFY(!table->item(0, 3)->icon().isNull());
}

void TestRecognitionPage::confirmProposedBadgeUndoably()
{
    auto* proposals = child<QTableWidget>(m_page.get(), "badgeProposalsTableWidget");
    const int pending = recognitions(u"proposed"_s);
    QVERIFY(pending > 0);
    QCOMPARE(proposals->rowCount(), pending);
    const qint64 id = proposals->item(0, 0)->data(Qt::UserRole).toLongLong();
    QVERIFY(child<QComboBox>(m_page.get(), "confirmAsComboBox")->count() > 0);
    QTest::mouseClick(child<QPushButton>(m_page.get(), "confirmBadgeButton"), Qt::LeftButton);
    const auto confirmed = **RecognitionRepository(m_workspace->database()).find(id);
    if (confirmed.status != u"given"_s)
        QFAIL(qPrintable(child<QLabel>(m_page.get(), "recognitionErrorLabel")->text()));
    QVERIFY(confirmed.giverId > 0);
    QCOMPARE(proposals->rowCount(), pending - 1);
    m_workspace->undoStack()->undo();
    QCOMPARE((*RecognitionRepository(m_workspace->database()).find(id))->status, u"proposed"_s);
    QCOMPARE(proposals->rowCount(), pending);
    proposals->selectRow(0);
    QTest::mouseClick(child<QPushButton>(m_page.get(), "dismissBadgeButton"), Qt::LeftButton);
    QCOMPARE(recognitions(u"dismissed"_s), 1);
    QCOMPARE(proposals->rowCount(), pending - 1);
}

void TestRecognitionPage::leaderboardOnlyWhenOptedIn()
{
    auto* board = child<QGroupBox>(m_page.get(), "leaderboardGroupBox");
    auto* table = child<QTableWidget>(m_page.get(), "leaderboardTableWidget");
    QVERIFY(!board->isHidden()); // the sample's SRE guild opted in
    QVERIFY(table->rowCount() > 0);
    QVERIFY(table->item(0, 2)->text().toInt() >= table->item(table->rowCount() - 1, 2)->text().toInt());
    QVERIFY(child<QTableWidget>(m_page.get(), "contributionsTableWidget")->rowCount() > 0);
    auto* checkBox = child<QCheckBox>(m_page.get(), "leaderboardCheckBox");
    QVERIFY(checkBox->isChecked());
    checkBox->setChecked(false);
    QTest::mouseClick(child<QPushButton>(m_page.get(), "saveSettingsButton"), Qt::LeftButton);
    QVERIFY(!PathwayRepository(m_workspace->database()).settings(m_sre)->leaderboard);
    QVERIFY(board->isHidden());
    m_workspace->undoStack()->undo();
    QVERIFY(!board->isHidden());
    QVERIFY(checkBox->isChecked());
    // The review cadence reaches the pathway tab's summary.
    auto* cadence = child<QComboBox>(m_page.get(), "cadenceComboBox");
    cadence->setCurrentIndex(cadence->findData(u"yearly"_s));
    QTest::mouseClick(child<QPushButton>(m_page.get(), "saveSettingsButton"), Qt::LeftButton);
    QCOMPARE(PathwayRepository(m_workspace->database()).settings(m_sre)->reviewCadence, u"yearly"_s);
    QVERIFY(child<QLabel>(m_page.get(), "summaryLabel")->text().contains(u"yearly"_s));
}

void TestRecognitionPage::criteriaEditorAndStaffMarks()
{
    PathwayRepository repo(m_workspace->database());
    auto* criteria = child<QTableWidget>(m_page.get(), "criteriaTableWidget");
    const int before = int(repo.criteria(m_sre)->size());
    QCOMPARE(criteria->rowCount(), before);
    QTest::mouseClick(child<QPushButton>(m_page.get(), "addCriterionButton"), Qt::LeftButton);
    auto* activity = qobject_cast<QComboBox*>(criteria->cellWidget(before, 1));
    activity->setCurrentIndex(activity->findData(u"micro-teach"_s));
    qobject_cast<QSpinBox*>(criteria->cellWidget(before, 2))->setValue(2);
    QTest::mouseClick(child<QPushButton>(m_page.get(), "saveCriteriaButton"), Qt::LeftButton);
    QCOMPARE(int(repo.criteria(m_sre)->size()), before + 1);
    // The same activity twice at one level is refused and writes nothing.
    QTest::mouseClick(child<QPushButton>(m_page.get(), "addCriterionButton"), Qt::LeftButton);
    activity = qobject_cast<QComboBox*>(criteria->cellWidget(before + 1, 1));
    activity->setCurrentIndex(activity->findData(u"micro-teach"_s));
    QTest::mouseClick(child<QPushButton>(m_page.get(), "saveCriteriaButton"), Qt::LeftButton);
    QVERIFY2(child<QLabel>(m_page.get(), "settingsMessageLabel")->text().contains(u"twice"_s),
             qPrintable(child<QLabel>(m_page.get(), "settingsMessageLabel")->text()));
    QCOMPARE(int(repo.criteria(m_sre)->size()), before + 1);
    m_workspace->undoStack()->undo();
    QCOMPARE(int(repo.criteria(m_sre)->size()), before);
    QCOMPARE(criteria->rowCount(), before);

    auto* staff = child<QListWidget>(m_page.get(), "staffListWidget");
    const int marked = int(repo.staffMemberships(m_sre)->size());
    int unmarked = -1;
    for (int i = 0; i < staff->count() && unmarked < 0; ++i) {
        if (staff->item(i)->checkState() == Qt::Unchecked)
            unmarked = i;
    }
    QVERIFY(unmarked >= 0);
    staff->item(unmarked)->setCheckState(Qt::Checked);
    QCOMPARE(int(repo.staffMemberships(m_sre)->size()), marked + 1);
    m_workspace->undoStack()->undo();
    QCOMPARE(int(repo.staffMemberships(m_sre)->size()), marked);
    QCOMPARE(staff->item(unmarked)->checkState(), Qt::Unchecked);
}

void TestRecognitionPage::applyRecordsTheReasonTypedIn()
{
    auto* proposals = child<QTableWidget>(m_page.get(), "proposalsTableWidget");
    QVERIFY(proposals->rowCount() >= 1);
    proposals->selectRow(0);
    const qint64 id = proposals->item(0, 0)->data(Qt::UserRole).toLongLong();
    const auto proposal = **PathwayRepository(m_workspace->database()).proposal(id);
    auto* reason = child<QLineEdit>(m_page.get(), "proposalReasonLineEdit");
    QCOMPARE(reason->text(), proposal.reason); // prefilled with the proposal's own reason
    reason->clear();
    QTest::mouseClick(child<QPushButton>(m_page.get(), "acceptButton"), Qt::LeftButton);
    QVERIFY(!child<QLabel>(m_page.get(), "errorLabel")->text().isEmpty());
    QCOMPARE((*PathwayRepository(m_workspace->database()).proposal(id))->status, u"pending"_s);
    reason->setText(u"Led the game day with care"_s);
    QTest::mouseClick(child<QPushButton>(m_page.get(), "acceptButton"), Qt::LeftButton);
    QCOMPARE((*PathwayRepository(m_workspace->database()).proposal(id))->status, u"accepted"_s);
    const auto history = *m_workspace->memberships().history(proposal.membershipId);
    QCOMPARE(history.constLast().reason, u"Led the game day with care"_s);
    QCOMPARE(history.constLast().to, proposal.to);
    // The look-for-proposals button records what arises today, undoably.
    const int steps = m_workspace->undoStack()->count();
    QTest::mouseClick(child<QPushButton>(m_page.get(), "lookForProposalsButton"), Qt::LeftButton);
    QCOMPARE(m_workspace->undoStack()->count(), steps + 1);
    QVERIFY(child<QLabel>(m_page.get(), "summaryLabel")->text().contains(u"Found"_s));
}

QTEST_MAIN(TestRecognitionPage)
#include "TestRecognitionPage.moc"
