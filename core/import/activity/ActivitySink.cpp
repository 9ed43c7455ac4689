// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivitySink.h"

#include <algorithm>

namespace steward {

namespace {
constexpr int kMaxWarnings = 100;
} // namespace

void ActivitySink::account(const ActivityAccount& account)
{
    m_accounts.insert(account.key, account);
}

QString ActivitySink::skipReason(const QString& key) const
{
    return skipReason(m_accounts.constFind(key));
}

QString ActivitySink::skipReason(Accounts::const_iterator it) const
{
    if (it == m_accounts.constEnd())
        return QStringLiteral("unknown_user");
    if (it->bot)
        return QStringLiteral("bot");
    if (it->deleted)
        return QStringLiteral("deleted_user");
    return {};
}

bool ActivitySink::authoredBy(const QString& authorKey)
{
    ++m_messagesRead;
    const QString reason = skipReason(authorKey);
    if (reason.isEmpty())
        return true;
    // Bot messages are named as such; messages by unknown or deleted accounts keep their reason.
    skip(reason == QLatin1String("bot") ? QStringLiteral("bot_message") : reason);
    return false;
}

void ActivitySink::skipMessage(const QString& reason)
{
    ++m_messagesRead;
    skip(reason);
}

void ActivitySink::skip(const QString& reason, int count)
{
    m_skipped[reason] += count;
}

void ActivitySink::interaction(const ActivityInteraction& interaction)
{
    if (interaction.sourceKey == interaction.targetKey) {
        skip(QStringLiteral("self_tie"));
        return;
    }
    // Each account looked up once: this runs for every tie of a million-message import.
    const Accounts::const_iterator source = m_accounts.constFind(interaction.sourceKey);
    const Accounts::const_iterator target = m_accounts.constFind(interaction.targetKey);
    for (Accounts::const_iterator account : {source, target}) {
        if (const QString reason = skipReason(account); !reason.isEmpty()) {
            // A tie to a bot, a deleted or an unknown account: counted, and nobody is invented for it.
            skip(reason == QLatin1String("bot") ? QStringLiteral("tie_to_bot") : QStringLiteral("tie_to_") + reason);
            return;
        }
    }
    ++m_accepted;
    ++m_byKind[interaction.kind];
    if (!interaction.occurred.isEmpty()) {
        if (m_first.isEmpty() || interaction.occurred < m_first)
            m_first = interaction.occurred;
        if (interaction.occurred > m_last)
            m_last = interaction.occurred;
    }
    accept(*source, *target, interaction);
}

void ActivitySink::warning(const QString& text)
{
    if (m_warnings.size() < kMaxWarnings)
        m_warnings.append(text);
}

void ActivitySink::absorbNotes(const ActivitySink& other)
{
    for (auto it = other.m_skipped.constBegin(); it != other.m_skipped.constEnd(); ++it)
        m_skipped[it.key()] += it.value();
    for (const QString& text : other.m_warnings)
        warning(text);
}

bool ActivitySink::wantsChannel(const QString& channel)
{
    m_seen.insert(channel);
    return m_chosen.isEmpty() || m_chosen.contains(channel);
}

void ActivitySink::setChannels(const QStringList& channels)
{
    m_chosen = QSet<QString>(channels.begin(), channels.end());
}

bool ActivitySink::progress(qint64 done, qint64 total)
{
    Q_UNUSED(done);
    Q_UNUSED(total);
    return true;
}

QStringList ActivitySink::channelsSeen() const
{
    QStringList channels(m_seen.begin(), m_seen.end());
    std::sort(channels.begin(), channels.end());
    return channels;
}

void ActivitySink::accept(const ActivityAccount& source, const ActivityAccount& target, const ActivityInteraction& i)
{
    Q_UNUSED(source);
    Q_UNUSED(target);
    Q_UNUSED(i);
}

} // namespace steward
