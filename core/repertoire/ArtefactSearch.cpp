// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArtefactSearch.h"

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
    auto total =
        runQuery(m_db, QStringLiteral("SELECT count(*) FROM artefact_fts WHERE artefact_fts MATCH ?"), {match});
    if (!total)
        return R::failure(total.errorString());
    const qint64 matches = total->next() ? total->value(0).toLongLong() : 0;
    // Rank inside the index first and filter the best few candidates: exact whenever enough candidates pass
    // the filters, and far cheaper than joining every match. Too few? Widen until every match was seen.
    qint64 candidates = std::max<qint64>(qint64(limit) * 4, 200);
    while (true) {
        auto hits = ranked(match, filter, limit, candidates);
        if (!hits)
            return hits;
        if (hits->size() >= limit || candidates >= matches) {
            if (Status s = addSnippets(match, *hits); !s)
                return R::failure(s.errorString());
            return hits;
        }
        // Every pass ranks all matches again, so guess from the share that passed how many are needed.
        const qint64 passed = std::max<qint64>(hits->size(), 1);
        candidates = std::max(candidates * 4, candidates * qint64(limit) * 2 / passed);
    }
}

Result<QList<ArtefactHit>>
ArtefactSearch::ranked(const QString& match, const ArtefactFilter& filter, int limit, qint64 candidates) const
{
    using R = Result<QList<ArtefactHit>>;
    QString sql = QStringLiteral("SELECT a.id, a.community_id, a.title, a.kind, a.status, a.tags_text, h.rank "
                                 "FROM (SELECT rowid AS id, bm25(artefact_fts, %1, %2, %3) AS rank FROM artefact_fts "
                                 "WHERE artefact_fts MATCH ? ORDER BY rank LIMIT ?) h "
                                 "JOIN artefact a ON a.id = h.id WHERE 1")
                      .arg(kTitleWeight)
                      .arg(kBodyWeight)
                      .arg(kTagWeight);
    QVariantList values{match, candidates};
    auto where = [&](const char* clause, const QVariant& value) {
        sql += QLatin1String(clause);
        values.append(value);
    };
    if (filter.communityId > 0)
        where(" AND a.community_id = ?", filter.communityId);
    if (!filter.kind.isEmpty())
        where(" AND a.kind = ?", filter.kind);
    if (!filter.status.isEmpty())
        where(" AND a.status = ?", filter.status);
    if (!filter.tag.isEmpty())
        where(" AND EXISTS (SELECT 1 FROM artefact_tag x JOIN tag t ON t.id = x.tag_id "
              "WHERE x.artefact_id = a.id AND t.name = ?)",
              filter.tag.trimmed().toLower());
    if (filter.authorId > 0)
        where(" AND EXISTS (SELECT 1 FROM artefact_author w WHERE w.artefact_id = a.id AND w.person_id = ?)",
              filter.authorId);
    where(" ORDER BY h.rank, a.id LIMIT ?", limit);
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
