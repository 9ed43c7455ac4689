// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonMatcher.h"

namespace steward {

namespace {

/** GitHub logins are case-insensitive; the other platforms' ids are exact. */
QString externalKey(const QString& platform, const QString& id)
{
    return platform == QLatin1String("github") ? id.toCaseFolded() : id;
}

} // namespace

PersonMatcher::PersonMatcher(const QList<Person>& people, const QString& platform)
    : m_platform(platform)
{
    for (const Person& person : people)
        remember(person);
}

QString PersonMatcher::nameKey(const QString& name)
{
    return name.normalized(QString::NormalizationForm_KC).toCaseFolded().simplified();
}

QString PersonMatcher::looseNameKey(const QString& name)
{
    const QString decomposed = nameKey(name).normalized(QString::NormalizationForm_KD);
    QString loose;
    loose.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing && c.category() != QChar::Mark_SpacingCombining
            && c.category() != QChar::Mark_Enclosing)
            loose.append(c);
    }
    return loose;
}

QString PersonMatcher::externalIdOf(const Person& person, const QString& platform)
{
    if (platform == QLatin1String("slack"))
        return person.slackId;
    if (platform == QLatin1String("discord"))
        return person.discordId;
    if (platform == QLatin1String("teams"))
        return person.teamsId;
    if (platform == QLatin1String("github"))
        return person.githubLogin;
    return {};
}

void PersonMatcher::setExternalId(Person& person, const QString& platform, const QString& id)
{
    if (platform == QLatin1String("slack"))
        person.slackId = id;
    else if (platform == QLatin1String("discord"))
        person.discordId = id;
    else if (platform == QLatin1String("teams"))
        person.teamsId = id;
    else if (platform == QLatin1String("github"))
        person.githubLogin = id;
}

void PersonMatcher::remember(const Person& person)
{
    if (const QString id = externalIdOf(person, m_platform); !id.isEmpty()) {
        m_byExternalId.insert(externalKey(m_platform, id), person.id);
        m_externalIdOf.insert(person.id, externalKey(m_platform, id));
    }
    if (!person.email.isEmpty())
        m_byEmail.insert(person.email.toCaseFolded(), person.id);
    m_byName[nameKey(person.name)].append(person.id);
    m_byLooseName[looseNameKey(person.name)].append(person.id);
}

PersonMatcher::Match PersonMatcher::match(const ActivityAccount& account) const
{
    if (!account.externalId.isEmpty()) {
        if (auto it = m_byExternalId.constFind(externalKey(m_platform, account.externalId));
            it != m_byExternalId.constEnd())
            return {*it, How::ExternalId, 0, false};
    }
    if (!account.email.isEmpty()) {
        if (auto it = m_byEmail.constFind(account.email.toCaseFolded());
            it != m_byEmail.constEnd() && compatible(*it, account))
            return {*it, How::Email, 0, false};
    }
    return byName(account);
}

bool PersonMatcher::compatible(qint64 personId, const ActivityAccount& account) const
{
    const QString known = m_externalIdOf.value(personId);
    return known.isEmpty() || account.externalId.isEmpty() || known == externalKey(m_platform, account.externalId);
}

PersonMatcher::Match PersonMatcher::byName(const ActivityAccount& account) const
{
    Match result;
    for (const QString& name : account.names) {
        const QList<qint64> named = m_byName.value(nameKey(name));
        if (named.size() == 1 && compatible(named.constFirst(), account))
            return {named.constFirst(), How::Name, 0, false};
        result.ambiguous = result.ambiguous || named.size() > 1;
    }
    for (const QString& name : account.names) {
        const QList<qint64> similar = m_byLooseName.value(looseNameKey(name));
        if (similar.size() == 1 && result.suggestedId == 0)
            result.suggestedId = similar.constFirst();
    }
    return result;
}

} // namespace steward
