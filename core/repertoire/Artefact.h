// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace steward {

/** Where an artefact came from: a session, a hot seat (a rotation seat), an incident (a link), or nowhere in
 * particular. */
struct ArtefactOrigin
{
    QString kind = QStringLiteral("none"); // none, session, hot-seat, incident
    qint64 sessionId = 0;
    qint64 seatId = 0;
    QString link;

    bool operator==(const ArtefactOrigin&) const = default;
    static QStringList kinds();
};

/** One piece of a community's repertoire as its newest version shows it. */
struct Artefact
{
    qint64 id = 0;
    qint64 communityId = 0;
    QString kind = QStringLiteral("checklist");
    QString title;
    QString body; // Markdown
    QStringList tags;
    QString status = QStringLiteral("draft");
    ArtefactOrigin origin;
    QList<qint64> authorIds;
    QDateTime createdAt;
    QDateTime updatedAt;
    int versionCount = 0;

    /** The kinds the schema accepts (stable keys, also the command line's words). */
    static QStringList kinds();
    static QStringList statuses();
    static QString kindDisplayName(const QString& kind);
    static QString statusDisplayName(const QString& status);
};

/** One saved version of an artefact; the artefact's versions are numbered 1, 2, ... */
struct ArtefactVersion
{
    qint64 id = 0;
    qint64 artefactId = 0;
    int number = 0;
    QString title;
    QString body;
    QStringList tags;
    QDateTime savedAt;
    qint64 savedBy = 0;
    QString note;
};

/** Which artefacts a list or a search shows; empty fields do not filter. */
struct ArtefactFilter
{
    qint64 communityId = 0;
    QString kind;
    QString status;
    QString tag;
    qint64 authorId = 0;
};

} // namespace steward
