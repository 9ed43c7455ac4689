// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/PersonNames.h"
#include "report/ReportContent.h"
#include "report/ReportOptions.h"

#include <QDate>
#include <QString>

namespace steward {

class Database;

/** What every section builder of a community's report reads: the database, the community, the period, the rules. */
struct ReportScope
{
    const Database& database;
    qint64 communityId = 0;
    QString communityName;
    QDate from;
    QDate to;
    PersonNames names;
    ReportOptions options;

    /** The period before this one, of the same length (for "what changed"). */
    QDate previousFrom() const { return from.addDays(-(from.daysTo(to) + 1)); }
    QDate previousTo() const { return from.addDays(-1); }
};

/** A section and the sentences it contributes to the report's plain-language summary. */
struct ReportSectionResult
{
    ReportSection section;
    QList<ReportFinding> summary;
};

} // namespace steward
