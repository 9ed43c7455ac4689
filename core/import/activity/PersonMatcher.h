// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/activity/ActivityRecords.h"
#include "model/Person.h"

#include <QHash>
#include <QList>

namespace steward {

/**
 * Finds the person an imported account is: by the platform's external id first, then by email (case
 * folded), then by name compared after NFKC normalisation and case folding - one person with that name,
 * not several. Names that differ only in accents (René / Rene) are different people, but the person is
 * offered as a likely match (suggestedId) so the steward can merge them later.
 */
class PersonMatcher
{
public:
    enum class How
    {
        ExternalId,
        Email,
        Name,
        None,
    };
    struct Match
    {
        qint64 personId = 0; // 0: no one
        How how = How::None;
        qint64 suggestedId = 0; // an accent-insensitive match, when there was no match
        bool ambiguous = false; // several people have that name
    };

    /** platform: slack, discord, teams, github or survey (which has no external id column). */
    PersonMatcher(const QList<Person>& people, const QString& platform);

    Match match(const ActivityAccount& account) const;
    bool hasEmail(const QString& email) const { return !email.isEmpty() && m_byEmail.contains(email.toCaseFolded()); }
    /** Adds a person created during the import, so later accounts can match them. */
    void remember(const Person& person);

    /** NFKC, case folded, inner whitespace collapsed: the key names are compared by. */
    static QString nameKey(const QString& name);
    /** nameKey without accents and other combining marks: only for suggestions. */
    static QString looseNameKey(const QString& name);
    /** The person's id on this platform ("" for survey). */
    static QString externalIdOf(const Person& person, const QString& platform);
    static void setExternalId(Person& person, const QString& platform, const QString& id);

private:
    Match byName(const ActivityAccount& account) const;
    /** False when the person already has another id on this platform (then they are someone else). */
    bool compatible(qint64 personId, const ActivityAccount& account) const;

    QString m_platform;
    QHash<QString, qint64> m_byExternalId;
    QHash<qint64, QString> m_externalIdOf;
    QHash<QString, qint64> m_byEmail;
    QHash<QString, QList<qint64>> m_byName;
    QHash<QString, QList<qint64>> m_byLooseName;
};

} // namespace steward
