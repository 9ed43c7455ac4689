// SPDX-License-Identifier: GPL-3.0-or-later
#include "IcsTimeZone.h"

using namespace Qt::StringLiterals;

namespace steward {

namespace {

QByteArray localStamp(const QDateTime& utcInstant, int offsetSeconds)
{
    // The fields of the UTC QDateTime shifted by the offset are the wall clock in that offset.
    return utcInstant.toUTC().addSecs(offsetSeconds).toString(u"yyyyMMdd'T'HHmmss"_s).toLatin1();
}

QByteArray textValue(const QString& text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u';', u"\\;"_s).replace(u',', u"\\,"_s);
    return escaped.toUtf8();
}

} // namespace

bool IcsTimeZone::isUtc(const QTimeZone& zone)
{
    static const QByteArrayList kUtcIds = {"UTC",
                                           "Etc/UTC",
                                           "Etc/Universal",
                                           "Universal",
                                           "Etc/Zulu",
                                           "Zulu",
                                           "Etc/UCT",
                                           "UCT",
                                           "Etc/GMT",
                                           "GMT",
                                           "Etc/Greenwich",
                                           "Greenwich"};
    return !zone.isValid() || zone == QTimeZone::utc() || kUtcIds.contains(zone.id());
}

QByteArray IcsTimeZone::offset(int seconds)
{
    const char sign = seconds < 0 ? '-' : '+';
    const int value = std::abs(seconds);
    QByteArray text = sign + QByteArray::number(value / 3600).rightJustified(2, '0')
                      + QByteArray::number(value % 3600 / 60).rightJustified(2, '0');
    if (value % 60 != 0)
        text += QByteArray::number(value % 60).rightJustified(2, '0');
    return text;
}

QList<QByteArray> IcsTimeZone::component(const QTimeZone& zone, const QDateTime& first, const QDateTime& last)
{
    QList<QByteArray> lines{"BEGIN:VTIMEZONE", "TZID:" + zone.id()};
    const int firstYear = first.toTimeZone(zone).date().year();
    const int lastYear = last.toTimeZone(zone).date().year();
    const QDateTime from = QDateTime(QDate(firstYear, 1, 1), QTime(0, 0), QTimeZone::utc()).addDays(-1);
    const QDateTime to = QDateTime(QDate(lastYear + 1, 1, 1), QTime(0, 0), QTimeZone::utc()).addDays(1);

    QTimeZone::OffsetDataList transitions;
    const QTimeZone::OffsetData before = zone.previousTransition(from);
    if (before.atUtc.isValid())
        transitions.append(before);
    for (const QTimeZone::OffsetData& t : zone.transitions(from, to)) {
        if (transitions.isEmpty() || t.atUtc > transitions.constLast().atUtc)
            transitions.append(t);
    }

    if (transitions.isEmpty()) {
        // A zone without recorded transitions: one observance for all time.
        const int offsetSeconds = zone.offsetFromUtc(first);
        lines << "BEGIN:STANDARD"
              << "DTSTART:19700101T000000"
              << "TZOFFSETFROM:" + offset(offsetSeconds) << "TZOFFSETTO:" + offset(offsetSeconds)
              << "TZNAME:" + textValue(zone.abbreviation(first)) << "END:STANDARD";
    }
    for (qsizetype i = 0; i < transitions.size(); ++i) {
        const QTimeZone::OffsetData& t = transitions.at(i);
        int offsetFrom = t.offsetFromUtc;
        if (i > 0) {
            offsetFrom = transitions.at(i - 1).offsetFromUtc;
        } else if (const QTimeZone::OffsetData earlier = zone.previousTransition(t.atUtc); earlier.atUtc.isValid()) {
            offsetFrom = earlier.offsetFromUtc;
        }
        const QByteArray kind = t.daylightTimeOffset > 0 ? "DAYLIGHT" : "STANDARD";
        // DTSTART of an observance is its onset on the wall clock still in force (TZOFFSETFROM), RFC 5545 3.6.5.
        lines << "BEGIN:" + kind << "DTSTART:" + localStamp(t.atUtc, offsetFrom) << "TZOFFSETFROM:" + offset(offsetFrom)
              << "TZOFFSETTO:" + offset(t.offsetFromUtc);
        if (!t.abbreviation.isEmpty())
            lines << "TZNAME:" + textValue(t.abbreviation);
        lines << "END:" + kind;
    }
    lines << "END:VTIMEZONE";
    return lines;
}

} // namespace steward
