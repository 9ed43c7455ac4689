// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/activity/ActivityRecords.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QStringList>

namespace steward {

/**
 * Where a parser sends what it reads, and where the rules every format shares live: a message by a bot,
 * a deleted or an unknown account is skipped and counted; a tie to such an account or to oneself is
 * dropped and counted; nobody is invented. What passes goes to accept(). The base class only counts,
 * which is what the fuzz targets and the preview need.
 */
class ActivitySink
{
public:
    virtual ~ActivitySink() = default;

    /** Declares an account; a later declaration with the same key replaces it. */
    void account(const ActivityAccount& account);
    bool knows(const QString& key) const { return m_accounts.contains(key); }
    /** Counts one message read; returns false when its author's messages are skipped (and counts why). */
    bool authoredBy(const QString& authorKey);
    /** Counts one message read that the rules skip before its author matters (system subtypes, edits...). */
    void skipMessage(const QString& reason);
    /** Counts a skipped tie or message part under reason. */
    void skip(const QString& reason, int count = 1);
    void interaction(const ActivityInteraction& interaction);
    void warning(const QString& text);
    /** Whether the channel was chosen (all are when no list was given); remembers the channel. */
    bool wantsChannel(const QString& channel);
    void setChannels(const QStringList& channels);
    /** Adds the skips and warnings another sink counted (the writer's, once the reading is over). */
    void absorbNotes(const ActivitySink& other);
    /** Progress between units of work; false when the user cancelled. */
    virtual bool progress(qint64 done, qint64 total);

    qint64 messagesRead() const { return m_messagesRead; }
    qint64 interactionsAccepted() const { return m_accepted; }
    const QMap<QString, qint64>& skipped() const { return m_skipped; }
    const QStringList& warnings() const { return m_warnings; }
    QStringList channelsSeen() const;
    QMap<QString, qint64> interactionsByKind() const { return m_byKind; }
    QString firstOccurred() const { return m_first; }
    QString lastOccurred() const { return m_last; }

protected:
    /** An interaction that passed the rules, with its two (known, human, different) accounts. */
    virtual void accept(const ActivityAccount& source, const ActivityAccount& target, const ActivityInteraction& i);

private:
    using Accounts = QHash<QString, ActivityAccount>;
    QString skipReason(const QString& key) const;
    QString skipReason(Accounts::const_iterator account) const;

    Accounts m_accounts;
    QMap<QString, qint64> m_skipped;
    QMap<QString, qint64> m_byKind;
    QStringList m_warnings;
    QSet<QString> m_chosen;
    QSet<QString> m_seen;
    QString m_first;
    QString m_last;
    qint64 m_messagesRead = 0;
    qint64 m_accepted = 0;
};

} // namespace steward
