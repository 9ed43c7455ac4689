// SPDX-License-Identifier: GPL-3.0-or-later
#include "RotationEngine.h"

#include "common/SeededRandom.h"
#include "schedule/RotationAvailability.h"
#include "schedule/RotationReview.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>
#include <tuple>

namespace steward {

namespace {

constexpr double kNeededNextPenalty = 0.5;

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

/** The running tallies the ranking reads, one entry per person of the request. */
struct Tally
{
    explicit Tally(qsizetype people)
        : turns(people, 0)
        , fairShare(people, 0.0)
        , lastTurn(people, -1)
        , seatedBefore(people, false)
    {
    }

    QList<int> turns;
    QList<double> fairShare;
    QList<qsizetype> lastTurn;
    QList<bool> seatedBefore;
};

QList<QList<RotationSeat>> fixedSeatsByMeeting(const RotationRequest& request)
{
    QList<QList<RotationSeat>> fixed(request.meetings.size());
    for (RotationSeat seat : request.held) {
        seat.origin = RotationSeat::Origin::Held;
        fixed[request.indexOfMeeting(seat.date)].append(seat);
    }
    for (RotationSeat seat : request.pinned) {
        seat.origin = RotationSeat::Origin::Pinned;
        fixed[request.indexOfMeeting(seat.date)].append(seat);
    }
    return fixed;
}

/** A rank per person from the seed: the last tie-break, and the only thing the seed decides. */
QList<int> seededRanks(qsizetype people, quint64 seed)
{
    QList<int> order(people);
    std::iota(order.begin(), order.end(), 0);
    SeededRandom random(seed);
    random.shuffle(order);
    QList<int> rank(people);
    for (qsizetype i = 0; i < people; ++i)
        rank[order.at(i)] = int(i);
    return rank;
}

QList<qsizetype> chooseFreeSeats(const RotationRequest& request,
                                 const RotationAvailability& availability,
                                 const Tally& tally,
                                 const QList<int>& rank,
                                 qsizetype meeting,
                                 const QList<bool>& seatedNow,
                                 const QList<bool>& fixedNext,
                                 qsizetype freeSeats)
{
    struct Candidate
    {
        int tier;
        double deficit;
        qsizetype lastTurn;
        int rank;
        qsizetype person;
    };
    // Few people can come to the next meeting: whoever sits now may have to sit again there.
    const bool scarceNext = meeting + 1 < availability.meetingCount()
                            && availability.availableCount(meeting + 1) < 2 * request.seatsPerMeeting;
    QList<Candidate> candidates;
    for (qsizetype person = 0; person < request.people.size(); ++person) {
        if (!availability.isAvailable(meeting, person) || seatedNow.at(person))
            continue;
        const int tier = tally.seatedBefore.at(person) ? 2 : (fixedNext.at(person) ? 1 : 0);
        // Half a turn, not more: someone needed next time yields only to a person less than a whole
        // turn further ahead, so two people available alike still never end up two turns apart.
        const bool neededNext = scarceNext && availability.isAvailable(meeting + 1, person);
        candidates.append(
            {tier,
             tally.turns.at(person) - tally.fairShare.at(person) + (neededNext ? kNeededNextPenalty : 0.0),
             tally.lastTurn.at(person),
             rank.at(person),
             person});
    }
    const qsizetype taken = std::min(freeSeats, candidates.size());
    // The rank is unique per person, so the order is total and the pick deterministic.
    std::partial_sort(
        candidates.begin(), candidates.begin() + taken, candidates.end(), [](const Candidate& a, const Candidate& b) {
            return std::tie(a.tier, a.deficit, a.lastTurn, a.rank) < std::tie(b.tier, b.deficit, b.lastTurn, b.rank);
        });
    QList<qsizetype> chosen;
    for (qsizetype i = 0; i < taken; ++i)
        chosen.append(candidates.at(i).person);
    return chosen;
}

void countMeeting(const RotationRequest& request,
                  const RotationAvailability& availability,
                  qsizetype meeting,
                  const QList<bool>& seatedNow,
                  Tally& tally)
{
    const int available = availability.availableCount(meeting);
    const double share = available > 0 ? std::min(1.0, double(request.seatsPerMeeting) / available) : 0.0;
    for (qsizetype person = 0; person < request.people.size(); ++person) {
        if (seatedNow.at(person)) {
            ++tally.turns[person];
            tally.lastTurn[person] = meeting;
        }
        if (availability.isAvailable(meeting, person))
            tally.fairShare[person] += share;
    }
    tally.seatedBefore = seatedNow;
}

QList<bool> fixedAt(const RotationRequest& request, const QList<QList<RotationSeat>>& fixed, qsizetype meeting)
{
    QList<bool> flags(request.people.size(), false);
    if (meeting < fixed.size()) {
        for (const RotationSeat& seat : fixed.at(meeting))
            flags[request.indexOfPerson(seat.personId)] = true;
    }
    return flags;
}

Result<RotationEdit> refuse(const QString& message)
{
    return Result<RotationEdit>::failure(message);
}

QString noSeatMessage(RotationSeatRef ref)
{
    return QCoreApplication::translate("RotationEngine", "There is no seat %1 at meeting %2 of the plan.")
        .arg(ref.seat + 1)
        .arg(ref.meeting + 1);
}

QString heldMessage(const RotationPlan& plan, const RotationSeat& seat)
{
    return QCoreApplication::translate("RotationEngine",
                                       "The turn %1 held on %2 is history; it cannot be swapped or replaced.")
        .arg(plan.displayName(seat.personId), isoDate(seat.date));
}

bool seatedElsewhere(const RotationMeeting& meeting, qint64 personId, qsizetype exceptSeat)
{
    for (qsizetype i = 0; i < meeting.seats.size(); ++i) {
        if (i != exceptSeat && meeting.seats.at(i).personId == personId)
            return true;
    }
    return false;
}

/** A seat handed over by hand: pinned so a regenerate keeps it, marked swapped (or reset when emptied). */
RotationSeat handOver(const RotationSeat& seat, qint64 personId)
{
    RotationSeat result;
    result.date = seat.date;
    result.personId = personId;
    if (personId != 0) {
        result.origin = RotationSeat::Origin::Pinned;
        result.status = RotationSeat::Status::Swapped;
    }
    return result;
}

RotationEdit applyEntries(const RotationPlan& plan, RotationChange change)
{
    RotationEdit edit{plan, std::move(change)};
    for (const RotationChange::Entry& entry : std::as_const(edit.change.entries))
        edit.plan.meetings[entry.ref.meeting].seats[entry.ref.seat] = entry.after;
    edit.plan.violations = RotationReview::violations(edit.plan.request, edit.plan.meetings);
    return edit;
}

Result<RotationPlan> replay(const RotationPlan& plan, const RotationChange& change, bool forward)
{
    RotationPlan result = plan;
    for (qsizetype i = 0; i < change.entries.size(); ++i) {
        const RotationChange::Entry& entry = change.entries.at(forward ? i : change.entries.size() - 1 - i);
        const RotationSeat* current = result.seatAt(entry.ref);
        if (!current || *current != (forward ? entry.before : entry.after)) {
            return Result<RotationPlan>::failure(QCoreApplication::translate(
                "RotationEngine", "The plan has changed since this edit, so it cannot be undone or redone."));
        }
        result.meetings[entry.ref.meeting].seats[entry.ref.seat] = forward ? entry.after : entry.before;
    }
    result.violations = RotationReview::violations(result.request, result.meetings);
    return result;
}

} // namespace

Result<RotationPlan> RotationEngine::generate(const RotationRequest& request)
{
    if (const Status valid = request.validate(); !valid)
        return Result<RotationPlan>::failure(valid.errorString());

    const RotationAvailability availability(request);
    const QList<QList<RotationSeat>> fixed = fixedSeatsByMeeting(request);
    const QList<int> rank = seededRanks(request.people.size(), request.seed);
    const qsizetype firstGenerated = request.firstGeneratedMeeting();
    Tally tally(request.people.size());

    RotationPlan plan;
    plan.request = request;
    QList<bool> fixedNow = fixedAt(request, fixed, 0);
    for (qsizetype meeting = 0; meeting < request.meetings.size(); ++meeting) {
        const QList<bool> fixedNext = fixedAt(request, fixed, meeting + 1);
        RotationMeeting row{request.meetings.at(meeting), fixed.at(meeting)};
        QList<bool> seatedNow = fixedNow;
        const qsizetype freeSeats = request.seatsPerMeeting - row.seats.size();
        if (meeting >= firstGenerated && freeSeats > 0) {
            const QList<qsizetype> chosen =
                chooseFreeSeats(request, availability, tally, rank, meeting, seatedNow, fixedNext, freeSeats);
            for (const qsizetype person : chosen) {
                row.seats.append(RotationSeat{row.date, request.people.at(person).id});
                seatedNow[person] = true;
            }
        }
        while (row.seats.size() < request.seatsPerMeeting)
            row.seats.append(RotationSeat{row.date});
        countMeeting(request, availability, meeting, seatedNow, tally);
        plan.meetings.append(row);
        fixedNow = fixedNext;
    }
    plan.violations = RotationReview::violations(request, plan.meetings);
    return plan;
}

Result<RotationEdit> RotationEngine::swapSeats(const RotationPlan& plan, RotationSeatRef first, RotationSeatRef second)
{
    const RotationSeat* a = plan.seatAt(first);
    const RotationSeat* b = plan.seatAt(second);
    if (!a || !b)
        return refuse(noSeatMessage(a ? second : first));
    if (first == second)
        return refuse(QCoreApplication::translate("RotationEngine", "A seat cannot be swapped with itself."));
    if (a->origin == RotationSeat::Origin::Held || b->origin == RotationSeat::Origin::Held)
        return refuse(heldMessage(plan, a->origin == RotationSeat::Origin::Held ? *a : *b));
    if (a->isEmpty() && b->isEmpty())
        return refuse(QCoreApplication::translate("RotationEngine", "Both seats are empty: there is nobody to swap."));
    if (a->personId == b->personId)
        return refuse(QCoreApplication::translate("RotationEngine", "Both seats are held by %1.")
                          .arg(plan.displayName(a->personId)));
    if (first.meeting != second.meeting) {
        for (const auto& [person, target] : {std::pair{a->personId, second}, std::pair{b->personId, first}}) {
            const RotationMeeting& meeting = plan.meetings.at(target.meeting);
            if (person != 0 && seatedElsewhere(meeting, person, target.seat))
                return refuse(QCoreApplication::translate("RotationEngine", "%1 already has a seat on %2.")
                                  .arg(plan.displayName(person), isoDate(meeting.date)));
        }
    }
    RotationChange change{RotationChange::Kind::SwapSeats,
                          {{first, *a, handOver(*a, b->personId)}, {second, *b, handOver(*b, a->personId)}}};
    return applyEntries(plan, std::move(change));
}

Result<RotationEdit> RotationEngine::seatPerson(const RotationPlan& plan, RotationSeatRef ref, qint64 personId)
{
    const RotationSeat* seat = plan.seatAt(ref);
    if (!seat)
        return refuse(noSeatMessage(ref));
    if (seat->origin == RotationSeat::Origin::Held)
        return refuse(heldMessage(plan, *seat));
    if (plan.request.indexOfPerson(personId) < 0)
        return refuse(QCoreApplication::translate("RotationEngine", "Person %1 is not in the rotation.").arg(personId));
    if (seat->personId == personId)
        return refuse(QCoreApplication::translate("RotationEngine", "%1 already holds this seat.")
                          .arg(plan.displayName(personId)));
    if (seatedElsewhere(plan.meetings.at(ref.meeting), personId, ref.seat))
        return refuse(QCoreApplication::translate("RotationEngine", "%1 already has a seat on %2.")
                          .arg(plan.displayName(personId), isoDate(seat->date)));
    RotationChange change{RotationChange::Kind::SeatPerson, {{ref, *seat, handOver(*seat, personId)}}};
    return applyEntries(plan, std::move(change));
}

Result<RotationEdit>
RotationEngine::setStatus(const RotationPlan& plan, RotationSeatRef ref, RotationSeat::Status status)
{
    const RotationSeat* seat = plan.seatAt(ref);
    if (!seat)
        return refuse(noSeatMessage(ref));
    if (seat->isEmpty())
        return refuse(QCoreApplication::translate("RotationEngine", "Seat %1 on %2 is empty; it has no status.")
                          .arg(ref.seat + 1)
                          .arg(isoDate(seat->date)));
    RotationSeat after = *seat;
    after.status = status;
    RotationChange change{RotationChange::Kind::SetStatus, {{ref, *seat, after}}};
    return applyEntries(plan, std::move(change));
}

Result<RotationPlan> RotationEngine::revert(const RotationPlan& plan, const RotationChange& change)
{
    return replay(plan, change, false);
}

Result<RotationPlan> RotationEngine::reapply(const RotationPlan& plan, const RotationChange& change)
{
    return replay(plan, change, true);
}

} // namespace steward
