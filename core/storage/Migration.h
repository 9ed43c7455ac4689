// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace steward {

/** One ordered schema step: the SQL that takes a database from version toVersion-1 to toVersion. */
struct Migration
{
    int toVersion = 0;
    QStringList statements;
};

/** The application's schema steps, oldest first; the last one's toVersion is the current version. */
QList<Migration> stewardMigrations();

} // namespace steward
