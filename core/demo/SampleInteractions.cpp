// SPDX-License-Identifier: GPL-3.0-or-later
#include "SampleInteractions.h"

#include "common/SeededRandom.h"
#include "storage/CommunityRepository.h"
#include "storage/Database.h"
#include "storage/InteractionRepository.h"
#include "storage/InterventionRepository.h"
#include "storage/MembershipRepository.h"
#include "storage/OutcomeRepository.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>

namespace steward {

namespace {

constexpr int kDays = 365;
constexpr int kRisers = 3;

/** One community's year: who is in it, the intervention, and who changes after it. */
struct CommunityStory
{
    Community community;
    QList<Member> members;
    QDate intervention;
    qsizetype hero = 0;      // answers most questions before the intervention
    QList<qsizetype> risers; // from the edge toward the core after it
};

/** How often someone starts an interaction, by level (observer ... steward), before any story changes it. */
double activity(ParticipationLevel level)
{
    static const double weights[] = {0.3, 1.0, 2.0, 3.5, 5.0};
    return weights[int(level)];
}

/** How often someone is addressed, by level: people ask those who know. */
double attraction(ParticipationLevel level)
{
    static const double weights[] = {0.5, 1.0, 2.0, 3.0, 4.0};
    return weights[int(level)];
}

/** Draws an index with probability proportional to its weight (weights not all zero). */
qsizetype weightedPick(SeededRandom& random, const QList<double>& weights)
{
    double total = 0;
    for (double w : weights)
        total += w;
    double point = random.unit() * total;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        point -= weights.at(i);
        if (point < 0 && weights.at(i) > 0)
            return i;
    }
    return weights.size() - 1;
}

bool isMemberOn(const Member& member, QDate day)
{
    return !member.membership.joined.isValid() || member.membership.joined <= day;
}

Interaction interactionOn(const CommunityStory& story, qsizetype from, qsizetype to, QDate day, SeededRandom& random)
{
    Interaction i;
    i.communityId = story.community.id;
    i.sourceId = story.members.at(from).membership.personId;
    i.targetId = story.members.at(to).membership.personId;
    const double kind = random.unit();
    i.kind = kind < 0.6    ? QStringLiteral("reply")
             : kind < 0.85 ? QStringLiteral("mention")
             : kind < 0.95 ? QStringLiteral("review")
                           : QStringLiteral("survey");
    i.platform = i.kind == QLatin1String("review")   ? QStringLiteral("github")
                 : i.kind == QLatin1String("survey") ? QStringLiteral("survey")
                                                     : QStringLiteral("slack");
    i.channel = i.kind == QLatin1String("review")   ? QStringLiteral("playbooks")
                : i.kind == QLatin1String("survey") ? QStringLiteral("advice survey")
                                                    : story.community.channel;
    i.occurred = QDateTime(day, QTime(random.between(8, 17), random.between(0, 59)), Qt::UTC)
                     .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
                 + QLatin1Char('Z');
    return i;
}

QList<double> sourceWeights(const CommunityStory& story, const QList<qsizetype>& present, bool after)
{
    QList<double> weights;
    for (qsizetype m : present)
        weights.append(after && story.risers.contains(m) ? 4.0 : activity(story.members.at(m).membership.level));
    return weights;
}

/** One day of the community: a few interactions on weekdays, fewer at weekends. */
void addDay(const CommunityStory& story, QDate day, SeededRandom& random, QList<Interaction>& out)
{
    QList<qsizetype> present;
    for (qsizetype m = 0; m < story.members.size(); ++m) {
        if (isMemberOn(story.members.at(m), day))
            present.append(m);
    }
    if (present.size() < 2)
        return;
    const bool after = day >= story.intervention;
    const int count = day.dayOfWeek() >= 6 ? random.between(0, 1) : random.between(1, int(present.size() / 5) + 1);
    const QList<double> sources = sourceWeights(story, present, after);
    for (int k = 0; k < count; ++k) {
        const qsizetype from = present.at(weightedPick(random, sources));
        const QString team = story.members.at(from).personTeam;
        // Before the intervention most talk stays inside the team; after it, most of it crosses teams.
        const bool sameTeam = random.chance(after ? 0.35 : 0.75);
        QList<qsizetype> candidates;
        QList<double> weights;
        for (qsizetype m : present) {
            if (m == from || (sameTeam && story.members.at(m).personTeam != team))
                continue;
            candidates.append(m);
            weights.append(after && story.risers.contains(m) ? 3.0 : attraction(story.members.at(m).membership.level));
        }
        if (candidates.isEmpty())
            continue;
        const qsizetype to = candidates.at(weightedPick(random, weights));
        Interaction interaction = interactionOn(story, from, to, day, random);
        // Before, one steward writes most of the channel's replies: a single point of failure.
        if (interaction.kind == QLatin1String("reply") && to != story.hero && random.chance(after ? 0.15 : 0.6))
            interaction.sourceId = story.members.at(story.hero).membership.personId;
        out.append(interaction);
    }
}

CommunityStory storyOf(const Community& community, QList<Member> members, QDate today, SeededRandom& random)
{
    CommunityStory story{community, std::move(members), today.addDays(-random.between(100, 140)), 0, {}};
    QList<qsizetype> edge;
    for (qsizetype m = 0; m < story.members.size(); ++m) {
        const Membership& membership = story.members.at(m).membership;
        if (membership.level > story.members.at(story.hero).membership.level)
            story.hero = m;
        if (membership.level <= ParticipationLevel::Peripheral && isMemberOn(story.members.at(m), story.intervention))
            edge.append(m);
    }
    random.shuffle(edge);
    story.risers = edge.mid(0, kRisers);
    return story;
}

Intervention interventionFor(const CommunityStory& story, qsizetype index)
{
    const QList<std::pair<QString, QString>> kinds = {
        {QCoreApplication::translate("SampleInteractions", "Buddy pairs across teams"),
         QCoreApplication::translate("SampleInteractions",
                                     "Every newcomer paired with someone from another team for their first month.")},
        {QCoreApplication::translate("SampleInteractions", "Open case round"),
         QCoreApplication::translate("SampleInteractions",
                                     "The monthly case round opened to every team, with a rotating presenter.")},
        {QCoreApplication::translate("SampleInteractions", "Weekly incident retro for all teams"),
         QCoreApplication::translate("SampleInteractions",
                                     "Incident retrospectives moved from each team to one weekly guild session.")},
    };
    const auto& [name, description] = kinds.at(index % kinds.size());
    return {0, story.community.id, name, story.intervention, description};
}

/** Engagement (1-5) and, for most, days to proficiency: better for the more central, with noise. */
QList<Outcome> outcomesFor(const QList<Member>& members, QDate today, SeededRandom& random, QSet<qint64>& done)
{
    QList<Outcome> outcomes;
    for (const Member& m : members) {
        if (done.contains(m.membership.personId))
            continue;
        done.insert(m.membership.personId);
        const int level = int(m.membership.level);
        const double engagement = std::clamp(1.5 + 0.7 * level + (random.unit() - 0.5) * 1.6, 1.0, 5.0);
        outcomes.append({0,
                         m.membership.personId,
                         QStringLiteral("engagement"),
                         std::round(engagement * 10) / 10,
                         today.addDays(-30),
                         0});
        if (random.chance(0.7))
            outcomes.append({0,
                             m.membership.personId,
                             QStringLiteral("time_to_proficiency_days"),
                             double(200 - 25 * level + random.between(-40, 40)),
                             today.addDays(-30),
                             0});
    }
    return outcomes;
}

} // namespace

Result<SampleInteractionSummary> SampleInteractions::create(Database& database, SeededRandom& random, QDate today)
{
    using R = Result<SampleInteractionSummary>;
    auto communities = CommunityRepository(database).all();
    if (!communities)
        return R::failure(communities.errorString());
    SampleInteractionSummary summary;
    QList<Interaction> interactions;
    QList<Outcome> outcomes;
    QSet<qint64> withOutcomes;
    for (qsizetype c = 0; c < communities->size(); ++c) {
        auto members = MembershipRepository(database).membersOf(communities->at(c).id);
        if (!members)
            return R::failure(members.errorString());
        if (members->size() < 2)
            continue;
        const CommunityStory story = storyOf(communities->at(c), *members, today, random);
        for (QDate day = today.addDays(-kDays); day <= today; day = day.addDays(1))
            addDay(story, day, random, interactions);
        if (auto id = InterventionRepository(database).add(interventionFor(story, c)); !id)
            return R::failure(id.errorString());
        ++summary.interventions;
        outcomes += outcomesFor(story.members, today, random, withOutcomes);
    }
    if (Status s = InteractionRepository(database).addAll(interactions); !s)
        return R::failure(s.errorString());
    if (Status s = OutcomeRepository(database).addAll(outcomes); !s)
        return R::failure(s.errorString());
    summary.interactions = int(interactions.size());
    summary.outcomes = int(outcomes.size());
    return summary;
}

} // namespace steward
