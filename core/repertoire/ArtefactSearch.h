// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "repertoire/Artefact.h"

#include <QSqlDatabase>

namespace steward {

class Database;

/** One search result: the artefact, its bm25 rank (smaller is better) and a snippet with the hits marked. */
struct ArtefactHit
{
    qint64 id = 0;
    qint64 communityId = 0;
    QString title;
    QString kind;
    QString status;
    QStringList tags;
    double rank = 0;
    QString snippet;
};

/**
 * Full-text search over titles, bodies and tags (SQLite FTS5), ranked by bm25 with the title weighted
 * above the tags and the tags above the body, filtered like a list.
 */
class ArtefactSearch
{
public:
    explicit ArtefactSearch(const Database& database);

    /** The marks put around each hit in a snippet. */
    void setHighlight(const QString& open, const QString& close);
    /**
     * The best `limit` hits for the words of `text` (every word must occur; the last one may be the
     * start of a word). FTS5 syntax in `text` is taken literally, never interpreted.
     */
    Result<QList<ArtefactHit>> search(const QString& text, const ArtefactFilter& filter, int limit = 50) const;
    /** The FTS5 query for what someone typed: each word quoted, the last as a prefix. Empty when no words. */
    static QString matchExpression(const QString& text);

private:
    /** The best `limit` hits among the best `candidates` matches (0: among every match). */
    Result<QList<ArtefactHit>>
    ranked(const QString& match, const ArtefactFilter& filter, int limit, qint64 candidates) const;
    Status addSnippets(const QString& match, QList<ArtefactHit>& hits) const;
    QSqlDatabase m_db;
    QString m_open = QStringLiteral("[");
    QString m_close = QStringLiteral("]");
};

} // namespace steward
