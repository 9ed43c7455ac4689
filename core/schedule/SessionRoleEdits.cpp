// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionRoleEdits.h"

#include <QCoreApplication>

namespace steward {

namespace {

using Role = SessionRoleSeat::Role;

/** The stored seat of a cell, or the cell itself (empty) when nothing is stored there. */
SessionRoleSeat seatIn(const QList<SessionRoleSeat>& stored, const SessionRoleSeat& cell)
{
    for (const SessionRoleSeat& seat : stored) {
        if (seat.sameCell(cell))
            return seat;
    }
    SessionRoleSeat empty;
    empty.sessionId = cell.sessionId;
    empty.date = cell.date;
    empty.role = cell.role;
    return empty;
}

Role otherRole(Role role)
{
    return role == Role::Facilitator ? Role::NoteTaker : Role::Facilitator;
}

QString nameOf(const SessionRoleEdits::Names& names, qint64 id)
{
    return names.value(id, QStringLiteral("#%1").arg(id));
}

QString historyMessage(const SessionRoleEdits::Names& names, const SessionRoleSeat& seat)
{
    return QCoreApplication::translate("SessionRoleEdits", "%1 already held the turn on %2; it is history.")
        .arg(nameOf(names, seat.personId), seat.date.toString(Qt::ISODate));
}

QString bothRolesMessage(const SessionRoleEdits::Names& names, qint64 personId, QDate date)
{
    return QCoreApplication::translate("SessionRoleEdits", "%1 would both facilitate and take notes on %2.")
        .arg(nameOf(names, personId), date.toString(Qt::ISODate));
}

/** The seat after a hand-over: pinned and marked swapped, or the empty cell. */
SessionRoleSeat handOver(SessionRoleSeat seat, qint64 personId, RotationSeat::Status status)
{
    seat.personId = personId;
    seat.origin = personId == 0 ? RotationSeat::Origin::Generated : RotationSeat::Origin::Pinned;
    seat.status = personId == 0 ? RotationSeat::Status::Planned : status;
    return seat;
}

QList<SessionRoleSeat> taken(const QList<SessionRoleSeat>& seats)
{
    QList<SessionRoleSeat> result = seats;
    result.removeIf([](const SessionRoleSeat& s) { return s.personId == 0; });
    return result;
}

/** Whether `personId` would hold the other role of `target`'s occurrence once `leaving` is vacated. */
bool holdsOtherRole(const QList<SessionRoleSeat>& stored,
                    const SessionRoleSeat& target,
                    qint64 personId,
                    const QList<SessionRoleSeat>& leaving)
{
    SessionRoleSeat other = target;
    other.role = otherRole(target.role);
    for (const SessionRoleSeat& seat : leaving) {
        if (seat.sameCell(other))
            return false;
    }
    return personId != 0 && seatIn(stored, other).personId == personId;
}

} // namespace

SessionRoleEdit SessionRoleEdits::generate(const SessionRolePlan& plan)
{
    SessionRoleEdit edit;
    const SessionRoleRequest& request = plan.request;
    for (const SessionRoleSeat& seat : request.stored) {
        if (seat.isFixed() || !request.roles.contains(seat.role))
            continue;
        const qsizetype index = request.indexOfOccurrence(seat.date);
        const QDate day = index < 0 ? seat.date : request.meetings.at(index);
        if (!request.generateFrom.isValid() || day >= request.generateFrom)
            edit.before.append(seat);
    }
    edit.after = plan.generatedSeats();
    edit.text = QCoreApplication::translate("SessionRoleEdits", "Generate facilitators and note-takers");
    return edit;
}

Result<SessionRoleEdit> SessionRoleEdits::swap(const QList<SessionRoleSeat>& stored,
                                               const SessionRoleSeat& first,
                                               const SessionRoleSeat& second,
                                               const Names& names)
{
    using R = Result<SessionRoleEdit>;
    const SessionRoleSeat a = seatIn(stored, first), b = seatIn(stored, second);
    if (a.sameCell(b))
        return R::failure(QCoreApplication::translate("SessionRoleEdits", "A seat cannot be swapped with itself."));
    for (const SessionRoleSeat& seat : {a, b}) {
        if (seat.origin == RotationSeat::Origin::Held && seat.personId != 0)
            return R::failure(historyMessage(names, seat));
    }
    if (a.personId == 0 && b.personId == 0)
        return R::failure(
            QCoreApplication::translate("SessionRoleEdits", "Both seats are empty: there is nobody to swap."));
    if (a.personId == b.personId)
        return R::failure(QCoreApplication::translate("SessionRoleEdits", "Both seats are held by %1.")
                              .arg(nameOf(names, a.personId)));
    if (holdsOtherRole(stored, b, a.personId, {a}))
        return R::failure(bothRolesMessage(names, a.personId, b.date));
    if (holdsOtherRole(stored, a, b.personId, {b}))
        return R::failure(bothRolesMessage(names, b.personId, a.date));
    SessionRoleEdit edit;
    edit.before = taken({a, b});
    edit.after = taken({handOver(a, b.personId, RotationSeat::Status::Swapped),
                        handOver(b, a.personId, RotationSeat::Status::Swapped)});
    edit.text = QCoreApplication::translate("SessionRoleEdits", "Swap %1 and %2")
                    .arg(nameOf(names, a.personId), nameOf(names, b.personId));
    return edit;
}

Result<SessionRoleEdit> SessionRoleEdits::assign(const QList<SessionRoleSeat>& stored,
                                                 const SessionRoleSeat& cell,
                                                 qint64 personId,
                                                 const Names& names)
{
    using R = Result<SessionRoleEdit>;
    const SessionRoleSeat seat = seatIn(stored, cell);
    if (personId <= 0)
        return R::failure(QCoreApplication::translate("SessionRoleEdits", "Choose a person to give the seat to."));
    if (seat.origin == RotationSeat::Origin::Held && seat.personId != 0)
        return R::failure(historyMessage(names, seat));
    if (seat.personId == personId)
        return R::failure(QCoreApplication::translate("SessionRoleEdits", "%1 already holds this seat.")
                              .arg(nameOf(names, personId)));
    if (holdsOtherRole(stored, seat, personId, {}))
        return R::failure(bothRolesMessage(names, personId, seat.date));
    SessionRoleEdit edit;
    edit.before = taken({seat});
    edit.after = {handOver(seat, personId, RotationSeat::Status::Planned)};
    edit.text = QCoreApplication::translate("SessionRoleEdits", "Give the %1 seat of %2 to %3")
                    .arg(SessionRoleSeat::roleDisplayName(seat.role).toLower(),
                         seat.date.toString(Qt::ISODate),
                         nameOf(names, personId));
    return edit;
}

Result<SessionRoleEdit> SessionRoleEdits::setStatus(const QList<SessionRoleSeat>& stored,
                                                    const SessionRoleSeat& cell,
                                                    RotationSeat::Status status)
{
    using R = Result<SessionRoleEdit>;
    const SessionRoleSeat seat = seatIn(stored, cell);
    if (seat.personId == 0)
        return R::failure(
            QCoreApplication::translate("SessionRoleEdits", "The %1 seat of %2 is empty; it has no status.")
                .arg(SessionRoleSeat::roleDisplayName(seat.role).toLower(), seat.date.toString(Qt::ISODate)));
    if (seat.status == status)
        return R::failure(QCoreApplication::translate("SessionRoleEdits", "The seat is already marked %1.")
                              .arg(RotationSeat::statusKey(status)));
    SessionRoleSeat after = seat;
    after.status = status;
    if (status == RotationSeat::Status::Done)
        after.origin = RotationSeat::Origin::Held;
    else if (after.origin == RotationSeat::Origin::Generated)
        after.origin = RotationSeat::Origin::Pinned;
    SessionRoleEdit edit{{seat}, {after}, {}};
    const QString role = SessionRoleSeat::roleDisplayName(seat.role).toLower();
    const QString date = seat.date.toString(Qt::ISODate);
    if (status == RotationSeat::Status::Done)
        edit.text = QCoreApplication::translate("SessionRoleEdits", "Mark the %1 seat of %2 done").arg(role, date);
    else if (status == RotationSeat::Status::Skipped)
        edit.text = QCoreApplication::translate("SessionRoleEdits", "Skip the %1 seat of %2").arg(role, date);
    else
        edit.text = QCoreApplication::translate("SessionRoleEdits", "Mark the %1 seat of %2 as %3")
                        .arg(role, date, RotationSeat::statusKey(status));
    return edit;
}

} // namespace steward
