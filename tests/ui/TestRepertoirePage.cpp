// SPDX-License-Identifier: GPL-3.0-or-later
// The Repertoire and Pathway pages on the sample, offscreen: list, search and filters, the artefact editor
// (preview with raw HTML as text, save a version, restore, undo), and accepting or dismissing a proposed
// level change through the undo stack. New Artefact, a draft from a session, kind/status/authors in the
// editor, any two versions compared, a review with verdicts per criterion and a new feedback template, each
// with its refusals (nothing written) and undo/redo.
#include "ModalAnswer.h"
#include "TestWorkspace.h"
#include "demo/SampleCommunity.h"
#include "repertoire/ArtefactAuthorsPicker.h"
#include "repertoire/ArtefactEditor.h"
#include "repertoire/ArtefactRepository.h"
#include "repertoire/PathwayPage.h"
#include "repertoire/PathwayRepository.h"
#include "repertoire/RepertoirePage.h"
#include "repertoire/ReviewRepository.h"
#include "repertoire/ReviewTemplateDialog.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
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
    void newArtefactDialogAddsUndoably();
    void editorChangesStatusAndAuthorsUndoably();
    void compareAnyTwoVersions();
    void reviewDialogAddsAReviewUndoably();
    void draftFromASessionInOneStep();
    void newFeedbackTemplateUndoably();

private:
    template <typename T> T* child(QWidget* w, const char* name)
    {
        T* found = w->findChild<T*>(QLatin1String(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }

    qint64 count(const QString& table) const
    {
        auto q = runQuery(m_workspace->database().connection(), u"SELECT count(*) FROM "_s + table);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }
    /** Ticks (or unticks) a person in an authors picker. */
    static void tick(ArtefactAuthorsPicker* picker, qint64 personId, bool on)
    {
        for (int i = 0; i < picker->count(); ++i) {
            if (picker->item(i)->data(Qt::UserRole).toLongLong() == personId)
                picker->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        }
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

void TestRepertoirePage::newArtefactDialogAddsUndoably()
{
    RepertoirePage page;
    page.setWorkspace(m_workspace.get());
    page.setCurrentCommunity(m_sre);
    page.show();
    const qint64 artefacts = count(u"artefact"_s);
    const qint64 versions = count(u"artefact_version"_s);
    const auto members = *m_workspace->memberships().membersOf(m_sre);
    const qint64 author = members.at(0).membership.personId;
    const QString tag = ArtefactRepository(m_workspace->database()).tags(m_sre)->constFirst();
    bool refusedInline = false;
    test::answerNextModal([&](QWidget* dialog) {
        QVERIFY(dialog);
        test::clickButton(dialog, QDialogButtonBox::Ok); // no title yet: refused in the dialog
        refusedInline = dialog->isVisible() && child<QLabel>(dialog, "errorLabel")->text().contains(u"needs a title"_s)
                        && count(u"artefact"_s) == artefacts;
        auto* kind = child<QComboBox>(dialog, "kindComboBox");
        kind->setCurrentIndex(kind->findData(u"decision-tree"_s));
        child<QLineEdit>(dialog, "titleLineEdit")->setText(u"Page or wait?"_s);
        child<QLineEdit>(dialog, "tagsLineEdit")->setText(tag);
        child<QPlainTextEdit>(dialog, "bodyTextEdit")->setPlainText(u"# Page?\n<b>raw</b> **yes**"_s);
        const QString preview = child<QTextBrowser>(dialog, "previewBrowser")->toPlainText();
        QVERIFY2(preview.contains(u"<b>raw</b>"_s) && preview.contains(u"yes"_s), qPrintable(preview));
        auto* origin = child<QComboBox>(dialog, "originComboBox");
        origin->setCurrentIndex(origin->findData(u"incident"_s));
        child<QLineEdit>(dialog, "incidentLineEdit")->setText(u"INC-4711"_s);
        auto* status = child<QComboBox>(dialog, "statusComboBox");
        QCOMPARE(status->findData(u"reviewed"_s), -1);
        status->setCurrentIndex(status->findData(u"current"_s));
        tick(child<ArtefactAuthorsPicker>(dialog, "authorsPicker"), author, true);
        test::clickButton(dialog, QDialogButtonBox::Ok);
    });
    page.findChild<QAction*>(u"newArtefactAction"_s)->trigger();
    QVERIFY(refusedInline);
    QCOMPARE(count(u"artefact"_s), artefacts + 1);
    QCOMPARE(count(u"artefact_version"_s), versions + 1);
    auto* editor = child<ArtefactEditor>(&page, "artefactEditor");
    const qint64 id = editor->artefactId();
    const Artefact added = **ArtefactRepository(m_workspace->database()).find(id);
    QCOMPARE(added.title, u"Page or wait?"_s);
    QCOMPARE(added.kind, u"decision-tree"_s);
    QCOMPARE(added.status, u"current"_s);
    QCOMPARE(added.tags, QStringList{tag});
    QCOMPARE(added.authorIds, QList<qint64>{author});
    QCOMPARE(added.origin.kind, u"incident"_s);
    QCOMPARE(added.origin.link, u"INC-4711"_s);
    QCOMPARE(child<QLineEdit>(editor, "titleLineEdit")->text(), added.title);
    m_workspace->undoStack()->undo();
    QCOMPARE(count(u"artefact"_s), artefacts);
    QVERIFY(!ArtefactRepository(m_workspace->database()).find(id)->has_value());
    m_workspace->undoStack()->redo();
    QCOMPARE((*ArtefactRepository(m_workspace->database()).find(id))->title, added.title);
    // The page's shortcut opens the same dialog; Cancel writes nothing.
    QCOMPARE(page.findChild<QAction*>(u"newArtefactAction"_s)->shortcut(), QKeySequence(u"Ctrl+Shift+N"_s));
    test::answerNextModal([](QWidget* dialog) { test::clickButton(dialog, QDialogButtonBox::Cancel); });
    page.newArtefact();
    QCOMPARE(count(u"artefact"_s), artefacts + 1);
}

void TestRepertoirePage::editorChangesStatusAndAuthorsUndoably()
{
    ArtefactEditor editor;
    Artefact a;
    a.communityId = m_sre;
    a.title = u"Status rules"_s;
    a.body = u"one"_s;
    const auto members = *m_workspace->memberships().membersOf(m_sre);
    const qint64 ana = members.at(0).membership.personId;
    const qint64 ben = members.at(1).membership.personId;
    a.authorIds = {ana};
    ArtefactRepository repo(m_workspace->database());
    const qint64 id = *repo.add(a, 0, test::fixedNow());
    editor.setArtefact(m_workspace.get(), id);
    auto* status = child<QComboBox>(&editor, "artefactStatusComboBox");
    // "reviewed" without an approving review: refused in place, nothing written.
    status->setCurrentIndex(status->findData(u"reviewed"_s));
    QTest::mouseClick(child<QPushButton>(&editor, "saveButton"), Qt::LeftButton);
    QVERIFY2(child<QLabel>(&editor, "errorLabel")->text().contains(u"no approving review"_s),
             qPrintable(child<QLabel>(&editor, "errorLabel")->text()));
    QCOMPARE((*repo.find(id))->versionCount, 1);
    QCOMPARE((*repo.find(id))->status, u"draft"_s);
    // An empty title is refused in place too.
    child<QLineEdit>(&editor, "titleLineEdit")->setText(u"  "_s);
    QTest::mouseClick(child<QPushButton>(&editor, "saveButton"), Qt::LeftButton);
    QVERIFY(child<QLabel>(&editor, "errorLabel")->text().contains(u"needs a title"_s));
    QCOMPARE((*repo.find(id))->versionCount, 1);
    child<QLineEdit>(&editor, "titleLineEdit")->setText(u"Status rules"_s);
    status->setCurrentIndex(status->findData(u"current"_s));
    auto* kind = child<QComboBox>(&editor, "artefactKindComboBox");
    kind->setCurrentIndex(kind->findData(u"heuristic"_s));
    tick(child<ArtefactAuthorsPicker>(&editor, "authorsPicker"), ben, true);
    tick(child<ArtefactAuthorsPicker>(&editor, "authorsPicker"), ana, false);
    QTest::mouseClick(child<QPushButton>(&editor, "saveButton"), Qt::LeftButton);
    QVERIFY2(child<QLabel>(&editor, "errorLabel")->text().isEmpty(),
             qPrintable(child<QLabel>(&editor, "errorLabel")->text()));
    Artefact saved = **repo.find(id);
    QCOMPARE(saved.versionCount, 2);
    QCOMPARE(saved.status, u"current"_s);
    QCOMPARE(saved.kind, u"heuristic"_s);
    QCOMPARE(saved.authorIds, QList<qint64>{ben});
    m_workspace->undoStack()->undo();
    saved = **repo.find(id);
    QCOMPARE(saved.versionCount, 1);
    QCOMPARE(saved.status, u"draft"_s);
    QCOMPARE(saved.kind, a.kind);
    QCOMPARE(saved.authorIds, QList<qint64>{ana});
    m_workspace->undoStack()->redo();
    QCOMPARE((*repo.find(id))->status, u"current"_s);
    QCOMPARE((*repo.find(id))->authorIds, QList<qint64>{ben});
}

void TestRepertoirePage::compareAnyTwoVersions()
{
    ArtefactEditor editor;
    Artefact a;
    a.communityId = m_sre;
    a.title = u"Three versions"_s;
    a.body = u"alpha"_s;
    ArtefactRepository repo(m_workspace->database());
    const qint64 id = *repo.add(a, 0, test::fixedNow());
    QVERIFY(repo.save(id, a.title, u"alpha\nbeta"_s, {}, 0, test::fixedNow()));
    QVERIFY(repo.save(id, a.title, u"alpha\nbeta\ngamma"_s, {}, 0, test::fixedNow()));
    editor.setArtefact(m_workspace.get(), id);
    auto* diff = child<QPlainTextEdit>(&editor, "diffTextEdit");
    // The newest against the one before by default, then against version 1.
    QCOMPARE(diff->toPlainText(), u"  alpha\n  beta\n+ gamma"_s);
    child<QComboBox>(&editor, "compareComboBox")->setCurrentIndex(0);
    QCOMPARE(diff->toPlainText(), u"  alpha\n+ beta\n+ gamma"_s);
    // Restoring version 1 from the history is undoable.
    child<QListWidget>(&editor, "versionsListWidget")->setCurrentRow(0);
    QTest::mouseClick(child<QPushButton>(&editor, "restoreButton"), Qt::LeftButton);
    QCOMPARE((*repo.find(id))->body, u"alpha"_s);
    QCOMPARE((*repo.find(id))->versionCount, 4);
    m_workspace->undoStack()->undo();
    QCOMPARE((*repo.find(id))->body, u"alpha\nbeta\ngamma"_s);
}

void TestRepertoirePage::reviewDialogAddsAReviewUndoably()
{
    ArtefactEditor editor;
    Artefact a;
    a.communityId = m_sre;
    a.title = u"Review me"_s;
    const auto members = *m_workspace->memberships().membersOf(m_sre);
    const qint64 author = members.at(0).membership.personId;
    const qint64 reviewer = members.at(1).membership.personId;
    a.authorIds = {author};
    const qint64 id = *ArtefactRepository(m_workspace->database()).add(a, 0, test::fixedNow());
    editor.setArtefact(m_workspace.get(), id);
    const qint64 reviews = count(u"review"_s);
    const qint64 interactions = count(u"interaction"_s);
    QString refusal;
    QStringList criteria;
    test::answerNextModal([&](QWidget* dialog) {
        QVERIFY(dialog);
        auto* who = child<QComboBox>(dialog, "reviewerComboBox");
        who->setCurrentIndex(who->findData(author)); // one's own artefact: refused in the dialog
        test::clickButton(dialog, QDialogButtonBox::Ok);
        refusal = child<QLabel>(dialog, "errorLabel")->text();
        QVERIFY(dialog->isVisible());
        QCOMPARE(count(u"review"_s), reviews);
        who->setCurrentIndex(who->findData(reviewer));
        QVERIFY(child<QComboBox>(dialog, "templateComboBox")->currentIndex() > 0);
        const auto comments = dialog->findChildren<QPlainTextEdit*>(QRegularExpression(u"^comment_"_s));
        QVERIFY(comments.size() >= 3);
        for (QPlainTextEdit* c : comments)
            criteria << c->objectName();
        comments.at(0)->setPlainText(u"Clear enough."_s);
        auto* risk = child<QComboBox>(dialog, "verdict_risk"); // a verdict without a comment counts too
        risk->setCurrentIndex(risk->findData(u"changes"_s));
        auto* verdict = child<QComboBox>(dialog, "verdictComboBox");
        verdict->setCurrentIndex(verdict->findData(u"approve"_s));
        child<QPlainTextEdit>(dialog, "summaryTextEdit")->setPlainText(u"Ship it."_s);
        test::clickButton(dialog, QDialogButtonBox::Ok);
    });
    editor.writeReview();
    QVERIFY2(refusal.contains(u"own artefact"_s), qPrintable(refusal));
    QVERIFY2(criteria.contains(u"comment_clarity"_s), qPrintable(criteria.join(u", "_s)));
    QCOMPARE(count(u"review"_s), reviews + 1);
    QVERIFY(count(u"interaction"_s) > interactions);
    const auto added = *ReviewRepository(m_workspace->database()).forArtefact(id);
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.at(0).verdict, u"approve"_s);
    QCOMPARE(added.at(0).summary, u"Ship it."_s);
    QCOMPARE(added.at(0).comments.size(), 2);
    QCOMPARE(added.at(0).comments.at(0).comment, u"Clear enough."_s);
    QCOMPARE(added.at(0).comments.at(0).verdict, QString());
    QCOMPARE(added.at(0).comments.at(1).criterion, u"Risk"_s);
    QCOMPARE(added.at(0).comments.at(1).verdict, u"changes"_s);
    const QString shown = child<QTextBrowser>(&editor, "reviewsBrowser")->toPlainText();
    QVERIFY2(shown.contains(u"Clear enough."_s) && shown.contains(u"Ship it."_s) && shown.contains(u"Risk ("_s),
             qPrintable(shown));
    // With an approving review, "reviewed" is allowed.
    auto* status = child<QComboBox>(&editor, "artefactStatusComboBox");
    status->setCurrentIndex(status->findData(u"reviewed"_s));
    QTest::mouseClick(child<QPushButton>(&editor, "saveButton"), Qt::LeftButton);
    QCOMPARE((*ArtefactRepository(m_workspace->database()).find(id))->status, u"reviewed"_s);
    m_workspace->undoStack()->undo();
    m_workspace->undoStack()->undo();
    QCOMPARE(count(u"review"_s), reviews);
    QCOMPARE(count(u"interaction"_s), interactions);
    m_workspace->undoStack()->redo();
    QCOMPARE(count(u"review"_s), reviews + 1);
}

void TestRepertoirePage::draftFromASessionInOneStep()
{
    RepertoirePage page;
    page.setWorkspace(m_workspace.get());
    page.setCurrentCommunity(m_sre);
    page.show();
    const qint64 artefacts = count(u"artefact"_s);
    qint64 sessionId = 0;
    test::answerNextModal([&](QWidget* dialog) {
        QVERIFY(dialog);
        auto* session = child<QComboBox>(dialog, "sessionComboBox");
        QVERIFY(session->count() > 0);
        sessionId = session->currentData().toLongLong();
        QVERIFY(!child<QPlainTextEdit>(dialog, "learningsTextEdit")->toPlainText().isEmpty());
        test::clickButton(dialog, QDialogButtonBox::Ok);
    });
    page.findChild<QAction*>(u"fromSessionAction"_s)->trigger();
    QCOMPARE(count(u"artefact"_s), artefacts + 1);
    const qint64 id = child<ArtefactEditor>(&page, "artefactEditor")->artefactId();
    const Artefact draft = **ArtefactRepository(m_workspace->database()).find(id);
    QCOMPARE(draft.status, u"draft"_s);
    QCOMPARE(draft.origin.kind, u"session"_s);
    QCOMPARE(draft.origin.sessionId, sessionId);
    QVERIFY(!draft.body.isEmpty());
    m_workspace->undoStack()->undo();
    QCOMPARE(count(u"artefact"_s), artefacts);
}

void TestRepertoirePage::newFeedbackTemplateUndoably()
{
    ReviewRepository reviews(m_workspace->database());
    const auto before = *reviews.templates(m_sre);
    QVERIFY(!before.isEmpty());
    const qint64 templates = count(u"feedback_template"_s);
    ReviewTemplateDialog dialog(*m_workspace, m_sre, before.at(0));
    QCOMPARE(child<QTableWidget>(&dialog, "criteriaTableWidget")->rowCount(), int(before.at(0).criteria.size()));
    // No name: refused in the dialog, nothing written.
    child<QLineEdit>(&dialog, "nameLineEdit")->clear();
    dialog.accept();
    QVERIFY(!child<QLabel>(&dialog, "errorLabel")->text().isEmpty());
    QCOMPARE(count(u"feedback_template"_s), templates);
    child<QLineEdit>(&dialog, "nameLineEdit")->setText(u"Runbook review"_s);
    QTest::mouseClick(child<QPushButton>(&dialog, "addCriterionButton"), Qt::LeftButton);
    auto* table = child<QTableWidget>(&dialog, "criteriaTableWidget");
    table->item(table->rowCount() - 1, 0)->setText(u"Tone"_s);
    table->item(table->rowCount() - 1, 1)->setText(u"Is it kind to a tired on-caller?"_s);
    dialog.accept();
    QVERIFY2(dialog.addedId() > 0, qPrintable(child<QLabel>(&dialog, "errorLabel")->text()));
    auto added = **reviews.templateNamed(m_sre, u"Runbook review"_s);
    QCOMPARE(added.criteria.size(), before.at(0).criteria.size() + 1);
    QCOMPARE(added.criteria.constLast().prompt, u"Is it kind to a tired on-caller?"_s);
    m_workspace->undoStack()->undo();
    QVERIFY(!reviews.templateNamed(m_sre, u"Runbook review"_s)->has_value());
    QCOMPARE(count(u"feedback_template"_s), templates);
    m_workspace->undoStack()->redo();
    const auto again = **reviews.templateNamed(m_sre, u"Runbook review"_s);
    QCOMPARE(again.id, added.id);
    QCOMPARE(again.criteria.constLast().id, added.criteria.constLast().id);
}

QTEST_MAIN(TestRepertoirePage)
#include "TestRepertoirePage.moc"
