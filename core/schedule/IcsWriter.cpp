// SPDX-License-Identifier: GPL-3.0-or-later
#include "IcsWriter.h"

#include "common/Clock.h"
#include "schedule/IcsTimeZone.h"

#include <QCoreApplication>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace steward {

namespace {

constexpr qsizetype kMaxOctets = 75;

QByteArray text(const QString& value)
{
    return IcsWriter::escapeText(value).toUtf8();
}

/** A parameter value: quoted when it holds a character paramtext forbids; DQUOTE itself cannot be written. */
QByteArray parameterValue(QString value)
{
    value.remove(u'"');
    value.removeIf([](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
    if (value.contains(u':') || value.contains(u';') || value.contains(u','))
        return '"' + value.toUtf8() + '"';
    return value.toUtf8();
}

bool isUsableEmail(const QString& email)
{
    static const QRegularExpression kEmail(u"^[^\\s@;:,\"<>()\\[\\]\\\\]+@[^\\s@;:,\"<>()\\[\\]\\\\]+$"_s);
    return kEmail.match(email).hasMatch();
}

QByteArray calAddress(const QByteArray& property, const IcsPerson& person, const QByteArray& extra = {})
{
    QByteArray line = property;
    if (QString name = person.name.trimmed(); !name.isEmpty()) {
        // Always quoted: names often hold commas ("Lovelace, Ada").
        name.removeIf([](QChar c) { return c == u'"' || c.unicode() < 0x20 || c.unicode() == 0x7f; });
        line += ";CN=\"" + name.toUtf8() + '"';
    }
    line += extra;
    return line + ":mailto:" + QUrl::toPercentEncoding(person.email.trimmed(), "@!$&'*+/=?^_`{|}~");
}

/** A time in a zone: "NAME;TZID=zone:local" or "NAME:utcZ". */
QByteArray timeProperty(const QByteArray& name, QDate date, QTime time, const QTimeZone& zone)
{
    const QByteArray stamp = QDateTime(date, time, QTimeZone::utc()).toString(u"yyyyMMdd'T'HHmmss"_s).toLatin1();
    if (IcsTimeZone::isUtc(zone))
        return name + ':' + stamp + 'Z';
    return name + ";TZID=" + parameterValue(QString::fromLatin1(zone.id())) + ':' + stamp;
}

QByteArray timeProperty(const QByteArray& name, const QDateTime& instant, const QTimeZone& zone)
{
    const QDateTime local = IcsTimeZone::isUtc(zone) ? instant.toUTC() : instant.toTimeZone(zone);
    return timeProperty(name, local.date(), local.time(), zone);
}

} // namespace

IcsWriter::IcsWriter(const Clock& clock)
    : m_clock(clock)
    , m_productId(u"-//Steward//Steward " STEWARD_VERSION "//EN"_s)
{
}

QString IcsWriter::escapeText(const QString& text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case '\\':
            out += u"\\\\"_s;
            break;
        case ';':
            out += u"\\;"_s;
            break;
        case ',':
            out += u"\\,"_s;
            break;
        case '\r':
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            out += u"\\n"_s;
            break;
        case '\n':
            out += u"\\n"_s;
            break;
        default:
            // TEXT admits no control characters but HTAB (RFC 5545 3.3.11).
            if ((c.unicode() >= 0x20 && c.unicode() != 0x7f) || c == u'\t')
                out += c;
        }
    }
    return out;
}

QByteArray IcsWriter::foldLine(const QByteArray& line)
{
    QByteArray out;
    qsizetype pos = 0;
    qsizetype limit = kMaxOctets;
    while (line.size() - pos > limit) {
        qsizetype cut = pos + limit;
        // Never split a UTF-8 sequence: back up to the lead byte of the character at the cut.
        while (cut > pos && (uchar(line.at(cut)) & 0xC0) == 0x80)
            --cut;
        out += line.mid(pos, cut - pos);
        out += "\r\n ";
        pos = cut;
        limit = kMaxOctets - 1; // the leading space counts
    }
    out += line.mid(pos);
    out += "\r\n";
    return out;
}

QTimeZone IcsWriter::zoneOf(const IcsEvent& event) const
{
    return event.series ? event.series->timeZone() : m_zone;
}

Status IcsWriter::check(const QList<IcsEvent>& events) const
{
    if (events.isEmpty())
        return Status::failure(
            QCoreApplication::translate("IcsWriter", "There are no sessions to put in the calendar."));
    QSet<QString> uids;
    for (const IcsEvent& event : events) {
        const QString name = event.summary.isEmpty() ? event.uid : event.summary;
        if (event.uid.trimmed().isEmpty())
            return Status::failure(
                QCoreApplication::translate("IcsWriter", "The session \"%1\" has no UID.").arg(event.summary));
        if (uids.contains(event.uid))
            return Status::failure(
                QCoreApplication::translate("IcsWriter", "Two sessions share the UID %1.").arg(event.uid));
        uids.insert(event.uid);
        if (event.series) {
            if (!event.series->isValid())
                return Status::failure(
                    QCoreApplication::translate("IcsWriter", "The series \"%1\" is not valid.").arg(name));
        } else if (!event.start.isValid() || event.minutes < 1) {
            return Status::failure(
                QCoreApplication::translate("IcsWriter", "The session \"%1\" needs a start and a positive length.")
                    .arg(name));
        }
    }
    return {};
}

Result<QByteArray> IcsWriter::write(const QList<IcsEvent>& events) const
{
    if (Status status = check(events); !status)
        return Result<QByteArray>::failure(status.errorString());

    // The span each zone must cover, keyed by zone id so the output order is stable.
    struct Span
    {
        QTimeZone zone;
        QDateTime first;
        QDateTime last;
    };
    QMap<QByteArray, Span> spans;
    for (const IcsEvent& event : events) {
        const QTimeZone zone = zoneOf(event);
        if (IcsTimeZone::isUtc(zone))
            continue;
        QDateTime first = event.start;
        QDateTime last = event.start.addSecs(qint64(event.minutes) * 60);
        if (event.series) {
            const QList<RecurrenceOccurrence> all = event.series->allOccurrences();
            first = Recurrence::wallClock(event.series->firstDate(), event.series->startTime(), zone);
            for (const RecurrenceOccurrence& o : all)
                first = std::min(first, o.start);
            last = std::max(first, event.series->lastEnd());
        }
        auto it = spans.find(zone.id());
        if (it == spans.end()) {
            spans.insert(zone.id(), {zone, first, last});
        } else {
            it->first = std::min(it->first, first);
            it->last = std::max(it->last, last);
        }
    }

    QList<QByteArray> lines{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:" + text(m_productId), "CALSCALE:GREGORIAN"};
    if (!m_calendarName.isEmpty())
        lines << "X-WR-CALNAME:" + text(m_calendarName);
    for (const Span& span : spans)
        lines << IcsTimeZone::component(span.zone, span.first, span.last);
    const QByteArray stamp = m_clock.now().toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s).toLatin1();
    for (const IcsEvent& event : events)
        lines << eventLines(event, stamp);
    lines << "END:VCALENDAR";

    QByteArray out;
    for (const QByteArray& line : lines)
        out += foldLine(line);
    return out;
}

QList<QByteArray> IcsWriter::eventLines(const IcsEvent& event, const QByteArray& stamp) const
{
    const QTimeZone zone = zoneOf(event);
    QList<QByteArray> lines;
    auto begin = [&] {
        lines << "BEGIN:VEVENT"
              << "UID:" + text(event.uid) << "DTSTAMP:" + stamp;
        if (event.sequence > 0)
            lines << "SEQUENCE:" + QByteArray::number(event.sequence);
    };
    if (!event.series) {
        begin();
        lines << timeProperty("DTSTART", event.start, zone)
              << timeProperty("DTEND", event.start.addSecs(qint64(event.minutes) * 60), zone);
        appendDescriptive(lines, event);
        lines << "END:VEVENT";
        return lines;
    }

    const Recurrence& series = *event.series;
    // Series times are written as the nominal wall clock the rule repeats, not as resolved instants: a start
    // inside a DST gap must repeat as written, and calendars resolve it by the same RFC 5545 rule.
    begin();
    const QDateTime firstStart = Recurrence::wallClock(series.firstDate(), series.startTime(), zone);
    lines << timeProperty("DTSTART", series.firstDate(), series.startTime(), zone)
          << timeProperty("DTEND", firstStart.addSecs(qint64(series.minutes()) * 60), zone)
          << "RRULE:" + series.rrule().toLatin1();
    for (const RecurrenceException& e : series.exceptions()) {
        if (e.cancelled)
            lines << timeProperty("EXDATE", e.originalDate, series.startTime(), zone);
    }
    appendDescriptive(lines, event);
    lines << "END:VEVENT";

    for (const RecurrenceOccurrence& moved : series.movedOccurrences()) {
        const RecurrenceException& e =
            *std::find_if(series.exceptions().begin(), series.exceptions().end(), [&](const auto& x) {
                return x.originalDate == moved.originalDate;
            });
        begin();
        lines << timeProperty("RECURRENCE-ID", moved.originalDate, series.startTime(), zone)
              << timeProperty("DTSTART", e.movedDate, e.movedTime, zone) << timeProperty("DTEND", moved.end, zone);
        appendDescriptive(lines, event);
        lines << "END:VEVENT";
    }
    return lines;
}

void IcsWriter::appendDescriptive(QList<QByteArray>& lines, const IcsEvent& event) const
{
    if (!event.summary.isEmpty())
        lines << "SUMMARY:" + text(event.summary);
    if (!event.description.isEmpty() && (!event.confidential || m_includeConfidential))
        lines << "DESCRIPTION:" + text(event.description);
    if (!event.location.isEmpty())
        lines << "LOCATION:" + text(event.location);
    if (event.url.isValid() && !event.url.isEmpty())
        lines << "URL:" + event.url.toEncoded();
    // PRIVATE rather than CONFIDENTIAL: it is the class every major client maps to "private event".
    if (event.confidential)
        lines << "CLASS:PRIVATE";
    if (isUsableEmail(event.organizer.email.trimmed()))
        lines << calAddress("ORGANIZER", event.organizer);
    for (const IcsPerson& attendee : event.attendees) {
        if (isUsableEmail(attendee.email.trimmed()))
            lines << calAddress("ATTENDEE", attendee, ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION");
    }
}

} // namespace steward
