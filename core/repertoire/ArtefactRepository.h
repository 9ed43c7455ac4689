// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "repertoire/Artefact.h"

#include <QSqlDatabase>

#include <optional>

namespace steward {

class Database;

/**
 * A community's repertoire: artefacts, their versions (every save is one), authors and tags. Writes run
 * in one transaction each and check everything first, so a refusal writes nothing.
 */
class ArtefactRepository
{
public:
    explicit ArtefactRepository(const Database& database);

    /** Adds an artefact as its version 1; a non-zero artefact.id is kept (undo restores the same row). */
    Result<qint64> add(const Artefact& artefact, qint64 savedBy, const QDateTime& at);
    /** Saves a new version (title, body, tags) and returns its number. */
    Result<int> save(qint64 artefactId,
                     const QString& title,
                     const QString& body,
                     const QStringList& tags,
                     qint64 savedBy,
                     const QDateTime& at,
                     const QString& note = {});
    /**
     * Saves an edit as a new version: title, body and tags of `changed` become the version, its kind,
     * status and authors are set with it. Everything is checked first ("reviewed" needs an approving
     * review, tags of the vocabulary, known people), so a refusal writes nothing. Returns the version number.
     */
    Result<int> saveEdit(const Artefact& changed, qint64 savedBy, const QDateTime& at, const QString& note = {});
    /** Undo of saveEdit(): drops the newest version and puts kind, status and authors back as `before` had them. */
    Status revertEdit(const Artefact& before);
    /** Saves an older version's content again as the newest version (history is never rewritten). */
    Result<int> restore(qint64 artefactId, int versionNo, qint64 savedBy, const QDateTime& at);
    /** Takes back the newest version (undo of a save or restore); version 1 cannot be dropped. */
    Status dropLatestVersion(qint64 artefactId);
    /** "reviewed" needs at least one approving review. */
    Status setStatus(qint64 artefactId, const QString& status);
    Status setAuthors(qint64 artefactId, const QList<qint64>& authorIds);
    Status remove(qint64 artefactId);
    /** The draft draftFromSession() adds, not yet written (the GUI adds it through an undo command). */
    Result<Artefact> draftOf(qint64 sessionId, const QString& kind, qint64 savedBy) const;
    /** A draft artefact from a session's captured learnings, linked to the session, in one step. */
    Result<qint64> draftFromSession(qint64 sessionId, const QString& kind, qint64 savedBy, const QDateTime& at);

    Result<std::optional<Artefact>> find(qint64 artefactId) const;
    /** The filter's artefacts, newest change first. */
    Result<QList<Artefact>> list(const ArtefactFilter& filter) const;
    /** Oldest first. */
    Result<QList<ArtefactVersion>> versions(qint64 artefactId) const;
    Result<bool> hasApprovingReview(qint64 artefactId) const;

    /** The community's tag vocabulary, sorted. */
    Result<QStringList> tags(qint64 communityId) const;
    Result<qint64> addTag(qint64 communityId, const QString& name);
    Status removeTag(qint64 communityId, const QString& name);
    /** Tags are lower-case words of letters, digits and dashes; the message names a bad one. */
    static Status checkTagName(const QString& name);
    /** Fails naming the first tag that is not in the community's vocabulary. */
    Result<QList<qint64>> tagIds(qint64 communityId, const QStringList& names) const;

private:
    Status checkEdit(const Artefact& changed, const Artefact& current) const;
    Status writeKindAndStatus(qint64 artefactId, const QString& kind, const QString& status);
    Result<Artefact> validated(const Artefact& artefact) const;
    Status checkPeople(const QList<qint64>& personIds) const;
    Status checkOrigin(const Artefact& artefact) const;
    Result<qint64> insertArtefact(const Artefact& artefact, const QDateTime& at);
    Status insertVersion(const ArtefactVersion& version);
    Status writeTags(qint64 artefactId, const QList<qint64>& tagIds);
    Status writeAuthors(qint64 artefactId, const QList<qint64>& authorIds);
    Status showVersion(const ArtefactVersion& version, qint64 communityId);
    Result<QList<qint64>> authorsOf(qint64 artefactId) const;
    QSqlDatabase m_db;
};

} // namespace steward
