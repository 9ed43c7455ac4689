// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace steward {

class Database;

/** How often one person did each activity in a period (keys as PathwayCriterion::activities(), plus
 * "artefact-written" and "answer-given"). */
struct ActivityCounts
{
    QHash<QString, int> counts;

    int count(const QString& activity) const { return counts.value(activity); }
};

/** When a person first contributed (anything beyond attending) and when they were last seen doing anything. */
struct ActivitySpan
{
    QDate firstContribution;
    QDate lastActivity;
};

/**
 * What people did in a community, read from the records other features keep: attendance, session roles
 * (note-taker, co-lead) and facilitation per held occurrence, micro-teach and hot-seat seats marked done,
 * artefacts written, artefacts of theirs that got an approving review, reviews given, replies imported.
 * One list of dated events under the pathway, the badges and the contribution counts.
 */
class ActivityLedger
{
public:
    explicit ActivityLedger(const Database& database);

    /** Counts per person of the events dated within [from, to]; a null `from` means since the beginning. */
    Result<QHash<qint64, ActivityCounts>> counts(qint64 communityId, const QDate& from, const QDate& to) const;
    /** First contribution and last activity per person, up to `to`. */
    Result<QHash<qint64, ActivitySpan>> spans(qint64 communityId, const QDate& to) const;

    static QString artefactWritten() { return QStringLiteral("artefact-written"); }
    static QString answerGiven() { return QStringLiteral("answer-given"); }

private:
    QSqlDatabase m_db;
};

} // namespace steward
