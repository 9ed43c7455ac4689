// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Progress.h"
#include "common/Result.h"
#include "import/activity/ActivityChunkQueue.h"
#include "import/activity/ActivitySink.h"
#include "import/activity/PersonMatcher.h"
#include "storage/InteractionBulkInsert.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace steward {

class Database;

/**
 * The database side of an import, on the thread that owns the connection: it takes the chunks of ties the
 * parser thread read, makes each tie's two accounts people (matched, or created and flagged unmatched) and
 * writes the ties with one prepared statement - inside the importer's transaction, so nothing stays when
 * anything fails or the user cancels. finish() makes everyone met an observer of the community (joining on
 * the day of their first tie) unless they already were a member.
 */
class ActivityWriter
{
public:
    ActivityWriter(Database& database,
                   qint64 communityId,
                   qint64 batchId,
                   const QString& platform,
                   PersonMatcher& matcher,
                   qint64 rebuildIndexesAfterRows = InteractionBulkInsert::kDefaultRebuildAfterRows);

    /** Writes one chunk; the first error stops the import. */
    Status write(const ActivityChunk& chunk);
    Status finish(const QDate& today, const QString& fileName);

    int peopleMatched() const { return m_matched; }
    int peopleCreated() const { return int(m_created.size()); }
    /** What the writer itself skipped (two accounts of one person) and warned about. */
    const ActivitySink& notes() const { return m_notes; }
    bool indexesRebuilt() const { return m_insert.indexesRebuilt(); }

private:
    qint64 personFor(int number);
    qint64 create(const ActivityAccount& account, const PersonMatcher::Match& match);
    bool storeExternalId(qint64 personId, const ActivityAccount& account);
    void seen(qint64 personId, const QString& occurred);
    Status joinCommunity(const QDate& today, const QString& fileName);

    Database& m_database;
    qint64 m_communityId;
    qint64 m_batchId;
    QString m_platform;
    PersonMatcher& m_matcher;
    InteractionBulkInsert m_insert;
    ActivitySink m_notes;
    QString m_error;
    QList<ActivityAccount> m_accounts;  // by their number in the import
    QList<qint64> m_personOf;           // account number -> person id; 0 not looked up yet
    QHash<qint64, QString> m_firstSeen; // person id -> earliest tie ("" when the ties have no time)
    QSet<qint64> m_createdSet;
    QList<qint64> m_created;
    int m_matched = 0;
};

} // namespace steward
