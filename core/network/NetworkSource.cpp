// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkSource.h"

#include "storage/InteractionRepository.h"
#include "storage/MembershipRepository.h"
#include "storage/PersonRepository.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace steward {

namespace {

bool overlaps(const Membership& membership, const InteractionFilter& filter)
{
    if (filter.to.isValid() && membership.joined.isValid() && membership.joined > filter.to)
        return false;
    return !(filter.from.isValid() && membership.left.isValid() && membership.left < filter.from);
}

} // namespace

Result<Network> NetworkSource::load(const Database& database, const InteractionFilter& filter)
{
    using R = Result<Network>;
    auto members = MembershipRepository(database).membersOf(filter.communityId);
    if (!members)
        return R::failure(members.errorString());
    auto arcs = InteractionRepository(database).arcs(filter);
    if (!arcs)
        return R::failure(arcs.errorString());

    QHash<qint64, NetworkNode> people;
    for (const Member& member : std::as_const(*members)) {
        if (overlaps(member.membership, filter))
            people.insert(member.membership.personId,
                          {member.membership.personId, member.personName, member.personTeam, member.membership.level});
    }
    QHash<qint64, std::optional<ParticipationLevel>> levels;
    for (const Member& member : std::as_const(*members))
        levels.insert(member.membership.personId, member.membership.level);
    // People outside the community who took part (e.g. met in a session): one query for all of them, not one each.
    QSet<qint64> outsiders;
    for (const InteractionArc& arc : std::as_const(*arcs))
        for (qint64 id : {arc.sourceId, arc.targetId})
            if (!people.contains(id))
                outsiders.insert(id);
    if (!outsiders.isEmpty()) {
        auto everyone = PersonRepository(database).all();
        if (!everyone)
            return R::failure(everyone.errorString());
        for (const Person& person : std::as_const(*everyone))
            if (outsiders.contains(person.id))
                people.insert(person.id, {person.id, person.name, person.team, levels.value(person.id)});
    }
    QList<NetworkNode> nodes = people.values();
    std::sort(
        nodes.begin(), nodes.end(), [](const NetworkNode& a, const NetworkNode& b) { return a.personId < b.personId; });
    QHash<qint64, int> index;
    for (qsizetype i = 0; i < nodes.size(); ++i)
        index.insert(nodes.at(i).personId, int(i));
    QList<NetworkTie> ties;
    ties.reserve(arcs->size());
    for (const InteractionArc& arc : std::as_const(*arcs))
        ties.append({index.value(arc.sourceId), index.value(arc.targetId), arc.weight, arc.count});
    return Network(std::move(nodes), ties);
}

} // namespace steward
