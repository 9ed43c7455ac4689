// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "repertoire/Recognition.h"

#include <QSqlDatabase>

#include <optional>

namespace steward {

class Database;

/** Badges, shout-outs and badges given, and the badge proposals the app makes for the steward to confirm. */
class RecognitionRepository
{
public:
    explicit RecognitionRepository(const Database& database);

    Result<QList<Badge>> badges() const;
    Result<std::optional<Badge>> badgeNamed(const QString& name) const;
    Result<qint64> addBadge(const Badge& badge);
    /** Adds the badges that come with the app (one per rule, plus two for shout-outs) unless present. */
    Status ensureBundledBadges();

    /** Records a recognition; a non-zero id is kept (undo). Giver and receiver must differ and be members. */
    Result<qint64> add(const Recognition& recognition);
    Status remove(qint64 recognitionId);
    /** Confirms a proposed badge as given by the steward (`giverId`) on `on`. */
    Status confirm(qint64 recognitionId, qint64 giverId, const QDate& on);
    Status dismiss(qint64 recognitionId);
    /** Makes a confirmed or dismissed badge proposal a proposal again, dated `proposedOn` (undo). */
    Status reopen(qint64 recognitionId, const QDate& proposedOn);
    Result<std::optional<Recognition>> find(qint64 recognitionId) const;
    /** A community's recognitions with a status ("" = all) within [from, to] (null = open), newest first. */
    Result<QList<Recognition>>
    list(qint64 communityId, const QString& status = {}, const QDate& from = {}, const QDate& to = {}) const;

private:
    Status checkMember(qint64 communityId, qint64 personId) const;
    Status checkBadge(qint64 badgeId) const;
    Result<QList<Recognition>> read(const QString& where, const QVariantList& values) const;
    QSqlDatabase m_db;
};

} // namespace steward
