// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonNames.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace steward {

namespace {

// Crockford's base32: no I, L, O or U, so a code read aloud or retyped is not misread.
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

} // namespace

QString PersonNames::code(qint64 personId, const QByteArray& key, int length)
{
    const QByteArray mac =
        QMessageAuthenticationCode::hash(QByteArray::number(personId), key, QCryptographicHash::Sha256);
    QString out = QStringLiteral("P-");
    for (int i = 0; i < length; ++i)
        out += QLatin1Char(kAlphabet[static_cast<unsigned char>(mac.at(i)) % 32]);
    return out;
}

Result<QByteArray> PersonNames::workspaceKey(const Database& database)
{
    // No secret is stored in the workspace (no schema change for it); the default key is the first
    // community's row and the first person's, which a reader of the report does not have. A user who
    // wants codes that even a workspace holder cannot re-derive passes their own key.
    auto q = runQuery(database.connection(),
                      QStringLiteral("SELECT (SELECT ifnull(group_concat(id || ':' || name), '') FROM "
                                     "(SELECT id, name FROM community ORDER BY id LIMIT 1)), "
                                     "(SELECT ifnull(group_concat(id || ':' || name || ':' || ifnull(email, '')), '') "
                                     "FROM (SELECT id, name, email FROM person ORDER BY id LIMIT 1))"));
    if (!q)
        return Result<QByteArray>::failure(q.errorString());
    QByteArray seed("steward-pseudonym-v1");
    if (q->next())
        seed += q->value(0).toString().toUtf8() + '\n' + q->value(1).toString().toUtf8();
    return QCryptographicHash::hash(seed, QCryptographicHash::Sha256);
}

Result<PersonNames> PersonNames::pseudonymised(const Database& database, const QByteArray& key)
{
    QByteArray usedKey = key;
    if (usedKey.isEmpty()) {
        auto derived = workspaceKey(database);
        if (!derived)
            return Result<PersonNames>::failure(derived.errorString());
        usedKey = *derived;
    }
    auto q = runQuery(database.connection(), QStringLiteral("SELECT id FROM person ORDER BY id"));
    if (!q)
        return Result<PersonNames>::failure(q.errorString());
    PersonNames names;
    names.m_pseudonymised = true;
    names.m_key = usedKey;
    QHash<QString, QList<qint64>> byCode;
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        byCode[code(id, usedKey)] << id;
    }
    for (auto it = byCode.cbegin(); it != byCode.cend(); ++it) {
        for (qint64 id : it.value())
            names.m_codes.insert(id, it.value().size() == 1 ? it.key() : code(id, usedKey, 6));
    }
    return names;
}

QString PersonNames::display(qint64 personId, const QString& name) const
{
    if (!m_pseudonymised)
        return name;
    const auto it = m_codes.constFind(personId);
    return it != m_codes.cend() ? *it : code(personId, m_key);
}

} // namespace steward
