// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/SeededRandom.h"
#include "schedule/RotationEngine.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <set>
#include <tuple>

using namespace steward;
using namespace Qt::StringLiterals;

/**
 * Property tests: random requests over many seeds, every rule re-checked on every plan by the
 * independent audit below (it reads only the request and the plan's seats), plans fed to the
 * shared checker shared/checks/check_rotation.py, and the 30 × 200 size measured.
 */
class TestRotationProperties : public QObject
{
    Q_OBJECT

private slots:
    void everyRuleHolds_data();
    void everyRuleHolds();
    void regenerateKeepsPastAndPins_data();
    void regenerateKeepsPastAndPins();
    void regenerateWithNothingChangedRepeatsThePlan();
    void swapsUndoOnRandomPlans();
    void sharedCheckerAccepts_data();
    void sharedCheckerAccepts();
    void measuresThirtyPeopleTwoHundredMeetings();
};

namespace {

enum Feature : unsigned
{
    kAbsences = 1,
    kOptOuts = 2,
    kPins = 4,
    kHeld = 8,
};

/** 60 seeds per row; STEWARD_ROTATION_SEEDS=N runs more for a long soak. */
int seedsPerRow()
{
    const int asked = qEnvironmentVariableIntValue("STEWARD_ROTATION_SEEDS");
    return asked > 0 ? asked : 60;
}

QDate firstDay()
{
    return QDate(2025, 1, 6);
}

/** A random request: 1–30 people (by seed), 1–3 seats, 1–40 meetings, the features asked for. */
RotationRequest randomRequest(quint64 seed, unsigned features, int people = 0, int meetings = 0)
{
    SeededRandom random(seed * 7919 + features);
    RotationRequest request;
    request.seed = seed;
    const int personCount = people > 0 ? people : int(1 + seed % 30);
    for (int i = 0; i < personCount; ++i)
        request.people.append({qint64(100 + 3 * i), u"P%1"_s.arg(i)});
    const int meetingCount = meetings > 0 ? meetings : random.between(1, 40);
    const int step = QList<int>{1, 7, 7, 14}.at(random.bounded(4));
    QDate date = firstDay().addDays(random.bounded(7));
    for (int i = 0; i < meetingCount; ++i) {
        request.meetings.append(date);
        date = date.addDays(step * (random.chance(0.15) ? 2 : 1)); // holidays leave gaps
    }
    if (features & kOptOuts) {
        for (const RotationPerson& person : std::as_const(request.people)) {
            if (random.chance(0.12) && request.optedOut.size() + 1 < request.people.size())
                request.optedOut.append(person.id);
        }
    }
    request.seatsPerMeeting = std::min<int>(random.between(1, 3), int(request.eligibleCount()));
    if (features & kAbsences) {
        for (const RotationPerson& person : std::as_const(request.people)) {
            if (!random.chance(0.35))
                continue;
            for (int n = random.between(1, 3); n > 0; --n) {
                const QDate at = request.meetings.at(random.bounded(int(request.meetings.size())));
                switch (random.bounded(3)) {
                case 0: // one meeting day
                    request.absences.append({person.id, at, at});
                    break;
                case 1: // a range over several meetings
                    request.absences.append(
                        {person.id, at.addDays(-random.bounded(5)), at.addDays(random.bounded(60))});
                    break;
                default: // a range that may fall between meetings
                    request.absences.append({person.id, at.addDays(1), at.addDays(1 + random.bounded(4))});
                    break;
                }
            }
        }
    }
    const int cut = random.bounded(int(request.meetings.size()) + 1);
    if (features & kHeld) {
        request.generateFrom = cut < request.meetings.size() ? request.meetings.at(cut) : date;
        for (int m = 0; m < cut; ++m) {
            QList<RotationPerson> pool = request.people;
            random.shuffle(pool);
            const int count = random.between(0, request.seatsPerMeeting);
            for (int i = 0; i < count; ++i) {
                request.held.append({request.meetings.at(m),
                                     pool.at(i).id,
                                     RotationSeat::Origin::Held,
                                     random.chance(0.8) ? RotationSeat::Status::Done : RotationSeat::Status::Skipped});
            }
        }
    }
    if (features & kPins) {
        for (int m = (features & kHeld) ? cut : 0; m < request.meetings.size(); ++m) {
            if (!random.chance(0.2))
                continue;
            QList<RotationPerson> pool = request.people;
            random.shuffle(pool);
            const int count = random.between(1, request.seatsPerMeeting);
            for (int i = 0; i < count; ++i)
                request.pinned.append({request.meetings.at(m), pool.at(i).id, RotationSeat::Origin::Pinned});
        }
    }
    return request;
}

using ViolationKey = std::tuple<int, QDate, QList<qint64>>;

/** Everything the audit found: broken structure (must be empty) and the violations it expects. */
struct Audit
{
    QStringList problems;
    std::set<ViolationKey> expected;
};

bool absentOn(const RotationRequest& request, qint64 person, QDate date)
{
    for (const RotationAbsence& absence : request.absences) {
        if (absence.personId == person && absence.from <= date && date <= absence.to)
            return true;
    }
    return false;
}

bool availableOn(const RotationRequest& request, qint64 person, QDate date)
{
    return !request.optedOut.contains(person) && !absentOn(request, person, date);
}

QString describe(const RotationRequest& request)
{
    return u"seed %1, %2 people, %3 seats, %4 meetings, %5 absences, %6 opted out, %7 held, %8 pinned"_s
        .arg(request.seed)
        .arg(request.people.size())
        .arg(request.seatsPerMeeting)
        .arg(request.meetings.size())
        .arg(request.absences.size())
        .arg(request.optedOut.size())
        .arg(request.held.size())
        .arg(request.pinned.size());
}

/** Structure, fixed seats, who may sit where, and how full each meeting must be. */
void auditSeats(const RotationRequest& request, const RotationPlan& plan, Audit& audit)
{
    const int k = request.seatsPerMeeting;
    if (plan.meetings.size() != request.meetings.size()) {
        audit.problems
            << u"%1 meetings planned for %2 requested"_s.arg(plan.meetings.size()).arg(request.meetings.size());
        return;
    }
    for (qsizetype m = 0; m < request.meetings.size(); ++m) {
        const QDate date = request.meetings.at(m);
        const RotationMeeting& meeting = plan.meetings.at(m);
        const QString at = date.toString(Qt::ISODate);
        if (meeting.date != date || meeting.seats.size() != k)
            audit.problems << u"%1: wrong date or %2 seats"_s.arg(at).arg(meeting.seats.size());
        QList<RotationSeat> fixed;
        for (RotationSeat seat : request.held) {
            seat.origin = RotationSeat::Origin::Held;
            if (seat.date == date)
                fixed.append(seat);
        }
        for (RotationSeat seat : request.pinned) {
            seat.origin = RotationSeat::Origin::Pinned;
            if (seat.date == date)
                fixed.append(seat);
        }
        if (meeting.seats.mid(0, fixed.size()) != fixed)
            audit.problems << u"%1: fixed seats not copied verbatim"_s.arg(at);
        QSet<qint64> seen;
        int generated = 0;
        for (qsizetype s = 0; s < meeting.seats.size(); ++s) {
            const RotationSeat& seat = meeting.seats.at(s);
            if (seat.date != date)
                audit.problems << u"%1: seat %2 carries date %3"_s.arg(at).arg(s).arg(seat.date.toString(Qt::ISODate));
            if (s < fixed.size() || seat.isEmpty())
                continue;
            ++generated;
            if (seat.origin != RotationSeat::Origin::Generated || seat.status != RotationSeat::Status::Planned)
                audit.problems << u"%1: a generated seat is not marked generated/planned"_s.arg(at);
            if (!availableOn(request, seat.personId, date))
                audit.problems << u"%1: generated seat for %2, who is away or opted out"_s.arg(at).arg(seat.personId);
            if (request.generateFrom.isValid() && date < request.generateFrom)
                audit.problems << u"%1: seat generated before generateFrom"_s.arg(at);
        }
        for (const RotationSeat& seat : meeting.seats) {
            if (seat.isEmpty())
                continue;
            if (seen.contains(seat.personId))
                audit.problems << u"%1: %2 seated twice"_s.arg(at).arg(seat.personId);
            seen.insert(seat.personId);
            if (request.indexOfPerson(seat.personId) < 0)
                audit.problems << u"%1: unknown person %2"_s.arg(at).arg(seat.personId);
        }
        // Every free seat is filled while someone available is left.
        if (!request.generateFrom.isValid() || date >= request.generateFrom) {
            int canSit = 0;
            for (const RotationPerson& person : request.people) {
                if (availableOn(request, person.id, date)
                    && std::none_of(
                        fixed.cbegin(), fixed.cend(), [&](const RotationSeat& f) { return f.personId == person.id; }))
                    ++canSit;
            }
            const int wanted = std::min<int>(k - int(fixed.size()), canSit);
            if (generated != wanted)
                audit.problems << u"%1: %2 seats generated, %3 possible"_s.arg(at).arg(generated).arg(wanted);
        } else if (generated != 0) {
            audit.problems << u"%1: seats generated in the past"_s.arg(at);
        }
    }
}

/** The violations the plan must report, worked out from the request and the seats alone. */
void auditViolations(const RotationRequest& request, const RotationPlan& plan, Audit& audit)
{
    const int k = request.seatsPerMeeting;
    const qsizetype n = request.people.size();
    QList<qint64> previous;
    // cover[p][q]: q was available at every meeting so far that p was available at.
    QList<QList<bool>> cover(n, QList<bool>(n, true));
    QList<QList<bool>> ahead(n, QList<bool>(n, false));
    QList<int> turns(n, 0);
    for (qsizetype m = 0; m < plan.meetings.size(); ++m) {
        const QDate date = request.meetings.at(m);
        const QList<qint64> seated = plan.meetings.at(m).people();
        if ((!request.generateFrom.isValid() || date >= request.generateFrom) && seated.size() < k)
            audit.expected.insert({int(RotationViolation::Rule::Understaffed), date, {}});
        for (const RotationSeat& seat : plan.meetings.at(m).seats) {
            if (seat.isEmpty())
                continue;
            if (absentOn(request, seat.personId, date))
                audit.expected.insert({int(RotationViolation::Rule::Absent), date, {seat.personId}});
            if (request.optedOut.contains(seat.personId) && seat.origin != RotationSeat::Origin::Held)
                audit.expected.insert({int(RotationViolation::Rule::OptedOut), date, {seat.personId}});
        }
        if (m > 0) {
            int freeOthers = 0;
            for (const RotationPerson& person : request.people)
                freeOthers += availableOn(request, person.id, date) && !previous.contains(person.id) ? 1 : 0;
            for (const qint64 person : seated) {
                if (previous.contains(person) && freeOthers >= k)
                    audit.expected.insert({int(RotationViolation::Rule::BackToBack), date, {person}});
            }
        }
        previous = seated;
        for (qsizetype p = 0; p < n; ++p) {
            turns[p] += seated.contains(request.people.at(p).id) ? 1 : 0;
            for (qsizetype q = 0; q < n; ++q) {
                if (availableOn(request, request.people.at(p).id, date)
                    && !availableOn(request, request.people.at(q).id, date))
                    cover[p][q] = false;
            }
        }
        bool starts = false;
        for (qsizetype p = 0; p < n; ++p) {
            for (qsizetype q = 0; q < n; ++q) {
                const bool both = !request.optedOut.contains(request.people.at(p).id)
                                  && !request.optedOut.contains(request.people.at(q).id);
                const bool now = p != q && both && cover[p][q] && turns[p] - turns[q] >= 2;
                starts = starts || (now && !ahead[p][q]);
                ahead[p][q] = now;
            }
        }
        if (starts)
            audit.expected.insert({int(RotationViolation::Rule::Uneven), date, {}});
    }
}

Audit audit(const RotationRequest& request, const RotationPlan& plan)
{
    Audit result;
    if (plan.request != request)
        result.problems << u"the plan does not carry its request"_s;
    auditSeats(request, plan, result);
    if (result.problems.isEmpty())
        auditViolations(request, plan, result);
    return result;
}

std::set<ViolationKey> reported(const RotationPlan& plan)
{
    std::set<ViolationKey> keys;
    for (const RotationViolation& v : plan.violations) {
        // Uneven names the worst pair; the audit only knows where unevenness starts.
        const bool uneven = v.rule == RotationViolation::Rule::Uneven;
        keys.insert({int(v.rule), v.date, uneven ? QList<qint64>{} : v.people});
        if (v.reason.isEmpty())
            keys.insert({-1, v.date, {}});
    }
    return keys;
}

QString keysText(const std::set<ViolationKey>& keys)
{
    QStringList lines;
    for (const auto& [rule, date, people] : keys) {
        QStringList ids;
        for (const qint64 id : people)
            ids << QString::number(id);
        lines << u"%1 %2 [%3]"_s.arg(rule).arg(date.toString(Qt::ISODate), ids.join(u','));
    }
    return lines.join(u"; "_s);
}

/** Runs every check on one plan; an empty string means all held. */
QString checkPlan(const RotationRequest& request, const RotationPlan& plan)
{
    const Audit found = audit(request, plan);
    if (!found.problems.isEmpty())
        return describe(request) + u": "_s + found.problems.join(u"; "_s);
    const std::set<ViolationKey> said = reported(plan);
    if (said != found.expected) {
        return describe(request) + u": reported {"_s + keysText(said) + u"} but the audit expects {"_s
               + keysText(found.expected) + u"}"_s;
    }
    // What the engine itself may cause: nothing but understaffing where people ran out. Any other
    // violation must come from a fixed seat.
    for (const RotationViolation& v : plan.violations) {
        if (v.rule == RotationViolation::Rule::Understaffed || v.rule == RotationViolation::Rule::Uneven)
            continue;
        const qsizetype m = request.indexOfMeeting(v.date);
        const bool fixedSeat =
            std::any_of(plan.meetings.at(m).seats.cbegin(),
                        plan.meetings.at(m).seats.cend(),
                        [&](const RotationSeat& s) { return s.isFixed() && v.people.contains(s.personId); });
        if (!fixedSeat)
            return describe(request)
                   + u": a generated seat breaks %1 on %2"_s.arg(RotationViolation::ruleKey(v.rule),
                                                                 v.date.toString(Qt::ISODate));
    }
    if (request.held.isEmpty() && request.pinned.isEmpty()) {
        for (const RotationViolation& v : plan.violations) {
            if (v.rule != RotationViolation::Rule::Understaffed)
                return describe(request)
                       + u": without fixed seats, still %1 on %2: %3"_s.arg(
                           RotationViolation::ruleKey(v.rule), v.date.toString(Qt::ISODate), v.reason);
        }
        // The shared checker's balance rule: people never away end at most one turn apart.
        int low = INT_MAX;
        int high = INT_MIN;
        const QMap<qint64, int> turns = plan.turns();
        for (const RotationPerson& person : request.people) {
            const bool everAway = std::any_of(request.absences.cbegin(),
                                              request.absences.cend(),
                                              [&](const RotationAbsence& a) { return a.personId == person.id; });
            if (everAway || request.optedOut.contains(person.id))
                continue;
            low = std::min(low, turns.value(person.id));
            high = std::max(high, turns.value(person.id));
        }
        if (low != INT_MAX && high - low > 1)
            return describe(request) + u": always-available people spread %1"_s.arg(high - low);
    }
    return {};
}

RotationPlan generateOrFail(const RotationRequest& request)
{
    Result<RotationPlan> plan = RotationEngine::generate(request);
    if (!plan)
        qFatal("%s: %s", qPrintable(describe(request)), qPrintable(plan.errorString()));
    return *plan;
}

/** The past of a plan as held turns, marked done, as a later regenerate would get them. */
QList<RotationSeat> heldFrom(const RotationPlan& plan, qsizetype cut)
{
    QList<RotationSeat> held;
    for (qsizetype m = 0; m < cut; ++m) {
        for (RotationSeat seat : plan.meetings.at(m).seats) {
            if (seat.isEmpty())
                continue;
            seat.origin = RotationSeat::Origin::Held;
            seat.status = RotationSeat::Status::Done;
            held.append(seat);
        }
    }
    return held;
}

QString checkerPath()
{
    return QStringLiteral(STEWARD_ROTATION_CHECKER);
}

/** Runs shared/checks/check_rotation.py on a plan; an empty string means exit 0. */
QString runSharedChecker(const RotationPlan& plan, const QString& directory, const QString& name)
{
    const QString path = directory + u'/' + name + u".json"_s;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return u"cannot write "_s + path;
    file.write(QJsonDocument(plan.toJson()).toJson());
    file.close();
    QStringList arguments{checkerPath(), path, QString::number(plan.request.seatsPerMeeting)};
    for (const RotationAbsence& absence : plan.request.absences) {
        arguments << u"%1:%2:%3"_s.arg(
            plan.displayName(absence.personId), absence.from.toString(Qt::ISODate), absence.to.toString(Qt::ISODate));
    }
    QProcess process;
    process.start(u"/usr/bin/python3"_s, arguments);
    if (!process.waitForFinished(60000))
        return u"check_rotation.py did not finish: "_s + process.errorString();
    const QString output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return u"check_rotation.py exit %1 on %2: %3"_s.arg(process.exitCode()).arg(path, output.trimmed());
    qInfo("%s: %s", qPrintable(name), qPrintable(output.trimmed()));
    return {};
}

/** Absences that keep at least one person more than the seats free on every meeting. */
void addFeasibleAbsences(RotationRequest& request, quint64 seed)
{
    SeededRandom random(seed);
    for (const RotationPerson& person : std::as_const(request.people)) {
        if (!random.chance(0.3))
            continue;
        const QDate at = request.meetings.at(random.bounded(int(request.meetings.size())));
        const RotationAbsence absence = random.chance(0.5)
                                            ? RotationAbsence{person.id, at, at}
                                            : RotationAbsence{person.id, at, at.addDays(random.between(7, 70))};
        request.absences.append(absence);
        const bool feasible = std::all_of(request.meetings.cbegin(), request.meetings.cend(), [&](QDate date) {
            int available = 0;
            for (const RotationPerson& p : std::as_const(request.people))
                available += availableOn(request, p.id, date) ? 1 : 0;
            return available > request.seatsPerMeeting;
        });
        if (!feasible)
            request.absences.removeLast();
    }
}

} // namespace

void TestRotationProperties::everyRuleHolds_data()
{
    QTest::addColumn<unsigned>("features");
    QTest::addColumn<quint64>("firstSeed");

    QTest::addRow("everyone always there") << 0u << quint64(0);
    QTest::addRow("absences") << unsigned(kAbsences) << quint64(1000);
    QTest::addRow("absences and opt-outs") << unsigned(kAbsences | kOptOuts) << quint64(2000);
    QTest::addRow("pinned seats") << unsigned(kAbsences | kPins) << quint64(3000);
    QTest::addRow("held turns") << unsigned(kAbsences | kHeld) << quint64(4000);
    QTest::addRow("everything") << unsigned(kAbsences | kOptOuts | kPins | kHeld) << quint64(5000);
}

void TestRotationProperties::everyRuleHolds()
{
    QFETCH(unsigned, features);
    QFETCH(quint64, firstSeed);
    QSet<int> sizes;
    QSet<int> seats;
    int violations = 0;
    for (quint64 seed = firstSeed; seed < firstSeed + quint64(seedsPerRow()); ++seed) {
        const RotationRequest request = randomRequest(seed, features);
        const RotationPlan plan = generateOrFail(request);
        const QString failure = checkPlan(request, plan);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(generateOrFail(request), plan); // deterministic for a seed
        sizes.insert(int(request.people.size()));
        seats.insert(request.seatsPerMeeting);
        violations += int(plan.violations.size());
    }
    QCOMPARE(sizes.size(), std::min(30, seedsPerRow()));
    QCOMPARE(seats.size(), 3);
    qInfo("%d seeds, %d violations reported and confirmed by the audit", seedsPerRow(), violations);
}

void TestRotationProperties::regenerateKeepsPastAndPins_data()
{
    QTest::addColumn<unsigned>("features");
    QTest::addColumn<quint64>("firstSeed");

    QTest::addRow("absences") << unsigned(kAbsences) << quint64(6000);
    QTest::addRow("absences and opt-outs") << unsigned(kAbsences | kOptOuts) << quint64(7000);
}

void TestRotationProperties::regenerateKeepsPastAndPins()
{
    QFETCH(unsigned, features);
    QFETCH(quint64, firstSeed);
    for (quint64 seed = firstSeed; seed < firstSeed + quint64(seedsPerRow()); ++seed) {
        const RotationRequest first = randomRequest(seed, features);
        const RotationPlan before = generateOrFail(first);
        SeededRandom random(seed);
        const qsizetype cut = random.bounded(int(first.meetings.size()) + 1);

        RotationRequest again = first;
        again.seed = seed + 1; // a new seed must not move anything fixed either
        again.held = heldFrom(before, cut);
        again.generateFrom = cut < first.meetings.size() ? first.meetings.at(cut) : first.meetings.last().addDays(1);
        for (qsizetype m = cut; m < first.meetings.size(); ++m) {
            if (random.chance(0.25) && !before.meetings.at(m).seats.first().isEmpty()) {
                RotationSeat pin = before.meetings.at(m).seats.first();
                pin.origin = RotationSeat::Origin::Pinned;
                again.pinned.append(pin);
            }
        }
        // New absences in the future, some of them over a held turn's day or a pin's day.
        for (const RotationPerson& person : std::as_const(first.people)) {
            if (random.chance(0.3)) {
                const QDate at = first.meetings.at(random.bounded(int(first.meetings.size())));
                again.absences.append({person.id, at, at.addDays(random.bounded(30))});
            }
        }
        const RotationPlan after = generateOrFail(again);
        const QString failure = checkPlan(again, after);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));

        // The past, byte for byte: the same JSON rows and the same seats.
        const QJsonArray rowsBefore = before.toJson().value(u"plan"_s).toArray();
        const QJsonArray rowsAfter = after.toJson().value(u"plan"_s).toArray();
        for (qsizetype m = 0; m < cut; ++m) {
            QCOMPARE(QJsonDocument(rowsAfter.at(m).toObject()).toJson(),
                     QJsonDocument(rowsBefore.at(m).toObject()).toJson());
        }
        QCOMPARE(after.seats(RotationSeat::Origin::Held), again.held);
        QCOMPARE(after.seats(RotationSeat::Origin::Pinned), again.pinned);
    }
}

void TestRotationProperties::regenerateWithNothingChangedRepeatsThePlan()
{
    for (quint64 seed = 8000; seed < 8000 + quint64(seedsPerRow()); ++seed) {
        const RotationRequest first = randomRequest(seed, kAbsences | kOptOuts);
        const RotationPlan before = generateOrFail(first);
        const qsizetype cut = qsizetype(seed % first.meetings.size());
        RotationRequest again = first;
        again.held = heldFrom(before, cut);
        again.generateFrom = first.meetings.at(cut);
        const RotationPlan after = generateOrFail(again);
        for (qsizetype m = 0; m < first.meetings.size(); ++m)
            QCOMPARE(after.meetings.at(m).people(), before.meetings.at(m).people());
    }
}

void TestRotationProperties::swapsUndoOnRandomPlans()
{
    int swaps = 0;
    for (quint64 seed = 9000; seed < 9000 + quint64(seedsPerRow()); ++seed) {
        const RotationRequest request = randomRequest(seed, kAbsences | kOptOuts | kPins);
        const RotationPlan plan = generateOrFail(request);
        SeededRandom random(seed);
        RotationPlan current = plan;
        QList<RotationChange> changes;
        for (int i = 0; i < 6; ++i) {
            const RotationSeatRef a{random.bounded(int(plan.meetings.size())), random.bounded(request.seatsPerMeeting)};
            const RotationSeatRef b{random.bounded(int(plan.meetings.size())), random.bounded(request.seatsPerMeeting)};
            const Result<RotationEdit> edit = RotationEngine::swapSeats(current, a, b);
            if (!edit) {
                QVERIFY(!edit.errorString().isEmpty());
                continue;
            }
            ++swaps;
            // The fixed seats have changed by hand, so only the violations are audited: whatever the swap broke
            // is reported, and nothing else.
            Audit expected;
            auditViolations(request, edit->plan, expected);
            QVERIFY2(reported(edit->plan) == expected.expected,
                     qPrintable(describe(request) + u": after a swap, reported {"_s + keysText(reported(edit->plan))
                                + u"} but the audit expects {"_s + keysText(expected.expected) + u"}"_s));
            changes.append(edit->change);
            current = edit->plan;
        }
        for (qsizetype i = changes.size() - 1; i >= 0; --i) {
            const Result<RotationPlan> undone = RotationEngine::revert(current, changes.at(i));
            QVERIFY2(undone.ok(), qPrintable(undone.errorString()));
            current = *undone;
        }
        QCOMPARE(current, plan);
    }
    QVERIFY(swaps > seedsPerRow());
}

void TestRotationProperties::sharedCheckerAccepts_data()
{
    QTest::addColumn<int>("people");
    QTest::addColumn<int>("seats");
    QTest::addColumn<int>("meetings");
    QTest::addColumn<bool>("absences");
    QTest::addColumn<qsizetype>("heldMeetings");

    QTest::addRow("hot seat, 6 people") << 6 << 1 << 26 << true << qsizetype(0);
    QTest::addRow("micro-teach, 12 people, 2 slots") << 12 << 2 << 40 << true << qsizetype(0);
    QTest::addRow("on-call, 5 people, no absences") << 5 << 1 << 52 << false << qsizetype(0);
    QTest::addRow("30 people, 3 seats") << 30 << 3 << 60 << true << qsizetype(0);
    QTest::addRow("regenerated after 20 held meetings") << 9 << 2 << 50 << true << qsizetype(20);
}

void TestRotationProperties::sharedCheckerAccepts()
{
    QFETCH(int, people);
    QFETCH(int, seats);
    QFETCH(int, meetings);
    QFETCH(bool, absences);
    QFETCH(qsizetype, heldMeetings);
    if (!QFile::exists(checkerPath()))
        QFAIL(qPrintable(
            u"The shared checker is missing at %1: CI keeps shared/ beside the clone."_s.arg(checkerPath())));
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    for (quint64 seed : {11u, 12u, 13u}) {
        RotationRequest request = randomRequest(seed, 0, people, meetings);
        request.seatsPerMeeting = seats;
        request.optedOut = {request.people.last().id}; // not in "turns", so the checker never counts them
        if (absences)
            addFeasibleAbsences(request, seed);
        RotationPlan plan = generateOrFail(request);
        if (heldMeetings > 0) {
            request.held = heldFrom(plan, heldMeetings);
            request.generateFrom = request.meetings.at(heldMeetings);
            request.seed = seed + 100;
            plan = generateOrFail(request);
        }
        QVERIFY2(plan.violations.isEmpty(), qPrintable(describe(request)));
        const QString failure = runSharedChecker(
            plan, directory.path(), u"%1-%2"_s.arg(QString::fromUtf8(QTest::currentDataTag())).arg(seed));
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }
}

void TestRotationProperties::measuresThirtyPeopleTwoHundredMeetings()
{
    QTemporaryDir directory;
    for (int seats = 1; seats <= 3; ++seats) {
        RotationRequest request = randomRequest(42, 0, 30, 200);
        request.seatsPerMeeting = seats;
        addFeasibleAbsences(request, 42);
        QElapsedTimer timer;
        timer.start();
        const Result<RotationPlan> plan = RotationEngine::generate(request);
        const qint64 generateNs = timer.nsecsElapsed();
        QVERIFY(plan.ok());
        timer.restart();
        const QByteArray json = QJsonDocument(plan->toJson()).toJson();
        const qint64 jsonNs = timer.nsecsElapsed();
        qInfo("30 people x 200 meetings x %d seats: generate + review %.2f ms, toJson %.2f ms, %lld bytes, %lld "
              "violations",
              seats,
              generateNs / 1e6,
              jsonNs / 1e6,
              qint64(json.size()),
              qint64(plan->violations.size()));
        const QString failure = checkPlan(request, *plan);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(plan->violations.isEmpty());
        if (QFile::exists(checkerPath())) {
            const QString checked = runSharedChecker(*plan, directory.path(), u"thirty-by-200-%1"_s.arg(seats));
            QVERIFY2(checked.isEmpty(), qPrintable(checked));
        }
    }
    // A whole community's micro-teach series, for scale.
    RotationRequest large = randomRequest(43, 0, 120, 200);
    large.seatsPerMeeting = 2;
    addFeasibleAbsences(large, 43);
    QElapsedTimer timer;
    timer.start();
    const Result<RotationPlan> plan = RotationEngine::generate(large);
    qInfo("120 people x 200 meetings x 2 seats: generate + review %.2f ms", timer.nsecsElapsed() / 1e6);
    QVERIFY(plan.ok());
    QVERIFY(plan->violations.isEmpty());
}

QTEST_GUILESS_MAIN(TestRotationProperties)
#include "TestRotationProperties.moc"
