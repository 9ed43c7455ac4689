// SPDX-License-Identifier: GPL-3.0-or-later
// The Repertoire and Pathway pages on the sample, offscreen: list, search and filters, the artefact editor
// (preview with raw HTML as text, save a version, restore, undo), and accepting or dismissing a proposed
// level change through the undo stack.
#include "TestWorkspace.h"
#include "demo/SampleCommunity.h"
#include "repertoire/ArtefactEditor.h"
#include "repertoire/ArtefactRepository.h"
#include "repertoire/PathwayPage.h"
#include "repertoire/PathwayRepository.h"
#include "repertoire/RepertoirePage.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

using namespace steward;
using namespace Qt::StringLiterals;

class TestRepertoirePage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listSearchAndFilters();
    void editorSavesRestoresAndUndoes();
    void previewShowsRawHtmlAsText();
    void acceptAndDismissProposalsUndoably();

private:
    template <typename T> T* child(QWidget* w, const char* name)
    {
        T* found = w->findChild<T*>(QLatin1String(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_sre = 0;
};

void TestRepertoirePage::init()
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
}

void TestRepertoirePage::cleanup()
{
    m_workspace.reset();
    m_dir.reset();
}

void TestRepertoirePage::listSearchAndFilters()
{
    RepertoirePage page;
    page.setWorkspace(m_workspace.get());
    page.setCurrentCommunity(m_sre);
    page.show();
    auto* list = child<QListWidget>(&page, "artefactListWidget");
    const int all = list->count();
    QCOMPARE(all, int(ArtefactRepository(m_workspace->database()).list({m_sre, {}, {}, {}, 0})->size()));
    QVERIFY(all >= 10);
    QTest::keyClicks(child<QLineEdit>(&page, "searchLineEdit"), u"failover"_s);
    QVERIFY(list->count() >= 1 && list->count() < all);
    QVERIFY2(list->item(0)->text().contains(u"»"_s), qPrintable(list->item(0)->text()));
    child<QLineEdit>(&page, "searchLineEdit")->clear();
    QCOMPARE(list->count(), all);
    auto* kind = child<QComboBox>(&page, "kindComboBox");
    kind->setCurrentIndex(kind->findData(u"checklist"_s));
    QCOMPARE(list->count(), 2);
}

void TestRepertoirePage::editorSavesRestoresAndUndoes()
{
    RepertoirePage page;
    page.setWorkspace(m_workspace.get());
    page.setCurrentCommunity(m_sre);
    page.show();
    auto* editor = child<ArtefactEditor>(&page, "artefactEditor");
    const qint64 id = editor->artefactId();
    QVERIFY(id > 0);
    ArtefactRepository repo(m_workspace->database());
    const int versions = (*repo.find(id))->versionCount;
    auto* body = child<QPlainTextEdit>(editor, "bodyTextEdit");
    body->setPlainText(body->toPlainText() + u"\n\nA new closing line."_s);
    QTest::mouseClick(child<QPushButton>(editor, "saveButton"), Qt::LeftButton);
    QCOMPARE((*repo.find(id))->versionCount, versions + 1);
    QVERIFY((*repo.find(id))->body.endsWith(u"A new closing line."_s));
    QCOMPARE(child<QListWidget>(editor, "versionsListWidget")->count(), versions + 1);
    QVERIFY(child<QPlainTextEdit>(editor, "diffTextEdit")->toPlainText().contains(u"+ A new closing line."_s));
    // An unknown tag is refused in place; nothing is saved.
    child<QLineEdit>(editor, "tagsLineEdit")->setText(u"no-such-tag"_s);
    QTest::mouseClick(child<QPushButton>(editor, "saveButton"), Qt::LeftButton);
    QVERIFY(child<QLabel>(editor, "errorLabel")->text().contains(u"no-such-tag"_s));
    QCOMPARE((*repo.find(id))->versionCount, versions + 1);
    // Restore the first version, then undo both.
    child<QListWidget>(editor, "versionsListWidget")->setCurrentRow(0);
    QTest::mouseClick(child<QPushButton>(editor, "restoreButton"), Qt::LeftButton);
    QCOMPARE((*repo.find(id))->versionCount, versions + 2);
    QCOMPARE((*repo.find(id))->body, repo.versions(id)->constFirst().body);
    m_workspace->undoStack()->undo();
    m_workspace->undoStack()->undo();
    QCOMPARE((*repo.find(id))->versionCount, versions);
    QVERIFY(!child<QPlainTextEdit>(editor, "bodyTextEdit")->toPlainText().contains(u"A new closing line."_s));
}

void TestRepertoirePage::previewShowsRawHtmlAsText()
{
    ArtefactEditor editor;
    Artefact a;
    a.communityId = m_sre;
    a.title = u"HTML"_s;
    a.body = u"Hello <script>alert(1)</script> **bold** ![x](file:///etc/hosts)"_s;
    const qint64 id = *ArtefactRepository(m_workspace->database()).add(a, 0, test::fixedNow());
    editor.setArtefact(m_workspace.get(), id);
    const QString shown = child<QTextBrowser>(&editor, "previewBrowser")->toPlainText();
    QVERIFY2(shown.contains(u"<script>alert(1)</script>"_s), qPrintable(shown));
    QVERIFY2(shown.contains(u"x (file:///etc/hosts)"_s), qPrintable(shown));
    QVERIFY(!shown.contains(u"**"_s));
}

void TestRepertoirePage::acceptAndDismissProposalsUndoably()
{
    PathwayPage page;
    page.setWorkspace(m_workspace.get());
    page.setCurrentCommunity(m_sre);
    page.show();
    auto* proposals = child<QTableWidget>(&page, "proposalsTableWidget");
    const int pending = proposals->rowCount();
    QVERIFY(pending >= 1);
    QCOMPARE(child<QTableWidget>(&page, "funnelTableWidget")->rowCount(), 5);
    const qint64 id = proposals->item(0, 0)->data(Qt::UserRole).toLongLong();
    const auto proposal = **PathwayRepository(m_workspace->database()).proposal(id);
    proposals->selectRow(0);
    QTest::mouseClick(child<QPushButton>(&page, "acceptButton"), Qt::LeftButton);
    QCOMPARE(proposals->rowCount(), pending - 1);
    auto level = [&] { return (*m_workspace->memberships().find(proposal.personId, m_sre))->level; };
    QCOMPARE(level(), proposal.to);
    const auto history = *m_workspace->memberships().history(proposal.membershipId);
    QCOMPARE(history.constLast().reason, proposal.reason);
    m_workspace->undoStack()->undo(); // one step takes back the level change and the decision
    QCOMPARE(level(), proposal.from);
    QCOMPARE((*PathwayRepository(m_workspace->database()).proposal(id))->status, u"pending"_s);
    QCOMPARE(proposals->rowCount(), pending);
    proposals->selectRow(0);
    QTest::mouseClick(child<QPushButton>(&page, "dismissButton"), Qt::LeftButton);
    QCOMPARE(proposals->rowCount(), pending - 1);
    QCOMPARE(level(), proposal.from);
    QVERIFY(child<QTableWidget>(&page, "recognitionTableWidget")->rowCount() > 0);
}

QTEST_MAIN(TestRepertoirePage)
#include "TestRepertoirePage.moc"
