// SPDX-License-Identifier: GPL-3.0-or-later
// The repertoire, review, pathway and recognition commands end to end through the real steward-cli: their
// JSON contracts (artefact list/search, pathway show), versions and diffs, reviews as interactions,
// proposals accepted with their reason, recognition and the opt-in leaderboard, bad input that writes
// nothing, and the sample's living repertoire.
#include "CliRunner.h"
#include "TestWorkspace.h"
#include "repertoire/ArtefactRepository.h"
#include "repertoire/PathwayRepository.h"
#include "repertoire/ReviewRepository.h"
#include "storage/CommunityRepository.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;
using steward::test::CliRun;

namespace {

const QString kGuild = u"Testing Guild"_s;

QStringList keysOf(const QJsonObject& object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

} // namespace

class TestCliRepertoire : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void listJsonHasExactlyTheseKeys();
    void searchGivesRankedHitsWithSnippets();
    void showVersionsAndDiff();
    void editRestoreAndHistory();
    void reviewIsAnInteractionAndMarksReviewed();
    void verdictPerCriterion();
    void badInputWritesNothing_data();
    void badInputWritesNothing();
    void rawHtmlIsKeptAndFlagged();
    void pathwayShowJsonContractAndAccept();
    void recognitionAndOptInLeaderboard();
    void criteriaAreSetFromTheCommandLine();
    void sampleHasALivingRepertoire();

private:
    CliRun cli(const QStringList& arguments) const;
    CliRun on(const QStringList& arguments) const { return cli(QStringList{u"--db"_s, m_db} + arguments); }
    QString path(const QString& name) const { return m_dir->filePath(name); }
    qint64 addArtefact(const QStringList& options) const;
    QJsonArray json(const QStringList& arguments) const;
    /** Row counts of every table a command here writes: what "nothing written" compares. */
    QStringList tableCounts() const;
    qint64 scalar(const QString& sql, const QVariantList& values = {}) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestCliRepertoire::initTestCase()
{
    QVERIFY2(QFile::exists(test::cliPath()), qPrintable(test::cliPath()));
}

void TestCliRepertoire::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = path(u"r.steward"_s);
    QCOMPARE(on({u"init"_s}).exitCode, 0);
    QFile csv(path(u"people.csv"_s));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("name,email,team\nAda Lovelace,ada@example.org,Analytics\nGrace Hopper,grace@example.org,Compilers\n"
              "Ben Ito,ben@example.org,Platform\nMia Rossi,mia@example.org,Platform\n");
    csv.close();
    QCOMPARE(on({u"people"_s, u"import"_s, path(u"people.csv"_s)}).exitCode, 0);
    QCOMPARE(on({u"community"_s, u"add"_s, kGuild}).exitCode, 0);
    for (const QString& who : {u"Ada Lovelace"_s, u"Grace Hopper"_s, u"Ben Ito"_s, u"Mia Rossi"_s}) {
        const CliRun r = on({u"member"_s,
                             u"set"_s,
                             u"--community"_s,
                             kGuild,
                             u"--person"_s,
                             who,
                             u"--level"_s,
                             u"observer"_s,
                             u"--date"_s,
                             u"2026-01-05"_s,
                             u"--reason"_s,
                             u"joined"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
}

CliRun TestCliRepertoire::cli(const QStringList& arguments) const
{
    QProcessEnvironment utc;
    utc.insert(u"TZ"_s, u"UTC"_s);
    return test::runCli(arguments, utc);
}

qint64 TestCliRepertoire::addArtefact(const QStringList& options) const
{
    const CliRun r = on(QStringList{u"artefact"_s, u"add"_s, u"--community"_s, kGuild} + options);
    if (r.exitCode != 0) {
        qWarning() << r.err;
        return -1;
    }
    const QRegularExpressionMatch m = QRegularExpression(u"artefact (\\d+)"_s).match(r.out);
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

QJsonArray TestCliRepertoire::json(const QStringList& arguments) const
{
    const CliRun r = on(arguments + QStringList{u"--format"_s, u"json"_s});
    if (r.exitCode != 0)
        qWarning() << r.err;
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

qint64 TestCliRepertoire::scalar(const QString& sql, const QVariantList& values) const
{
    auto db = Database::open(m_db, Database::OpenMode::ExistingOnly);
    if (!db)
        return -1;
    auto q = runQuery((*db)->connection(), sql, values);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

QStringList TestCliRepertoire::tableCounts() const
{
    QStringList counts;
    for (const char* table : {"artefact",
                              "artefact_version",
                              "artefact_tag",
                              "artefact_author",
                              "tag",
                              "review",
                              "review_comment",
                              "interaction",
                              "level_change",
                              "membership",
                              "recognition",
                              "promotion_proposal"})
        counts
            << u"%1=%2"_s.arg(QLatin1String(table)).arg(scalar(u"SELECT count(*) FROM %1"_s.arg(QLatin1String(table))));
    return counts;
}

void TestCliRepertoire::listJsonHasExactlyTheseKeys()
{
    const qint64 id = addArtefact({u"--kind"_s,
                                   u"checklist"_s,
                                   u"--title"_s,
                                   u"Release checklist"_s,
                                   u"--new-tag"_s,
                                   u"release"_s,
                                   u"--new-tag"_s,
                                   u"ops"_s,
                                   u"--author"_s,
                                   u"Ada Lovelace"_s});
    QVERIFY(id > 0);
    const QJsonArray list = json({u"artefact"_s, u"list"_s, u"--community"_s, kGuild});
    QCOMPARE(list.size(), 1);
    const QJsonObject a = list.at(0).toObject();
    QCOMPARE(keysOf(a), (QStringList{u"id"_s, u"kind"_s, u"status"_s, u"tags"_s, u"title"_s}));
    QCOMPARE(a.value(u"id"_s).toInteger(), id);
    QCOMPARE(a.value(u"title"_s).toString(), u"Release checklist"_s);
    QCOMPARE(a.value(u"kind"_s).toString(), u"checklist"_s);
    QCOMPARE(a.value(u"status"_s).toString(), u"draft"_s);
    QCOMPARE(a.value(u"tags"_s).toArray(), (QJsonArray{u"release"_s, u"ops"_s}));
    QCOMPARE(json({u"artefact"_s, u"list"_s, u"--community"_s, kGuild, u"--kind"_s, u"playbook"_s}).size(), 0);
    QCOMPARE(json({u"artefact"_s, u"list"_s, u"--community"_s, kGuild, u"--tag"_s, u"ops"_s}).size(), 1);
    QCOMPARE(json({u"artefact"_s, u"list"_s, u"--community"_s, kGuild, u"--author"_s, u"Ben Ito"_s}).size(), 0);
}

void TestCliRepertoire::searchGivesRankedHitsWithSnippets()
{
    addArtefact(
        {u"--kind"_s, u"playbook"_s, u"--title"_s, u"Weekly checks"_s, u"--body"_s, u"Read the rollback notes."_s});
    const qint64 best = addArtefact({u"--kind"_s,
                                     u"playbook"_s,
                                     u"--title"_s,
                                     u"Rollback playbook"_s,
                                     u"--body"_s,
                                     u"How to roll back a release safely."_s});
    const QJsonArray hits = json({u"artefact"_s, u"search"_s, u"rollback"_s, u"--community"_s, kGuild});
    QCOMPARE(hits.size(), 2);
    QCOMPARE(hits.at(0).toObject().value(u"id"_s).toInteger(), best);
    QVERIFY(hits.at(0).toObject().value(u"rank"_s).toDouble() < hits.at(1).toObject().value(u"rank"_s).toDouble());
    for (const QJsonValue& h : hits) {
        QCOMPARE(keysOf(h.toObject()),
                 (QStringList{u"id"_s, u"kind"_s, u"rank"_s, u"snippet"_s, u"status"_s, u"tags"_s, u"title"_s}));
        QVERIFY2(h.toObject().value(u"snippet"_s).toString().contains(u"[Rollback]"_s, Qt::CaseInsensitive),
                 qPrintable(h.toObject().value(u"snippet"_s).toString()));
    }
    QCOMPARE(json({u"artefact"_s, u"search"_s, u"nothing-like-this"_s}).size(), 0);
}

void TestCliRepertoire::showVersionsAndDiff()
{
    const qint64 id = addArtefact({u"--kind"_s,
                                   u"heuristic"_s,
                                   u"--title"_s,
                                   u"Rule of three"_s,
                                   u"--body"_s,
                                   u"one\ntwo\nthree"_s,
                                   u"--author"_s,
                                   u"Ada Lovelace"_s});
    {
        auto db = Database::open(m_db, Database::OpenMode::ExistingOnly);
        QVERIFY(ArtefactRepository(**db).save(id, u"Rule of three"_s, u"one\nthree\nfour"_s, {}, 0, test::fixedNow()));
    }
    const CliRun diff = on({u"artefact"_s, u"show"_s, QString::number(id), u"--diff"_s, u"1,2"_s});
    QCOMPARE(diff.exitCode, 0);
    QCOMPARE(diff.out.trimmed(), u"one\n- two\n  three\n+ four"_s);
    const CliRun v1 =
        on({u"artefact"_s, u"show"_s, QString::number(id), u"--version"_s, u"1"_s, u"--format"_s, u"json"_s});
    const QJsonObject shown = QJsonDocument::fromJson(v1.out.toUtf8()).object();
    QCOMPARE(shown.value(u"body"_s).toString(), u"one\ntwo\nthree"_s);
    QCOMPARE(shown.value(u"versions"_s).toArray().size(), 2);
    QCOMPARE(shown.value(u"authors"_s).toArray(), QJsonArray{u"Ada Lovelace"_s});
    QVERIFY(on({u"artefact"_s, u"show"_s, QString::number(id), u"--version"_s, u"7"_s}).exitCode != 0);
}

void TestCliRepertoire::editRestoreAndHistory()
{
    const qint64 id = addArtefact({u"--kind"_s,
                                   u"checklist"_s,
                                   u"--title"_s,
                                   u"Release checklist"_s,
                                   u"--body"_s,
                                   u"- tag the build"_s,
                                   u"--new-tag"_s,
                                   u"release"_s,
                                   u"--new-tag"_s,
                                   u"ops"_s,
                                   u"--author"_s,
                                   u"Ada Lovelace"_s});
    QVERIFY(id > 0);
    const QString ref = QString::number(id);
    QFile body(path(u"body.md"_s));
    QVERIFY(body.open(QIODevice::WriteOnly));
    body.write("- tag the build\n- announce the release\n");
    body.close();
    CliRun r = on({u"artefact"_s,
                   u"edit"_s,
                   ref,
                   u"--title"_s,
                   u"Release checklist v2"_s,
                   u"--body-file"_s,
                   path(u"body.md"_s),
                   u"--tags"_s,
                   u"ops"_s,
                   u"--status"_s,
                   u"current"_s,
                   u"--authors"_s,
                   u"Grace Hopper, Ada Lovelace"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"version 2"_s), qPrintable(r.out));
    const QJsonObject listed = json({u"artefact"_s, u"list"_s, u"--community"_s, kGuild}).at(0).toObject();
    QCOMPARE(listed.value(u"title"_s).toString(), u"Release checklist v2"_s);
    QCOMPARE(listed.value(u"status"_s).toString(), u"current"_s);
    QCOMPARE(listed.value(u"tags"_s).toArray(), QJsonArray{u"ops"_s});
    auto db = Database::open(m_db, Database::OpenMode::ExistingOnly);
    QVERIFY(db);
    const Artefact edited = **ArtefactRepository(**db).find(id);
    QCOMPARE(edited.authorIds.size(), 2);
    QCOMPARE(edited.body, u"- tag the build\n- announce the release\n"_s);
    // A status change alone is a save too; then restore version 1 as version 4.
    QCOMPARE(on({u"artefact"_s, u"edit"_s, ref, u"--status"_s, u"retired"_s}).exitCode, 0);
    r = on({u"artefact"_s, u"restore"_s, ref, u"--version"_s, u"1"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"as version 4"_s), qPrintable(r.out));
    const QJsonArray history = json({u"artefact"_s, u"history"_s, ref});
    QCOMPARE(history.size(), 4);
    QCOMPARE(keysOf(history.at(0).toObject()),
             (QStringList{u"note"_s, u"saved_at"_s, u"saved_by"_s, u"tags"_s, u"title"_s, u"version"_s}));
    QCOMPARE(history.at(1).toObject().value(u"title"_s).toString(), u"Release checklist v2"_s);
    QCOMPARE(history.at(3).toObject().value(u"title"_s).toString(), u"Release checklist"_s);
    QCOMPARE(history.at(3).toObject().value(u"note"_s).toString(), u"Restored version 1"_s);
    QCOMPARE(history.at(3).toObject().value(u"version"_s).toInt(), 4);
    const QJsonObject restored = json({u"artefact"_s, u"list"_s, u"--community"_s, kGuild}).at(0).toObject();
    QCOMPARE(restored.value(u"tags"_s).toArray(), (QJsonArray{u"release"_s, u"ops"_s}));
    QCOMPARE(on({u"artefact"_s, u"history"_s, u"x"_s}).exitCode, 2);
}

void TestCliRepertoire::reviewIsAnInteractionAndMarksReviewed()
{
    const qint64 id = addArtefact({u"--kind"_s,
                                   u"template"_s,
                                   u"--title"_s,
                                   u"Brief template"_s,
                                   u"--author"_s,
                                   u"Ada Lovelace"_s,
                                   u"--author"_s,
                                   u"Mia Rossi"_s});
    const CliRun r = on({u"review"_s,
                         u"add"_s,
                         u"--artefact"_s,
                         QString::number(id),
                         u"--reviewer"_s,
                         u"grace@example.org"_s,
                         u"--verdict"_s,
                         u"approve"_s,
                         u"--date"_s,
                         u"2026-03-01"_s,
                         u"--mark-reviewed"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(scalar(u"SELECT count(*) FROM interaction WHERE kind = 'review' AND platform = 'steward' AND "
                    "occurred = '2026-03-01'"_s),
             2);
    QCOMPARE(json({u"artefact"_s, u"list"_s, u"--community"_s, kGuild, u"--status"_s, u"reviewed"_s}).size(), 1);
}

void TestCliRepertoire::verdictPerCriterion()
{
    {
        auto db = Database::open(m_db, Database::OpenMode::ExistingOnly);
        QVERIFY(db);
        FeedbackTemplate t;
        t.name = u"Peer"_s;
        t.criteria = {{0, 1, u"Clarity"_s, u"Can a newcomer follow it?"_s},
                      {0, 2, u"Risk"_s, u"What could go wrong?"_s}};
        QVERIFY(ReviewRepository(**db).addTemplate(t));
    }
    const qint64 id =
        addArtefact({u"--kind"_s, u"playbook"_s, u"--title"_s, u"Failover"_s, u"--author"_s, u"Ada Lovelace"_s});
    const QStringList review{u"review"_s,
                             u"add"_s,
                             u"--artefact"_s,
                             QString::number(id),
                             u"--reviewer"_s,
                             u"Ben Ito"_s,
                             u"--verdict"_s,
                             u"changes"_s,
                             u"--template"_s,
                             u"Peer"_s,
                             u"--comment"_s,
                             u"Clarity=Reads well"_s,
                             u"--criterion-verdict"_s,
                             u"clarity=approve"_s};
    // A verdict that is none of approve, changes, reject: refused, nothing written.
    const QStringList before = tableCounts();
    CliRun r = on(review + QStringList{u"--criterion-verdict"_s, u"Risk=maybe"_s});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(u"'maybe' is not a verdict"_s), qPrintable(r.err));
    QCOMPARE(tableCounts(), before);
    r = on(review + QStringList{u"--criterion-verdict"_s, u"Risk=changes"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const CliRun shown = on({u"artefact"_s, u"show"_s, QString::number(id), u"--format"_s, u"json"_s});
    const QJsonArray comments = QJsonDocument::fromJson(shown.out.toUtf8())
                                    .object()
                                    .value(u"reviews"_s)
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(u"comments"_s)
                                    .toArray();
    QCOMPARE(comments.size(), 2);
    QCOMPARE(comments.at(0).toObject().value(u"criterion"_s).toString(), u"Clarity"_s);
    QCOMPARE(comments.at(0).toObject().value(u"verdict"_s).toString(), u"approve"_s);
    QCOMPARE(comments.at(0).toObject().value(u"comment"_s).toString(), u"Reads well"_s);
    QCOMPARE(comments.at(1).toObject().value(u"verdict"_s).toString(), u"changes"_s);
}

void TestCliRepertoire::badInputWritesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QStringList add{u"artefact"_s, u"add"_s, u"--community"_s, kGuild, u"--kind"_s, u"checklist"_s};
    QTest::addRow("empty title") << add + QStringList{u"--title"_s, u"  "_s} << u"needs a title"_s;
    QTest::addRow("unknown tag") << add + QStringList{u"--title"_s, u"T"_s, u"--tag"_s, u"nope"_s}
                                 << u"no tag 'nope'"_s;
    QTest::addRow("bad new tag with a good one")
        << add + QStringList{u"--title"_s, u"T"_s, u"--new-tag"_s, u"fine"_s, u"--new-tag"_s, u"Not ok!"_s}
        << u"'Not ok!' is not a tag"_s;
    QTest::addRow("unknown author") << add + QStringList{u"--title"_s, u"T"_s, u"--author"_s, u"Nobody"_s}
                                    << u"Nobody"_s;
    QTest::addRow("unknown kind")
        << QStringList{u"artefact"_s, u"add"_s, u"--community"_s, kGuild, u"--kind"_s, u"poem"_s, u"--title"_s, u"T"_s}
        << u"'poem' is not a kind"_s;
    QTest::addRow("reviewed without review")
        << add + QStringList{u"--title"_s, u"T"_s, u"--status"_s, u"reviewed"_s} << u"approving review"_s;
    const QStringList edit{u"artefact"_s, u"edit"_s, u"1"_s};
    QTest::addRow("edit: empty title") << edit + QStringList{u"--title"_s, u" "_s} << u"needs a title"_s;
    QTest::addRow("edit: reviewed without review")
        << edit + QStringList{u"--status"_s, u"reviewed"_s} << u"no approving review"_s;
    QTest::addRow("edit: unknown tag") << edit + QStringList{u"--tags"_s, u"nope"_s} << u"no tag 'nope'"_s;
    QTest::addRow("edit: unknown author")
        << edit + QStringList{u"--authors"_s, u"Ada Lovelace,Nobody"_s} << u"Nobody"_s;
    QTest::addRow("edit: unknown artefact")
        << QStringList{u"artefact"_s, u"edit"_s, u"99"_s, u"--title"_s, u"T"_s} << u"no artefact with id 99"_s;
    QTest::addRow("restore: unknown version")
        << QStringList{u"artefact"_s, u"restore"_s, u"1"_s, u"--version"_s, u"7"_s} << u"has no version 7"_s;
    QTest::addRow("own artefact review") << QStringList{u"review"_s,
                                                        u"add"_s,
                                                        u"--artefact"_s,
                                                        u"1"_s,
                                                        u"--reviewer"_s,
                                                        u"Ada Lovelace"_s,
                                                        u"--verdict"_s,
                                                        u"approve"_s}
                                         << u"own artefact"_s;
    QTest::addRow("unknown reviewer") << QStringList{u"review"_s,
                                                     u"add"_s,
                                                     u"--artefact"_s,
                                                     u"1"_s,
                                                     u"--reviewer"_s,
                                                     u"Nobody"_s,
                                                     u"--verdict"_s,
                                                     u"approve"_s}
                                      << u"Nobody"_s;
    QTest::addRow("level skip without reason") << QStringList{u"pathway"_s,
                                                              u"move"_s,
                                                              u"--community"_s,
                                                              kGuild,
                                                              u"--person"_s,
                                                              u"Ben Ito"_s,
                                                              u"--level"_s,
                                                              u"core"_s}
                                               << u"skips 2 level"_s;
    QTest::addRow("self recognition") << QStringList{u"recognition"_s,
                                                     u"add"_s,
                                                     u"--community"_s,
                                                     kGuild,
                                                     u"--from"_s,
                                                     u"Ben Ito"_s,
                                                     u"--to"_s,
                                                     u"Ben Ito"_s,
                                                     u"--reason"_s,
                                                     u"me"_s}
                                      << u"themselves"_s;
    QTest::addRow("unknown badge") << QStringList{u"recognition"_s,
                                                  u"add"_s,
                                                  u"--community"_s,
                                                  kGuild,
                                                  u"--from"_s,
                                                  u"Ben Ito"_s,
                                                  u"--to"_s,
                                                  u"Ada Lovelace"_s,
                                                  u"--badge"_s,
                                                  u"Golden Goose"_s,
                                                  u"--reason"_s,
                                                  u"x"_s}
                                   << u"no badge named 'Golden Goose'"_s;
    QTest::addRow("unknown receiver") << QStringList{u"recognition"_s,
                                                     u"add"_s,
                                                     u"--community"_s,
                                                     kGuild,
                                                     u"--from"_s,
                                                     u"Ben Ito"_s,
                                                     u"--to"_s,
                                                     u"Nobody"_s,
                                                     u"--reason"_s,
                                                     u"x"_s}
                                      << u"Nobody"_s;
}

void TestCliRepertoire::badInputWritesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QVERIFY(addArtefact({u"--kind"_s, u"checklist"_s, u"--title"_s, u"Ada's"_s, u"--author"_s, u"Ada Lovelace"_s})
            == 1);
    const QStringList before = tableCounts();
    const CliRun r = on(arguments);
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(r.err.count(u'\n'), 1); // one clear line
    QCOMPARE(tableCounts(), before);
}

void TestCliRepertoire::rawHtmlIsKeptAndFlagged()
{
    const QString body = u"<script>alert(1)</script> and <img src=\"http://example.com/x.png\">"_s;
    const CliRun r = on({u"artefact"_s,
                         u"add"_s,
                         u"--community"_s,
                         kGuild,
                         u"--kind"_s,
                         u"heuristic"_s,
                         u"--title"_s,
                         u"HTML inside"_s,
                         u"--body"_s,
                         body});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(u"shown as text"_s), qPrintable(r.err));
    const CliRun shown = on({u"artefact"_s, u"show"_s, u"1"_s, u"--format"_s, u"json"_s});
    QCOMPARE(QJsonDocument::fromJson(shown.out.toUtf8()).object().value(u"body"_s).toString(), body);
}

void TestCliRepertoire::pathwayShowJsonContractAndAccept()
{
    {
        auto db = Database::open(m_db, Database::OpenMode::ExistingOnly);
        const qint64 community = (*CommunityRepository(**db).findByName(kGuild))->id;
        QVERIFY(PathwayRepository(**db).setCriteria(
            community, {{0, community, ParticipationLevel::Peripheral, u"review-given"_s, 1}}));
    }
    addArtefact({u"--kind"_s, u"playbook"_s, u"--title"_s, u"P"_s, u"--author"_s, u"Ada Lovelace"_s});
    QCOMPARE(on({u"review"_s,
                 u"add"_s,
                 u"--artefact"_s,
                 u"1"_s,
                 u"--reviewer"_s,
                 u"Ben Ito"_s,
                 u"--verdict"_s,
                 u"changes"_s,
                 u"--date"_s,
                 u"2026-02-01"_s})
                 .exitCode,
             0);
    const CliRun r =
        on({u"pathway"_s, u"show"_s, u"--community"_s, kGuild, u"--date"_s, u"2026-03-01"_s, u"--format"_s, u"json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(keysOf(root), (QStringList{u"levels"_s, u"proposals"_s, u"stuck"_s}));
    const QJsonArray levels = root.value(u"levels"_s).toArray();
    QCOMPARE(levels.size(), 5);
    const QStringList order{u"observer"_s, u"peripheral"_s, u"active"_s, u"core"_s, u"steward"_s};
    for (int i = 0; i < 5; ++i) {
        const QJsonObject level = levels.at(i).toObject();
        QCOMPARE(keysOf(level), (QStringList{u"count"_s, u"level"_s, u"median_days"_s}));
        QCOMPARE(level.value(u"level"_s).toString(), order.at(i));
    }
    QCOMPARE(levels.at(0).toObject().value(u"count"_s).toInt(), 4);
    QCOMPARE(levels.at(0).toObject().value(u"median_days"_s).toDouble(), 55.0); // 2026-01-05 to 2026-03-01
    QVERIFY(levels.at(3).toObject().value(u"median_days"_s).isNull());
    const QJsonArray proposals = root.value(u"proposals"_s).toArray();
    QCOMPARE(proposals.size(), 1);
    const QJsonObject p = proposals.at(0).toObject();
    QCOMPARE(p.value(u"person"_s).toString(), u"Ben Ito"_s);
    QCOMPARE(p.value(u"to"_s).toString(), u"peripheral"_s);
    // Showing again proposes nothing new.
    on({u"pathway"_s, u"show"_s, u"--community"_s, kGuild, u"--date"_s, u"2026-03-02"_s});
    QCOMPARE(scalar(u"SELECT count(*) FROM promotion_proposal"_s), 1);
    const CliRun accept =
        on({u"pathway"_s, u"accept"_s, QString::number(p.value(u"id"_s).toInteger()), u"--date"_s, u"2026-03-03"_s});
    QVERIFY2(accept.exitCode == 0, qPrintable(accept.err));
    QCOMPARE(scalar(u"SELECT count(*) FROM level_change WHERE to_level = 'peripheral' AND changed_on = '2026-03-03' "
                    "AND reason LIKE 'Meets the pathway criteria%'"_s),
             1);
}

void TestCliRepertoire::recognitionAndOptInLeaderboard()
{
    const CliRun given = on({u"recognition"_s,
                             u"add"_s,
                             u"--community"_s,
                             kGuild,
                             u"--from"_s,
                             u"Ada Lovelace"_s,
                             u"--to"_s,
                             u"Ben Ito"_s,
                             u"--badge"_s,
                             u"Star helper"_s,
                             u"--reason"_s,
                             u"Paired on the outage"_s,
                             u"--date"_s,
                             u"2026-02-02"_s});
    QVERIFY2(given.exitCode == 0, qPrintable(given.err));
    QCOMPARE(on({u"recognition"_s,
                 u"add"_s,
                 u"--community"_s,
                 kGuild,
                 u"--from"_s,
                 u"Ben Ito"_s,
                 u"--to"_s,
                 u"Ada Lovelace"_s,
                 u"--reason"_s,
                 u"Great demo"_s,
                 u"--date"_s,
                 u"2026-02-03"_s})
                 .exitCode,
             0);
    const QJsonArray list = json({u"recognition"_s, u"list"_s, u"--community"_s, kGuild});
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(1).toObject().value(u"badge"_s).toString(), u"Star helper"_s);
    QVERIFY(list.at(0).toObject().value(u"badge"_s).isNull()); // a shout-out
    addArtefact({u"--kind"_s, u"playbook"_s, u"--title"_s, u"P"_s, u"--author"_s, u"Ada Lovelace"_s});
    const CliRun board = on({u"recognition"_s, u"list"_s, u"--community"_s, kGuild, u"--leaderboard"_s});
    QVERIFY(board.exitCode != 0);
    QVERIFY2(board.err.contains(u"opted in"_s), qPrintable(board.err));
    const QJsonArray counts =
        json({u"recognition"_s, u"list"_s, u"--community"_s, kGuild, u"--contributions"_s, u"--propose-badges"_s});
    QCOMPARE(counts.size(), 1);
    QCOMPARE(counts.at(0).toObject().value(u"artefacts_written"_s).toInt(), 1);
    QCOMPARE(scalar(u"SELECT count(*) FROM recognition WHERE status = 'proposed'"_s), 1); // first artefact
}

void TestCliRepertoire::criteriaAreSetFromTheCommandLine()
{
    const CliRun set = on({u"pathway"_s,
                           u"criteria"_s,
                           u"--community"_s,
                           kGuild,
                           u"--set"_s,
                           u"peripheral:review-given:1"_s,
                           u"--set"_s,
                           u"active:note-taker:2"_s,
                           u"--cadence"_s,
                           u"monthly"_s,
                           u"--leaderboard"_s,
                           u"on"_s,
                           u"--staff"_s,
                           u"Mia Rossi"_s});
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    QVERIFY(set.out.contains(u"active:note-taker:2"_s));
    QCOMPARE(scalar(u"SELECT count(*) FROM pathway_criterion"_s), 2);
    QCOMPARE(scalar(u"SELECT leaderboard FROM practice_setting"_s), 1);
    QCOMPARE(scalar(u"SELECT count(*) FROM membership_staff"_s), 1);
    // A bad criterion among good ones writes nothing.
    const CliRun bad = on({u"pathway"_s,
                           u"criteria"_s,
                           u"--community"_s,
                           kGuild,
                           u"--set"_s,
                           u"core:co-lead:1"_s,
                           u"--set"_s,
                           u"core:juggling:1"_s});
    QVERIFY(bad.exitCode != 0);
    QVERIFY2(bad.err.contains(u"'juggling' is not a pathway activity"_s), qPrintable(bad.err));
    QCOMPARE(scalar(u"SELECT count(*) FROM pathway_criterion"_s), 2);
    QVERIFY(on({u"recognition"_s, u"list"_s, u"--community"_s, kGuild, u"--leaderboard"_s}).exitCode == 0);
}

void TestCliRepertoire::sampleHasALivingRepertoire()
{
    const QString demo = path(u"demo.steward"_s);
    QCOMPARE(cli({u"--db"_s, demo, u"demo"_s}).exitCode, 0);
    const QString community = u"Site Reliability Guild"_s;
    const CliRun list =
        cli({u"--db"_s, demo, u"artefact"_s, u"list"_s, u"--community"_s, community, u"--format"_s, u"json"_s});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray artefacts = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QVERIFY2(artefacts.size() >= 8, qPrintable(list.out));
    QSet<QString> statuses;
    for (const QJsonValue& a : artefacts)
        statuses.insert(a.toObject().value(u"status"_s).toString());
    QVERIFY(statuses.contains(u"reviewed"_s) || statuses.contains(u"current"_s));
    QVERIFY(statuses.contains(u"draft"_s));
    const CliRun search = cli({u"--db"_s, demo, u"artefact"_s, u"search"_s, u"incident"_s, u"--format"_s, u"json"_s});
    QVERIFY(QJsonDocument::fromJson(search.out.toUtf8()).array().size() > 0);
    const CliRun pathway =
        cli({u"--db"_s, demo, u"pathway"_s, u"show"_s, u"--community"_s, community, u"--format"_s, u"json"_s});
    QCOMPARE(pathway.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(pathway.out.toUtf8()).object();
    QVERIFY(root.value(u"proposals"_s).toArray().size() > 0);
    int members = 0;
    for (const QJsonValue& level : root.value(u"levels"_s).toArray())
        members += level.toObject().value(u"count"_s).toInt();
    QVERIFY(members > 20);
    const CliRun recognition =
        cli({u"--db"_s, demo, u"recognition"_s, u"list"_s, u"--community"_s, community, u"--format"_s, u"json"_s});
    QVERIFY(QJsonDocument::fromJson(recognition.out.toUtf8()).array().size() > 0);
}

QTEST_GUILESS_MAIN(TestCliRepertoire)
#include "TestCliRepertoire.moc"
