// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestWorkspace.h"
#include "schedule/IcsReader.h"
#include "schedule/IcsWriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;

class TestIcsWriter : public QObject
{
    Q_OBJECT

private slots:
    void escapesText_data();
    void escapesText();
    void foldsLines_data();
    void foldsLines();
    void writesStrictStructure();
    void roundTripsText();
    void writesSeriesWithExceptions();
    void writesTimeZoneFromTransitions();
    void writesUtc();
    void keepsConfidentialNotesOut_data();
    void keepsConfidentialNotesOut();
    void writesOrganizerAndAttendees();
    void refusesBadInput_data();
    void refusesBadInput();
    void passesSharedChecker();
    void parsesWithPythonIcalendar();
};

namespace {

const QTimeZone kBerlin("Europe/Berlin");
const QTimeZone kNewYork("America/New_York");
const QString kPython = u"/usr/bin/python3"_s;
const QString kSecret = u"Zanzibar-merger"_s;

/** Physical lines of a CRLF file, without their line ends. */
QList<QByteArray> physicalLines(const QByteArray& data)
{
    QList<QByteArray> lines = data.split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    for (QByteArray& line : lines)
        line.chop(1); // the CR, checked separately
    return lines;
}

QByteArray unfolded(const QByteArray& data)
{
    return QByteArray(data).replace("\r\n ", "");
}

IcsEvent weeklySeries()
{
    const QList<RecurrenceException> exceptions{
        RecurrenceException::cancel(QDate(2024, 3, 25)),
        RecurrenceException::move(QDate(2024, 4, 8), QDate(2024, 4, 10), QTime(14, 0), 90),
    };
    // Starts in CET, runs into CEST (2024-03-31).
    Result<Recurrence> series = Recurrence::create(
        QDate(2024, 3, 18), QTime(9, 0), 60, kBerlin, RecurrenceRule::weekly().setCount(6), exceptions);
    Q_ASSERT(series.ok());
    IcsEvent event;
    event.uid = u"session-1@steward.test"_s;
    event.summary = u"Think-pair-share: incidents; \"on-call\", pagers"_s;
    event.description = u"Think → pair → share.\nBring one incident, one lesson.\\ Backslash kept."_s;
    event.location = u"Room Ada, 3rd floor; or the video link"_s;
    event.url = QUrl(u"https://meet.example.org/tps?room=ada&x=1"_s);
    event.series = *series;
    event.organizer = {u"Lovelace, Ada"_s, u"ada@example.org"_s};
    event.attendees = {{u"Grace Hopper"_s, u"grace@example.org"_s}, {u"No Mail"_s, QString()}};
    return event;
}

IcsEvent monthlySeries()
{
    // Last Friday of the month in New York, across the November switch.
    Result<Recurrence> series = Recurrence::create(
        QDate(2024, 10, 25), QTime(10, 30), 45, kNewYork, RecurrenceRule::monthly(-1).setUntil(QDate(2024, 12, 31)));
    Q_ASSERT(series.ok());
    IcsEvent event;
    event.uid = u"session-2@steward.test"_s;
    event.summary = u"Practice-sharing (New York)"_s;
    event.description = u"Monthly practice-sharing."_s;
    event.series = *series;
    return event;
}

IcsEvent confidentialMeeting()
{
    IcsEvent event;
    event.uid = u"session-3@steward.test"_s;
    event.summary = u"Mastermind"_s;
    event.description = u"Hot seat: the "_s + kSecret + u" question."_s;
    event.confidential = true;
    event.start = QDateTime(QDate(2024, 10, 27), QTime(8, 0), Qt::UTC); // the day of the October switch
    event.minutes = 120;
    return event;
}

IcsEvent longSingle()
{
    IcsEvent event;
    event.uid = u"session-4@steward.test"_s;
    event.summary = u"Демо-день — デモデー — 演示日 🎉🎉🎉 with a title long enough to be folded more than once, surely"_s;
    event.description = QString(u"Ünïcödé ✓ 🧪, "_s).repeated(12);
    event.start = QDateTime(QDate(2025, 1, 15), QTime(13, 0), Qt::UTC);
    event.minutes = 30;
    return event;
}

QList<IcsEvent> fullCalendar()
{
    return {weeklySeries(), monthlySeries(), confidentialMeeting(), longSingle()};
}

QByteArray writeCalendar(const QList<IcsEvent>& events, const QTimeZone& zone = kBerlin)
{
    IcsWriter writer(test::fixedClock());
    writer.setTimeZone(zone);
    writer.setCalendarName(u"Steward, SRE community"_s);
    const Result<QByteArray> data = writer.write(events);
    if (!data.ok())
        qWarning() << data.errorString();
    return data.ok() ? *data : QByteArray();
}

/** The value of every content line named `name`, in file order, as written (unfolded, still escaped). */
QStringList values(const QByteArray& data, const QString& name)
{
    QStringList found;
    const Result<QList<IcsProperty>> properties = IcsReader::read(data);
    if (!properties.ok())
        return found;
    for (const IcsProperty& p : *properties) {
        if (p.name == name)
            found << p.value;
    }
    return found;
}

QString utcStamp(const QDateTime& instant)
{
    return instant.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s);
}

bool runPython(const QStringList& arguments, QByteArray& out, QByteArray& err)
{
    QProcess process;
    process.start(kPython, arguments);
    if (!process.waitForFinished(120000))
        return false;
    out = process.readAllStandardOutput();
    err = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

} // namespace

void TestIcsWriter::escapesText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("escaped");

    QTest::addRow("plain") << u"Case round"_s << u"Case round"_s;
    QTest::addRow("comma") << u"a,b"_s << u"a\\,b"_s;
    QTest::addRow("semicolon") << u"a;b"_s << u"a\\;b"_s;
    QTest::addRow("backslash") << u"C:\\temp"_s << u"C:\\\\temp"_s;
    QTest::addRow("colon untouched") << u"Note: yes"_s << u"Note: yes"_s;
    QTest::addRow("LF") << u"one\ntwo"_s << u"one\\ntwo"_s;
    QTest::addRow("CRLF is one break") << u"one\r\ntwo"_s << u"one\\ntwo"_s;
    QTest::addRow("lone CR") << u"one\rtwo"_s << u"one\\ntwo"_s;
    QTest::addRow("controls dropped, tab kept") << u"a\u0001b\tc\u007f"_s << u"ab\tc"_s;
    QTest::addRow("unicode unchanged") << u"Zoë → 李 🎉"_s << u"Zoë → 李 🎉"_s;
    QTest::addRow("all at once") << u"\\;,\n"_s << u"\\\\\\;\\,\\n"_s;
}

void TestIcsWriter::escapesText()
{
    QFETCH(QString, input);
    QFETCH(QString, escaped);
    QCOMPARE(IcsWriter::escapeText(input), escaped);
    if (!input.contains(u'\r') && !input.contains(u'\u0001'))
        QCOMPARE(IcsReader::unescapeText(escaped), input);
}

void TestIcsWriter::foldsLines_data()
{
    QTest::addColumn<QByteArray>("line");

    QTest::addRow("short") << QByteArray("SUMMARY:short");
    QTest::addRow("exactly 75") << QByteArray("SUMMARY:").append(QByteArray(67, 'x'));
    QTest::addRow("76") << QByteArray("SUMMARY:").append(QByteArray(68, 'x'));
    QTest::addRow("300 ASCII") << QByteArray("DESCRIPTION:").append(QByteArray(288, 'y'));
    // Multi-byte characters placed so that octet 75 falls inside them.
    for (const QString& ch : {u"é"_s, u"€"_s, u"🎉"_s}) {
        for (int pad = 0; pad < 4; ++pad) {
            QTest::addRow("%s x40, pad %d", qPrintable(ch), pad)
                << ("SUMMARY:" + QByteArray(pad, 'p') + ch.repeated(40).toUtf8());
        }
    }
}

void TestIcsWriter::foldsLines()
{
    QFETCH(QByteArray, line);
    const QByteArray folded = IcsWriter::foldLine(line);
    QVERIFY(folded.endsWith("\r\n"));
    QCOMPARE(folded.count('\n'), folded.count("\r\n"));
    const QList<QByteArray> lines = physicalLines(folded);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QVERIFY2(lines.at(i).size() <= 75, qPrintable(u"line %1 has %2 octets"_s.arg(i).arg(lines.at(i).size())));
        if (i > 0)
            QVERIFY(lines.at(i).startsWith(' '));
        // Each physical line is valid UTF-8 on its own: no sequence was split.
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder(lines.at(i));
        QVERIFY2(!decoder.hasError(), qPrintable(u"line %1 splits a UTF-8 sequence"_s.arg(i)));
        if (i + 1 < lines.size())
            QVERIFY(lines.at(i).size() >= 72); // folded as late as possible (a 4-octet character backs up 3)
    }
    QCOMPARE(unfolded(folded), line + "\r\n");
}

void TestIcsWriter::writesStrictStructure()
{
    const QByteArray data = writeCalendar(fullCalendar());
    QVERIFY(!data.isEmpty());
    QVERIFY(data.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Steward//Steward "));
    QVERIFY(data.endsWith("END:VCALENDAR\r\n"));
    QCOMPARE(data.count('\n'), data.count("\r\n")); // no bare LF
    QCOMPARE(data.count('\r'), data.count("\r\n")); // no bare CR
    for (const QByteArray& line : physicalLines(data))
        QVERIFY2(line.size() <= 75, line.constData());
    QVERIFY(data.contains("\r\n ")); // something was long enough to fold
    QCOMPARE(values(data, u"DTSTAMP"_s).size(), 5);
    for (const QString& stamp : values(data, u"DTSTAMP"_s))
        QCOMPARE(stamp, u"20261102T093000Z"_s); // the injected clock
    const QStringList uids = values(data, u"UID"_s);
    QCOMPARE(uids,
             QStringList({u"session-1@steward.test"_s,
                          u"session-1@steward.test"_s, // the moved session's RECURRENCE-ID event
                          u"session-2@steward.test"_s,
                          u"session-3@steward.test"_s,
                          u"session-4@steward.test"_s}));
    QCOMPARE(values(data, u"BEGIN"_s).count(u"VEVENT"_s), 5);
    QCOMPARE(values(data, u"TZID"_s), QStringList({u"America/New_York"_s, u"Europe/Berlin"_s}));
    QCOMPARE(values(data, u"X-WR-CALNAME"_s), QStringList{u"Steward\\, SRE community"_s});
    // Stable: the same input gives the same bytes.
    QCOMPARE(writeCalendar(fullCalendar()), data);
}

void TestIcsWriter::roundTripsText()
{
    const QList<IcsEvent> events = fullCalendar();
    const QByteArray data = writeCalendar(events);
    const Result<QList<IcsProperty>> properties = IcsReader::read(data);
    QVERIFY2(properties.ok(), qPrintable(properties.errorString()));
    QStringList summaries;
    QStringList descriptions;
    QStringList locations;
    for (const IcsProperty& p : *properties) {
        if (p.name == u"SUMMARY")
            summaries << IcsReader::unescapeText(p.value);
        else if (p.name == u"DESCRIPTION")
            descriptions << IcsReader::unescapeText(p.value);
        else if (p.name == u"LOCATION")
            locations << IcsReader::unescapeText(p.value);
    }
    const IcsEvent& series = events.at(0);
    QCOMPARE(summaries,
             QStringList(
                 {series.summary, series.summary, events.at(1).summary, events.at(2).summary, events.at(3).summary}));
    QCOMPARE(descriptions,
             QStringList({series.description, series.description, events.at(1).description, events.at(3).description}));
    QCOMPARE(locations, QStringList({series.location, series.location}));
    QCOMPARE(values(data, u"URL"_s).value(0), u"https://meet.example.org/tps?room=ada&x=1"_s);
}

void TestIcsWriter::writesSeriesWithExceptions()
{
    const QByteArray data = unfolded(writeCalendar({weeklySeries()}));
    QVERIFY(data.contains("\r\nDTSTART;TZID=Europe/Berlin:20240318T090000\r\n"
                          "DTEND;TZID=Europe/Berlin:20240318T100000\r\n"
                          "RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=6;WKST=MO\r\n"
                          "EXDATE;TZID=Europe/Berlin:20240325T090000\r\n"));
    QVERIFY(data.contains("\r\nRECURRENCE-ID;TZID=Europe/Berlin:20240408T090000\r\n"
                          "DTSTART;TZID=Europe/Berlin:20240410T140000\r\n"
                          "DTEND;TZID=Europe/Berlin:20240410T153000\r\n"));
    QCOMPARE(values(data, u"RRULE"_s).size(), 1); // the override carries no rule
}

void TestIcsWriter::writesTimeZoneFromTransitions()
{
    const QByteArray data = unfolded(writeCalendar({weeklySeries()}));
    const qsizetype begin = data.indexOf("BEGIN:VTIMEZONE\r\n");
    const qsizetype end = data.indexOf("END:VTIMEZONE\r\n");
    QVERIFY(begin >= 0 && end > begin);
    const QByteArray zone = data.mid(begin, end - begin);
    QVERIFY(zone.contains("TZID:Europe/Berlin\r\n"));
    // The observance in force before the events (autumn 2023), then 2024's two switches.
    QVERIFY(zone.contains("BEGIN:STANDARD\r\nDTSTART:20231029T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"
                          "TZNAME:CET\r\nEND:STANDARD\r\n"));
    QVERIFY(zone.contains("BEGIN:DAYLIGHT\r\nDTSTART:20240331T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n"
                          "TZNAME:CEST\r\nEND:DAYLIGHT\r\n"));
    QVERIFY(zone.contains("BEGIN:STANDARD\r\nDTSTART:20241027T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"));
    QVERIFY(!zone.contains("DTSTART:2025")); // only the years of the events

    const QByteArray ny = unfolded(writeCalendar({monthlySeries()}));
    QVERIFY(ny.contains("BEGIN:STANDARD\r\nDTSTART:20241103T020000\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\n"
                        "TZNAME:EST\r\nEND:STANDARD\r\n"));
    QVERIFY(ny.contains("RRULE:FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20241227T153000Z;WKST=MO\r\n"));
}

void TestIcsWriter::writesUtc()
{
    IcsEvent event = longSingle();
    const QByteArray data = unfolded(writeCalendar({event}, QTimeZone::utc()));
    QVERIFY(data.contains("\r\nDTSTART:20250115T130000Z\r\nDTEND:20250115T133000Z\r\n"));
    QVERIFY(!data.contains("VTIMEZONE"));
    QVERIFY(!data.contains("TZID"));

    // A single session in a zone is written on that zone's wall clock.
    const QByteArray berlin = unfolded(writeCalendar({event}, kBerlin));
    QVERIFY(berlin.contains("\r\nDTSTART;TZID=Europe/Berlin:20250115T140000\r\n"));
    QVERIFY(berlin.contains("BEGIN:VTIMEZONE"));
}

void TestIcsWriter::keepsConfidentialNotesOut_data()
{
    QTest::addColumn<bool>("confidential");
    QTest::addColumn<bool>("include");
    QTest::addColumn<bool>("descriptionWritten");

    QTest::addRow("open session") << false << false << true;
    QTest::addRow("confidential, by default") << true << false << false;
    QTest::addRow("confidential, explicitly included") << true << true << true;
}

void TestIcsWriter::keepsConfidentialNotesOut()
{
    QFETCH(bool, confidential);
    QFETCH(bool, include);
    QFETCH(bool, descriptionWritten);
    IcsEvent event = confidentialMeeting();
    event.confidential = confidential;
    IcsWriter writer(test::fixedClock());
    writer.setIncludeConfidential(include);
    const Result<QByteArray> data = writer.write({event});
    QVERIFY2(data.ok(), qPrintable(data.errorString()));
    QCOMPARE(unfolded(*data).contains(kSecret.toUtf8()), descriptionWritten);
    QCOMPARE(values(*data, u"DESCRIPTION"_s).size(), descriptionWritten ? 1 : 0);
    QCOMPARE(values(*data, u"CLASS"_s), confidential ? QStringList{u"PRIVATE"_s} : QStringList{});
    QCOMPARE(values(*data, u"SUMMARY"_s), QStringList{u"Mastermind"_s});
}

void TestIcsWriter::writesOrganizerAndAttendees()
{
    const QByteArray data = writeCalendar({weeklySeries()});
    const Result<QList<IcsProperty>> properties = IcsReader::read(data);
    QVERIFY(properties.ok());
    QList<IcsProperty> organizers;
    QList<IcsProperty> attendees;
    for (const IcsProperty& p : *properties) {
        if (p.name == u"ORGANIZER")
            organizers << p;
        if (p.name == u"ATTENDEE")
            attendees << p;
    }
    QCOMPARE(organizers.size(), 2); // series and its moved session
    QCOMPARE(organizers.at(0).value, u"mailto:ada@example.org"_s);
    QCOMPARE(organizers.at(0).parameter(u"CN"_s), u"Lovelace, Ada"_s);
    QVERIFY(unfolded(data).contains("ORGANIZER;CN=\"Lovelace, Ada\":mailto:ada@example.org\r\n"));
    QCOMPARE(attendees.size(), 2); // "No Mail" has no address and is left out
    QCOMPARE(attendees.at(0).value, u"mailto:grace@example.org"_s);
    QCOMPARE(attendees.at(0).parameter(u"CN"_s), u"Grace Hopper"_s);
    QCOMPARE(attendees.at(0).parameter(u"ROLE"_s), u"REQ-PARTICIPANT"_s);
    QVERIFY(!data.contains("No Mail"));
}

void TestIcsWriter::refusesBadInput_data()
{
    QTest::addColumn<QList<IcsEvent>>("events");
    QTest::addColumn<QString>("message");

    IcsEvent noUid = longSingle();
    noUid.uid = u"  "_s;
    IcsEvent noStart = longSingle();
    noStart.start = QDateTime();
    IcsEvent noLength = longSingle();
    noLength.minutes = 0;
    QTest::addRow("nothing to write") << QList<IcsEvent>{} << u"no sessions"_s;
    QTest::addRow("missing UID") << QList<IcsEvent>{noUid} << u"has no UID"_s;
    QTest::addRow("duplicate UID") << QList<IcsEvent>{longSingle(), longSingle()} << u"share the UID"_s;
    QTest::addRow("no start") << QList<IcsEvent>{noStart} << u"needs a start and a positive length"_s;
    QTest::addRow("zero length") << QList<IcsEvent>{noLength} << u"needs a start and a positive length"_s;
    IcsEvent badSeries = weeklySeries();
    badSeries.series = Recurrence();
    QTest::addRow("invalid series") << QList<IcsEvent>{badSeries} << u"is not valid"_s;
}

void TestIcsWriter::refusesBadInput()
{
    QFETCH(QList<IcsEvent>, events);
    QFETCH(QString, message);
    IcsWriter writer(test::fixedClock());
    const Result<QByteArray> data = writer.write(events);
    QVERIFY(!data.ok());
    QVERIFY2(data.errorString().contains(message), qPrintable(data.errorString()));
}

void TestIcsWriter::passesSharedChecker()
{
    const QString checker = QStringLiteral(STEWARD_CHECK_ICS);
    if (!QFile::exists(checker))
        QFAIL(qPrintable(u"%1 not found: the contract checkers live in shared/checks beside the clone"_s.arg(checker)));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"sessions.ics"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(writeCalendar(fullCalendar()));
    file.close();
    QByteArray out;
    QByteArray err;
    QVERIFY2(runPython({checker, path}, out, err), (out + err).constData());
    QCOMPARE(out.trimmed(), QByteArray("ics ok: 5 events, 2 series"));
}

void TestIcsWriter::parsesWithPythonIcalendar()
{
    // An independent reading: python3-icalendar parses the file, dateutil expands RRULE minus EXDATE with
    // zoneinfo (not Qt), and the result must equal what Recurrence says the calendar contains.
    static const char* const kScript = R"PY(
import sys, json, icalendar
from datetime import timezone
from zoneinfo import ZoneInfo
from dateutil.rrule import rrulestr
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
def zoned(dt, params):
    tzid = params.get('TZID')
    return dt.replace(tzinfo=ZoneInfo(str(tzid))) if tzid else dt
def utc(dt):
    return dt.astimezone(timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')
def prop(e, name):
    return zoned(e[name].dt, e[name].params)
out = []
for e in cal.walk('VEVENT'):
    item = {'uid': str(e['UID']), 'start': utc(prop(e, 'DTSTART')), 'end': utc(prop(e, 'DTEND')),
            'summary': str(e.get('SUMMARY', '')), 'description': str(e['DESCRIPTION']) if 'DESCRIPTION' in e else None}
    if 'RECURRENCE-ID' in e:
        item['recurrenceId'] = utc(prop(e, 'RECURRENCE-ID'))
    if 'RRULE' in e:
        excluded = set()
        ex = e.get('EXDATE')
        for group in ([] if ex is None else ex if isinstance(ex, list) else [ex]):
            for v in group.dts:
                excluded.add(utc(zoned(v.dt, group.params)))
        rule = rrulestr(e['RRULE'].to_ical().decode(), dtstart=prop(e, 'DTSTART'))
        item['instances'] = [utc(x) for x in rule if utc(x) not in excluded]
    out.append(item)
print(json.dumps(out))
)PY";
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"sessions.ics"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QList<IcsEvent> events = fullCalendar();
    file.write(writeCalendar(events));
    file.close();
    QByteArray out;
    QByteArray err;
    if (!QFile::exists(kPython))
        QFAIL("/usr/bin/python3 is missing (install python3-icalendar)");
    QVERIFY2(runPython({u"-c"_s, QString::fromUtf8(kScript), path}, out, err), err.constData());
    const QJsonArray parsed = QJsonDocument::fromJson(out).array();
    QCOMPARE(parsed.size(), 5);

    // The weekly Berlin series: instances (rule minus EXDATE) as python sees them = our rule minus cancellations.
    const Recurrence& weekly = *events.at(0).series;
    QStringList ours;
    for (QDate date : weekly.ruleDates()) {
        if (date != QDate(2024, 3, 25))
            ours << utcStamp(Recurrence::wallClock(date, QTime(9, 0), kBerlin));
    }
    QStringList theirs;
    for (const QJsonValue& v : parsed.at(0)[u"instances"_s].toArray())
        theirs << v.toString();
    QCOMPARE(theirs, ours);
    QCOMPARE(theirs.value(0), u"2024-03-18T08:00:00Z"_s); // CET
    QCOMPARE(theirs.value(1), u"2024-04-01T07:00:00Z"_s); // CEST: still 09:00 on the wall clock

    // The moved session: RECURRENCE-ID is the original start, DTSTART/DTEND the new ones.
    const RecurrenceOccurrence moved = weekly.movedOccurrences().value(0);
    const QJsonObject overrideEvent = parsed.at(1).toObject();
    QCOMPARE(overrideEvent[u"uid"_s].toString(), u"session-1@steward.test"_s);
    QCOMPARE(overrideEvent[u"recurrenceId"_s].toString(), utcStamp(moved.originalStart));
    QCOMPARE(overrideEvent[u"start"_s].toString(), utcStamp(moved.start));
    QCOMPARE(overrideEvent[u"end"_s].toString(), utcStamp(moved.end));
    QCOMPARE(overrideEvent[u"summary"_s].toString(), events.at(0).summary);
    QCOMPARE(overrideEvent[u"description"_s].toString(), events.at(0).description);

    // The New York series across the November switch, bounded by UNTIL.
    QStringList monthly;
    for (const RecurrenceOccurrence& o : events.at(1).series->allOccurrences())
        monthly << utcStamp(o.start);
    QStringList monthlyTheirs;
    for (const QJsonValue& v : parsed.at(2)[u"instances"_s].toArray())
        monthlyTheirs << v.toString();
    QCOMPARE(monthlyTheirs, monthly);
    QCOMPARE(monthly, QStringList({u"2024-10-25T14:30:00Z"_s, u"2024-11-29T15:30:00Z"_s, u"2024-12-27T15:30:00Z"_s}));

    // The confidential session: there, but without its notes.
    const QJsonObject secret = parsed.at(3).toObject();
    QCOMPARE(secret[u"summary"_s].toString(), u"Mastermind"_s);
    QVERIFY(secret[u"description"_s].isNull());
    QCOMPARE(secret[u"start"_s].toString(), u"2024-10-27T08:00:00Z"_s);
    QCOMPARE(secret[u"end"_s].toString(), u"2024-10-27T10:00:00Z"_s);
    QVERIFY(!out.contains(kSecret.toUtf8()));

    // The folded UTF-8 text arrives whole.
    QCOMPARE(parsed.at(4)[u"summary"_s].toString(), events.at(3).summary);
    QCOMPARE(parsed.at(4)[u"description"_s].toString(), events.at(3).description);
}

QTEST_GUILESS_MAIN(TestIcsWriter)
#include "TestIcsWriter.moc"
