// SPDX-License-Identifier: GPL-3.0-or-later
#include "RotationCoverage.h"

#include <QHash>

#include <algorithm>

namespace steward {

RotationCoverage RotationCoverage::of(const RotationRecord& record, const RotationPlan& plan, QDate today)
{
    RotationCoverage coverage;
    QHash<qint64, RotationShare> shares;
    for (const RotationPerson& person : plan.request.people) {
        RotationShare share;
        share.personId = person.id;
        share.name = plan.displayName(person.id);
        shares.insert(person.id, share);
    }
    for (const RotationMeeting& meeting : plan.meetings) {
        const bool held = meeting.date <= today;
        for (qsizetype i = 0; i < meeting.seats.size(); ++i) {
            const RotationSeat& seat = meeting.seats.at(i);
            if (seat.isEmpty()) {
                if (held && (coverage.unstaffed.isEmpty() || coverage.unstaffed.constLast() != meeting.date))
                    coverage.unstaffed.append(meeting.date);
                continue;
            }
            RotationShare& share = shares[seat.personId];
            share.personId = seat.personId;
            share.name = plan.displayName(seat.personId);
            if (!held) {
                ++share.planned;
                continue;
            }
            if (seat.status == RotationSeat::Status::Skipped)
                continue;
            ++share.taken;
            share.last = meeting.date;
            if (const QString topic = record.topic(meeting.date, int(i + 1)); !topic.isEmpty()) {
                share.topics.append(topic);
                if (!coverage.topicsCovered.contains(topic))
                    coverage.topicsCovered.append(topic);
            }
        }
    }
    coverage.shares = shares.values();
    std::sort(coverage.shares.begin(), coverage.shares.end(), [](const RotationShare& a, const RotationShare& b) {
        return std::tie(a.name, a.personId) < std::tie(b.name, b.personId);
    });
    for (const RotationShare& share : std::as_const(coverage.shares)) {
        if (share.taken == 0 && !plan.request.optedOut.contains(share.personId))
            coverage.neverTaken.append(share.name);
    }
    return coverage;
}

} // namespace steward
