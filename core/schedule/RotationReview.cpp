// SPDX-License-Identifier: GPL-3.0-or-later
#include "RotationReview.h"

#include "schedule/RotationAvailability.h"
#include "schedule/RotationRequest.h"

#include <QCoreApplication>

namespace steward {

namespace {

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

QString fixedReason(const RotationSeat& seat)
{
    switch (seat.origin) {
    case RotationSeat::Origin::Held:
        return QCoreApplication::translate("RotationReview", " (a held turn)");
    case RotationSeat::Origin::Pinned:
        return QCoreApplication::translate("RotationReview", " (fixed by hand)");
    case RotationSeat::Origin::Generated:
        break;
    }
    return {};
}

/**
 * "Available as often": q was available at every meeting so far at which p was. For such a pair
 * p must not be two or more turns ahead of q. Tracked for every pair, reported where it starts.
 */
class FairnessTracker
{
public:
    FairnessTracker(const RotationRequest& request, const RotationAvailability& availability)
        : m_request(request)
        , m_availability(availability)
        , m_count(availability.personCount())
        , m_covers(m_count * m_count, true)
        , m_breached(m_count * m_count, false)
        , m_turns(m_count, 0)
    {
    }

    void addMeeting(qsizetype meeting, const QList<qsizetype>& seated, QList<RotationViolation>& out)
    {
        for (qsizetype p = 0; p < m_count; ++p) {
            if (!m_availability.isAvailable(meeting, p))
                continue;
            for (qsizetype q = 0; q < m_count; ++q) {
                if (!m_availability.isAvailable(meeting, q))
                    m_covers[p * m_count + q] = false;
            }
        }
        for (const qsizetype person : seated)
            ++m_turns[person];
        qsizetype worstP = -1;
        qsizetype worstQ = -1;
        for (qsizetype p = 0; p < m_count; ++p) {
            if (!m_availability.isEligible(p))
                continue;
            for (qsizetype q = 0; q < m_count; ++q) {
                const qsizetype pair = p * m_count + q;
                const bool breached =
                    p != q && m_availability.isEligible(q) && m_covers.at(pair) && m_turns.at(p) >= m_turns.at(q) + 2;
                const bool starts = breached && !m_breached.at(pair);
                m_breached[pair] = breached;
                if (starts && (worstP < 0 || m_turns.at(p) - m_turns.at(q) > m_turns.at(worstP) - m_turns.at(worstQ))) {
                    worstP = p;
                    worstQ = q;
                }
            }
        }
        if (worstP < 0)
            return;
        const RotationPerson& ahead = m_request.people.at(worstP);
        const RotationPerson& behind = m_request.people.at(worstQ);
        out.append({RotationViolation::Rule::Uneven,
                    m_request.meetings.at(meeting),
                    {ahead.id, behind.id},
                    QCoreApplication::translate("RotationReview",
                                                "%1 has %2 turns by this meeting but %3 only %4, though %3 was "
                                                "available whenever %1 was.")
                        .arg(ahead.name)
                        .arg(m_turns.at(worstP))
                        .arg(behind.name)
                        .arg(m_turns.at(worstQ))});
    }

private:
    const RotationRequest& m_request;
    const RotationAvailability& m_availability;
    qsizetype m_count;
    QList<bool> m_covers;   // [p * count + q]: q available at every meeting p was
    QList<bool> m_breached; // [p * count + q]: p two or more turns ahead of q after the last meeting
    QList<int> m_turns;
};

void reviewSeats(const RotationRequest& request,
                 const RotationAvailability& availability,
                 qsizetype meeting,
                 const RotationMeeting& seats,
                 QList<RotationViolation>& out)
{
    const QDate date = request.meetings.at(meeting);
    for (const RotationSeat& seat : seats.seats) {
        const qsizetype person = request.indexOfPerson(seat.personId);
        if (person < 0)
            continue;
        const QString& name = request.people.at(person).name;
        if (availability.isAbsent(meeting, person)) {
            out.append({RotationViolation::Rule::Absent,
                        date,
                        {seat.personId},
                        QCoreApplication::translate("RotationReview", "%1 is away on %2 but holds a seat%3.")
                            .arg(name, isoDate(date), fixedReason(seat))});
        }
        // Opt-outs look forward: a turn held before opting out is history, not a broken rule.
        if (!availability.isEligible(person) && seat.origin != RotationSeat::Origin::Held) {
            out.append({RotationViolation::Rule::OptedOut,
                        date,
                        {seat.personId},
                        QCoreApplication::translate("RotationReview", "%1 opted out but holds a seat%2.")
                            .arg(name, fixedReason(seat))});
        }
    }
}

void reviewStaffing(const RotationRequest& request,
                    const RotationAvailability& availability,
                    qsizetype meeting,
                    qsizetype filled,
                    QList<RotationViolation>& out)
{
    if (filled >= request.seatsPerMeeting)
        return;
    const int available = availability.availableCount(meeting);
    const QString reason =
        available == 0
            ? QCoreApplication::translate("RotationReview", "Nobody can take a seat: everyone is away or opted out.")
            : QCoreApplication::translate("RotationReview", "Only %1 of %2 seats are filled; %3 people are available.")
                  .arg(filled)
                  .arg(request.seatsPerMeeting)
                  .arg(available);
    out.append({RotationViolation::Rule::Understaffed, request.meetings.at(meeting), {}, reason});
}

void reviewBackToBack(const RotationRequest& request,
                      const RotationAvailability& availability,
                      qsizetype meeting,
                      const QList<qsizetype>& seated,
                      const QList<bool>& seatedBefore,
                      const RotationMeeting& seats,
                      QList<RotationViolation>& out)
{
    // The rule of shared/checks/check_rotation.py: a repeat counts when at least seatsPerMeeting
    // available people were not seated at the meeting before.
    int freeOthers = 0;
    for (qsizetype person = 0; person < availability.personCount(); ++person) {
        if (availability.isAvailable(meeting, person) && !seatedBefore.at(person))
            ++freeOthers;
    }
    if (freeOthers < request.seatsPerMeeting)
        return;
    const QDate date = request.meetings.at(meeting);
    for (qsizetype i = 0; i < seated.size(); ++i) {
        const qsizetype person = seated.at(i);
        if (person < 0 || !seatedBefore.at(person))
            continue;
        const RotationSeat& seat = seats.seats.at(i);
        out.append(
            {RotationViolation::Rule::BackToBack,
             date,
             {seat.personId},
             QCoreApplication::translate("RotationReview", "%1 also held a seat on %2%3, though %4 others were free.")
                 .arg(request.people.at(person).name, isoDate(request.meetings.at(meeting - 1)), fixedReason(seat))
                 .arg(freeOthers)});
    }
}

} // namespace

QList<RotationViolation> RotationReview::violations(const RotationRequest& request,
                                                    const QList<RotationMeeting>& meetings)
{
    QList<RotationViolation> found;
    const RotationAvailability availability(request);
    const qsizetype firstGenerated = request.firstGeneratedMeeting();
    FairnessTracker fairness(request, availability);
    QList<bool> seatedBefore(availability.personCount(), false);
    for (qsizetype meeting = 0; meeting < meetings.size(); ++meeting) {
        const RotationMeeting& seats = meetings.at(meeting);
        // seated[i] is the person index of seats[i]; an empty seat is -1 so the two stay aligned.
        QList<qsizetype> seated;
        qsizetype filled = 0;
        for (const RotationSeat& seat : seats.seats) {
            seated.append(seat.isEmpty() ? -1 : request.indexOfPerson(seat.personId));
            filled += seat.isEmpty() ? 0 : 1;
        }
        // The past before generateFrom is as it was: an unfilled seat there is history.
        if (meeting >= firstGenerated)
            reviewStaffing(request, availability, meeting, filled, found);
        reviewSeats(request, availability, meeting, seats, found);
        if (meeting > 0)
            reviewBackToBack(request, availability, meeting, seated, seatedBefore, seats, found);
        QList<qsizetype> people;
        seatedBefore.fill(false);
        for (const qsizetype person : std::as_const(seated)) {
            if (person >= 0) {
                people.append(person);
                seatedBefore[person] = true;
            }
        }
        fairness.addMeeting(meeting, people, found);
    }
    return found;
}

} // namespace steward
