// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "schedule/RotationPlan.h"
#include "storage/RotationRecord.h"

#include <QList>
#include <QString>

class QPagedPaintDevice;

namespace steward {

/**
 * A rotation as one printed page: title, the meetings × seats table with statuses and topics, and
 * notes sections (e.g. the group's goals). Confidential text goes onto the page only when the
 * caller includes it for this one print or export; by default it never leaves the app.
 */
class RotationDocument
{
public:
    /** A notes section; confidentialText is printed only when asked for. */
    struct Section
    {
        QString heading;
        QStringList lines;
        QStringList confidentialLines;
    };

    RotationDocument(QString title, QString subtitle, RotationRecord record, RotationPlan plan);

    void addSection(const Section& section) { m_sections.append(section); }
    void setIncludeConfidential(bool include) { m_includeConfidential = include; }

    QString html() const;
    /** Draws the document on the device's first page, scaled down until it fits; false if it cannot paint. */
    bool render(QPagedPaintDevice& device) const;
    /** Writes an A4 PDF of one page. */
    Status exportPdf(const QString& path) const;

private:
    QString tableHtml() const;
    QString sectionsHtml() const;

    QString m_title;
    QString m_subtitle;
    RotationRecord m_record;
    RotationPlan m_plan;
    QList<Section> m_sections;
    bool m_includeConfidential = false;
};

} // namespace steward
