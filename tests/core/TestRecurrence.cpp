// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/Recurrence.h"

#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;

class TestRecurrence : public QObject
{
    Q_OBJECT

private slots:
    void expandsRuleDates_data();
    void expandsRuleDates();
    void keepsWallClockAcrossDst_data();
    void keepsWallClockAcrossDst();
    void readsWallClockLikeRfc5545_data();
    void readsWallClockLikeRfc5545();
    void appliesExceptions();
    void windowFindsMovedSessions();
    void windowUsesOverlap();
    void editsExceptions();
    void refusesBadSeries_data();
    void refusesBadSeries();
    void writesRrule_data();
    void writesRrule();
};

using Dates = QList<QDate>;

namespace {

const QTimeZone kBerlin("Europe/Berlin");
const QTimeZone kNewYork("America/New_York");

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

RecurrenceRule weeklyCount(int count, int interval = 1, QList<Qt::DayOfWeek> days = {})
{
    return RecurrenceRule::weekly(interval, std::move(days)).setCount(count);
}

} // namespace

void TestRecurrence::expandsRuleDates_data()
{
    QTest::addColumn<QDate>("first");
    QTest::addColumn<RecurrenceRule>("rule");
    QTest::addColumn<Dates>("expected");

    QTest::addRow("weekly, count 4") << d(2024, 1, 8) << weeklyCount(4)
                                     << Dates{d(2024, 1, 8), d(2024, 1, 15), d(2024, 1, 22), d(2024, 1, 29)};
    QTest::addRow("every 3 weeks, count 3")
        << d(2024, 1, 1) << weeklyCount(3, 3) << Dates{d(2024, 1, 1), d(2024, 1, 22), d(2024, 2, 12)};
    QTest::addRow("weekly until, end day included")
        << d(2024, 3, 5) << RecurrenceRule::weekly().setUntil(d(2024, 3, 19))
        << Dates{d(2024, 3, 5), d(2024, 3, 12), d(2024, 3, 19)};
    // Weeks run Monday..Sunday (WKST=MO): the first week only has the Wednesday at or after the start.
    QTest::addRow("every 2 weeks on Mon+Wed, starting Wed")
        << d(2024, 1, 10) << RecurrenceRule::weekly(2, {Qt::Wednesday, Qt::Monday}).setUntil(d(2024, 2, 7))
        << Dates{d(2024, 1, 10), d(2024, 1, 22), d(2024, 1, 24), d(2024, 2, 5), d(2024, 2, 7)};
    QTest::addRow("count counts across weekdays")
        << d(2024, 1, 1) << weeklyCount(5, 1, {Qt::Monday, Qt::Thursday})
        << Dates{d(2024, 1, 1), d(2024, 1, 4), d(2024, 1, 8), d(2024, 1, 11), d(2024, 1, 15)};
    QTest::addRow("monthly 2nd Tuesday") << d(2024, 1, 9) << RecurrenceRule::monthly(2).setCount(4)
                                         << Dates{d(2024, 1, 9), d(2024, 2, 13), d(2024, 3, 12), d(2024, 4, 9)};
    QTest::addRow("monthly last Friday") << d(2024, 1, 26) << RecurrenceRule::monthly(-1).setCount(3)
                                         << Dates{d(2024, 1, 26), d(2024, 2, 23), d(2024, 3, 29)};
    QTest::addRow("monthly last Thursday, also a 5th one") << d(2024, 2, 29) << RecurrenceRule::monthly(-1).setCount(3)
                                                           << Dates{d(2024, 2, 29), d(2024, 3, 28), d(2024, 4, 25)};
    QTest::addRow("monthly 5th Thursday skips months without one")
        << d(2024, 2, 29) << RecurrenceRule::monthly(5).setCount(3)
        << Dates{d(2024, 2, 29), d(2024, 5, 30), d(2024, 8, 29)};
    QTest::addRow("5th weekday taken from the start date")
        << d(2024, 2, 29) << RecurrenceRule::monthly(0).setCount(2) << Dates{d(2024, 2, 29), d(2024, 5, 30)};
    QTest::addRow("3rd Tuesday taken from the start date")
        << d(2024, 3, 19) << RecurrenceRule::monthly().setCount(2) << Dates{d(2024, 3, 19), d(2024, 4, 16)};
    QTest::addRow("every 2 months, 1st Monday, until")
        << d(2024, 1, 1) << RecurrenceRule::monthly(1, 2).setUntil(d(2024, 7, 31))
        << Dates{d(2024, 1, 1), d(2024, 3, 4), d(2024, 5, 6), d(2024, 7, 1)};
    QTest::addRow("monthly across a year end") << d(2024, 11, 12) << RecurrenceRule::monthly(2).setCount(3)
                                               << Dates{d(2024, 11, 12), d(2024, 12, 10), d(2025, 1, 14)};
    QTest::addRow("count 1") << d(2024, 1, 8) << weeklyCount(1) << Dates{d(2024, 1, 8)};
}

void TestRecurrence::expandsRuleDates()
{
    QFETCH(QDate, first);
    QFETCH(RecurrenceRule, rule);
    QFETCH(Dates, expected);
    const Result<Recurrence> series = Recurrence::create(first, QTime(9, 0), 60, kBerlin, rule);
    QVERIFY2(series.ok(), qPrintable(series.errorString()));
    QCOMPARE(series->ruleDates(), expected);
    Dates starts;
    for (const RecurrenceOccurrence& o : series->allOccurrences()) {
        starts.append(o.start.date());
        QCOMPARE(o.start.time(), QTime(9, 0));
        QCOMPARE(o.start.secsTo(o.end), 3600);
    }
    QCOMPARE(starts, expected);
}

void TestRecurrence::keepsWallClockAcrossDst_data()
{
    QTest::addColumn<QTimeZone>("zone");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QTime>("time");
    QTest::addColumn<QList<QDateTime>>("utcStarts");

    auto utc = [](int y, int m, int day, int h, int min = 0) {
        return QDateTime(d(y, m, day), QTime(h, min), Qt::UTC);
    };
    // Europe/Berlin: CET (+1) until 2024-03-31, CEST (+2) until 2024-10-27.
    QTest::addRow("Berlin, March switch")
        << kBerlin << d(2024, 3, 18) << QTime(9, 0)
        << QList<QDateTime>{utc(2024, 3, 18, 8), utc(2024, 3, 25, 8), utc(2024, 4, 1, 7), utc(2024, 4, 8, 7)};
    QTest::addRow("Berlin, October switch")
        << kBerlin << d(2024, 10, 14) << QTime(9, 0)
        << QList<QDateTime>{utc(2024, 10, 14, 7), utc(2024, 10, 21, 7), utc(2024, 10, 28, 8), utc(2024, 11, 4, 8)};
    // America/New_York: EST (-5) until 2024-03-10, EDT (-4) until 2024-11-03.
    QTest::addRow("New York, March switch")
        << kNewYork << d(2024, 3, 4) << QTime(10, 30)
        << QList<QDateTime>{
               utc(2024, 3, 4, 15, 30), utc(2024, 3, 11, 14, 30), utc(2024, 3, 18, 14, 30), utc(2024, 3, 25, 14, 30)};
    QTest::addRow("New York, November switch") << kNewYork << d(2024, 10, 21) << QTime(10, 30)
                                               << QList<QDateTime>{utc(2024, 10, 21, 14, 30),
                                                                   utc(2024, 10, 28, 14, 30),
                                                                   utc(2024, 11, 4, 15, 30),
                                                                   utc(2024, 11, 11, 15, 30)};
}

void TestRecurrence::keepsWallClockAcrossDst()
{
    QFETCH(QTimeZone, zone);
    QFETCH(QDate, first);
    QFETCH(QTime, time);
    QFETCH(QList<QDateTime>, utcStarts);
    const Result<Recurrence> series = Recurrence::create(first, time, 90, zone, weeklyCount(4));
    QVERIFY2(series.ok(), qPrintable(series.errorString()));
    const QList<RecurrenceOccurrence> all = series->allOccurrences();
    QCOMPARE(all.size(), utcStarts.size());
    for (qsizetype i = 0; i < all.size(); ++i) {
        QCOMPARE(all.at(i).start.toUTC(), utcStarts.at(i));
        QCOMPARE(all.at(i).start.timeZone(), zone);
        QCOMPARE(all.at(i).start.time(), time); // same wall clock every week
        QCOMPARE(all.at(i).start.date(), first.addDays(7 * i));
        QCOMPARE(all.at(i).start.secsTo(all.at(i).end), 90 * 60);
    }
}

void TestRecurrence::readsWallClockLikeRfc5545_data()
{
    QTest::addColumn<QTimeZone>("zone");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QTime>("time");
    QTest::addColumn<QDateTime>("utc");

    // RFC 5545 3.3.5: in the spring gap the offset before the gap applies; a repeated autumn time is the first.
    QTest::addRow("Berlin gap 02:30 -> 03:30 CEST")
        << kBerlin << d(2024, 3, 31) << QTime(2, 30) << QDateTime(d(2024, 3, 31), QTime(1, 30), Qt::UTC);
    QTest::addRow("Berlin repeated 02:30 -> CEST")
        << kBerlin << d(2024, 10, 27) << QTime(2, 30) << QDateTime(d(2024, 10, 27), QTime(0, 30), Qt::UTC);
    QTest::addRow("New York gap 02:30 -> 03:30 EDT")
        << kNewYork << d(2024, 3, 10) << QTime(2, 30) << QDateTime(d(2024, 3, 10), QTime(7, 30), Qt::UTC);
    QTest::addRow("New York repeated 01:30 -> EDT")
        << kNewYork << d(2024, 11, 3) << QTime(1, 30) << QDateTime(d(2024, 11, 3), QTime(5, 30), Qt::UTC);
    QTest::addRow("ordinary time") << kBerlin << d(2024, 7, 1) << QTime(9, 0)
                                   << QDateTime(d(2024, 7, 1), QTime(7, 0), Qt::UTC);
    QTest::addRow("UTC") << QTimeZone::utc() << d(2024, 3, 31) << QTime(2, 30)
                         << QDateTime(d(2024, 3, 31), QTime(2, 30), Qt::UTC);
}

void TestRecurrence::readsWallClockLikeRfc5545()
{
    QFETCH(QTimeZone, zone);
    QFETCH(QDate, date);
    QFETCH(QTime, time);
    QFETCH(QDateTime, utc);
    const QDateTime instant = Recurrence::wallClock(date, time, zone);
    QVERIFY(instant.isValid());
    QCOMPARE(instant.toUTC(), utc);
}

void TestRecurrence::appliesExceptions()
{
    const QList<RecurrenceException> exceptions{
        RecurrenceException::cancel(d(2024, 1, 15)),
        RecurrenceException::move(d(2024, 1, 22), d(2024, 1, 24), QTime(14, 0), 90),
    };
    const Result<Recurrence> series =
        Recurrence::create(d(2024, 1, 8), QTime(9, 0), 60, kBerlin, weeklyCount(5), exceptions);
    QVERIFY2(series.ok(), qPrintable(series.errorString()));
    QCOMPARE(series->ruleDates().size(), 5); // COUNT counts the cancelled session too (RFC 5545)

    const QList<RecurrenceOccurrence> all = series->allOccurrences();
    QCOMPARE(all.size(), 4);
    QCOMPARE(all.at(0).start, Recurrence::wallClock(d(2024, 1, 8), QTime(9, 0), kBerlin));
    QCOMPARE(all.at(0).index, 0);
    QVERIFY(!all.at(0).moved);
    const RecurrenceOccurrence& moved = all.at(1);
    QVERIFY(moved.moved);
    QCOMPARE(moved.index, 2);
    QCOMPARE(moved.originalDate, d(2024, 1, 22));
    QCOMPARE(moved.originalStart, Recurrence::wallClock(d(2024, 1, 22), QTime(9, 0), kBerlin));
    QCOMPARE(moved.start, Recurrence::wallClock(d(2024, 1, 24), QTime(14, 0), kBerlin));
    QCOMPARE(moved.start.secsTo(moved.end), 90 * 60);
    QCOMPARE(all.at(2).start.date(), d(2024, 1, 29));
    QCOMPARE(all.at(3).start.date(), d(2024, 2, 5));
    QCOMPARE(all.at(3).index, 4);

    QCOMPARE(series->cancelledStarts(), QList<QDateTime>{Recurrence::wallClock(d(2024, 1, 15), QTime(9, 0), kBerlin)});
    QCOMPARE(series->movedOccurrences(), QList<RecurrenceOccurrence>{moved});
    QCOMPARE(series->lastEnd(), Recurrence::wallClock(d(2024, 2, 5), QTime(10, 0), kBerlin));
    QVERIFY(series->occurrences(d(2024, 1, 15), d(2024, 1, 23)).isEmpty()); // cancelled, and moved away
    QCOMPARE(series->occurrences(d(2024, 1, 24), d(2024, 1, 24)), QList<RecurrenceOccurrence>{moved});
}

void TestRecurrence::windowFindsMovedSessions()
{
    // The last session is moved far forward, before the window's rule dates: it must still be found.
    const Result<Recurrence> series =
        Recurrence::create(d(2024, 1, 8),
                           QTime(9, 0),
                           60,
                           kBerlin,
                           weeklyCount(6),
                           {RecurrenceException::move(d(2024, 2, 12), d(2024, 1, 10), QTime(16, 0))});
    QVERIFY2(series.ok(), qPrintable(series.errorString()));
    const QList<RecurrenceOccurrence> window = series->occurrences(d(2024, 1, 8), d(2024, 1, 12));
    QCOMPARE(window.size(), 2);
    QCOMPARE(window.at(0).start.date(), d(2024, 1, 8));
    QCOMPARE(window.at(1).start, Recurrence::wallClock(d(2024, 1, 10), QTime(16, 0), kBerlin));
    QCOMPARE(window.at(1).index, 5);
    QVERIFY(series->occurrences(d(2024, 2, 12), d(2024, 2, 12)).isEmpty());
}

void TestRecurrence::windowUsesOverlap()
{
    // 23:30-00:30 belongs to both days.
    const Result<Recurrence> series = Recurrence::create(d(2024, 1, 8), QTime(23, 30), 60, kBerlin, weeklyCount(2));
    QVERIFY2(series.ok(), qPrintable(series.errorString()));
    QCOMPARE(series->occurrences(d(2024, 1, 9), d(2024, 1, 9)).size(), 1);
    QCOMPARE(series->occurrences(d(2024, 1, 8), d(2024, 1, 8)).size(), 1);
    QCOMPARE(series->occurrences(d(2024, 1, 10), d(2024, 1, 14)).size(), 0);
    const QDateTime from = Recurrence::wallClock(d(2024, 1, 16), QTime(0, 30), kBerlin);
    QCOMPARE(series->occurrences(from, from.addDays(1)).size(), 0); // [from, to): the end is not inside
    QCOMPARE(series->occurrences(from.addSecs(-1), from.addDays(1)).size(), 1);
}

void TestRecurrence::editsExceptions()
{
    const Result<Recurrence> series = Recurrence::create(d(2024, 1, 8), QTime(9, 0), 60, kBerlin, weeklyCount(4));
    QVERIFY(series.ok());
    Result<Recurrence> cancelled = series->withException(RecurrenceException::cancel(d(2024, 1, 15)));
    QVERIFY2(cancelled.ok(), qPrintable(cancelled.errorString()));
    QCOMPARE(cancelled->allOccurrences().size(), 3);
    // A second change of the same session replaces the first.
    Result<Recurrence> moved =
        cancelled->withException(RecurrenceException::move(d(2024, 1, 15), d(2024, 1, 16), QTime(9, 0)));
    QVERIFY2(moved.ok(), qPrintable(moved.errorString()));
    QCOMPARE(moved->exceptions().size(), 1);
    QCOMPARE(moved->allOccurrences().size(), 4);
    QCOMPARE(moved->withoutException(d(2024, 1, 15)), *series);
    const Result<Recurrence> bad = series->withException(RecurrenceException::cancel(d(2024, 1, 16)));
    QVERIFY(!bad.ok());
    QVERIFY2(bad.errorString().contains(u"2024-01-16"_s), qPrintable(bad.errorString()));
}

void TestRecurrence::refusesBadSeries_data()
{
    QTest::addColumn<QDate>("first");
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QTimeZone>("zone");
    QTest::addColumn<RecurrenceRule>("rule");
    QTest::addColumn<QList<RecurrenceException>>("exceptions");
    QTest::addColumn<QString>("message");

    const QDate monday = d(2024, 1, 8);
    QTest::addRow("neither count nor end")
        << monday << 60 << kBerlin << RecurrenceRule::weekly() << QList<RecurrenceException>{}
        << u"needs either a number of sessions or an end date"_s;
    QTest::addRow("both count and end") << monday << 60 << kBerlin
                                        << RecurrenceRule::weekly().setCount(3).setUntil(d(2024, 3, 1))
                                        << QList<RecurrenceException>{} << u"not both"_s;
    QTest::addRow("count 0") << monday << 60 << kBerlin << weeklyCount(0) << QList<RecurrenceException>{}
                             << u"at least one session (the count is 0)"_s;
    QTest::addRow("negative count") << monday << 60 << kBerlin << weeklyCount(-2) << QList<RecurrenceException>{}
                                    << u"the count is -2"_s;
    QTest::addRow("interval 0") << monday << 60 << kBerlin << weeklyCount(3, 0) << QList<RecurrenceException>{}
                                << u"interval of 0"_s;
    QTest::addRow("negative interval") << monday << 60 << kBerlin << weeklyCount(3, -1) << QList<RecurrenceException>{}
                                       << u"interval of -1"_s;
    QTest::addRow("end before start") << monday << 60 << kBerlin << RecurrenceRule::weekly().setUntil(d(2024, 1, 1))
                                      << QList<RecurrenceException>{}
                                      << u"ends on 2024-01-01, before its first session on 2024-01-08"_s;
    QTest::addRow("zero length") << monday << 0 << kBerlin << weeklyCount(3) << QList<RecurrenceException>{}
                                 << u"between 1 minute and 24 hours"_s;
    QTest::addRow("unknown zone") << monday << 60 << QTimeZone("Mars/Olympus_Mons") << weeklyCount(3)
                                  << QList<RecurrenceException>{} << u"time zone"_s;
    QTest::addRow("start off the weekdays") << monday << 60 << kBerlin << weeklyCount(3, 1, {Qt::Tuesday})
                                            << QList<RecurrenceException>{} << u"not on one of the series' days"_s;
    QTest::addRow("start not the 2nd weekday")
        << d(2024, 1, 16) << 60 << kBerlin << RecurrenceRule::monthly(2).setCount(3) << QList<RecurrenceException>{}
        << u"is not in week 2 of its month"_s;
    QTest::addRow("start not the last weekday")
        << d(2024, 1, 19) << 60 << kBerlin << RecurrenceRule::monthly(-1).setCount(3) << QList<RecurrenceException>{}
        << u"the last week"_s;
    QTest::addRow("week of month 6") << monday << 60 << kBerlin << RecurrenceRule::monthly(6).setCount(3)
                                     << QList<RecurrenceException>{} << u"1 to 5, or -1"_s;
    QTest::addRow("exception off the series")
        << monday << 60 << kBerlin << weeklyCount(3)
        << QList<RecurrenceException>{RecurrenceException::cancel(d(2024, 1, 9))} << u"no session on 2024-01-09"_s;
    QTest::addRow("exception after the end")
        << monday << 60 << kBerlin << weeklyCount(3)
        << QList<RecurrenceException>{RecurrenceException::cancel(d(2024, 1, 29))} << u"no session on 2024-01-29"_s;
    QTest::addRow("two changes of one session")
        << monday << 60 << kBerlin << weeklyCount(3)
        << QList<RecurrenceException>{RecurrenceException::cancel(d(2024, 1, 15)),
                                      RecurrenceException::move(d(2024, 1, 15), d(2024, 1, 16), QTime(9, 0))}
        << u"changed twice"_s;
    QTest::addRow("moved without a time")
        << monday << 60 << kBerlin << weeklyCount(3)
        << QList<RecurrenceException>{RecurrenceException::move(d(2024, 1, 15), d(2024, 1, 16), QTime())}
        << u"no valid new date and time"_s;
    QTest::addRow("moved onto another session")
        << monday << 60 << kBerlin << weeklyCount(3)
        << QList<RecurrenceException>{RecurrenceException::move(d(2024, 1, 15), d(2024, 1, 22), QTime(9, 30))}
        << u"would overlap the session of 2024-01-22"_s;
}

void TestRecurrence::refusesBadSeries()
{
    QFETCH(QDate, first);
    QFETCH(int, minutes);
    QFETCH(QTimeZone, zone);
    QFETCH(RecurrenceRule, rule);
    QFETCH(QList<RecurrenceException>, exceptions);
    QFETCH(QString, message);
    const Result<Recurrence> series = Recurrence::create(first, QTime(9, 0), minutes, zone, rule, exceptions);
    QVERIFY(!series.ok());
    QVERIFY2(series.errorString().contains(message), qPrintable(series.errorString()));
}

void TestRecurrence::writesRrule_data()
{
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QTimeZone>("zone");
    QTest::addColumn<RecurrenceRule>("rule");
    QTest::addColumn<QString>("rrule");

    QTest::addRow("weekly count") << d(2024, 1, 8) << kBerlin << weeklyCount(4)
                                  << u"FREQ=WEEKLY;BYDAY=MO;COUNT=4;WKST=MO"_s;
    // UNTIL in UTC (DTSTART has a TZID): the last start, 2024-02-07 09:00 CET.
    QTest::addRow("biweekly until") << d(2024, 1, 10) << kBerlin
                                    << RecurrenceRule::weekly(2, {Qt::Monday, Qt::Wednesday}).setUntil(d(2024, 2, 8))
                                    << u"FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;UNTIL=20240207T080000Z;WKST=MO"_s;
    QTest::addRow("monthly 2nd Tuesday") << d(2024, 1, 9) << kBerlin << RecurrenceRule::monthly(2).setCount(4)
                                         << u"FREQ=MONTHLY;BYDAY=2TU;COUNT=4;WKST=MO"_s;
    QTest::addRow("monthly last Friday until, New York")
        << d(2024, 10, 25) << kNewYork << RecurrenceRule::monthly(-1).setUntil(d(2024, 12, 31))
        << u"FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20241227T140000Z;WKST=MO"_s;
    QTest::addRow("every 3 months, derived week")
        << d(2024, 2, 29) << QTimeZone::utc() << RecurrenceRule::monthly(0, 3).setCount(2)
        << u"FREQ=MONTHLY;INTERVAL=3;BYDAY=5TH;COUNT=2;WKST=MO"_s;
}

void TestRecurrence::writesRrule()
{
    QFETCH(QDate, first);
    QFETCH(QTimeZone, zone);
    QFETCH(RecurrenceRule, rule);
    QFETCH(QString, rrule);
    const Result<Recurrence> series = Recurrence::create(first, QTime(9, 0), 60, zone, rule);
    QVERIFY2(series.ok(), qPrintable(series.errorString()));
    QCOMPARE(series->rrule(), rrule);
}

QTEST_GUILESS_MAIN(TestRecurrence)
#include "TestRecurrence.moc"
