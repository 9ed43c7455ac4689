// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArtefactSearch.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

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
    if (match.isEmpty())
        return QList<ArtefactHit>();
    QString sql =
        QStringLiteral("SELECT a.id, a.community_id, a.title, a.kind, a.status, a.tags_text, "
                       "bm25(artefact_fts, %1, %2, %3) AS rank, snippet(artefact_fts, -1, ?, ?, '…', %4) "
                       "FROM artefact_fts JOIN artefact a ON a.id = artefact_fts.rowid WHERE artefact_fts MATCH ?")
            .arg(kTitleWeight)
            .arg(kBodyWeight)
            .arg(kTagWeight)
            .arg(kSnippetTokens);
    QVariantList values{m_open, m_close, match};
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
    where(" ORDER BY rank, a.id LIMIT ?", limit);
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
                     q->value(7).toString()});
    return hits;
}

} // namespace steward
