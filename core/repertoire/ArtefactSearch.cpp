// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArtefactSearch.h"

#include "repertoire/ArtefactFilterSql.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QHash>
#include <QRegularExpression>

namespace steward {

namespace {

// bm25 weights per column of artefact_fts (title, body, tags_text).
constexpr double kTitleWeight = 10.0;
constexpr double kBodyWeight = 1.0;
constexpr double kTagWeight = 5.0;
constexpr int kSnippetTokens = 16;

} // namespace

ArtefactSearch::ArtefactSearch(const Database& database)
    : m_db(database.connection())
{
}

void ArtefactSearch::setHighlight(const QString& open, const QString& close)
{
    m_open = open;
    m_close = close;
}

QString ArtefactSearch::matchExpression(const QString& text)
{
    // Words as the unicode61 tokenizer sees them; quoting each one keeps operators (AND, NEAR, *, :) literal.
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}_]+"));
    QStringList terms;
    auto it = word.globalMatch(text);
    while (it.hasNext())
        terms.append(QLatin1Char('"') + it.next().captured(0) + QLatin1Char('"'));
    if (terms.isEmpty())
        return {};
    terms.last() += QLatin1Char('*');
    return terms.join(QLatin1Char(' '));
}

Result<QList<ArtefactHit>> ArtefactSearch::search(const QString& text, const ArtefactFilter& filter, int limit) const
{
    using R = Result<QList<ArtefactHit>>;
    const QString match = matchExpression(text);
    if (match.isEmpty() || limit < 1)
        return QList<ArtefactHit>();
    // Without a filter beyond the community, rank inside the index and keep the best few candidates:
    // exact whenever enough of them pass. A kind, status, tag or author filter (or too few passing
    // candidates) takes one pass over every match instead, filtered by indexed id sets first, so that
    // bm25 is computed only for the matches that pass.
    const bool selective =
        !filter.kind.isEmpty() || !filter.status.isEmpty() || !filter.tag.isEmpty() || filter.authorId > 0;
    const qint64 candidates = std::max<qint64>(qint64(limit) * 4, 200);
    auto hits = ranked(match, filter, limit, selective ? 0 : candidates);
    if (hits && !selective && hits->size() < limit)
        hits = ranked(match, filter, limit, 0);
    if (!hits)
        return hits;
    if (Status s = addSnippets(match, *hits); !s)
        return R::failure(s.errorString());
    return hits;
}

Result<QList<ArtefactHit>>
ArtefactSearch::ranked(const QString& match, const ArtefactFilter& filter, int limit, qint64 candidates) const
{
    using R = Result<QList<ArtefactHit>>;
    // Community, kind and status as an id set only when they are what selects (a kind or status and no tag or
    // author): a set of every artefact of the community costs more (15 ms on 20,000) than checking the
    // few candidates or the few matches that passed a tag or author set.
    const bool columnsSelect =
        (!filter.kind.isEmpty() || !filter.status.isEmpty()) && filter.tag.isEmpty() && filter.authorId <= 0;
    const ArtefactFilterSql where = ArtefactFilterSql::build(filter,
                                                             QStringLiteral("+h.id"),
                                                             columnsSelect ? ArtefactFilterSql::Columns::IdSet
                                                                           : ArtefactFilterSql::Columns::RowCheck);
    QVariantList values{match};
    QString best;
    if (candidates > 0) {
        best = QStringLiteral(" ORDER BY rank LIMIT ?");
        values.append(candidates);
    }
    // Without the candidate LIMIT, SQLite flattens the index query into the filtering one and computes
    // bm25 only for the matches that pass the filters; the artefact rows are joined for the best few only.
    const QString sql = QStringLiteral("SELECT a.id, a.community_id, a.title, a.kind, a.status, a.tags_text, r.rank "
                                       "FROM (SELECT h.id, h.rank FROM (SELECT rowid AS id, "
                                       "bm25(artefact_fts, %1, %2, %3) AS rank FROM artefact_fts "
                                       "WHERE artefact_fts MATCH ?%4) h WHERE 1%5 ORDER BY h.rank, h.id LIMIT ?) r "
                                       "JOIN artefact a ON a.id = r.id ORDER BY r.rank, r.id")
                            .arg(kTitleWeight)
                            .arg(kBodyWeight)
                            .arg(kTagWeight)
                            .arg(best, where.conditions);
    values += where.values;
    values.append(limit);
    auto q = runQuery(m_db, sql, values);
    if (!q)
        return R::failure(q.errorString());
    QList<ArtefactHit> hits;
    while (q->next())
        hits.append({q->value(0).toLongLong(),
                     q->value(1).toLongLong(),
                     q->value(2).toString(),
                     q->value(3).toString(),
                     q->value(4).toString(),
                     q->value(5).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts),
                     q->value(6).toDouble(),
                     {}});
    return hits;
}

Status ArtefactSearch::addSnippets(const QString& match, QList<ArtefactHit>& hits) const
{
    if (hits.isEmpty())
        return {};
    // One query for every hit shown: snippet() is the costly part, so only these rows pay for it.
    QStringList marks;
    QVariantList values{m_open, m_close, match};
    for (const ArtefactHit& hit : std::as_const(hits)) {
        marks.append(QStringLiteral("?"));
        values.append(hit.id);
    }
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT rowid, snippet(artefact_fts, -1, ?, ?, '…', %1) FROM artefact_fts "
                                     "WHERE artefact_fts MATCH ? AND rowid IN (%2)")
                          .arg(kSnippetTokens)
                          .arg(marks.join(QLatin1Char(','))),
                      values);
    if (!q)
        return Status::failure(q.errorString());
    QHash<qint64, QString> snippets;
    while (q->next())
        snippets.insert(q->value(0).toLongLong(), q->value(1).toString());
    for (ArtefactHit& hit : hits)
        hit.snippet = snippets.value(hit.id);
    return {};
}

} // namespace steward
