// SPDX-License-Identifier: GPL-3.0-or-later
#include "RotationDocument.h"

#include "RotationTableModel.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace steward {

namespace {

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

RotationDocument::RotationDocument(QString title, QString subtitle, RotationRecord record, RotationPlan plan)
    : m_title(std::move(title))
    , m_subtitle(std::move(subtitle))
    , m_record(std::move(record))
    , m_plan(std::move(plan))
{
}

QString RotationDocument::tableHtml() const
{
    const bool topics = m_record.kind == RotationKind::MicroTeach;
    int seats = m_record.seatsPerMeeting;
    for (const RotationMeeting& meeting : m_plan.meetings)
        seats = std::max(seats, int(meeting.seats.size()));
    QString html = QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr><th>%1</th>")
                       .arg(escaped(QCoreApplication::translate("RotationDocument", "Date")));
    for (int seat = 1; seat <= seats; ++seat)
        html += QStringLiteral("<th>%1</th>")
                    .arg(escaped(QCoreApplication::translate("RotationDocument", "Seat %1").arg(seat)));
    if (topics)
        html += QStringLiteral("<th>%1</th>").arg(escaped(QCoreApplication::translate("RotationDocument", "Topics")));
    html += QStringLiteral("</tr>");
    for (const RotationMeeting& meeting : m_plan.meetings) {
        html += QStringLiteral("<tr><td>%1</td>").arg(meeting.date.toString(Qt::ISODate));
        QStringList meetingTopics;
        for (int seat = 0; seat < seats; ++seat) {
            QString cell;
            if (seat < meeting.seats.size() && !meeting.seats.at(seat).isEmpty()) {
                const RotationSeat& s = meeting.seats.at(seat);
                const QString status = RotationTableModel::statusText(s.status);
                cell = m_plan.displayName(s.personId)
                       + (status.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(status));
            }
            if (const QString topic = m_record.topic(meeting.date, seat + 1); !topic.isEmpty())
                meetingTopics << topic;
            html += QStringLiteral("<td>%1</td>").arg(escaped(cell));
        }
        if (topics)
            html += QStringLiteral("<td>%1</td>").arg(escaped(meetingTopics.join(QStringLiteral("; "))));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString RotationDocument::sectionsHtml() const
{
    QString html;
    for (const Section& section : m_sections) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(escaped(section.heading));
        for (const QString& line : section.lines)
            html += QStringLiteral("<li>%1</li>").arg(escaped(line));
        // The one place confidential text can reach paper, and only when asked for this export.
        if (m_includeConfidential) {
            for (const QString& line : section.confidentialLines)
                html += QStringLiteral("<li><i>%1</i></li>").arg(escaped(line));
        }
        html += QStringLiteral("</ul>");
    }
    return html;
}

QString RotationDocument::html() const
{
    QString html = QStringLiteral("<html><body><h2>%1</h2>").arg(escaped(m_title));
    if (!m_subtitle.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(escaped(m_subtitle));
    html += tableHtml();
    if (!m_plan.violations.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(escaped(QCoreApplication::translate(
                        "RotationDocument", "%n rule(s) could not be kept.", nullptr, int(m_plan.violations.size()))));
    html += sectionsHtml();
    if (m_includeConfidential)
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(escaped(QCoreApplication::translate("RotationDocument",
                                                             "Includes confidential notes: do not pass on.")));
    return html + QStringLiteral("</body></html>");
}

bool RotationDocument::render(QPagedPaintDevice& device) const
{
    QTextDocument document;
    document.documentLayout()->setPaintDevice(&device);
    document.setHtml(html());
    const QSizeF page(device.width(), device.height());
    document.setPageSize(page);
    // A page a schedule: a long plan gets a smaller font rather than a second page.
    QFont font = document.defaultFont();
    for (qreal points = 10; points >= 4; points -= 0.5) {
        font.setPointSizeF(points);
        document.setDefaultFont(font);
        if (document.pageCount() <= 1)
            break;
    }
    QPainter painter(&device);
    if (!painter.isActive())
        return false;
    document.drawContents(&painter, QRectF(QPointF(0, 0), page));
    return painter.end();
}

Status RotationDocument::exportPdf(const QString& path) const
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(m_title);
    writer.setCreator(QStringLiteral("Steward"));
    if (!render(writer))
        return Status::failure(QCoreApplication::translate("RotationDocument", "Cannot write %1.").arg(path));
    return {};
}

} // namespace steward
