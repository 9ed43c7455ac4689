// SPDX-License-Identifier: GPL-3.0-or-later
#include "RotationSource.h"

#include "schedule/RotationReview.h"
#include "storage/AbsenceRepository.h"
#include "storage/Database.h"
#include "storage/MastermindRepository.h"
#include "storage/MembershipRepository.h"
#include "storage/OptOutRepository.h"
#include "storage/PersonRepository.h"
#include "storage/RotationRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace steward {

namespace {

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

void sortByName(QList<RotationPerson>& people)
{
    std::sort(people.begin(), people.end(), [](const RotationPerson& a, const RotationPerson& b) {
        return std::tie(a.name, a.id) < std::tie(b.name, b.id);
    });
}

QList<RotationSeat> allSeats(const QList<RotationMeeting>& meetings)
{
    QList<RotationSeat> seats;
    for (const RotationMeeting& meeting : meetings) {
        for (const RotationSeat& seat : meeting.seats) {
            if (!seat.isEmpty())
                seats.append(seat);
        }
    }
    return seats;
}

QSet<qint64> idsOf(const QList<RotationPerson>& people)
{
    QSet<qint64> ids;
    for (const RotationPerson& person : people)
        ids.insert(person.id);
    return ids;
}

/** Texts keyed by seat moved to wherever the person who held the seat still holds one that day. */
QMap<RotationRecord::SeatKey, QString> carriedBySeatHolder(const QMap<RotationRecord::SeatKey, QString>& texts,
                                                           const QList<RotationMeeting>& before,
                                                           const QList<RotationMeeting>& after)
{
    QHash<std::pair<QDate, qint64>, QString> textOf;
    for (const RotationMeeting& meeting : before) {
        for (qsizetype i = 0; i < meeting.seats.size(); ++i) {
            const QString text = texts.value({meeting.date, int(i + 1)});
            if (!text.isEmpty() && !meeting.seats.at(i).isEmpty())
                textOf.insert({meeting.date, meeting.seats.at(i).personId}, text);
        }
    }
    QMap<RotationRecord::SeatKey, QString> result;
    for (const RotationMeeting& meeting : after) {
        for (qsizetype i = 0; i < meeting.seats.size(); ++i) {
            const QString text = textOf.value({meeting.date, meeting.seats.at(i).personId});
            if (!text.isEmpty())
                result.insert({meeting.date, int(i + 1)}, text);
        }
    }
    return result;
}

} // namespace

RotationSource::RotationSource(const Database& database)
    : m_database(database)
{
}

Result<QList<RotationPerson>> RotationSource::eligiblePeople(RotationKind kind, qint64 ownerId) const
{
    using R = Result<QList<RotationPerson>>;
    QList<RotationPerson> people;
    if (kind == RotationKind::HotSeat) {
        auto group = MastermindRepository(m_database).find(ownerId);
        if (!group)
            return R::failure(group.errorString());
        if (!group->has_value())
            return R::failure(
                QCoreApplication::translate("RotationSource", "The mastermind group %1 does not exist.").arg(ownerId));
        for (const MastermindMember& member : std::as_const((*group)->members))
            people.append({member.personId, member.personName});
    } else {
        auto members = MembershipRepository(m_database).membersOf(ownerId);
        if (!members)
            return R::failure(members.errorString());
        for (const Member& member : std::as_const(*members)) {
            if (member.membership.left.isNull())
                people.append({member.membership.personId, member.personName});
        }
    }
    sortByName(people);
    return people;
}

Status RotationSource::addSeatedPeople(RotationRequest& request, const QList<RotationSeat>& seats) const
{
    PersonRepository persons(m_database);
    for (const RotationSeat& seat : seats) {
        if (seat.isEmpty() || request.indexOfPerson(seat.personId) >= 0)
            continue;
        auto person = persons.find(seat.personId);
        if (!person)
            return Status::failure(person.errorString());
        const QString name = person->has_value() ? (*person)->name : QStringLiteral("#%1").arg(seat.personId);
        // Someone who left keeps the turns they held but takes no new seat.
        request.people.append({seat.personId, name});
        request.optedOut.append(seat.personId);
    }
    return {};
}

Result<QList<RotationAbsence>> RotationSource::absencesOf(const RotationRequest& request, int daysPerShift) const
{
    using R = Result<QList<RotationAbsence>>;
    QList<RotationAbsence> result;
    if (request.meetings.isEmpty())
        return result;
    // An on-call shift starting on day s runs to s + days - 1: an absence touching any of those days
    // keeps the person off the shift, so its start is moved back by days - 1 (the engine looks at shift starts).
    const int widen = std::max(0, daysPerShift - 1);
    auto stored = AbsenceRepository(m_database)
                      .overlapping(request.meetings.constFirst(), request.meetings.constLast().addDays(widen));
    if (!stored)
        return R::failure(stored.errorString());
    for (const Absence& absence : std::as_const(*stored)) {
        if (request.indexOfPerson(absence.personId) >= 0)
            result.append({absence.personId, absence.from.addDays(-widen), absence.to});
    }
    return result;
}

Status RotationSource::addOptOuts(RotationRequest& request, RotationKind kind, qint64 ownerId) const
{
    qint64 communityId = ownerId;
    if (kind == RotationKind::HotSeat) {
        auto group = MastermindRepository(m_database).find(ownerId);
        if (!group)
            return Status::failure(group.errorString());
        communityId = group->has_value() ? (*group)->communityId : 0;
    }
    auto optedOut = OptOutRepository(m_database).optedOut(RotationRecord::kindKey(kind), communityId);
    if (!optedOut)
        return Status::failure(optedOut.errorString());
    for (qint64 personId : std::as_const(*optedOut)) {
        if (request.indexOfPerson(personId) >= 0 && !request.optedOut.contains(personId))
            request.optedOut.append(personId);
    }
    return {};
}

Result<RotationDraft> RotationSource::draft(const RotationSeries& series) const
{
    using R = Result<RotationDraft>;
    RotationDraft draft;
    RotationRequest& request = draft.request;
    auto people = eligiblePeople(series.kind, series.ownerId);
    if (!people)
        return R::failure(people.errorString());
    request.people = *people;
    request.seatsPerMeeting = series.seatsPerMeeting;
    request.seed = series.seed;
    request.generateFrom = series.from;
    request.meetings = series.meetings;

    auto stored = RotationRepository(m_database).findFor(series.kind, series.ownerId);
    if (!stored)
        return R::failure(stored.errorString());
    draft.stored = *stored;
    if (draft.stored) {
        RotationPlan previous;
        previous.request = request;
        previous.meetings = draft.stored->meetings;
        const RotationRequest carried = previous.requestFrom(series.from);
        for (const RotationMeeting& meeting : std::as_const(draft.stored->meetings)) {
            if (meeting.date < series.from) {
                request.meetings.append(meeting.date);
                ++draft.keptMeetings;
            }
        }
        if (Status s = addSeatedPeople(request, carried.held); !s)
            return R::failure(s.errorString());
        const QSet<qint64> eligible = idsOf(*people);
        for (const RotationSeat& seat : carried.held) {
            request.held.append(seat);
            request.meetings.append(seat.date);
        }
        for (const RotationSeat& seat : carried.pinned) {
            if (!eligible.contains(seat.personId)) {
                draft.notes.append(
                    QCoreApplication::translate("RotationSource",
                                                "dropped the seat pinned to %1 on %2: they no longer take turns.")
                        .arg(previous.displayName(seat.personId), isoDate(seat.date)));
                continue;
            }
            request.pinned.append(seat);
            request.meetings.append(seat.date);
        }
    }
    std::sort(request.meetings.begin(), request.meetings.end());
    request.meetings.erase(std::unique(request.meetings.begin(), request.meetings.end()), request.meetings.end());

    auto absences = absencesOf(request, series.kind == RotationKind::OnCall ? series.daysPerShift : 1);
    if (!absences)
        return R::failure(absences.errorString());
    request.absences = *absences;
    if (Status s = addOptOuts(request, series.kind, series.ownerId); !s)
        return R::failure(s.errorString());
    return draft;
}

Result<RotationPlan> RotationSource::storedPlan(const RotationRecord& record) const
{
    using R = Result<RotationPlan>;
    auto people = eligiblePeople(record.kind, record.ownerId());
    if (!people)
        return R::failure(people.errorString());
    RotationPlan plan;
    plan.request.people = *people;
    plan.request.seatsPerMeeting = record.seatsPerMeeting;
    plan.request.seed = record.seed;
    plan.meetings = record.meetings;
    for (RotationMeeting& meeting : plan.meetings) {
        plan.request.meetings.append(meeting.date);
        while (meeting.seats.size() < record.seatsPerMeeting)
            meeting.seats.append(RotationSeat{meeting.date});
    }
    if (Status s = addSeatedPeople(plan.request, allSeats(record.meetings)); !s)
        return R::failure(s.errorString());
    auto absences = absencesOf(plan.request, record.kind == RotationKind::OnCall ? record.daysPerShift : 1);
    if (!absences)
        return R::failure(absences.errorString());
    plan.request.absences = *absences;
    if (Status s = addOptOuts(plan.request, record.kind, record.ownerId()); !s)
        return R::failure(s.errorString());
    // A plan whose people have all left cannot be reviewed; it is still shown as stored.
    if (plan.request.validate())
        plan.violations = RotationReview::violations(plan.request, plan.meetings);
    return plan;
}

RotationRecord RotationSource::record(const RotationPlan& plan,
                                      const RotationSeries& series,
                                      const RotationDraft& draft,
                                      const QDateTime& now)
{
    RotationRecord record;
    record.kind = series.kind;
    (series.kind == RotationKind::HotSeat ? record.mastermindGroupId : record.communityId) = series.ownerId;
    record.seatsPerMeeting = series.seatsPerMeeting;
    record.daysPerShift = series.kind == RotationKind::OnCall ? series.daysPerShift : 0;
    record.seed = series.seed;
    record.created = now;
    record.meetings = plan.meetings;
    record.responseTargetMinutes = series.kind == RotationKind::OnCall ? series.responseTargetMinutes : 0;
    if (!draft.stored)
        return record;
    record.id = draft.stored->id;
    record.created = draft.stored->created;
    // The meeting time is the rotation's, not the plan's: a regenerate keeps it.
    record.startTime = draft.stored->startTime;
    record.minutes = draft.stored->minutes;
    if (record.kind == RotationKind::OnCall && record.responseTargetMinutes == 0)
        record.responseTargetMinutes = draft.stored->responseTargetMinutes;
    // A topic belongs to the person presenting it: it stays where that person still holds a seat that day.
    // The same holds for the link to what they taught.
    record.topics = carriedBySeatHolder(draft.stored->topics, draft.stored->meetings, record.meetings);
    record.artefacts = carriedBySeatHolder(draft.stored->artefacts, draft.stored->meetings, record.meetings);
    return record;
}

} // namespace steward
