// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace steward {

/** A badge: a name, an icon from the bundled SVG set, its criteria in words, and an optional rule for proposals. */
struct Badge
{
    qint64 id = 0;
    QString name;
    QString icon; // file name in the bundled set, e.g. "first-micro-teach.svg"
    QString criteria;
    QString rule; // "" or one of rules()

    /** The activity rules the app proposes badges from. */
    static QStringList rules()
    {
        return {QStringLiteral("first-micro-teach"),
                QStringLiteral("ten-reviews"),
                QStringLiteral("five-sessions-facilitated"),
                QStringLiteral("first-artefact")};
    }
    /** The bundled icons (ui/repertoire/badges/). */
    static QStringList icons()
    {
        return {QStringLiteral("first-micro-teach.svg"),
                QStringLiteral("ten-reviews.svg"),
                QStringLiteral("five-sessions.svg"),
                QStringLiteral("first-artefact.svg"),
                QStringLiteral("star.svg"),
                QStringLiteral("helping-hand.svg")};
    }
};

/** A shout-out (no badge) or a badge given by a person to a person with a reason; or an automatic proposal. */
struct Recognition
{
    qint64 id = 0;
    qint64 communityId = 0;
    qint64 giverId = 0; // 0 for a proposal the app made
    qint64 receiverId = 0;
    qint64 badgeId = 0; // 0 for a shout-out
    QString reason;
    QDate givenOn;
    QString status = QStringLiteral("given"); // given, proposed, dismissed
    // Filled when read:
    QString giverName;
    QString receiverName;
    QString badgeName;
    QString badgeIcon;
};

} // namespace steward
