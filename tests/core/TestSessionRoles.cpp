// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/SeededRandom.h"
#include "schedule/SessionRoleEdits.h"
#include "schedule/SessionRolePlanner.h"

#include <QSet>
#include <QTest>

#include <algorithm>

using namespace steward;
using namespace Qt::StringLiterals;

/**
 * Property tests of the session-role planner: random requests over many seeds (1–30 people, absences, opt-outs,
 * held and pinned seats), every rule re-checked per role on every plan by the audit below, which reads only the
 * request and the plan's seats; regenerating never moves a held or pinned seat; the hand edits' refusals.
 */
class TestSessionRoles : public QObject
{
    Q_OBJECT

private slots:
    void everyRuleHoldsPerRole_data();
    void everyRuleHoldsPerRole();
    void turnsAreEvenPerRole_data();
    void turnsAreEvenPerRole();
    void regenerateNeverMovesHeldOrPinned();
    void oneRoleAlone();
    void editsKeepTheRules();
};

namespace {

using Role = SessionRoleSeat::Role;

enum Feature : unsigned
{
    kAbsences = 1,
    kOptOuts = 2,
    kPins = 4,
    kHeld = 8,
};

int seedsPerRow()
{
    const int asked = qEnvironmentVariableIntValue("STEWARD_ROTATION_SEEDS");
    return asked > 0 ? asked : 60;
}

SessionRoleSeat cell(QDate date, Role role, qint64 person = 0)
{
    SessionRoleSeat seat;
    seat.sessionId = 1;
    seat.date = date;
    seat.role = role;
    seat.personId = person;
    return seat;
}

void addAbsences(SessionRoleRequest& request, SeededRandom& random)
{
    for (const RotationPerson& person : std::as_const(request.people)) {
        if (!random.chance(0.3))
            continue;
        const QDate at = request.meetings.at(random.bounded(int(request.meetings.size())));
        request.absences.append({person.id, at.addDays(-random.bounded(3)), at.addDays(random.bounded(40))});
    }
}

/** Random held seats before the cut and pinned ones after it, any person, either role (collisions included). */
void addFixedSeats(SessionRoleRequest& request, SeededRandom& random, unsigned features, int cut)
{
    for (int m = 0; m < request.meetings.size(); ++m) {
        const bool past = m < cut;
        if ((past && !(features & kHeld)) || (!past && !((features & kPins) && random.chance(0.2))))
            continue;
        for (Role role : SessionRoleSeat::allRoles()) {
            if (!past && random.chance(0.5))
                continue;
            SessionRoleSeat seat = cell(request.occurrences.at(m), role, random.pick(request.people).id);
            seat.origin = past ? RotationSeat::Origin::Generated : RotationSeat::Origin::Pinned;
            seat.status = past ? RotationSeat::Status::Done : RotationSeat::Status::Swapped;
            request.stored.append(seat);
        }
    }
}

SessionRoleRequest randomRequest(quint64 seed, unsigned features, int people = 0)
{
    SeededRandom random(seed * 104729 + features);
    SessionRoleRequest request;
    request.sessionId = 1;
    request.seed = seed;
    const int personCount = people > 0 ? people : int(1 + seed % 30);
    for (int i = 0; i < personCount; ++i)
        request.people.append({qint64(10 + 2 * i), u"P%1"_s.arg(i)});
    QDate date = QDate(2026, 1, 5).addDays(random.bounded(7));
    for (int i = random.between(1, 40); i > 0; --i) {
        request.meetings.append(date);
        // A moved occurrence keeps its name: here every fifth is named a day earlier than it takes place.
        request.occurrences.append(random.chance(0.2) ? date.addDays(-1) : date);
        date = date.addDays(7 * (random.chance(0.15) ? 2 : 1));
    }
    if (features & kOptOuts) {
        for (const RotationPerson& person : std::as_const(request.people)) {
            if (random.chance(0.12) && request.optedOut.size() + 1 < request.people.size())
                request.optedOut.append(person.id);
        }
    }
    if (features & kAbsences)
        addAbsences(request, random);
    const int cut = (features & kHeld) ? random.bounded(int(request.meetings.size()) + 1) : 0;
    request.generateFrom = cut < request.meetings.size() ? request.meetings.at(cut) : date;
    addFixedSeats(request, random, features, cut);
    return request;
}

bool absentOn(const SessionRoleRequest& request, qint64 person, QDate date)
{
    return std::any_of(request.absences.cbegin(), request.absences.cend(), [&](const RotationAbsence& a) {
        return a.personId == person && a.covers(date);
    });
}

bool availableOn(const SessionRoleRequest& request, qint64 person, QDate date)
{
    return !request.optedOut.contains(person) && !absentOn(request, person, date);
}

bool reported(const SessionRolePlan& plan, const QString& rule, std::optional<Role> role, QDate date)
{
    return std::any_of(plan.violations.cbegin(), plan.violations.cend(), [&](const SessionRoleViolation& v) {
        return v.rule == rule && v.date == date && (!role || v.role == role);
    });
}

qint64 personAt(const SessionRolePlan& plan, qsizetype roleIndex, qsizetype meeting)
{
    return plan.plans.at(roleIndex).meetings.at(meeting).seats.constFirst().personId;
}

/** The stored seat the planner must keep in a cell, or nullptr. */
const SessionRoleSeat* keptSeat(const SessionRoleRequest& request, qsizetype meeting, Role role)
{
    for (const SessionRoleSeat& seat : request.stored) {
        const bool past = request.meetings.at(meeting) < request.generateFrom;
        if (seat.date == request.occurrences.at(meeting) && seat.role == role && (past || seat.isFixed()))
            return &seat;
    }
    return nullptr;
}

/** People who could take `role` at meeting m: there, not opted out, not holding the other role there. */
int freeFor(const SessionRolePlan& plan, qsizetype r, qsizetype m, qint64 except)
{
    const qint64 other = plan.plans.size() > 1 ? personAt(plan, 1 - r, m) : 0;
    int free = 0;
    for (const RotationPerson& p : plan.request.people) {
        if (p.id != except && p.id != other && availableOn(plan.request, p.id, plan.request.meetings.at(m)))
            ++free;
    }
    return free;
}

void auditMeeting(const SessionRolePlan& plan, qsizetype r, qsizetype m, QStringList& problems)
{
    const SessionRoleRequest& request = plan.request;
    const Role role = plan.roles.at(r);
    const QDate date = request.meetings.at(m);
    const QString at = u"%1 %2"_s.arg(SessionRoleSeat::roleKey(role), date.toString(Qt::ISODate));
    const qint64 person = personAt(plan, r, m);
    if (const SessionRoleSeat* kept = keptSeat(request, m, role)) {
        if (person != kept->personId)
            problems << at + u": a held or pinned seat moved"_s;
        return;
    }
    if (date < request.generateFrom) {
        if (person != 0)
            problems << at + u": a seat was made up before generateFrom"_s;
        return;
    }
    if (person == 0) {
        if (freeFor(plan, r, m, 0) > 0 || !reported(plan, u"understaffed"_s, role, date))
            problems << at + u": left empty while someone was free, or not reported"_s;
        return;
    }
    if (!availableOn(request, person, date))
        problems << at + u": given to someone away or opted out"_s;
    if (plan.plans.size() > 1 && personAt(plan, 1 - r, m) == person)
        problems << at + u": the same person holds both roles"_s;
    if (m > 0 && personAt(plan, r, m - 1) == person && freeFor(plan, r, m, person) > 0
        && !reported(plan, u"back-to-back"_s, role, date))
        problems << at + u": back-to-back while someone else was free, not reported"_s;
}

QStringList audit(const SessionRolePlan& plan)
{
    QStringList problems;
    const SessionRoleRequest& request = plan.request;
    for (qsizetype r = 0; r < plan.roles.size(); ++r) {
        if (plan.plans.at(r).meetings.size() != request.meetings.size())
            return {u"a role plan has the wrong number of meetings"_s};
        for (qsizetype m = 0; m < request.meetings.size(); ++m)
            auditMeeting(plan, r, m, problems);
    }
    // Two fixed seats with one person in both roles are the only way to that, and they are reported.
    for (qsizetype m = 0; plan.plans.size() > 1 && m < request.meetings.size(); ++m) {
        const qint64 a = personAt(plan, 0, m);
        if (a != 0 && a == personAt(plan, 1, m)
            && !reported(plan, u"same-person"_s, std::nullopt, request.meetings.at(m)))
            problems << u"%1: one person in both roles, not reported"_s.arg(
                request.meetings.at(m).toString(Qt::ISODate));
    }
    return problems;
}

QString describe(const SessionRoleRequest& request)
{
    return u"seed %1, %2 people, %3 meetings, %4 absences, %5 opted out, %6 stored"_s.arg(request.seed)
        .arg(request.people.size())
        .arg(request.meetings.size())
        .arg(request.absences.size())
        .arg(request.optedOut.size())
        .arg(request.stored.size());
}

} // namespace

void TestSessionRoles::everyRuleHoldsPerRole_data()
{
    QTest::addColumn<unsigned>("features");
    QTest::addRow("plain") << 0u;
    QTest::addRow("absences") << unsigned(kAbsences);
    QTest::addRow("opt-outs") << unsigned(kOptOuts);
    QTest::addRow("pinned") << unsigned(kPins);
    QTest::addRow("held") << unsigned(kHeld);
    QTest::addRow("everything") << unsigned(kAbsences | kOptOuts | kPins | kHeld);
}

void TestSessionRoles::everyRuleHoldsPerRole()
{
    QFETCH(unsigned, features);
    int plans = 0;
    for (quint64 seed = 0; seed < quint64(seedsPerRow()); ++seed) {
        const SessionRoleRequest request = randomRequest(seed, features);
        auto plan = SessionRolePlanner::plan(request);
        QVERIFY2(plan, qPrintable(describe(request) + u": "_s + plan.errorString()));
        const QStringList problems = audit(*plan);
        QVERIFY2(problems.isEmpty(), qPrintable(describe(request) + u": "_s + problems.join(u"; "_s)));
        // A given seed gives the same plan.
        QCOMPARE(SessionRolePlanner::plan(request)->seats(), plan->seats());
        ++plans;
    }
    QCOMPARE(plans, seedsPerRow());
}

void TestSessionRoles::turnsAreEvenPerRole_data()
{
    QTest::addColumn<int>("people");
    for (int n : {2, 3, 4, 5, 7, 12, 30})
        QTest::addRow("%d people", n) << n;
}

void TestSessionRoles::turnsAreEvenPerRole()
{
    // Everyone always there: each role's turns differ by at most one, and no one is seated two meetings running
    // in either role once there are seven or more (the planner keeps even turns first).
    QFETCH(int, people);
    for (quint64 seed = 0; seed < 20; ++seed) {
        const SessionRoleRequest request = randomRequest(seed, 0, people);
        auto plan = SessionRolePlanner::plan(request);
        QVERIFY2(plan, qPrintable(plan.errorString()));
        QVERIFY2(plan->violations.isEmpty(),
                 qPrintable(describe(request) + u": "_s
                            + (plan->violations.isEmpty() ? QString() : plan->violations.first().reason)));
        for (Role role : SessionRoleSeat::allRoles()) {
            const QList<int> counts = plan->turns(role).values();
            const auto [low, high] = std::minmax_element(counts.cbegin(), counts.cend());
            QVERIFY2(*high - *low <= 1,
                     qPrintable(describe(request)
                                + u": %1 turns %2..%3"_s.arg(SessionRoleSeat::roleKey(role)).arg(*low).arg(*high)));
        }
        for (qsizetype m = 1; people >= 7 && m < request.meetings.size(); ++m) {
            const QSet<qint64> before{personAt(*plan, 0, m - 1), personAt(*plan, 1, m - 1)};
            QVERIFY2(!before.contains(personAt(*plan, 0, m)) && !before.contains(personAt(*plan, 1, m)),
                     qPrintable(describe(request) + u": someone serves two meetings running"_s));
        }
    }
}

void TestSessionRoles::regenerateNeverMovesHeldOrPinned()
{
    for (quint64 seed = 0; seed < 40; ++seed) {
        SessionRoleRequest request = randomRequest(seed, kAbsences | kPins | kHeld);
        auto first = SessionRolePlanner::plan(request);
        QVERIFY2(first, qPrintable(first.errorString()));
        // Store what was generated, pin a few more, then regenerate with another seed.
        request.stored += SessionRoleEdits::generate(*first).after;
        QList<SessionRoleSeat> fixedBefore;
        for (const SessionRoleSeat& seat : std::as_const(request.stored)) {
            const qsizetype m = request.indexOfOccurrence(seat.date);
            if (seat.personId != 0 && (seat.isFixed() || request.meetings.at(m) < request.generateFrom))
                fixedBefore.append(seat);
        }
        request.seed += 1000;
        auto again = SessionRolePlanner::plan(request);
        QVERIFY2(again, qPrintable(again.errorString()));
        for (const SessionRoleSeat& seat : std::as_const(fixedBefore)) {
            const auto now = again->seat(seat.date, seat.role);
            QVERIFY2(now && now->personId == seat.personId,
                     qPrintable(describe(request) + u": %1 moved"_s.arg(seat.date.toString(Qt::ISODate))));
        }
        QVERIFY(audit(*again).isEmpty());
    }
}

void TestSessionRoles::oneRoleAlone()
{
    SessionRoleRequest request = randomRequest(3, 0, 4);
    request.roles = {Role::NoteTaker};
    auto plan = SessionRolePlanner::plan(request);
    QVERIFY2(plan, qPrintable(plan.errorString()));
    QCOMPARE(plan->roles, QList<Role>{Role::NoteTaker});
    for (const SessionRoleSeat& seat : plan->seats())
        QCOMPARE(seat.role, Role::NoteTaker);
    QCOMPARE(plan->seats().size(), request.meetings.size());
    // One person: the facilitator is found, the note-taker cannot be, and that is said.
    request = randomRequest(5, 0, 1);
    plan = SessionRolePlanner::plan(request);
    QVERIFY(plan);
    QVERIFY(reported(*plan, u"understaffed"_s, Role::NoteTaker, request.meetings.first()));
    QVERIFY(plan->seat(request.occurrences.first(), Role::Facilitator).has_value());
}

void TestSessionRoles::editsKeepTheRules()
{
    const QDate d1(2026, 3, 2), d2(2026, 3, 9);
    SessionRoleSeat doneSeat = cell(d1, Role::Facilitator, 11);
    doneSeat.origin = RotationSeat::Origin::Held;
    doneSeat.status = RotationSeat::Status::Done;
    const QList<SessionRoleSeat> stored = {
        doneSeat, cell(d1, Role::NoteTaker, 12), cell(d2, Role::Facilitator, 12), cell(d2, Role::NoteTaker, 13)};
    const SessionRoleEdits::Names names{{11, u"Ada"_s}, {12, u"Grace"_s}, {13, u"Linus"_s}};
    // A held turn is history.
    QVERIFY(!SessionRoleEdits::swap(stored, cell(d1, Role::Facilitator), cell(d2, Role::NoteTaker), names));
    // Grace to the note-taker seat of d2 while she facilitates there: refused.
    auto refused = SessionRoleEdits::swap(stored, cell(d1, Role::NoteTaker), cell(d2, Role::NoteTaker), names);
    QVERIFY(!refused);
    QVERIFY2(refused.errorString().contains(u"Grace"_s), qPrintable(refused.errorString()));
    // The two roles of one occurrence swap freely; both seats become pinned and marked swapped.
    auto swapped = SessionRoleEdits::swap(stored, cell(d2, Role::Facilitator), cell(d2, Role::NoteTaker), names);
    QVERIFY2(swapped, qPrintable(swapped.errorString()));
    QCOMPARE(swapped->after.size(), 2);
    QCOMPARE(swapped->after.at(0).personId, 13);
    QCOMPARE(swapped->after.at(0).origin, RotationSeat::Origin::Pinned);
    QCOMPARE(swapped->after.at(0).status, RotationSeat::Status::Swapped);
    QVERIFY(!SessionRoleEdits::assign(stored, cell(d2, Role::NoteTaker), 12, names));
    auto assigned = SessionRoleEdits::assign(stored, cell(d2, Role::NoteTaker), 11, names);
    QVERIFY2(assigned, qPrintable(assigned.errorString()));
    QCOMPARE(assigned->after.constFirst().origin, RotationSeat::Origin::Pinned);
    auto done = SessionRoleEdits::setStatus(stored, cell(d2, Role::NoteTaker), RotationSeat::Status::Done);
    QVERIFY(done);
    QCOMPARE(done->after.constFirst().origin, RotationSeat::Origin::Held);
    auto skipped = SessionRoleEdits::setStatus(stored, cell(d2, Role::Facilitator), RotationSeat::Status::Skipped);
    QVERIFY(skipped);
    QCOMPARE(skipped->after.constFirst().origin, RotationSeat::Origin::Pinned);
    QVERIFY(
        !SessionRoleEdits::setStatus(stored, cell(QDate(2026, 3, 16), Role::Facilitator), RotationSeat::Status::Done));
}

QTEST_GUILESS_MAIN(TestSessionRoles)
#include "TestSessionRoles.moc"
