// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Progress.h"
#include "common/Result.h"
#include "import/activity/ActivitySink.h"
#include "import/activity/PersonMatcher.h"
#include "storage/Interaction.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace steward {

class Database;

/**
 * The sink that writes: each accepted tie's two accounts become people (matched, or created and flagged
 * unmatched), and the ties are written in chunks with one prepared statement - inside the importer's
 * transaction, so nothing stays when anything fails or the user cancels. finish() makes everyone met an
 * observer of the community (joining on the day of their first tie) unless they already were a member.
 */
class ActivityWriter : public ActivitySink
{
public:
    ActivityWriter(Database& database,
                   qint64 communityId,
                   qint64 batchId,
                   const QString& platform,
                   PersonMatcher& matcher,
                   Progress& progress);

    /** The first write error, which stops the parser through progress(). */
    const QString& writeError() const { return m_error; }
    Status finish(const QDate& today, const QString& fileName);
    bool progress(qint64 done, qint64 total) override;

    int peopleMatched() const { return m_matched; }
    int peopleCreated() const { return int(m_created.size()); }

protected:
    void accept(const ActivityAccount& source, const ActivityAccount& target, const ActivityInteraction& i) override;

private:
    qint64 personFor(const ActivityAccount& account);
    qint64 create(const ActivityAccount& account, const PersonMatcher::Match& match);
    bool storeExternalId(qint64 personId, const ActivityAccount& account);
    void seen(qint64 personId, const QString& occurred);
    Status flush();
    Status joinCommunity(const QDate& today, const QString& fileName);

    Database& m_database;
    qint64 m_communityId;
    qint64 m_batchId;
    QString m_platform;
    PersonMatcher& m_matcher;
    Progress& m_progress;
    QString m_error;
    QHash<QString, qint64> m_personOf;  // account key -> person id
    QHash<qint64, QString> m_firstSeen; // person id -> earliest tie ("" when the ties have no time)
    QSet<qint64> m_createdSet;
    QList<qint64> m_created;
    int m_matched = 0;
    QList<Interaction> m_pending;
};

} // namespace steward
