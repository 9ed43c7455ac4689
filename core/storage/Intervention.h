// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace steward {

/** Something a steward did to a community on a day ("launched the SRE guild"), to compare before and after. */
struct Intervention
{
    qint64 id = 0;
    qint64 communityId = 0;
    QString name; // unique within the community
    QDate date;
    QString description;

    bool operator==(const Intervention&) const = default;
};

} // namespace steward
