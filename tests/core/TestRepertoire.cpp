// SPDX-License-Identifier: GPL-3.0-or-later
// The repertoire in storage: schema 8, versions (every save, diff, restore, undo of a save), tags and
// their vocabulary, FTS5 search (ranking, snippets, filters, literal input), review rules (own artefact
// refused, "reviewed" needs an approval, reviews become interactions), learnings to a draft, and
// Markdown with raw HTML shown as text.
#include "TestWorkspace.h"
#include "repertoire/ArtefactRepository.h"
#include "repertoire/ArtefactSearch.h"
#include "repertoire/ReviewRepository.h"
#include "repertoire/SafeMarkdown.h"
#include "repertoire/TextDiff.h"
#include "storage/CommunityRepository.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/SqlQuery.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>

using namespace steward;
using namespace Qt::StringLiterals;

namespace {

qint64 countRows(const Database& db, const QString& sql, const QVariantList& values = {})
{
    auto query = runQuery(db.connection(), sql, values);
    if (!query || !query->next())
        return -1;
    return query->value(0).toLongLong();
}

Person named(const QString& name)
{
    Person p;
    p.name = name;
    return p;
}

/** A document that loads nothing by itself, and remembers every resource it was asked for. */
class RecordingDocument : public QTextDocument
{
public:
    QStringList asked;

protected:
    QVariant loadResource(int type, const QUrl& name) override
    {
        asked << name.toString();
        return QTextDocument::loadResource(type, name);
    }
};

} // namespace

class TestRepertoire : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addKeepsVersionOne();
    void refusalsWriteNothing_data();
    void refusalsWriteNothing();
    void everySaveIsAVersionAndRestoreAddsOne();
    void dropLatestVersionUndoesASave();
    void diffOfTwoVersions();
    void searchRanksTitleAboveBody();
    void searchSnippetsMarkTheHits();
    void searchFiltersAndTakesInputLiterally();
    void searchFollowsEdits();
    void ownArtefactReviewRefused();
    void reviewedNeedsAnApproval();
    void reviewBecomesInteractionsAndComeBack();
    void learningsBecomeADraftInOneStep();
    void editSavesAVersionWithStatusAndAuthors();
    void refusedEditWritesNothing_data();
    void refusedEditWritesNothing();
    void listAndSearchFilterAlike();
    void rawHtmlIsShownAsText();

private:
    qint64 addArtefact(const QString& title, const QString& body, const QStringList& tags, qint64 author);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_community = 0;
    qint64 m_ana = 0;
    qint64 m_ben = 0;
    qint64 m_cai = 0;
    QDateTime m_at = QDateTime(QDate(2026, 10, 1), QTime(12, 0), Qt::UTC);
};

void TestRepertoire::init()
{
    QVERIFY(m_dir.isValid());
    auto db = Database::open(m_dir.filePath(u"r.steward"_s));
    QVERIFY2(db, qPrintable(db.errorString()));
    m_db = std::move(*db);
    Community c;
    c.name = u"SRE"_s;
    m_community = *CommunityRepository(*m_db).add(c);
    PersonRepository people(*m_db);
    m_ana = *people.add(named(u"Ana"_s));
    m_ben = *people.add(named(u"Ben"_s));
    m_cai = *people.add(named(u"Cai"_s));
    ArtefactRepository artefacts(*m_db);
    for (const QString& tag : {u"on-call"_s, u"incident"_s, u"database"_s})
        QVERIFY(artefacts.addTag(m_community, tag));
}

void TestRepertoire::cleanup()
{
    m_db.reset();
    QFile::remove(m_dir.filePath(u"r.steward"_s));
}

qint64 TestRepertoire::addArtefact(const QString& title, const QString& body, const QStringList& tags, qint64 author)
{
    Artefact a;
    a.communityId = m_community;
    a.kind = u"playbook"_s;
    a.title = title;
    a.body = body;
    a.tags = tags;
    a.authorIds = {author};
    auto id = ArtefactRepository(*m_db).add(a, author, m_at);
    if (!id)
        qWarning() << id.errorString();
    return id ? *id : 0;
}

void TestRepertoire::addKeepsVersionOne()
{
    const qint64 id = addArtefact(u"Failover drill"_s, u"1. Page the on-call\n2. Fail over"_s, {u"On-Call"_s}, m_ana);
    QVERIFY(id > 0);
    auto a = ArtefactRepository(*m_db).find(id);
    QVERIFY(a && a->has_value());
    QCOMPARE((*a)->title, u"Failover drill"_s);
    QCOMPARE((*a)->tags, QStringList{u"on-call"_s});
    QCOMPARE((*a)->authorIds, QList<qint64>{m_ana});
    QCOMPARE((*a)->status, u"draft"_s);
    QCOMPARE((*a)->versionCount, 1);
    auto versions = ArtefactRepository(*m_db).versions(id);
    QCOMPARE(versions->size(), 1);
    QCOMPARE(versions->constFirst().body, u"1. Page the on-call\n2. Fail over"_s);
    QCOMPARE(versions->constFirst().savedBy, m_ana);
}

void TestRepertoire::refusalsWriteNothing_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<qint64>("author");
    QTest::addColumn<QString>("message");
    QTest::addRow("empty title") << u"   "_s << u"checklist"_s << u"draft"_s << QStringList() << qint64(1)
                                 << u"needs a title"_s;
    QTest::addRow("unknown kind") << u"X"_s << u"novel"_s << u"draft"_s << QStringList() << qint64(1)
                                  << u"'novel' is not a kind"_s;
    QTest::addRow("unknown tag") << u"X"_s << u"checklist"_s << u"draft"_s << QStringList{u"kubernetes"_s} << qint64(1)
                                 << u"no tag 'kubernetes'"_s;
    QTest::addRow("unknown person") << u"X"_s << u"checklist"_s << u"draft"_s << QStringList() << qint64(999)
                                    << u"no person with id 999"_s;
    QTest::addRow("reviewed at once") << u"X"_s << u"checklist"_s << u"reviewed"_s << QStringList() << qint64(1)
                                      << u"approving review"_s;
}

void TestRepertoire::refusalsWriteNothing()
{
    QFETCH(QString, title);
    QFETCH(QString, kind);
    QFETCH(QString, status);
    QFETCH(QStringList, tags);
    QFETCH(qint64, author);
    QFETCH(QString, message);
    Artefact a;
    a.communityId = m_community;
    a.kind = kind;
    a.title = title;
    a.status = status;
    a.tags = tags;
    a.authorIds = {author};
    auto id = ArtefactRepository(*m_db).add(a, 0, m_at);
    QVERIFY(!id);
    QVERIFY2(id.errorString().contains(message), qPrintable(id.errorString()));
    QCOMPARE(countRows(*m_db, u"SELECT count(*) FROM artefact"_s), 0);
    QCOMPARE(countRows(*m_db, u"SELECT count(*) FROM artefact_version"_s), 0);
    QCOMPARE(countRows(*m_db, u"SELECT count(*) FROM artefact_fts"_s), 0);
}

void TestRepertoire::everySaveIsAVersionAndRestoreAddsOne()
{
    ArtefactRepository repo(*m_db);
    const qint64 id = addArtefact(u"Runbook"_s, u"one"_s, {}, m_ana);
    QCOMPARE(*repo.save(id, u"Runbook v2"_s, u"one\ntwo"_s, {u"incident"_s}, m_ben, m_at.addDays(1)), 2);
    QCOMPARE(*repo.save(id, u"Runbook v3"_s, u"three"_s, {u"database"_s}, m_ben, m_at.addDays(2)), 3);
    auto restored = repo.restore(id, 2, m_ana, m_at.addDays(3));
    QVERIFY2(restored, qPrintable(restored.errorString()));
    QCOMPARE(*restored, 4);
    auto versions = *repo.versions(id);
    QCOMPARE(versions.size(), 4);
    QCOMPARE(versions.at(3).title, u"Runbook v2"_s);
    QCOMPARE(versions.at(3).body, u"one\ntwo"_s);
    QCOMPARE(versions.at(3).tags, QStringList{u"incident"_s});
    QCOMPARE(versions.at(3).note, u"Restored version 2"_s);
    auto a = **repo.find(id);
    QCOMPARE(a.title, u"Runbook v2"_s);
    QCOMPARE(a.tags, QStringList{u"incident"_s});
    QCOMPARE(a.versionCount, 4);
    QVERIFY(!repo.restore(id, 9, m_ana, m_at));
    QVERIFY(!repo.save(id, u"  "_s, u"x"_s, {}, m_ana, m_at));
    QVERIFY(!repo.save(id, u"T"_s, u"x"_s, {u"nope"_s}, m_ana, m_at));
    QCOMPARE(repo.versions(id)->size(), 4);
}

void TestRepertoire::dropLatestVersionUndoesASave()
{
    ArtefactRepository repo(*m_db);
    const qint64 id = addArtefact(u"Alpha"_s, u"first body"_s, {u"incident"_s}, m_ana);
    QVERIFY(repo.save(id, u"Beta"_s, u"second body"_s, {u"database"_s}, m_ana, m_at.addDays(1)));
    QVERIFY(repo.dropLatestVersion(id));
    auto a = **repo.find(id);
    QCOMPARE(a.title, u"Alpha"_s);
    QCOMPARE(a.tags, QStringList{u"incident"_s});
    QCOMPARE(ArtefactSearch(*m_db).search(u"second"_s, {})->size(), 0);
    QCOMPARE(ArtefactSearch(*m_db).search(u"first"_s, {})->size(), 1);
    QVERIFY(!repo.dropLatestVersion(id)); // version 1 stays
}

void TestRepertoire::diffOfTwoVersions()
{
    const QList<DiffLine> diff = TextDiff::lines(u"a\nb\nc\nd"_s, u"a\nc\nd\ne"_s);
    const QList<DiffLine> expected{{DiffLine::Change::Kept, u"a"_s},
                                   {DiffLine::Change::Removed, u"b"_s},
                                   {DiffLine::Change::Kept, u"c"_s},
                                   {DiffLine::Change::Kept, u"d"_s},
                                   {DiffLine::Change::Added, u"e"_s}};
    QCOMPARE(diff, expected);
    QCOMPARE(TextDiff::unified(diff), u"  a\n- b\n  c\n  d\n+ e"_s);
    QCOMPARE(TextDiff::lines(u"same"_s, u"same"_s).size(), 1);
}

void TestRepertoire::searchRanksTitleAboveBody()
{
    const qint64 inBody = addArtefact(u"Weekly checks"_s, u"Look at the failover logs once"_s, {}, m_ana);
    const qint64 inTitle = addArtefact(u"Failover playbook"_s, u"Steps for the switch"_s, {}, m_ana);
    const qint64 inTag = addArtefact(u"Paging"_s, u"Who wakes up"_s, {u"on-call"_s}, m_ana);
    auto hits = ArtefactSearch(*m_db).search(u"failover"_s, {});
    QVERIFY2(hits, qPrintable(hits.errorString()));
    QCOMPARE(hits->size(), 2);
    QCOMPARE(hits->at(0).id, inTitle);
    QCOMPARE(hits->at(1).id, inBody);
    QVERIFY(hits->at(0).rank < hits->at(1).rank);
    auto tagHits = ArtefactSearch(*m_db).search(u"on-call"_s, {});
    QCOMPARE(tagHits->size(), 1);
    QCOMPARE(tagHits->at(0).id, inTag);
    // Porter stemming and a prefix on the last word.
    QCOMPARE(ArtefactSearch(*m_db).search(u"switching"_s, {})->size(), 1);
    QCOMPARE(ArtefactSearch(*m_db).search(u"fail"_s, {})->size(), 2);
}

void TestRepertoire::searchSnippetsMarkTheHits()
{
    addArtefact(u"Checklist"_s, u"Before the change freeze, confirm the rollback plan with the team."_s, {}, m_ana);
    ArtefactSearch search(*m_db);
    search.setHighlight(u"<<"_s, u">>"_s);
    auto hits = search.search(u"rollback"_s, {});
    QCOMPARE(hits->size(), 1);
    QVERIFY2(hits->at(0).snippet.contains(u"<<rollback>>"_s), qPrintable(hits->at(0).snippet));
}

void TestRepertoire::searchFiltersAndTakesInputLiterally()
{
    ArtefactRepository repo(*m_db);
    const qint64 a = addArtefact(u"Database failover"_s, u"x"_s, {u"database"_s}, m_ana);
    const qint64 b = addArtefact(u"Network failover"_s, u"x"_s, {u"incident"_s}, m_ben);
    QVERIFY(repo.setStatus(b, u"current"_s));
    auto byTag = ArtefactSearch(*m_db).search(u"failover"_s, {m_community, {}, {}, u"database"_s, 0});
    QCOMPARE(byTag->size(), 1);
    QCOMPARE(byTag->at(0).id, a);
    auto byAuthor = ArtefactSearch(*m_db).search(u"failover"_s, {m_community, {}, {}, {}, m_ben});
    QCOMPARE(byAuthor->size(), 1);
    QCOMPARE(byAuthor->at(0).id, b);
    auto byStatus = ArtefactSearch(*m_db).search(u"failover"_s, {m_community, {}, u"current"_s, {}, 0});
    QCOMPARE(byStatus->size(), 1);
    // FTS5 syntax typed by someone is not interpreted: no error, plain words.
    auto odd = ArtefactSearch(*m_db).search(u"failover\" OR NEAR(x:"_s, {});
    QVERIFY2(odd, qPrintable(odd.errorString()));
    QCOMPARE(ArtefactSearch::matchExpression(u"a \"b\" c*"_s), u"\"a\" \"b\" \"c\"*"_s);
    QCOMPARE(ArtefactSearch(*m_db).search(u"  *** "_s, {})->size(), 0);
    QCOMPARE(repo.list({m_community, u"playbook"_s, {}, {}, 0})->size(), 2);
    QCOMPARE(repo.list({m_community, u"checklist"_s, {}, {}, 0})->size(), 0);
}

void TestRepertoire::searchFollowsEdits()
{
    ArtefactRepository repo(*m_db);
    const qint64 id = addArtefact(u"Old words"_s, u"apple"_s, {}, m_ana);
    QVERIFY(repo.save(id, u"New words"_s, u"banana"_s, {}, m_ana, m_at.addDays(1)));
    QCOMPARE(ArtefactSearch(*m_db).search(u"apple"_s, {})->size(), 0);
    QCOMPARE(ArtefactSearch(*m_db).search(u"banana"_s, {})->size(), 1);
    QVERIFY(repo.remove(id));
    QCOMPARE(ArtefactSearch(*m_db).search(u"banana"_s, {})->size(), 0);
    QCOMPARE(countRows(*m_db, u"SELECT count(*) FROM artefact_fts WHERE artefact_fts MATCH 'banana'"_s), 0);
}

void TestRepertoire::ownArtefactReviewRefused()
{
    const qint64 id = addArtefact(u"Mine"_s, u"x"_s, {}, m_ana);
    Review r;
    r.artefactId = id;
    r.reviewerId = m_ana;
    r.verdict = u"approve"_s;
    r.reviewedOn = QDate(2026, 10, 2);
    auto refused = ReviewRepository(*m_db).add(r);
    QVERIFY(!refused);
    QVERIFY2(refused.errorString().contains(u"own artefact"_s), qPrintable(refused.errorString()));
    QCOMPARE(countRows(*m_db, u"SELECT count(*) FROM review"_s), 0);
    QCOMPARE(countRows(*m_db, u"SELECT count(*) FROM interaction"_s), 0);
    r.reviewerId = m_ben;
    r.verdict = u"maybe"_s;
    QVERIFY(!ReviewRepository(*m_db).add(r));
    r.verdict = u"approve"_s;
    r.reviewerId = 999;
    QVERIFY(!ReviewRepository(*m_db).add(r));
    QCOMPARE(countRows(*m_db, u"SELECT count(*) FROM review"_s), 0);
}

void TestRepertoire::reviewedNeedsAnApproval()
{
    ArtefactRepository repo(*m_db);
    const qint64 id = addArtefact(u"Needs review"_s, u"x"_s, {}, m_ana);
    QVERIFY(!repo.setStatus(id, u"reviewed"_s));
    Review r;
    r.artefactId = id;
    r.reviewerId = m_ben;
    r.verdict = u"changes"_s;
    r.reviewedOn = QDate(2026, 10, 2);
    QVERIFY(ReviewRepository(*m_db).add(r));
    QVERIFY(!repo.setStatus(id, u"reviewed"_s));
    QCOMPARE((*repo.find(id))->status, u"draft"_s);
    r.verdict = u"approve"_s;
    r.reviewerId = m_cai;
    QVERIFY(ReviewRepository(*m_db).add(r));
    QVERIFY(repo.setStatus(id, u"reviewed"_s));
    QCOMPARE((*repo.find(id))->status, u"reviewed"_s);
}

void TestRepertoire::reviewBecomesInteractionsAndComeBack()
{
    ArtefactRepository repo(*m_db);
    const qint64 id = addArtefact(u"Two authors"_s, u"x"_s, {}, m_ana);
    QVERIFY(repo.setAuthors(id, {m_ana, m_cai}));
    ReviewRepository reviews(*m_db);
    FeedbackTemplate t;
    t.name = u"Standard"_s;
    t.criteria = {{0, 0, u"Clarity"_s, u"Can a newcomer follow it?"_s}, {0, 0, u"Risk"_s, u"What could go wrong?"_s}};
    auto templateId = reviews.addTemplate(t);
    QVERIFY2(templateId, qPrintable(templateId.errorString()));
    const FeedbackTemplate stored = **reviews.templateNamed(m_community, u"standard"_s);
    QCOMPARE(stored.criteria.size(), 2);
    Review r;
    r.artefactId = id;
    r.reviewerId = m_ben;
    r.templateId = *templateId;
    r.verdict = u"approve"_s;
    r.reviewedOn = QDate(2026, 10, 3);
    r.comments = {{stored.criteria.at(0).id, {}, u"Clear."_s, {}}, {stored.criteria.at(1).id, {}, u"Low."_s, {}}};
    auto reviewId = reviews.add(r);
    QVERIFY2(reviewId, qPrintable(reviewId.errorString()));
    QCOMPARE(countRows(*m_db,
                       u"SELECT count(*) FROM interaction WHERE source_id = ? AND kind = 'review' AND platform = "
                       "'steward' AND occurred = '2026-10-03' AND community_id = ?"_s,
                       {m_ben, m_community}),
             2);
    QCOMPARE(countRows(*m_db, u"SELECT count(*) FROM interaction WHERE target_id IN (?, ?)"_s, {m_ana, m_cai}), 2);
    auto read = *reviews.forArtefact(id);
    QCOMPARE(read.size(), 1);
    QCOMPARE(read.at(0).versionNo, 1);
    QCOMPARE(read.at(0).comments.size(), 2);
    QCOMPARE(read.at(0).comments.at(1).criterion, u"Risk"_s);
    QCOMPARE(read.at(0).comments.at(1).comment, u"Low."_s);
    // A comment on a criterion of another template is refused whole.
    Review wrong = r;
    wrong.reviewerId = m_ben;
    wrong.comments = {{9999, {}, u"?"_s, {}}};
    QVERIFY(!reviews.add(wrong));
    QCOMPARE(countRows(*m_db, u"SELECT count(*) FROM review"_s), 1);
    QVERIFY(reviews.remove(*reviewId));
    QCOMPARE(countRows(*m_db, u"SELECT count(*) FROM interaction"_s), 0);
    QCOMPARE(countRows(*m_db, u"SELECT count(*) FROM review_comment"_s), 0);
}

void TestRepertoire::learningsBecomeADraftInOneStep()
{
    auto session = runQuery(m_db->connection(),
                            u"INSERT INTO session (community_id, format, title, start_utc, time_zone, minutes, "
                            "facilitator_id, learnings, uid, span_start_utc, span_end_utc) VALUES (?, "
                            "'incident-retrospective', 'Retro: DNS outage', '2026-09-01T10:00:00Z', 'UTC', 60, ?, "
                            "'Lower the TTL before migrations.', 'u1', '2026-09-01T10:00:00Z', "
                            "'2026-09-01T11:00:00Z')"_s,
                            {m_community, m_cai});
    QVERIFY2(session, qPrintable(session.errorString()));
    const qint64 sessionId = session->lastInsertId().toLongLong();
    auto id = ArtefactRepository(*m_db).draftFromSession(sessionId, u"post-mortem"_s, 0, m_at);
    QVERIFY2(id, qPrintable(id.errorString()));
    const Artefact a = **ArtefactRepository(*m_db).find(*id);
    QCOMPARE(a.status, u"draft"_s);
    QCOMPARE(a.kind, u"post-mortem"_s);
    QCOMPARE(a.body, u"Lower the TTL before migrations."_s);
    QCOMPARE(a.origin.kind, u"session"_s);
    QCOMPARE(a.origin.sessionId, sessionId);
    QCOMPARE(a.authorIds, QList<qint64>{m_cai});
    QVERIFY(a.title.contains(u"DNS outage"_s));
    QVERIFY(!ArtefactRepository(*m_db).draftFromSession(4242, u"post-mortem"_s, 0, m_at));
}

void TestRepertoire::editSavesAVersionWithStatusAndAuthors()
{
    ArtefactRepository repo(*m_db);
    const qint64 id = addArtefact(u"Pager etiquette"_s, u"one"_s, {u"on-call"_s}, m_ana);
    const Artefact before = **repo.find(id);
    Artefact changed = before;
    changed.title = u"Pager etiquette, revised"_s;
    changed.body = u"one\ntwo"_s;
    changed.tags = {u"incident"_s};
    changed.kind = u"heuristic"_s;
    changed.status = u"current"_s;
    changed.authorIds = {m_ben, m_ana};
    auto version = repo.saveEdit(changed, m_ben, m_at.addDays(1));
    QVERIFY2(version, qPrintable(version.errorString()));
    QCOMPARE(*version, 2);
    const Artefact after = **repo.find(id);
    QCOMPARE(after.title, changed.title);
    QCOMPARE(after.tags, QStringList{u"incident"_s});
    QCOMPARE(after.kind, u"heuristic"_s);
    QCOMPARE(after.status, u"current"_s);
    QCOMPARE(after.authorIds, (QList<qint64>{m_ben, m_ana}));
    QCOMPARE(repo.versions(id)->constLast().body, u"one\ntwo"_s);
    // A status or author change alone is a save too: a new version.
    changed.status = u"retired"_s;
    QCOMPARE(*repo.saveEdit(changed, m_ben, m_at.addDays(2)), 3);
    // Undo of an edit: the version goes, kind, status and authors come back.
    QVERIFY(repo.revertEdit(after));
    QVERIFY(repo.revertEdit(before));
    const Artefact undone = **repo.find(id);
    QCOMPARE(undone.versionCount, 1);
    QCOMPARE(undone.title, before.title);
    QCOMPARE(undone.kind, before.kind);
    QCOMPARE(undone.status, before.status);
    QCOMPARE(undone.authorIds, before.authorIds);
    QCOMPARE(undone.tags, before.tags);
    QVERIFY(ArtefactSearch(*m_db).search(u"revised"_s, {})->isEmpty());
}

void TestRepertoire::refusedEditWritesNothing_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty title") << u"title"_s << u"  "_s << u"needs a title"_s;
    QTest::newRow("reviewed without approval") << u"status"_s << u"reviewed"_s << u"no approving review"_s;
    QTest::newRow("unknown status") << u"status"_s << u"golden"_s << u"'golden' is not a status"_s;
    QTest::newRow("unknown kind") << u"kind"_s << u"poem"_s << u"'poem' is not a kind"_s;
    QTest::newRow("unknown tag") << u"tag"_s << u"no-such-tag"_s << u"no-such-tag"_s;
    QTest::newRow("unknown author") << u"author"_s << u"999"_s << u"no person with id 999"_s;
}

void TestRepertoire::refusedEditWritesNothing()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, message);
    ArtefactRepository repo(*m_db);
    const qint64 id = addArtefact(u"Steady"_s, u"body"_s, {u"on-call"_s}, m_ana);
    Artefact changed = **repo.find(id);
    changed.body = u"changed body"_s;
    if (field == u"title"_s)
        changed.title = value;
    else if (field == u"status"_s)
        changed.status = value;
    else if (field == u"kind"_s)
        changed.kind = value;
    else if (field == u"tag"_s)
        changed.tags = {value};
    else
        changed.authorIds = {value.toLongLong()};
    auto refused = repo.saveEdit(changed, m_ana, m_at.addDays(1));
    QVERIFY(!refused);
    QVERIFY2(refused.errorString().contains(message), qPrintable(refused.errorString()));
    const Artefact after = **repo.find(id);
    QCOMPARE(after.versionCount, 1);
    QCOMPARE(after.body, u"body"_s);
    QCOMPARE(after.status, u"draft"_s);
    QCOMPARE(after.authorIds, QList<qint64>{m_ana});
    QCOMPARE(countRows(*m_db, u"SELECT count(*) FROM artefact_version"_s), 1);
}

void TestRepertoire::listAndSearchFilterAlike()
{
    // One filter builder serves both: every combination gives the same artefacts in the list and the search.
    ArtefactRepository repo(*m_db);
    QList<qint64> ids;
    const QList<qint64> authors{m_ana, m_ben, m_cai};
    const QStringList tags{u"on-call"_s, u"incident"_s, u"database"_s};
    for (int i = 0; i < 12; ++i) {
        ids.append(addArtefact(u"Runbook %1"_s.arg(i), u"shared words"_s, {tags.at(i % 3)}, authors.at(i % 3)));
        if (i % 2 == 0)
            QVERIFY(repo.setStatus(ids.last(), u"current"_s));
    }
    const QList<ArtefactFilter> filters{{m_community, {}, {}, {}, 0},
                                        {m_community, {}, u"current"_s, {}, 0},
                                        {m_community, {}, {}, u"incident"_s, 0},
                                        {m_community, {}, u"current"_s, {}, m_ben},
                                        {m_community, u"playbook"_s, u"draft"_s, u"database"_s, m_cai},
                                        {m_community, u"checklist"_s, {}, {}, 0}};
    const QList<int> expected{12, 6, 4, 2, 2, 0};
    for (int f = 0; f < filters.size(); ++f) {
        QSet<qint64> listed;
        for (const Artefact& a : *repo.list(filters.at(f)))
            listed.insert(a.id);
        QSet<qint64> found;
        for (const ArtefactHit& h : *ArtefactSearch(*m_db).search(u"shared"_s, filters.at(f), 50))
            found.insert(h.id);
        QCOMPARE(listed.size(), expected.at(f));
        QCOMPARE(found, listed);
    }
    // Few hits among many matches still come out exact: a limit of 1 with a selective filter.
    auto one = ArtefactSearch(*m_db).search(u"shared"_s, {m_community, {}, u"current"_s, {}, m_ben}, 1);
    QCOMPARE(one->size(), 1);
}

void TestRepertoire::rawHtmlIsShownAsText()
{
    const QString markdown = u"# Title\n\n<script>alert('x')</script>\n\n<img src=\"http://example.com/t.png\">\n\n"
                             "![logo](file:///etc/passwd)\n\n**bold** and <b>tag</b>"_s;
    QVERIFY(SafeMarkdown::containsRawHtml(markdown));
    QVERIFY(!SafeMarkdown::containsRawHtml(u"a < b and c > d"_s));
    RecordingDocument doc;
    SafeMarkdown::render(doc, markdown);
    const QString text = doc.toPlainText();
    QVERIFY2(text.contains(u"<script>alert('x')</script>"_s), qPrintable(text));
    QVERIFY2(text.contains(u"<b>tag</b>"_s), qPrintable(text));
    QVERIFY2(text.contains(u"logo (file:///etc/passwd)"_s), qPrintable(text));
    // Nothing became an image and nothing was asked for.
    for (QTextBlock b = doc.begin(); b != doc.end(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it)
            QVERIFY(!it.fragment().charFormat().isImageFormat());
    doc.documentLayout(); // lays out, which would load images
    QVERIFY2(doc.asked.isEmpty(), qPrintable(doc.asked.join(u", "_s)));
    QVERIFY(!doc.toHtml().contains(u"<script"_s));
}

QTEST_MAIN(TestRepertoire)
#include "TestRepertoire.moc"
