// SPDX-License-Identifier: GPL-3.0-or-later
// The Reports page on the offscreen platform with the sample: choose a report and a community, preview it
// (pages in the print preview), export PDF and HTML off the GUI thread, and the form's options reach the
// request (pseudonyms, confidential notes only for the mastermind summary).
#include "TestWorkspace.h"
#include "demo/SampleCommunity.h"
#include "reports/ReportsPage.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;

class TestReportsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void previewShowsPages();
    void exportsPdfAndHtml();
    void optionsReachTheRequest();

private:
    void choose(const QString& kind, const QString& subject);
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ReportsPage> m_page;
};

void TestReportsPage::initTestCase()
{
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
    m_page = std::make_unique<ReportsPage>();
    m_page->resize(1100, 800);
    m_page->setWorkspace(m_workspace.get());
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    // The page must not force the main window wider than a small laptop screen.
    QVERIFY2(m_page->minimumSizeHint().width() <= 800, qPrintable(QString::number(m_page->minimumSizeHint().width())));
}

void TestReportsPage::choose(const QString& kind, const QString& subject)
{
    auto* kinds = m_page->findChild<QComboBox*>(u"reportKindComboBox"_s);
    auto* subjects = m_page->findChild<QComboBox*>(u"subjectComboBox"_s);
    QVERIFY(kinds && subjects);
    kinds->setCurrentIndex(kinds->findText(kind));
    QVERIFY(kinds->currentIndex() >= 0);
    subjects->setCurrentIndex(subjects->findText(subject));
    QVERIFY2(subjects->currentIndex() >= 0, qPrintable(subject));
    m_page->findChild<QDateEdit*>(u"fromDateEdit"_s)->setDate(QDate(2026, 5, 3));
    m_page->findChild<QDateEdit*>(u"toDateEdit"_s)->setDate(QDate(2026, 11, 2));
}

void TestReportsPage::previewShowsPages()
{
    choose(u"Community health report"_s, u"Site Reliability Guild"_s);
    QSignalSpy finished(m_page.get(), &ReportsPage::finished);
    QTest::mouseClick(m_page->findChild<QPushButton*>(u"previewPushButton"_s), Qt::LeftButton);
    QVERIFY(m_page->isBusy() || finished.count() == 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QCOMPARE(m_page->content().subtitle, u"Site Reliability Guild"_s);
    auto* preview = m_page->findChild<QPrintPreviewWidget*>(u"reportPrintPreviewWidget"_s);
    QTRY_VERIFY(preview->pageCount() >= 4);
}

void TestReportsPage::exportsPdfAndHtml()
{
    choose(u"Network report"_s, u"Site Reliability Guild"_s);
    QSignalSpy finished(m_page.get(), &ReportsPage::finished);
    const QString pdf = m_dir.filePath(u"network.pdf"_s);
    m_page->exportPdf(pdf);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    const QString html = m_dir.filePath(u"network.html"_s);
    m_page->exportHtml(html);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
    QVERIFY(finished.last().at(0).toBool());
    QFile page(html);
    QVERIFY(page.open(QIODevice::ReadOnly));
    QVERIFY(page.readAll().contains("Metrics per person"));
}

void TestReportsPage::optionsReachTheRequest()
{
    choose(u"Community health report"_s, u"People Analytics Circle"_s);
    auto* confidential = m_page->findChild<QCheckBox*>(u"confidentialCheckBox"_s);
    m_page->findChild<QCheckBox*>(u"pseudonymiseCheckBox"_s)->setChecked(true);
    confidential->setChecked(true);
    ReportRequest r = m_page->request();
    QCOMPARE(r.kind, ReportKind::CommunityHealth);
    QCOMPARE(r.subject, u"People Analytics Circle"_s);
    QVERIFY(r.options.pseudonymise);
    QVERIFY(!r.options.includeConfidential); // only the mastermind summary carries confidential notes
    choose(u"Mastermind summary"_s, u"Incident Commanders Circle"_s);
    QVERIFY(confidential->isEnabled());
    r = m_page->request();
    QCOMPARE(r.kind, ReportKind::Mastermind);
    QVERIFY(r.options.includeConfidential);
}

QTEST_MAIN(TestReportsPage)
#include "TestReportsPage.moc"
