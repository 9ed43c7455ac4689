// SPDX-License-Identifier: GPL-3.0-or-later
// Facilitator mode's countdown with an injected monotonic clock: time is read, never counted in ticks.
#include "schedule/FacilitatorTimer.h"
#include "schedule/FacilitatorTimerClock.h"
#include "schedule/FacilitatorTimerSteadyClock.h"

#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;

namespace {

class FakeClock : public FacilitatorTimerClock
{
public:
    qint64 elapsedMs() const override { return now; }
    void advance(qint64 ms) { now += ms; }
    qint64 now = 1'000'000;
};

QList<SessionPhase> thinkPairShare()
{
    return {{u"Think"_s, 2, u"Write down one case."_s},
            {u"Pair"_s, 5, u"Tell your partner."_s},
            {u"Share"_s, 3, u"One insight per pair."_s}};
}

constexpr qint64 kMinute = 60'000;

} // namespace

class TestFacilitatorTimer : public QObject
{
    Q_OBJECT

private slots:
    void startsPausedAtTheFirstPhase();
    void countsOnlyWhileRunning();
    void slowRefreshLosesNoTime();
    void warnsInTheLastMinuteAndCountsNegative();
    void phasesKeepTheirOwnTime();
    void minutesAddedAndTaken();
    void formatsRemaining_data();
    void formatsRemaining();
    void emptyPlanIsHarmless();
    void steadyClockNeverGoesBack();
};

void TestFacilitatorTimer::startsPausedAtTheFirstPhase()
{
    FakeClock clock;
    FacilitatorTimer timer(clock, thinkPairShare());
    QVERIFY(!timer.isRunning());
    QCOMPARE(timer.currentIndex(), 0);
    QCOMPARE(timer.currentPhase().name, u"Think"_s);
    QCOMPARE(timer.remainingMs(), 2 * kMinute);
    clock.advance(30'000);
    QCOMPARE(timer.remainingMs(), 2 * kMinute); // paused: the clock moving changes nothing
    QVERIFY(!timer.hasPrevious());
    QVERIFY(timer.hasNext());
}

void TestFacilitatorTimer::countsOnlyWhileRunning()
{
    FakeClock clock;
    FacilitatorTimer timer(clock, thinkPairShare());
    timer.toggle();
    QVERIFY(timer.isRunning());
    clock.advance(10'000);
    QCOMPARE(timer.spentMs(), 10'000);
    timer.toggle();
    clock.advance(50'000);
    QCOMPARE(timer.spentMs(), 10'000);
    timer.start();
    timer.start(); // a second start does not reset the stretch
    clock.advance(5'000);
    QCOMPARE(timer.remainingMs(), 2 * kMinute - 15'000);
}

void TestFacilitatorTimer::slowRefreshLosesNoTime()
{
    // A laptop that redraws every 7.3 s instead of every 0.2 s still shows the right time.
    FakeClock clock;
    FacilitatorTimer timer(clock, thinkPairShare());
    timer.start();
    for (int i = 0; i < 10; ++i) {
        clock.advance(7'300);
        QCOMPARE(timer.spentMs(), (i + 1) * 7'300);
    }
}

void TestFacilitatorTimer::warnsInTheLastMinuteAndCountsNegative()
{
    FakeClock clock;
    FacilitatorTimer timer(clock, thinkPairShare());
    timer.start();
    clock.advance(kMinute - 1);
    QCOMPARE(timer.warning(), FacilitatorTimer::Warning::None);
    clock.advance(1);
    QCOMPARE(timer.warning(), FacilitatorTimer::Warning::LastMinute);
    clock.advance(kMinute);
    QCOMPARE(timer.remainingMs(), 0);
    QCOMPARE(timer.warning(), FacilitatorTimer::Warning::Overrun);
    clock.advance(67'500);
    QCOMPARE(timer.remainingMs(), -67'500);
    QCOMPARE(FacilitatorTimer::formatRemaining(timer.remainingMs()), u"-1:07"_s);
    QCOMPARE(timer.warning(), FacilitatorTimer::Warning::Overrun);
}

void TestFacilitatorTimer::phasesKeepTheirOwnTime()
{
    FakeClock clock;
    FacilitatorTimer timer(clock, thinkPairShare());
    timer.start();
    clock.advance(20'000);
    timer.next();
    QVERIFY(timer.isRunning()); // moving on keeps the clock running
    QCOMPARE(timer.currentPhase().name, u"Pair"_s);
    QCOMPARE(timer.remainingMs(), 5 * kMinute);
    clock.advance(40'000);
    QCOMPARE(timer.remainingMs(), 5 * kMinute - 40'000);
    timer.previous();
    QCOMPARE(timer.remainingMs(), 2 * kMinute - 20'000);
    timer.next();
    timer.next();
    timer.next(); // past the last phase: stays there
    QCOMPARE(timer.currentIndex(), 2);
    QVERIFY(!timer.hasNext());
    timer.previous();
    QCOMPARE(timer.remainingMs(), 5 * kMinute - 40'000);
}

void TestFacilitatorTimer::minutesAddedAndTaken()
{
    FakeClock clock;
    FacilitatorTimer timer(clock, thinkPairShare());
    timer.addMinutes(1);
    QCOMPARE(timer.allottedMs(), 3 * kMinute);
    QCOMPARE(timer.currentPhase().minutes, 3);
    timer.addMinutes(-1);
    timer.addMinutes(-1);
    QCOMPARE(timer.allottedMs(), kMinute);
    timer.addMinutes(-5);
    QCOMPARE(timer.allottedMs(), 0); // never below zero
    timer.addMinutes(1);
    QCOMPARE(timer.allottedMs(), kMinute);
    timer.next();
    QCOMPARE(timer.allottedMs(), 5 * kMinute); // the other phase is untouched
    QCOMPARE(timer.phases().at(0).minutes, 2); // the plan itself stays as planned
}

void TestFacilitatorTimer::formatsRemaining_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("full") << qint64(5 * kMinute) << u"5:00"_s;
    QTest::newRow("rounds up") << qint64(4 * kMinute + 4'200) << u"4:05"_s;
    QTest::newRow("last ms") << qint64(1) << u"0:01"_s;
    QTest::newRow("zero") << qint64(0) << u"0:00"_s;
    QTest::newRow("just over") << qint64(-400) << u"0:00"_s;
    QTest::newRow("one over") << qint64(-1'000) << u"-0:01"_s;
    QTest::newRow("long over") << qint64(-(12 * kMinute + 3'000)) << u"-12:03"_s;
}

void TestFacilitatorTimer::formatsRemaining()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(FacilitatorTimer::formatRemaining(ms), text);
}

void TestFacilitatorTimer::emptyPlanIsHarmless()
{
    FakeClock clock;
    FacilitatorTimer timer(clock, {});
    timer.start();
    timer.next();
    timer.previous();
    timer.addMinutes(3);
    QVERIFY(!timer.isRunning());
    QCOMPARE(timer.remainingMs(), 0);
    QCOMPARE(timer.warning(), FacilitatorTimer::Warning::None);
    QCOMPARE(timer.currentPhase().name, QString());
}

void TestFacilitatorTimer::steadyClockNeverGoesBack()
{
    FacilitatorTimerSteadyClock clock;
    qint64 last = clock.elapsedMs();
    QVERIFY(last >= 0);
    for (int i = 0; i < 1000; ++i) {
        const qint64 now = clock.elapsedMs();
        QVERIFY(now >= last);
        last = now;
    }
}

QTEST_GUILESS_MAIN(TestFacilitatorTimer)
#include "TestFacilitatorTimer.moc"
