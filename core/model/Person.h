// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QMetaType>
#include <QString>

namespace steward {

/** One human in the organisation, with the handles used to match imported activity to them. */
struct Person
{
    qint64 id = 0;
    QString name;
    QString email; // unique when present
    QString team;
    QString department;
    QString title;
    QString location;
    QDate startDate;
    QString slackId;
    QString discordId;
    QString githubLogin;
    QString teamsId;

    bool operator==(const Person&) const = default;
};

} // namespace steward

Q_DECLARE_METATYPE(steward::Person)
