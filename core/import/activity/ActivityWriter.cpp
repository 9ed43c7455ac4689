// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivityWriter.h"

#include "storage/Database.h"
#include "storage/ImportBatchRepository.h"
#include "storage/MembershipRepository.h"
#include "storage/PersonRepository.h"

#include <QCoreApplication>

namespace steward {

ActivityWriter::ActivityWriter(Database& database,
                               qint64 communityId,
                               qint64 batchId,
                               const QString& platform,
                               PersonMatcher& matcher,
                               qint64 rebuildIndexesAfterRows)
    : m_database(database)
    , m_communityId(communityId)
    , m_batchId(batchId)
    , m_platform(platform)
    , m_matcher(matcher)
    , m_insert(database, communityId, platform, batchId, rebuildIndexesAfterRows)
{
}

Status ActivityWriter::write(const ActivityChunk& chunk)
{
    if (!m_error.isEmpty())
        return Status::failure(m_error);
    m_accounts.append(chunk.accounts);
    m_personOf.resize(m_accounts.size(), 0);
    for (const ActivityTie& tie : chunk.ties) {
        const qint64 sourceId = personFor(tie.source);
        const qint64 targetId = sourceId > 0 ? personFor(tie.target) : 0;
        if (sourceId <= 0 || targetId <= 0)
            return Status::failure(m_error);
        if (sourceId == targetId) {
            // Two accounts of one person (say a Slack id and an email both theirs): still a self-tie.
            m_notes.skip(QStringLiteral("self_tie"));
            continue;
        }
        seen(sourceId, tie.occurred);
        seen(targetId, tie.occurred);
        if (Status s = m_insert.add(sourceId, targetId, tie.kind, tie.channel, tie.occurred, tie.weight); !s) {
            m_error = s.errorString();
            return s;
        }
    }
    return {};
}

void ActivityWriter::seen(qint64 personId, const QString& occurred)
{
    auto it = m_firstSeen.find(personId);
    if (it == m_firstSeen.end())
        m_firstSeen.insert(personId, occurred);
    else if (!occurred.isEmpty() && (it->isEmpty() || occurred < *it))
        *it = occurred;
}

qint64 ActivityWriter::personFor(int number)
{
    if (const qint64 known = m_personOf.at(number); known > 0)
        return known;
    const ActivityAccount& account = m_accounts.at(number);
    const PersonMatcher::Match match = m_matcher.match(account);
    qint64 id = match.personId;
    if (id > 0) {
        ++m_matched;
        if (!storeExternalId(id, account))
            return 0;
    } else {
        id = create(account, match);
    }
    if (id > 0)
        m_personOf[number] = id;
    else if (m_error.isEmpty())
        m_error = QStringLiteral("%1: no person").arg(account.key);
    return id;
}

// The id found is kept on the person (so `people list` shows it) and taken off again if the batch is undone.
bool ActivityWriter::storeExternalId(qint64 personId, const ActivityAccount& account)
{
    if (account.externalId.isEmpty())
        return true;
    PersonRepository people(m_database);
    auto person = people.find(personId);
    if (!person || !person->has_value()) {
        m_error = person ? QStringLiteral("person %1 vanished").arg(personId) : person.errorString();
        return false;
    }
    Person p = **person;
    if (!PersonMatcher::externalIdOf(p, m_platform).isEmpty())
        return true;
    PersonMatcher::setExternalId(p, m_platform, account.externalId);
    Status s = people.update(p);
    if (s)
        s = ImportBatchRepository(m_database).recordExternalId(m_batchId, personId, m_platform);
    if (!s)
        m_error = s.errorString();
    return bool(s);
}

qint64 ActivityWriter::create(const ActivityAccount& account, const PersonMatcher::Match& match)
{
    Person person;
    person.name = account.names.isEmpty() ? account.externalId : account.names.constFirst();
    if (person.name.trimmed().isEmpty())
        person.name = account.key;
    // An email someone else already has (with another id on this platform) is theirs, not this account's.
    if (!m_matcher.hasEmail(account.email))
        person.email = account.email;
    PersonMatcher::setExternalId(person, m_platform, account.externalId);
    auto valid = PersonRepository::validated(person);
    if (!valid) {
        person.email.clear(); // an address the person table refuses: keep the person, drop the address
        valid = PersonRepository::validated(person);
    }
    auto id = valid ? PersonRepository(m_database).add(*valid) : Result<qint64>::failure(valid.errorString());
    if (!id) {
        m_error = QStringLiteral("%1: %2").arg(account.key, id.errorString());
        return 0;
    }
    person = *valid;
    person.id = *id;
    m_matcher.remember(person);
    m_created.append(*id);
    m_createdSet.insert(*id);
    if (match.ambiguous)
        m_notes.warning(QCoreApplication::translate(
                            "ActivityWriter", "Several people are named '%1'; a new person was created to merge later")
                            .arg(person.name));
    Status s = ImportBatchRepository(m_database)
                   .flagUnmatched({*id, m_batchId, m_platform, account.externalId, person.name, match.suggestedId});
    if (!s)
        m_error = s.errorString();
    return s ? *id : 0;
}

Status ActivityWriter::finish(const QDate& today, const QString& fileName)
{
    if (!m_error.isEmpty())
        return Status::failure(m_error);
    if (Status s = m_insert.finish(); !s)
        return s;
    return joinCommunity(today, fileName);
}

Status ActivityWriter::joinCommunity(const QDate& today, const QString& fileName)
{
    MembershipRepository memberships(m_database);
    auto members = memberships.membersOf(m_communityId);
    if (!members)
        return Status::failure(members.errorString());
    QSet<qint64> memberIds;
    for (const Member& member : std::as_const(*members))
        memberIds.insert(member.membership.personId);
    const QString reason =
        QCoreApplication::translate("ActivityWriter", "Appeared in imported activity (%1)").arg(fileName);
    ImportBatchRepository batches(m_database);
    QList<qint64> people = m_firstSeen.keys();
    std::sort(people.begin(), people.end());
    for (qint64 personId : std::as_const(people)) {
        if (memberIds.contains(personId))
            continue;
        const QDate first = QDate::fromString(m_firstSeen.value(personId).left(10), Qt::ISODate);
        auto receipt = memberships.setLevel(
            m_communityId, personId, ParticipationLevel::Observer, first.isValid() ? first : today, reason);
        if (!receipt)
            return Status::failure(receipt.errorString());
        if (Status s = batches.recordPerson(m_batchId, personId, m_createdSet.contains(personId), receipt->after.id);
            !s)
            return s;
    }
    return {};
}

} // namespace steward
