// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/RotationEngine.h"

#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace steward;
using namespace Qt::StringLiterals;

using RequestEdit = std::function<void(RotationRequest&)>;
Q_DECLARE_METATYPE(RequestEdit)

class TestRotationEngine : public QObject
{
    Q_OBJECT

private slots:
    void refusesBadInput_data();
    void refusesBadInput();
    void acceptsEdgeInput_data();
    void acceptsEdgeInput();
    void reportsWhatCannotBeMet_data();
    void reportsWhatCannotBeMet();
    void copiesFixedSeatsVerbatim();
    void sameSeedSamePlan();
    void seedOnlyBreaksTies();
    void returningPersonIsNotOwedMissedTurns();
    void looksAheadToForcedSeats();
    void generatesOnlyFromGenerateFrom();
    void writesTheCliContract();
    void namesSharedByTwoPeopleStayApart();
    void swapsSeatsAndUndoes();
    void swapWithinOneMeetingReorders();
    void swapMovesIntoAnEmptySeat();
    void refusesBadSwaps_data();
    void refusesBadSwaps();
    void seatsPersonAndUndoes();
    void refusesBadSeatPerson_data();
    void refusesBadSeatPerson();
    void marksStatusAndUndoes();
    void undoRefusesAfterOtherEdits();
    void swapReportsNewViolations();
    void swappedSeatsSurviveRegenerate();
    void requestFromKeepsThePastAndThePins();
    void statusKeysRoundTrip();
};

namespace {

QDate day(int offset)
{
    return QDate(2025, 1, 6).addDays(offset);
}

/** people 1..n named A, B, C, ...; weekly meetings from 2025-01-06. */
RotationRequest baseRequest(int people, int meetings, int seats = 1)
{
    RotationRequest request;
    for (int i = 0; i < people; ++i)
        request.people.append({i + 1, QString(QChar(u'A' + i))});
    for (int i = 0; i < meetings; ++i)
        request.meetings.append(day(7 * i));
    request.seatsPerMeeting = seats;
    return request;
}

RotationSeat seat(int meeting, qint64 person, RotationSeat::Origin origin = RotationSeat::Origin::Pinned)
{
    return RotationSeat{day(7 * meeting), person, origin};
}

RotationPlan generated(const RotationRequest& request)
{
    Result<RotationPlan> plan = RotationEngine::generate(request);
    if (!plan)
        qFatal("generate failed: %s", qPrintable(plan.errorString()));
    return *plan;
}

QList<qint64> peopleAt(const RotationPlan& plan, qsizetype meeting)
{
    return plan.meetings.at(meeting).people();
}

bool hasViolation(const RotationPlan& plan, RotationViolation::Rule rule, QDate date)
{
    return std::any_of(plan.violations.cbegin(), plan.violations.cend(), [&](const RotationViolation& v) {
        return v.rule == rule && v.date == date;
    });
}

} // namespace

void TestRotationEngine::refusesBadInput_data()
{
    QTest::addColumn<RequestEdit>("edit");
    QTest::addColumn<QString>("message");

    QTest::addRow("no people") << RequestEdit([](RotationRequest& r) { r.people.clear(); }) << u"at least one person"_s;
    QTest::addRow("person id zero") << RequestEdit([](RotationRequest& r) { r.people[1].id = 0; })
                                    << u"ids must be positive; got 0 for \"B\""_s;
    QTest::addRow("person id negative") << RequestEdit([](RotationRequest& r) { r.people[0].id = -4; }) << u"got -4"_s;
    QTest::addRow("person listed twice") << RequestEdit([](RotationRequest& r) { r.people[2].id = 1; })
                                         << u"Person 1 (\"C\") is listed twice"_s;
    QTest::addRow("person without name") << RequestEdit([](RotationRequest& r) { r.people[0].name = u"  "_s; })
                                         << u"Person 1 has no name"_s;
    QTest::addRow("seats per meeting zero")
        << RequestEdit([](RotationRequest& r) { r.seatsPerMeeting = 0; }) << u"at least 1; got 0"_s;
    QTest::addRow("seats per meeting negative")
        << RequestEdit([](RotationRequest& r) { r.seatsPerMeeting = -2; }) << u"at least 1; got -2"_s;
    QTest::addRow("more seats than people") << RequestEdit([](RotationRequest& r) { r.seatsPerMeeting = 5; })
                                            << u"5 seats per meeting but only 4 eligible people"_s;
    QTest::addRow("more seats than people left after opt-outs") << RequestEdit([](RotationRequest& r) {
        r.seatsPerMeeting = 3;
        r.optedOut = {1, 2};
    }) << u"3 seats per meeting but only 2 eligible people"_s;
    QTest::addRow("everyone opted out") << RequestEdit([](RotationRequest& r) {
        r.optedOut = {1, 2, 3, 4};
    }) << u"Everyone has opted out"_s;
    QTest::addRow("opt-out of unknown person") << RequestEdit([](RotationRequest& r) { r.optedOut = {77}; })
                                               << u"Opt-out for person 77, who is not in the rotation"_s;
    QTest::addRow("meeting without date")
        << RequestEdit([](RotationRequest& r) { r.meetings[1] = QDate(); }) << u"Meeting 2 has no valid date"_s;
    QTest::addRow("meetings out of order") << RequestEdit([](RotationRequest& r) { r.meetings.swapItemsAt(1, 2); })
                                           << u"2025-01-13 comes after 2025-01-20"_s;
    QTest::addRow("meeting repeated") << RequestEdit([](RotationRequest& r) { r.meetings[2] = r.meetings[1]; })
                                      << u"without repeats: 2025-01-13 comes after 2025-01-13"_s;
    QTest::addRow("absence backwards") << RequestEdit([](RotationRequest& r) {
        r.absences = {{2, day(10), day(3)}};
    }) << u"The absence of B runs backwards: from 2025-01-16 to 2025-01-09"_s;
    QTest::addRow("absence without end") << RequestEdit([](RotationRequest& r) {
        r.absences = {{2, day(3), {}}};
    }) << u"The absence of B needs a valid first and last day"_s;
    QTest::addRow("absence of unknown person") << RequestEdit([](RotationRequest& r) {
        r.absences = {{9, day(0), day(1)}};
    }) << u"Absence for person 9, who is not in the rotation"_s;
    QTest::addRow("pin of unknown person") << RequestEdit([](RotationRequest& r) { r.pinned = {seat(2, 42)}; })
                                           << u"Pinned seat on 2025-01-20 for person 42, who is not in the rotation"_s;
    QTest::addRow("held turn of unknown person")
        << RequestEdit([](RotationRequest& r) { r.held = {seat(0, 5, RotationSeat::Origin::Held)}; })
        << u"Held turn on 2025-01-06 for person 5, who is not in the rotation"_s;
    QTest::addRow("pin on a day without meeting") << RequestEdit([](RotationRequest& r) {
        r.pinned = {RotationSeat{day(1), 1}};
    }) << u"Pinned seat of A on 2025-01-07: that date is not one of the meetings"_s;
    QTest::addRow("pin without date") << RequestEdit([](RotationRequest& r) {
        r.pinned = {RotationSeat{{}, 1}};
    }) << u"Pinned seat of A on (no date)"_s;
    QTest::addRow("same person fixed twice on a date") << RequestEdit([](RotationRequest& r) {
        r.seatsPerMeeting = 2;
        r.held = {seat(1, 3, RotationSeat::Origin::Held)};
        r.pinned = {seat(1, 3)};
    }) << u"C is given two fixed seats on 2025-01-13"_s;
    QTest::addRow("more fixed seats than seats") << RequestEdit([](RotationRequest& r) {
        r.pinned = {seat(1, 3), seat(1, 4)};
    }) << u"2 seats are fixed on 2025-01-13 but a meeting has only 1"_s;
}

void TestRotationEngine::refusesBadInput()
{
    QFETCH(RequestEdit, edit);
    QFETCH(QString, message);
    RotationRequest request = baseRequest(4, 6);
    edit(request);
    const Result<RotationPlan> plan = RotationEngine::generate(request);
    QVERIFY(!plan.ok());
    QVERIFY2(plan.errorString().contains(message), qPrintable(plan.errorString()));
    QVERIFY(!request.validate().ok());
}

void TestRotationEngine::acceptsEdgeInput_data()
{
    QTest::addColumn<RequestEdit>("edit");
    QTest::addColumn<int>("seated");

    QTest::addRow("one person, one seat") << RequestEdit([](RotationRequest& r) { r.people.resize(1); }) << 6;
    QTest::addRow("as many seats as people") << RequestEdit([](RotationRequest& r) { r.seatsPerMeeting = 4; }) << 24;
    QTest::addRow("no meetings") << RequestEdit([](RotationRequest& r) { r.meetings.clear(); }) << 0;
    QTest::addRow("one-day absence") << RequestEdit([](RotationRequest& r) {
        r.absences = {{1, day(0), day(0)}};
    }) << 6;
    QTest::addRow("absence outside the plan") << RequestEdit([](RotationRequest& r) {
        r.absences = {{1, day(-30), day(-20)}};
    }) << 6;
}

void TestRotationEngine::acceptsEdgeInput()
{
    QFETCH(RequestEdit, edit);
    QFETCH(int, seated);
    RotationRequest request = baseRequest(4, 6);
    edit(request);
    const Result<RotationPlan> plan = RotationEngine::generate(request);
    QVERIFY2(plan.ok(), qPrintable(plan.errorString()));
    int total = 0;
    for (const int turns : plan->turns())
        total += turns;
    QCOMPARE(total, seated);
}

void TestRotationEngine::reportsWhatCannotBeMet_data()
{
    QTest::addColumn<RequestEdit>("edit");
    QTest::addColumn<RotationViolation::Rule>("rule");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QList<qint64>>("people");
    QTest::addColumn<QString>("reason");

    QTest::addRow("everyone absent on a date") << RequestEdit([](RotationRequest& r) {
        for (const RotationPerson& p : std::as_const(r.people))
            r.absences.append({p.id, day(14), day(14)});
    }) << RotationViolation::Rule::Understaffed << day(14)
                                               << QList<qint64>{}
                                               << u"Nobody can take a seat: everyone is away or opted out."_s;
    QTest::addRow("more seats than people available") << RequestEdit([](RotationRequest& r) {
        r.seatsPerMeeting = 3;
        r.absences = {{1, day(20), day(30)}, {2, day(21), day(21)}};
    }) << RotationViolation::Rule::Understaffed << day(21)
                                                      << QList<qint64>{}
                                                      << u"Only 2 of 3 seats are filled; 2 people are available."_s;
    QTest::addRow("a pin that forces back-to-back") << RequestEdit([](RotationRequest& r) {
        r.pinned = {seat(2, 3), seat(3, 3)};
    }) << RotationViolation::Rule::BackToBack << day(21)
                                                    << QList<qint64>{3}
                                                    << u"C also held a seat on 2025-01-20 (fixed by hand), though 3 "
                                                       "others were free."_s;
    QTest::addRow("a pin on an absent person") << RequestEdit([](RotationRequest& r) {
        r.absences = {{2, day(7), day(10)}};
        r.pinned = {seat(1, 2)};
    }) << RotationViolation::Rule::Absent << day(7)
                                               << QList<qint64>{2}
                                               << u"B is away on 2025-01-13 but holds a seat (fixed by hand)."_s;
    QTest::addRow("a pin on an opted-out person") << RequestEdit([](RotationRequest& r) {
        r.optedOut = {4};
        r.pinned = {seat(4, 4)};
    }) << RotationViolation::Rule::OptedOut << day(28)
                                                  << QList<qint64>{4}
                                                  << u"D opted out but holds a seat (fixed by hand)."_s;
    QTest::addRow("pins that make turns uneven") << RequestEdit([](RotationRequest& r) {
        r.pinned = {seat(0, 1), seat(1, 2), seat(2, 1), seat(3, 3), seat(4, 1)};
    }) << RotationViolation::Rule::Uneven << day(14)
                                                 << QList<qint64>{1, 3}
                                                 << u"A has 2 turns by this meeting but C only 0, though C was "
                                                    "available whenever A was."_s;
}

void TestRotationEngine::reportsWhatCannotBeMet()
{
    QFETCH(RequestEdit, edit);
    QFETCH(RotationViolation::Rule, rule);
    QFETCH(QDate, date);
    QFETCH(QList<qint64>, people);
    QFETCH(QString, reason);
    RotationRequest request = baseRequest(4, 6);
    edit(request);
    const RotationPlan plan = generated(request);
    QVERIFY(!plan.violations.isEmpty());
    bool found = false;
    for (const RotationViolation& v : plan.violations) {
        if (v.rule == rule && v.date == date) {
            found = true;
            QCOMPARE(v.people, people);
            QCOMPARE(v.reason, reason);
        }
    }
    QVERIFY2(found, qPrintable(QString::fromUtf8(QJsonDocument(plan.toJson()).toJson())));
    // The best plan is still there: every other meeting is filled.
    for (const RotationMeeting& meeting : plan.meetings) {
        if (meeting.date != date || rule != RotationViolation::Rule::Understaffed)
            QCOMPARE(meeting.people().size(), request.seatsPerMeeting);
    }
    const QJsonObject json = plan.toJson();
    QVERIFY(QJsonDocument(json).toJson().contains(RotationViolation::ruleKey(rule).toUtf8()));
}

void TestRotationEngine::copiesFixedSeatsVerbatim()
{
    RotationRequest request = baseRequest(5, 8, 2);
    request.held = {RotationSeat{day(0), 2, RotationSeat::Origin::Held, RotationSeat::Status::Done},
                    RotationSeat{day(0), 4, RotationSeat::Origin::Held, RotationSeat::Status::Skipped},
                    RotationSeat{day(7), 1, RotationSeat::Origin::Held, RotationSeat::Status::Moved}};
    request.pinned = {RotationSeat{day(35), 5, RotationSeat::Origin::Pinned, RotationSeat::Status::Swapped}};
    const RotationPlan plan = generated(request);
    QCOMPARE(plan.meetings.at(0).seats.mid(0, 2), request.held.mid(0, 2));
    QCOMPARE(plan.meetings.at(1).seats.at(0), request.held.at(2));
    QCOMPARE(plan.meetings.at(5).seats.at(0), request.pinned.at(0));
    QCOMPARE(plan.seats(RotationSeat::Origin::Held), request.held);
    QCOMPARE(plan.seats(RotationSeat::Origin::Pinned), request.pinned);
    // A fixed seat given with another origin is labelled by the list it came in, nothing else changes.
    RotationRequest relabelled = request;
    relabelled.pinned[0].origin = RotationSeat::Origin::Generated;
    QCOMPARE(generated(relabelled).meetings.at(5).seats.at(0), request.pinned.at(0));
}

void TestRotationEngine::sameSeedSamePlan()
{
    RotationRequest request = baseRequest(9, 30, 2);
    request.absences = {{3, day(20), day(60)}, {5, day(7), day(7)}};
    request.seed = 1234;
    const RotationPlan first = generated(request);
    QCOMPARE(generated(request), first);
    QCOMPARE(QJsonDocument(generated(request).toJson()).toJson(), QJsonDocument(first.toJson()).toJson());
    bool anyDiffers = false;
    for (quint64 seed = 0; seed < 10 && !anyDiffers; ++seed) {
        request.seed = seed;
        anyDiffers = generated(request).meetings != first.meetings;
    }
    QVERIFY2(anyDiffers, "the seed should break ties differently");
}

void TestRotationEngine::seedOnlyBreaksTies()
{
    // 7 people, 2 seats, 21 meetings: 42 seats, so every seed must give everyone exactly 6.
    RotationRequest request = baseRequest(7, 21, 2);
    for (quint64 seed = 0; seed < 50; ++seed) {
        request.seed = seed;
        const RotationPlan plan = generated(request);
        QVERIFY(plan.violations.isEmpty());
        for (const int turns : plan.turns())
            QCOMPARE(turns, 6);
    }
}

void TestRotationEngine::returningPersonIsNotOwedMissedTurns()
{
    // D is away for the first 12 meetings. Counting raw turns would hand D every other seat of the
    // next 12 to catch up; the fair share gives D about a quarter of them.
    RotationRequest request = baseRequest(4, 24);
    request.absences = {{4, day(0), day(7 * 11)}};
    for (quint64 seed = 0; seed < 20; ++seed) {
        request.seed = seed;
        const RotationPlan plan = generated(request);
        QVERIFY(plan.violations.isEmpty());
        const int turnsOfD = plan.turns().value(4);
        QVERIFY2(turnsOfD >= 2 && turnsOfD <= 4, qPrintable(u"D has %1 turns"_s.arg(turnsOfD)));
    }
}

void TestRotationEngine::looksAheadToForcedSeats()
{
    // Only A can come to meeting 1, so A should not be spent on meeting 0 and then sit twice in a
    // row (the shared checker would let that pass: nobody else was free at meeting 1).
    RotationRequest request = baseRequest(3, 6);
    request.absences = {{2, day(7), day(7)}, {3, day(7), day(7)}};
    for (quint64 seed = 0; seed < 30; ++seed) {
        request.seed = seed;
        const RotationPlan plan = generated(request);
        QCOMPARE(peopleAt(plan, 1), QList<qint64>{1});
        QVERIFY2(peopleAt(plan, 0) != QList<qint64>{1}, qPrintable(u"seed %1"_s.arg(seed)));
        QVERIFY(plan.violations.isEmpty());
    }
}

void TestRotationEngine::generatesOnlyFromGenerateFrom()
{
    RotationRequest request = baseRequest(4, 6);
    request.held = {seat(0, 1, RotationSeat::Origin::Held)};
    request.generateFrom = day(10);
    const RotationPlan plan = generated(request);
    QCOMPARE(peopleAt(plan, 0), QList<qint64>{1});
    QVERIFY(peopleAt(plan, 1).isEmpty());
    QVERIFY(!hasViolation(plan, RotationViolation::Rule::Understaffed, day(7)));
    for (qsizetype m = 2; m < plan.meetings.size(); ++m)
        QCOMPARE(peopleAt(plan, m).size(), 1);
}

void TestRotationEngine::writesTheCliContract()
{
    // Two people, one seat, A pinned first: the rest alternates, whatever the seed.
    RotationRequest request = baseRequest(2, 4);
    request.people = {{10, u"Ada"_s}, {20, u"Ben"_s}};
    request.pinned = {RotationSeat{day(0), 10}};
    request.absences = {{10, day(14), day(14)}};
    const RotationPlan plan = generated(request);
    const QByteArray json = QJsonDocument(plan.toJson()).toJson(QJsonDocument::Compact);
    QCOMPARE(json,
             QByteArray(R"({"plan":[{"date":"2025-01-06","people":["Ada"]},{"date":"2025-01-13","people":["Ben"]},)"
                        R"({"date":"2025-01-20","people":["Ben"]},{"date":"2025-01-27","people":["Ada"]}],)"
                        R"("turns":{"Ada":2,"Ben":2},"violations":[]})"));
    RotationRequest opted = request;
    opted.people.append({30, u"Cy"_s});
    opted.optedOut = {30};
    QVERIFY(!QJsonDocument(generated(opted).toJson()).toJson().contains("Cy"));
}

void TestRotationEngine::namesSharedByTwoPeopleStayApart()
{
    RotationRequest request = baseRequest(3, 6);
    request.people[1].name = u"A"_s;
    const QJsonObject turns = generated(request).toJson().value(u"turns"_s).toObject();
    QCOMPARE(turns.keys(), (QStringList{u"A (#1)"_s, u"A (#2)"_s, u"C"_s}));
    QCOMPARE(turns.value(u"A (#1)"_s).toInt() + turns.value(u"A (#2)"_s).toInt() + turns.value(u"C"_s).toInt(), 6);
}

void TestRotationEngine::swapsSeatsAndUndoes()
{
    RotationRequest request = baseRequest(5, 10);
    request.seed = 7;
    const RotationPlan plan = generated(request);
    const RotationSeatRef a{1, 0};
    const RotationSeatRef b{4, 0};
    const qint64 first = plan.seatAt(a)->personId;
    const qint64 second = plan.seatAt(b)->personId;
    QVERIFY(first != second);
    const Result<RotationEdit> edit = RotationEngine::swapSeats(plan, a, b);
    QVERIFY2(edit.ok(), qPrintable(edit.errorString()));
    QCOMPARE(edit->plan.seatAt(a)->personId, second);
    QCOMPARE(edit->plan.seatAt(b)->personId, first);
    for (const RotationSeatRef ref : {a, b}) {
        QCOMPARE(edit->plan.seatAt(ref)->origin, RotationSeat::Origin::Pinned);
        QCOMPARE(edit->plan.seatAt(ref)->status, RotationSeat::Status::Swapped);
        QCOMPARE(edit->plan.seatAt(ref)->date, plan.meetings.at(ref.meeting).date);
    }
    QCOMPARE(edit->change.kind, RotationChange::Kind::SwapSeats);
    QCOMPARE(edit->change.entries.size(), 2);
    QCOMPARE(edit->change.entries.at(0).before, *plan.seatAt(a));
    // Nothing else moved.
    for (qsizetype m = 0; m < plan.meetings.size(); ++m) {
        if (m != a.meeting && m != b.meeting)
            QCOMPARE(edit->plan.meetings.at(m), plan.meetings.at(m));
    }
    const Result<RotationPlan> undone = RotationEngine::revert(edit->plan, edit->change);
    QVERIFY2(undone.ok(), qPrintable(undone.errorString()));
    QCOMPARE(*undone, plan);
    const Result<RotationPlan> redone = RotationEngine::reapply(*undone, edit->change);
    QVERIFY2(redone.ok(), qPrintable(redone.errorString()));
    QCOMPARE(*redone, edit->plan);
}

void TestRotationEngine::swapWithinOneMeetingReorders()
{
    const RotationPlan plan = generated(baseRequest(6, 4, 3));
    const QList<qint64> before = peopleAt(plan, 2);
    const Result<RotationEdit> edit = RotationEngine::swapSeats(plan, {2, 0}, {2, 2});
    QVERIFY2(edit.ok(), qPrintable(edit.errorString()));
    QCOMPARE(peopleAt(edit->plan, 2), (QList<qint64>{before.at(2), before.at(1), before.at(0)}));
    QCOMPARE(*RotationEngine::revert(edit->plan, edit->change), plan);
}

void TestRotationEngine::swapMovesIntoAnEmptySeat()
{
    RotationRequest request = baseRequest(3, 4, 2);
    request.absences = {{1, day(7), day(7)}, {2, day(7), day(7)}}; // meeting 1: only C, one seat stays empty
    const RotationPlan plan = generated(request);
    QVERIFY(hasViolation(plan, RotationViolation::Rule::Understaffed, day(7)));
    QCOMPARE(peopleAt(plan, 1), QList<qint64>{3});
    QVERIFY(plan.seatAt({1, 1})->isEmpty());
    const RotationSeatRef moverSeat{3, plan.seatAt({3, 0})->personId == 3 ? 1 : 0};
    const qint64 mover = plan.seatAt(moverSeat)->personId;
    const Result<RotationEdit> edit = RotationEngine::swapSeats(plan, moverSeat, {1, 1});
    QVERIFY2(edit.ok(), qPrintable(edit.errorString()));
    QCOMPARE(edit->plan.seatAt({1, 1})->personId, mover);
    QVERIFY(edit->plan.seatAt(moverSeat)->isEmpty());
    QCOMPARE(edit->plan.seatAt(moverSeat)->origin, RotationSeat::Origin::Generated);
    // The mover is away on that day: the review says so instead of hiding it.
    QVERIFY(hasViolation(edit->plan, RotationViolation::Rule::Absent, day(7)));
    QVERIFY(hasViolation(edit->plan, RotationViolation::Rule::Understaffed, day(21)));
    QCOMPARE(*RotationEngine::revert(edit->plan, edit->change), plan);
}

void TestRotationEngine::refusesBadSwaps_data()
{
    QTest::addColumn<RotationSeatRef>("first");
    QTest::addColumn<RotationSeatRef>("second");
    QTest::addColumn<QString>("message");

    QTest::addRow("seat out of range") << RotationSeatRef{1, 0} << RotationSeatRef{1, 5}
                                       << u"There is no seat 6 at meeting 2"_s;
    QTest::addRow("meeting out of range")
        << RotationSeatRef{9, 0} << RotationSeatRef{1, 0} << u"There is no seat 1 at meeting 10"_s;
    QTest::addRow("same seat") << RotationSeatRef{2, 1} << RotationSeatRef{2, 1} << u"swapped with itself"_s;
    QTest::addRow("held turn") << RotationSeatRef{0, 0} << RotationSeatRef{3, 0}
                               << u"The turn A held on 2025-01-06 is history"_s;
    QTest::addRow("person already in the other meeting")
        << RotationSeatRef{4, 0} << RotationSeatRef{5, 1} << u"already has a seat on"_s;
}

void TestRotationEngine::refusesBadSwaps()
{
    QFETCH(RotationSeatRef, first);
    QFETCH(RotationSeatRef, second);
    QFETCH(QString, message);
    RotationRequest request = baseRequest(4, 6, 2);
    request.held = {seat(0, 1, RotationSeat::Origin::Held)};
    // Meetings 4 and 5 share C so that moving C from 4 into 5 collides.
    request.pinned = {seat(4, 3), seat(5, 3), seat(5, 1)};
    const RotationPlan plan = generated(request);
    QCOMPARE(plan.seatAt({5, 1})->personId, 1);
    const Result<RotationEdit> edit = RotationEngine::swapSeats(plan, first, second);
    QVERIFY(!edit.ok());
    QVERIFY2(edit.errorString().contains(message), qPrintable(edit.errorString()));
}

void TestRotationEngine::seatsPersonAndUndoes()
{
    const RotationPlan plan = generated(baseRequest(5, 6));
    const qint64 outsider = peopleAt(plan, 2).contains(5) ? 4 : 5;
    const Result<RotationEdit> edit = RotationEngine::seatPerson(plan, {2, 0}, outsider);
    QVERIFY2(edit.ok(), qPrintable(edit.errorString()));
    QCOMPARE(peopleAt(edit->plan, 2), QList<qint64>{outsider});
    QCOMPARE(edit->plan.seatAt({2, 0})->origin, RotationSeat::Origin::Pinned);
    QCOMPARE(edit->change.kind, RotationChange::Kind::SeatPerson);
    QCOMPARE(*RotationEngine::revert(edit->plan, edit->change), plan);
}

void TestRotationEngine::refusesBadSeatPerson_data()
{
    QTest::addColumn<RotationSeatRef>("ref");
    QTest::addColumn<qint64>("person");
    QTest::addColumn<QString>("message");

    QTest::addRow("unknown person") << RotationSeatRef{2, 0} << qint64(99) << u"Person 99 is not in the rotation"_s;
    QTest::addRow("no such seat") << RotationSeatRef{2, 2} << qint64(1) << u"There is no seat 3 at meeting 3"_s;
    QTest::addRow("held turn") << RotationSeatRef{0, 0} << qint64(2) << u"is history"_s;
    QTest::addRow("already in that meeting") << RotationSeatRef{3, 1} << qint64(3) << u"C already has a seat on"_s;
    QTest::addRow("already in that seat") << RotationSeatRef{3, 0} << qint64(3) << u"C already holds this seat"_s;
}

void TestRotationEngine::refusesBadSeatPerson()
{
    QFETCH(RotationSeatRef, ref);
    QFETCH(qint64, person);
    QFETCH(QString, message);
    RotationRequest request = baseRequest(4, 6, 2);
    request.held = {seat(0, 1, RotationSeat::Origin::Held)};
    request.pinned = {seat(3, 3)};
    const Result<RotationEdit> edit = RotationEngine::seatPerson(generated(request), ref, person);
    QVERIFY(!edit.ok());
    QVERIFY2(edit.errorString().contains(message), qPrintable(edit.errorString()));
}

void TestRotationEngine::marksStatusAndUndoes()
{
    RotationRequest request = baseRequest(3, 6, 2);
    request.absences = {{1, day(0), day(0)}, {2, day(0), day(0)}};
    const RotationPlan plan = generated(request);
    for (const auto status : {RotationSeat::Status::Done, RotationSeat::Status::Skipped, RotationSeat::Status::Moved}) {
        const Result<RotationEdit> edit = RotationEngine::setStatus(plan, {3, 1}, status);
        QVERIFY2(edit.ok(), qPrintable(edit.errorString()));
        QCOMPARE(edit->plan.seatAt({3, 1})->status, status);
        QCOMPARE(edit->plan.seatAt({3, 1})->personId, plan.seatAt({3, 1})->personId);
        QCOMPARE(edit->plan.seatAt({3, 1})->origin, plan.seatAt({3, 1})->origin);
        QCOMPARE(edit->plan.violations, plan.violations);
        QCOMPARE(*RotationEngine::revert(edit->plan, edit->change), plan);
    }
    const Result<RotationEdit> empty = RotationEngine::setStatus(plan, {0, 1}, RotationSeat::Status::Done);
    QVERIFY(!empty.ok());
    QVERIFY2(empty.errorString().contains(u"Seat 2 on 2025-01-06 is empty"_s), qPrintable(empty.errorString()));
    QVERIFY(!RotationEngine::setStatus(plan, {6, 0}, RotationSeat::Status::Done).ok());
}

void TestRotationEngine::undoRefusesAfterOtherEdits()
{
    const RotationPlan plan = generated(baseRequest(5, 8));
    const Result<RotationEdit> first = RotationEngine::swapSeats(plan, {1, 0}, {4, 0});
    QVERIFY(first.ok());
    const Result<RotationEdit> second = RotationEngine::seatPerson(first->plan, {1, 0}, plan.seatAt({1, 0})->personId);
    QVERIFY2(second.ok(), qPrintable(second.errorString()));
    const Result<RotationPlan> stale = RotationEngine::revert(second->plan, first->change);
    QVERIFY(!stale.ok());
    QVERIFY(stale.errorString().contains(u"has changed since this edit"_s));
    QVERIFY(!RotationEngine::reapply(plan, second->change).ok());
    // Undone in order, both come back.
    const Result<RotationPlan> back = RotationEngine::revert(second->plan, second->change);
    QVERIFY(back.ok());
    QCOMPARE(*RotationEngine::revert(*back, first->change), plan);
}

void TestRotationEngine::swapReportsNewViolations()
{
    const RotationPlan plan = generated(baseRequest(4, 8));
    QVERIFY(plan.violations.isEmpty());
    // Seat meeting 3's person also at meeting 2: back-to-back where others were free.
    const qint64 person = plan.seatAt({3, 0})->personId;
    const Result<RotationEdit> edit = RotationEngine::seatPerson(plan, {2, 0}, person);
    QVERIFY(edit.ok());
    QVERIFY(hasViolation(edit->plan, RotationViolation::Rule::BackToBack, day(21)));
    QVERIFY(RotationEngine::revert(edit->plan, edit->change)->violations.isEmpty());
}

void TestRotationEngine::swappedSeatsSurviveRegenerate()
{
    RotationRequest request = baseRequest(6, 12, 2);
    const RotationPlan plan = generated(request);
    const Result<RotationEdit> edit = RotationEngine::swapSeats(plan, {3, 0}, {8, 1});
    QVERIFY(edit.ok());
    RotationRequest again = request;
    again.pinned = edit->plan.seats(RotationSeat::Origin::Pinned);
    again.seed = 99;
    const RotationPlan regenerated = generated(again);
    QCOMPARE(regenerated.seatAt({3, 0})->personId, edit->plan.seatAt({3, 0})->personId);
    QCOMPARE(regenerated.seats(RotationSeat::Origin::Pinned), again.pinned);
}

void TestRotationEngine::requestFromKeepsThePastAndThePins()
{
    RotationRequest request = baseRequest(6, 12, 2);
    request.absences = {{2, day(30), day(45)}};
    const RotationPlan plan = generated(request);
    const Result<RotationEdit> done = RotationEngine::setStatus(plan, {1, 0}, RotationSeat::Status::Done);
    QVERIFY(done.ok());
    const Result<RotationEdit> swapped = RotationEngine::swapSeats(done->plan, {2, 0}, {9, 0});
    QVERIFY2(swapped.ok(), qPrintable(swapped.errorString()));
    const QDate from = day(7 * 5);
    RotationRequest next = swapped->plan.requestFrom(from);
    QCOMPARE(next.generateFrom, from);
    QCOMPARE(next.held.size(), 10); // meetings 0-4, two seats each
    QCOMPARE(next.held.at(2).status, RotationSeat::Status::Done);
    QCOMPARE(next.pinned, QList<RotationSeat>{*swapped->plan.seatAt({9, 0})});
    next.absences.append({1, day(7 * 6), day(7 * 8)}); // news about the future
    next.seed = 5;
    const RotationPlan regenerated = generated(next);
    for (qsizetype m = 0; m < 5; ++m)
        QCOMPARE(regenerated.meetings.at(m).people(), swapped->plan.meetings.at(m).people());
    QCOMPARE(regenerated.seats(RotationSeat::Origin::Held), next.held);
    QCOMPARE(regenerated.seatAt({9, 0})->personId, swapped->plan.seatAt({9, 0})->personId);
    for (qsizetype m = 6; m <= 8; ++m)
        QVERIFY(!regenerated.meetings.at(m).people().contains(1));
}

void TestRotationEngine::statusKeysRoundTrip()
{
    for (const auto status : {RotationSeat::Status::Planned,
                              RotationSeat::Status::Done,
                              RotationSeat::Status::Skipped,
                              RotationSeat::Status::Moved,
                              RotationSeat::Status::Swapped}) {
        QCOMPARE(RotationSeat::statusFromKey(RotationSeat::statusKey(status)), status);
    }
    QVERIFY(!RotationSeat::statusFromKey(u"lost"_s).has_value());
    QCOMPARE(RotationSeat::originKey(RotationSeat::Origin::Pinned), u"pinned"_s);
}

QTEST_GUILESS_MAIN(TestRotationEngine)
#include "TestRotationEngine.moc"
