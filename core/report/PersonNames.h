// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace steward {

class Database;

/**
 * How a report names people: their names, or stable pseudonyms. A pseudonym is "P-" and four
 * characters of a keyed hash (HMAC-SHA-256) of the person id, so the same person has the same code in
 * every section and every report made with the same key, and no code can be turned back into a name
 * without the key and the workspace. Codes that would collide within the workspace get six characters.
 */
class PersonNames
{
public:
    /** Real names. */
    PersonNames() = default;
    /** Pseudonyms for everyone in the workspace; an empty key is derived from the workspace itself. */
    static Result<PersonNames> pseudonymised(const Database& database, const QByteArray& key);

    bool isPseudonymised() const { return m_pseudonymised; }
    /** What the report shows for the person. */
    QString display(qint64 personId, const QString& name) const;
    /** The code of one person under a key (no collision handling). */
    static QString code(qint64 personId, const QByteArray& key, int length = 4);

private:
    static Result<QByteArray> workspaceKey(const Database& database);
    bool m_pseudonymised = false;
    QByteArray m_key;
    QHash<qint64, QString> m_codes;
};

} // namespace steward
