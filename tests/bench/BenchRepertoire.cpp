// SPDX-License-Identifier: GPL-3.0-or-later
// Times repertoire search on a generated repertoire: 20,000 artefacts (80-200 words each from a skewed
// 3,000-word vocabulary, so some words occur in most artefacts and some in few), 30 tags, 50 authors.
// Each query runs through ArtefactSearch (FTS5 MATCH, bm25 ranking, snippet(), filters) the way the CLI
// and the Repertoire page call it; the median and the slowest of the runs are reported in ms.
// Usage: bench_repertoire [--artefacts N] [--runs N] [--keep FILE]    (prints a Markdown table for the README)
#include "common/SeededRandom.h"
#include "repertoire/ArtefactRepository.h"
#include "repertoire/ArtefactSearch.h"
#include "storage/CommunityRepository.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace steward;
using namespace Qt::StringLiterals;

namespace {

constexpr int kVocabulary = 3000;

/** Word i of a made-up vocabulary: syllables from its digits, so words are distinct and pronounceable. */
QString word(int i)
{
    static const char* const syllables[] = {"ka", "lo", "mi", "re", "su", "ta", "ve", "no", "pi", "da"};
    QString w;
    int n = i + 10;
    while (n > 0) {
        w += QLatin1String(syllables[n % 10]);
        n /= 10;
    }
    return w;
}

/** Log-uniform word choice: low indices (common words) far more often than high ones. */
int skewedWord(SeededRandom& random)
{
    return std::min(kVocabulary - 1, int(std::pow(double(kVocabulary), random.unit())) - 1);
}

QString text(SeededRandom& random, int words)
{
    QStringList out;
    for (int i = 0; i < words; ++i)
        out.append(word(skewedWord(random)));
    return out.join(QLatin1Char(' '));
}

bool generate(Database& db, int artefacts, qint64& communityId, QList<qint64>& people)
{
    SeededRandom random(20261125);
    Community c;
    c.name = u"Bench"_s;
    communityId = *CommunityRepository(db).add(c);
    Transaction transaction(db.connection());
    for (int i = 0; i < 50; ++i) {
        Person p;
        p.name = u"Author %1"_s.arg(i);
        people.append(*PersonRepository(db).add(p));
    }
    ArtefactRepository repository(db);
    QStringList tags;
    for (int i = 0; i < 30; ++i) {
        tags.append(u"tag-%1"_s.arg(i));
        repository.addTag(communityId, tags.last());
    }
    const QDateTime at(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < artefacts; ++i) {
        Artefact a;
        a.communityId = communityId;
        a.kind = Artefact::kinds().at(random.bounded(7));
        a.status = random.chance(0.5) ? u"current"_s : u"draft"_s;
        a.title = text(random, random.between(4, 7));
        a.body = text(random, random.between(80, 200));
        a.tags = {random.pick(tags), random.pick(tags)};
        a.authorIds = {random.pick(people)};
        if (!repository.add(a, a.authorIds.at(0), at.addSecs(i))) {
            std::fprintf(stderr, "could not add artefact %d\n", i);
            return false;
        }
    }
    return bool(transaction.commit());
}

struct Timing
{
    double median = 0;
    double worst = 0;
    qsizetype hits = 0;
};

Timing timeQuery(ArtefactSearch& search, const QString& query, const ArtefactFilter& filter, int runs)
{
    QList<double> times;
    Timing t;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto hits = search.search(query, filter, 50);
        times.append(timer.nsecsElapsed() / 1e6);
        t.hits = hits ? hits->size() : -1;
    }
    std::sort(times.begin(), times.end());
    t.median = times.at(times.size() / 2);
    t.worst = times.constLast();
    return t;
}

qint64 matching(Database& db, const QString& query)
{
    auto q = runQuery(db.connection(),
                      u"SELECT count(*) FROM artefact_fts WHERE artefact_fts MATCH ?"_s,
                      {ArtefactSearch::matchExpression(query)});
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&args](const QString& name, int fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const int artefacts = option(u"--artefacts"_s, 20000);
    const int runs = option(u"--runs"_s, 21);
    QTemporaryDir dir;
    // --keep FILE leaves the generated repertoire behind, to look at the query plans by hand.
    const qsizetype keep = args.indexOf(u"--keep"_s);
    auto db =
        Database::open(keep >= 0 && keep + 1 < args.size() ? args.at(keep + 1) : dir.filePath(u"bench.steward"_s));
    if (!db)
        return 1;
    qint64 communityId = 0;
    QList<qint64> people;
    QElapsedTimer timer;
    timer.start();
    if (!generate(**db, artefacts, communityId, people))
        return 1;
    std::printf("Generated %d artefacts in %.1f s on %s (%d cores).\n\n",
                artefacts,
                timer.elapsed() / 1000.0,
                qPrintable(QSysInfo::prettyProductName()),
                QThread::idealThreadCount());
    ArtefactSearch search(**db);
    const ArtefactFilter all{communityId, {}, {}, {}, 0};
    struct Case
    {
        QString label;
        QString query;
        ArtefactFilter filter;
    };
    const QList<Case> cases{
        {u"most common word"_s, word(0), all},
        {u"common word"_s, word(5), all},
        {u"mid-frequency word"_s, word(80), all},
        {u"rare word"_s, word(2900), all},
        {u"two words"_s, word(3) + u" "_s + word(40), all},
        {u"prefix (last word)"_s, word(7).left(3), all},
        {u"common word, kind filter"_s, word(0), {communityId, u"playbook"_s, {}, {}, 0}},
        {u"common word, tag filter"_s, word(0), {communityId, {}, {}, u"tag-3"_s, 0}},
        {u"common word, status + author"_s, word(0), {communityId, {}, u"current"_s, {}, people.at(7)}},
    };
    std::printf(
        "| query (best 50 of the matches) | matching artefacts | median ms | slowest ms |\n|---|---:|---:|---:|\n");
    for (const Case& c : cases) {
        const Timing t = timeQuery(search, c.query, c.filter, runs);
        std::printf("| %s | %lld | %.1f | %.1f |\n", qPrintable(c.label), matching(**db, c.query), t.median, t.worst);
    }
    return 0;
}
