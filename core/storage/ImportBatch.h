// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace steward {

/** One import of one file, which can be undone as a whole. */
struct ImportBatch
{
    qint64 id = 0;
    QString kind; // "interactions" or "outcomes"
    QString file;
    qint64 communityId = 0; // 0: not for one community
    QDateTime importedAt;   // UTC
    int rows = 0;

    bool operator==(const ImportBatch&) const = default;
};

/** What undoing a batch removed, and the people it had to keep. */
struct ImportUndoSummary
{
    ImportBatch batch;
    qint64 interactions = 0;
    qint64 outcomes = 0;
    int people = 0;      // people the import had created, removed again
    int memberships = 0; // observer memberships the import had opened, removed again
    int keptPeople = 0;  // created by the import but referenced since, so kept
};

/** The summary an activity import (Slack, Discord, Teams, GitHub reviews, survey) keeps with its batch. */
struct ActivityBatch
{
    qint64 batchId = 0;
    QString format; // slack, discord, teams, github-reviews, survey
    qint64 messagesRead = 0;
    qint64 interactionsCreated = 0;
    int peopleMatched = 0;
    int peopleCreated = 0;
    QString skippedJson = QStringLiteral("{}");  // {"reason": count}
    QString warningsJson = QStringLiteral("[]"); // ["text"]
    QString channelsJson = QStringLiteral("[]");
    QString firstOccurred;
    QString lastOccurred;
};

/** A person an activity import created because they matched nobody, for the steward to review. */
struct UnmatchedPerson
{
    qint64 personId = 0;
    qint64 batchId = 0;
    QString platform;
    QString externalId;
    QString externalName;
    qint64 suggestedPersonId = 0; // an existing person whose name differs only in accents
};

} // namespace steward
