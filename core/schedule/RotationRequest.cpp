// SPDX-License-Identifier: GPL-3.0-or-later
#include "RotationRequest.h"

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

Status checkPeople(const RotationRequest& request)
{
    if (request.people.isEmpty())
        return Status::failure(QCoreApplication::translate("RotationRequest", "A rotation needs at least one person."));
    QSet<qint64> ids;
    for (const RotationPerson& person : request.people) {
        if (person.id <= 0)
            return Status::failure(
                QCoreApplication::translate("RotationRequest", "Person ids must be positive; got %1 for \"%2\".")
                    .arg(person.id)
                    .arg(person.name));
        if (person.name.trimmed().isEmpty())
            return Status::failure(
                QCoreApplication::translate("RotationRequest", "Person %1 has no name.").arg(person.id));
        if (ids.contains(person.id))
            return Status::failure(QCoreApplication::translate("RotationRequest", "Person %1 (\"%2\") is listed twice.")
                                       .arg(person.id)
                                       .arg(person.name));
        ids.insert(person.id);
    }
    for (const qint64 id : request.optedOut) {
        if (request.indexOfPerson(id) < 0)
            return Status::failure(
                QCoreApplication::translate("RotationRequest", "Opt-out for person %1, who is not in the rotation.")
                    .arg(id));
    }
    if (request.eligibleCount() == 0)
        return Status::failure(
            QCoreApplication::translate("RotationRequest", "Everyone has opted out: nobody is left to take a seat."));
    if (request.seatsPerMeeting < 1)
        return Status::failure(
            QCoreApplication::translate("RotationRequest", "Seats per meeting must be at least 1; got %1.")
                .arg(request.seatsPerMeeting));
    if (request.seatsPerMeeting > request.eligibleCount())
        return Status::failure(
            QCoreApplication::translate("RotationRequest", "%1 seats per meeting but only %2 eligible people.")
                .arg(request.seatsPerMeeting)
                .arg(request.eligibleCount()));
    return {};
}

Status checkMeetings(const RotationRequest& request)
{
    for (qsizetype i = 0; i < request.meetings.size(); ++i) {
        const QDate date = request.meetings.at(i);
        if (!date.isValid())
            return Status::failure(
                QCoreApplication::translate("RotationRequest", "Meeting %1 has no valid date.").arg(i + 1));
        if (i > 0 && date <= request.meetings.at(i - 1))
            return Status::failure(QCoreApplication::translate(
                                       "RotationRequest", "Meeting dates must rise without repeats: %1 comes after %2.")
                                       .arg(isoDate(date), isoDate(request.meetings.at(i - 1))));
    }
    return {};
}

Status checkAbsences(const RotationRequest& request)
{
    for (const RotationAbsence& absence : request.absences) {
        const qsizetype person = request.indexOfPerson(absence.personId);
        if (person < 0)
            return Status::failure(
                QCoreApplication::translate("RotationRequest", "Absence for person %1, who is not in the rotation.")
                    .arg(absence.personId));
        const QString& name = request.people.at(person).name;
        if (!absence.from.isValid() || !absence.to.isValid())
            return Status::failure(
                QCoreApplication::translate("RotationRequest", "The absence of %1 needs a valid first and last day.")
                    .arg(name));
        if (absence.to < absence.from)
            return Status::failure(
                QCoreApplication::translate("RotationRequest", "The absence of %1 runs backwards: from %2 to %3.")
                    .arg(name, isoDate(absence.from), isoDate(absence.to)));
    }
    return {};
}

Status checkFixedSeats(const RotationRequest& request)
{
    QHash<QDate, QSet<qint64>> fixedOn;
    auto check = [&](const RotationSeat& seat, const QString& what) -> Status {
        const qsizetype person = request.indexOfPerson(seat.personId);
        if (person < 0)
            return Status::failure(
                QCoreApplication::translate("RotationRequest", "%1 on %2 for person %3, who is not in the rotation.")
                    .arg(what, isoDate(seat.date))
                    .arg(seat.personId));
        const QString& name = request.people.at(person).name;
        if (request.indexOfMeeting(seat.date) < 0)
            return Status::failure(
                QCoreApplication::translate("RotationRequest", "%1 of %2 on %3: that date is not one of the meetings.")
                    .arg(what,
                         name,
                         seat.date.isValid() ? isoDate(seat.date)
                                             : QCoreApplication::translate("RotationRequest", "(no date)")));
        QSet<qint64>& seated = fixedOn[seat.date];
        if (seated.contains(seat.personId))
            return Status::failure(QCoreApplication::translate("RotationRequest", "%1 is given two fixed seats on %2.")
                                       .arg(name, isoDate(seat.date)));
        seated.insert(seat.personId);
        if (seated.size() > request.seatsPerMeeting)
            return Status::failure(
                QCoreApplication::translate("RotationRequest", "%1 seats are fixed on %2 but a meeting has only %3.")
                    .arg(seated.size())
                    .arg(isoDate(seat.date))
                    .arg(request.seatsPerMeeting));
        return {};
    };
    for (const RotationSeat& seat : request.held) {
        if (const Status status = check(seat, QCoreApplication::translate("RotationRequest", "Held turn")); !status)
            return status;
    }
    for (const RotationSeat& seat : request.pinned) {
        if (const Status status = check(seat, QCoreApplication::translate("RotationRequest", "Pinned seat")); !status)
            return status;
    }
    return {};
}

} // namespace

Status RotationRequest::validate() const
{
    for (auto check : {checkPeople, checkMeetings, checkAbsences, checkFixedSeats}) {
        if (const Status status = check(*this); !status)
            return status;
    }
    return {};
}

qsizetype RotationRequest::eligibleCount() const
{
    return std::count_if(
        people.cbegin(), people.cend(), [this](const RotationPerson& person) { return !optedOut.contains(person.id); });
}

qsizetype RotationRequest::indexOfPerson(qint64 personId) const
{
    for (qsizetype i = 0; i < people.size(); ++i) {
        if (people.at(i).id == personId)
            return i;
    }
    return -1;
}

qsizetype RotationRequest::indexOfMeeting(QDate date) const
{
    // Meetings are sorted once validated; a linear scan keeps this correct on unvalidated input too.
    return meetings.indexOf(date);
}

qsizetype RotationRequest::firstGeneratedMeeting() const
{
    if (!generateFrom.isValid())
        return 0;
    return std::lower_bound(meetings.cbegin(), meetings.cend(), generateFrom) - meetings.cbegin();
}

} // namespace steward
