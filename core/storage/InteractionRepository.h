// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/Interaction.h"
#include "storage/InteractionFilter.h"

#include <QList>
#include <QSqlDatabase>

namespace steward {

class Database;

/** Summed interactions from one person to another, as the network is built from them. */
struct InteractionArc
{
    qint64 sourceId = 0;
    qint64 targetId = 0;
    double weight = 0;
    qint64 count = 0;
};

/** How many answers one person gave in a channel: replies they wrote, survey nominations they received. */
struct ChannelAnswers
{
    QString channel;
    qint64 personId = 0;
    qint64 answers = 0;
};

/** Reads and writes interactions between people. */
class InteractionRepository
{
public:
    explicit InteractionRepository(const Database& database);

    /**
     * Bulk write for imports, with one prepared statement; new ids are written back. The caller
     * validates and wraps it in a Transaction.
     */
    Status addAll(QList<Interaction>& interactions);
    /** The interactions of one community, oldest first (those without a time last). */
    Result<QList<Interaction>> forCommunity(qint64 communityId) const;
    /**
     * The filter's interactions summed per ordered pair of different people, ordered by (source,
     * target). Interactions without a time count only when the filter has no window.
     */
    Result<QList<InteractionArc>> arcs(const InteractionFilter& filter) const;
    /** Answers per channel and person among the filter's interactions (replies by source, surveys by target). */
    Result<QList<ChannelAnswers>> channelAnswers(const InteractionFilter& filter) const;
    Result<qint64> count(qint64 communityId) const;

private:
    QSqlDatabase m_db;
};

} // namespace steward
