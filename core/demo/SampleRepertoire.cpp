// SPDX-License-Identifier: GPL-3.0-or-later
#include "SampleRepertoire.h"

#include "common/SeededRandom.h"
#include "repertoire/ArtefactRepository.h"
#include "repertoire/CommunityPathway.h"
#include "repertoire/CommunityRecognition.h"
#include "repertoire/PathwayRepository.h"
#include "repertoire/RecognitionRepository.h"
#include "repertoire/ReviewRepository.h"
#include "storage/CommunityRepository.h"
#include "storage/Database.h"
#include "storage/MembershipRepository.h"
#include "storage/SessionRepository.h"

#include <QCoreApplication>

namespace steward {

namespace {

QString text(const char* marked)
{
    return marked ? QCoreApplication::translate("SampleRepertoire", marked) : QString();
}

/** One artefact of the sample: its kind, title, tags, first body, what later versions add, and where it ends. */
struct ArtefactPlan
{
    const char* kind;
    const char* title;
    const char* tags;
    const char* body;
    const char* revision; // appended by each later version
    int versions;
    const char* status;
};

struct RepertoirePlan
{
    const char* community;
    const char* vocabulary;
    QList<ArtefactPlan> artefacts;
};

QList<RepertoirePlan> plans()
{
    return {
        {"Site Reliability Guild",
         "incident on-call database kubernetes postmortem runbook capacity release",
         {{"checklist",
           QT_TRANSLATE_NOOP("SampleRepertoire", "On-call handover checklist"),
           "on-call runbook",
           QT_TRANSLATE_NOOP("SampleRepertoire",
                             "- [ ] Open incidents and their owners\n- [ ] Silenced alerts and why\n- [ ] Risky "
                             "changes planned this week"),
           QT_TRANSLATE_NOOP("SampleRepertoire", "- [ ] Escalation contacts still correct"),
           3,
           "current"},
          {"playbook",
           QT_TRANSLATE_NOOP("SampleRepertoire", "Database failover playbook"),
           "database incident runbook",
           QT_TRANSLATE_NOOP("SampleRepertoire",
                             "## When\nThe primary stops answering for two minutes.\n\n## Steps\n1. Freeze deploys\n2. "
                             "Promote the replica\n3. Point the service at the new primary"),
           QT_TRANSLATE_NOOP("SampleRepertoire",
                             "4. Rebuild the old primary as a replica before the next business day"),
           2,
           "reviewed"},
          {"post-mortem",
           QT_TRANSLATE_NOOP("SampleRepertoire", "Post-mortem: DNS outage in March"),
           "incident postmortem",
           QT_TRANSLATE_NOOP("SampleRepertoire",
                             "## What happened\nA TTL of one day kept a wrong record alive.\n\n## What we "
                             "learned\nLower the TTL a week before a migration."),
           QT_TRANSLATE_NOOP("SampleRepertoire", "## Follow-ups\n- Alert on record changes outside change windows"),
           2,
           "reviewed"},
          {"heuristic",
           QT_TRANSLATE_NOOP("SampleRepertoire", "Roll back first, debug second"),
           "incident release",
           QT_TRANSLATE_NOOP("SampleRepertoire",
                             "If a release correlates with the incident, roll it back before looking for the cause."),
           nullptr,
           1,
           "current"},
          {"decision-tree",
           QT_TRANSLATE_NOOP("SampleRepertoire", "Page or wait? Alert triage"),
           "on-call incident",
           QT_TRANSLATE_NOOP("SampleRepertoire",
                             "1. Are customers affected? Yes: page.\n2. Will it get worse within an hour? Yes: "
                             "page.\n3. Otherwise: ticket for the morning."),
           QT_TRANSLATE_NOOP("SampleRepertoire", "4. Not sure? Page: waking someone is cheaper than a silent outage."),
           3,
           "reviewed"},
          {"template",
           QT_TRANSLATE_NOOP("SampleRepertoire", "Incident retrospective template"),
           "postmortem incident",
           QT_TRANSLATE_NOOP("SampleRepertoire",
                             "## Timeline\n## Impact\n## Contributing factors\n## What went well\n## Actions"),
           nullptr,
           1,
           "current"},
          {"case-write-up",
           QT_TRANSLATE_NOOP("SampleRepertoire", "Case: the cluster that ran out of IPs"),
           "kubernetes capacity",
           QT_TRANSLATE_NOOP("SampleRepertoire",
                             "Pods stayed pending for an hour because the subnet was full. The fix took five minutes; "
                             "finding it took fifty."),
           QT_TRANSLATE_NOOP("SampleRepertoire", "We now alert at 80% of the subnet."),
           2,
           "draft"},
          {"playbook",
           QT_TRANSLATE_NOOP("SampleRepertoire", "Capacity review playbook"),
           "capacity",
           QT_TRANSLATE_NOOP("SampleRepertoire",
                             "Once a quarter: compare peak load with headroom for each service and book the gaps."),
           nullptr,
           1,
           "draft"},
          {"checklist",
           QT_TRANSLATE_NOOP("SampleRepertoire", "Release readiness checklist"),
           "release runbook",
           QT_TRANSLATE_NOOP("SampleRepertoire", "- [ ] Rollback tested\n- [ ] Dashboards ready\n- [ ] On-call knows"),
           nullptr,
           1,
           "retired"},
          {"heuristic",
           QT_TRANSLATE_NOOP("SampleRepertoire", "Two people touch production, never one"),
           "on-call release",
           QT_TRANSLATE_NOOP("SampleRepertoire",
                             "Any manual change in production is paired: one types, one reads back."),
           nullptr,
           1,
           "draft"}}},
        {"People Analytics Circle",
         "survey privacy attrition dashboard ethics method",
         {{"checklist",
           QT_TRANSLATE_NOOP("SampleRepertoire", "Privacy check before sharing a dashboard"),
           "privacy dashboard",
           QT_TRANSLATE_NOOP("SampleRepertoire",
                             "- [ ] No group smaller than five\n- [ ] No free-text answers\n- [ ] Owner named"),
           QT_TRANSLATE_NOOP("SampleRepertoire", "- [ ] Legal basis noted"),
           2,
           "current"},
          {"template",
           QT_TRANSLATE_NOOP("SampleRepertoire", "Survey design template"),
           "survey method",
           QT_TRANSLATE_NOOP("SampleRepertoire",
                             "## Decision this informs\n## Population\n## Questions (max 12)\n## Analysis plan"),
           QT_TRANSLATE_NOOP("SampleRepertoire", "## Who sees the results, and when"),
           3,
           "reviewed"},
          {"heuristic",
           QT_TRANSLATE_NOOP("SampleRepertoire", "Ask what decision the number will change"),
           "method ethics",
           QT_TRANSLATE_NOOP("SampleRepertoire", "If nobody can name the decision, do not build the metric."),
           nullptr,
           1,
           "current"},
          {"case-write-up",
           QT_TRANSLATE_NOOP("SampleRepertoire", "Case: attrition model that learned the org chart"),
           "attrition method",
           QT_TRANSLATE_NOOP("SampleRepertoire",
                             "The model predicted leavers well - by learning which teams had been reorganised."),
           QT_TRANSLATE_NOOP("SampleRepertoire", "Lesson: check features that leak the outcome."),
           2,
           "reviewed"},
          {"decision-tree",
           QT_TRANSLATE_NOOP("SampleRepertoire", "Can we use this data?"),
           "privacy ethics",
           QT_TRANSLATE_NOOP("SampleRepertoire",
                             "1. Was it collected for this purpose? No: ask the owner.\n2. Can people be singled out? "
                             "Yes: aggregate.\n3. Would they be surprised? Yes: do not."),
           nullptr,
           1,
           "reviewed"},
          {"playbook",
           QT_TRANSLATE_NOOP("SampleRepertoire", "Engagement survey playbook"),
           "survey",
           QT_TRANSLATE_NOOP("SampleRepertoire",
                             "Six weeks from questions to team conversations; results go to teams before leaders."),
           QT_TRANSLATE_NOOP("SampleRepertoire", "Week 5: managers get a conversation guide."),
           2,
           "draft"},
          {"post-mortem",
           QT_TRANSLATE_NOOP("SampleRepertoire", "Post-mortem: the dashboard that showed salaries"),
           "privacy dashboard",
           QT_TRANSLATE_NOOP(
               "SampleRepertoire",
               "A filter let a group of two be selected. We now enforce the minimum in the query, not the chart."),
           nullptr,
           1,
           "reviewed"},
          {"heuristic",
           QT_TRANSLATE_NOOP("SampleRepertoire", "Plot it before you model it"),
           "method",
           QT_TRANSLATE_NOOP("SampleRepertoire", "Most surprises are visible in a scatter plot."),
           nullptr,
           1,
           "draft"},
          {"template",
           QT_TRANSLATE_NOOP("SampleRepertoire", "Analysis request template"),
           "method",
           QT_TRANSLATE_NOOP("SampleRepertoire", "## Question\n## Decision and deadline\n## Data you think we need"),
           nullptr,
           1,
           "current"}}},
        {"Customer Success Practice",
         "onboarding renewal escalation churn playbook qbr",
         {{"playbook",
           QT_TRANSLATE_NOOP("SampleRepertoire", "Onboarding playbook: first 30 days"),
           "onboarding playbook",
           QT_TRANSLATE_NOOP("SampleRepertoire", "Day 1 kickoff, day 7 first value, day 30 review with the sponsor."),
           QT_TRANSLATE_NOOP("SampleRepertoire", "Add a success plan the customer signs."),
           3,
           "current"},
          {"checklist",
           QT_TRANSLATE_NOOP("SampleRepertoire", "Renewal risk checklist"),
           "renewal churn",
           QT_TRANSLATE_NOOP("SampleRepertoire",
                             "- [ ] Sponsor still there\n- [ ] Usage trend\n- [ ] Open escalations"),
           QT_TRANSLATE_NOOP("SampleRepertoire", "- [ ] Budget cycle known"),
           2,
           "reviewed"},
          {"decision-tree",
           QT_TRANSLATE_NOOP("SampleRepertoire", "Escalate or handle?"),
           "escalation",
           QT_TRANSLATE_NOOP("SampleRepertoire",
                             "1. Is revenue at risk this quarter? Escalate.\n2. Is it a product defect? Loop in "
                             "support.\n3. Otherwise handle and log."),
           nullptr,
           1,
           "reviewed"},
          {"template",
           QT_TRANSLATE_NOOP("SampleRepertoire", "Quarterly business review deck"),
           "qbr",
           QT_TRANSLATE_NOOP("SampleRepertoire", "## Goals we agreed\n## What happened\n## Next quarter"),
           nullptr,
           1,
           "current"},
          {"case-write-up",
           QT_TRANSLATE_NOOP("SampleRepertoire", "Case: saving the logistics renewal"),
           "renewal escalation",
           QT_TRANSLATE_NOOP("SampleRepertoire",
                             "The champion left in month ten. A new sponsor map and two workshops turned it around."),
           QT_TRANSLATE_NOOP("SampleRepertoire", "Map three sponsors from the start."),
           2,
           "reviewed"},
          {"heuristic",
           QT_TRANSLATE_NOOP("SampleRepertoire", "Silence is a churn signal"),
           "churn",
           QT_TRANSLATE_NOOP("SampleRepertoire", "A customer who stops complaining has often stopped caring."),
           nullptr,
           1,
           "current"},
          {"post-mortem",
           QT_TRANSLATE_NOOP("SampleRepertoire", "Post-mortem: the missed renewal date"),
           "renewal",
           QT_TRANSLATE_NOOP(
               "SampleRepertoire",
               "The date lived in one person's calendar. Renewal dates now live in the CRM with two owners."),
           nullptr,
           1,
           "draft"},
          {"playbook",
           QT_TRANSLATE_NOOP("SampleRepertoire", "Escalation playbook"),
           "escalation playbook",
           QT_TRANSLATE_NOOP("SampleRepertoire",
                             "Acknowledge within an hour, name one owner, update daily until closed."),
           QT_TRANSLATE_NOOP("SampleRepertoire", "Close with a note on what we changed."),
           2,
           "draft"},
          {"checklist",
           QT_TRANSLATE_NOOP("SampleRepertoire", "Kickoff call checklist"),
           "onboarding",
           QT_TRANSLATE_NOOP(
               "SampleRepertoire",
               "- [ ] Goals in the customer's words\n- [ ] Sponsor and users named\n- [ ] Next meeting booked"),
           nullptr,
           1,
           "retired"}}},
    };
}

/** What the step writes with, and what it has written so far. */
struct Writer
{
    Database& database;
    SeededRandom& random;
    QDate today;
    qint64 templateId = 0;
    QList<FeedbackCriterion> criteria;
    SampleRepertoireSummary summary;
};

Status addTemplate(Writer& w)
{
    FeedbackTemplate t;
    t.name = text(QT_TRANSLATE_NOOP("SampleRepertoire", "Peer review"));
    t.criteria = {{0,
                   0,
                   text(QT_TRANSLATE_NOOP("SampleRepertoire", "Clarity")),
                   text(QT_TRANSLATE_NOOP("SampleRepertoire", "Can a newcomer follow it without asking?"))},
                  {0,
                   0,
                   text(QT_TRANSLATE_NOOP("SampleRepertoire", "Correctness")),
                   text(QT_TRANSLATE_NOOP("SampleRepertoire", "Is anything wrong or out of date?"))},
                  {0,
                   0,
                   text(QT_TRANSLATE_NOOP("SampleRepertoire", "Reusability")),
                   text(QT_TRANSLATE_NOOP("SampleRepertoire", "Would another team use it as it is?"))},
                  {0,
                   0,
                   text(QT_TRANSLATE_NOOP("SampleRepertoire", "Risk")),
                   text(QT_TRANSLATE_NOOP("SampleRepertoire", "What could go wrong if someone follows it?"))}};
    ReviewRepository reviews(w.database);
    auto id = reviews.addTemplate(t);
    if (!id)
        return Status::failure(id.errorString());
    w.templateId = *id;
    w.criteria = (*reviews.templateNamed(0, t.name))->criteria;
    return {};
}

QList<qint64> membersAtLeast(const QList<Member>& members, ParticipationLevel level)
{
    QList<qint64> ids;
    for (const Member& m : members) {
        if (int(m.membership.level) >= int(level))
            ids.append(m.membership.personId);
    }
    return ids;
}

Status addReview(Writer& w, qint64 artefactId, qint64 reviewer, const QString& verdict, const QDate& on)
{
    static const char* const comments[] = {QT_TRANSLATE_NOOP("SampleRepertoire", "Clear enough to follow at 3 a.m."),
                                           QT_TRANSLATE_NOOP("SampleRepertoire", "One step is out of date."),
                                           QT_TRANSLATE_NOOP("SampleRepertoire", "Other teams could use this."),
                                           QT_TRANSLATE_NOOP("SampleRepertoire", "Say what to do when step 2 fails.")};
    Review r;
    r.artefactId = artefactId;
    r.reviewerId = reviewer;
    r.templateId = w.templateId;
    r.verdict = verdict;
    r.reviewedOn = on;
    r.summary = verdict == QLatin1String("approve") ? text(QT_TRANSLATE_NOOP("SampleRepertoire", "Good to share."))
                                                    : text(QT_TRANSLATE_NOOP("SampleRepertoire", "Nearly there."));
    for (int i = 0; i < w.criteria.size(); ++i) {
        if (w.random.chance(0.6))
            r.comments.append({w.criteria.at(i).id, {}, text(comments[i % 4]), {}});
    }
    auto id = ReviewRepository(w.database).add(r);
    if (!id)
        return Status::failure(id.errorString());
    ++w.summary.reviews;
    return {};
}

/** Reviews until the planned status holds: reviewed and current ones get an approval, after a "changes" sometimes. */
Status reviewToStatus(Writer& w, const Artefact& a, const QList<qint64>& reviewers, const QString& status)
{
    QList<qint64> others;
    for (qint64 id : reviewers) {
        if (!a.authorIds.contains(id))
            others.append(id);
    }
    w.random.shuffle(others);
    QDate day = a.updatedAt.date();
    const bool approved = status != QLatin1String("draft");
    if (others.size() >= 2 && (w.random.chance(0.5) || !approved)) {
        day = std::min(day.addDays(w.random.between(1, 5)), w.today);
        if (Status s = addReview(w, a.id, others.takeFirst(), QStringLiteral("changes"), day); !s)
            return s;
    }
    if (approved && !others.isEmpty()) {
        day = std::min(day.addDays(w.random.between(1, 7)), w.today);
        if (Status s = addReview(w, a.id, others.takeFirst(), QStringLiteral("approve"), day); !s)
            return s;
        if (status != QLatin1String("reviewed"))
            if (Status s = ArtefactRepository(w.database).setStatus(a.id, QStringLiteral("reviewed")); !s)
                return s;
    }
    return ArtefactRepository(w.database).setStatus(a.id, status);
}

Status addArtefact(Writer& w, qint64 communityId, const ArtefactPlan& plan, const QList<Member>& members)
{
    ArtefactRepository repository(w.database);
    QList<qint64> writers = membersAtLeast(members, ParticipationLevel::Active);
    w.random.shuffle(writers);
    Artefact a;
    a.communityId = communityId;
    a.kind = QLatin1String(plan.kind);
    a.title = text(plan.title);
    a.body = text(plan.body);
    a.tags = QString::fromLatin1(plan.tags).split(QLatin1Char(' '));
    a.authorIds = writers.mid(0, w.random.chance(0.3) ? 2 : 1);
    QDateTime at(w.today.addDays(-w.random.between(60, 250)), QTime(9 + w.random.between(0, 7), 0), Qt::UTC);
    auto id = repository.add(a, a.authorIds.value(0), at);
    if (!id)
        return Status::failure(id.errorString());
    ++w.summary.artefacts;
    ++w.summary.versions;
    for (int v = 2; v <= plan.versions; ++v) {
        at = at.addDays(w.random.between(3, 25));
        a.body += QStringLiteral("\n") + text(plan.revision);
        if (auto saved = repository.save(*id, a.title, a.body, a.tags, w.random.pick(a.authorIds), at); !saved)
            return Status::failure(saved.errorString());
        ++w.summary.versions;
    }
    return reviewToStatus(
        w, **repository.find(*id), membersAtLeast(members, ParticipationLevel::Peripheral), QLatin1String(plan.status));
}

/** Two past sessions with learnings become drafts, the way a steward does it in one step. */
Status addLearningDrafts(Writer& w, qint64 communityId)
{
    auto sessions = SessionRepository(w.database).forCommunity(communityId);
    if (!sessions)
        return Status::failure(sessions.errorString());
    int drafted = 0;
    for (const Session& s : std::as_const(*sessions)) {
        if (drafted == 2 || s.learnings.trimmed().isEmpty() || s.start.date() >= w.today)
            continue;
        auto id = ArtefactRepository(w.database)
                      .draftFromSession(s.id, QStringLiteral("case-write-up"), 0, s.start.addDays(1));
        if (!id)
            return Status::failure(id.errorString());
        ++drafted;
        ++w.summary.artefacts;
        ++w.summary.versions;
    }
    return {};
}

} // namespace

namespace {

/** The entry activities of the sample's pathway, the same in every community but the cadence. */
QList<PathwayCriterion> sampleCriteria(qint64 communityId)
{
    return {{0, communityId, ParticipationLevel::Peripheral, QStringLiteral("session-attended"), 3},
            {0, communityId, ParticipationLevel::Active, QStringLiteral("session-attended"), 6},
            {0, communityId, ParticipationLevel::Active, QStringLiteral("note-taker"), 1},
            {0, communityId, ParticipationLevel::Core, QStringLiteral("co-lead"), 1},
            {0, communityId, ParticipationLevel::Core, QStringLiteral("reviewed-artefact"), 1}};
}

Status setUpPathway(Writer& w, qint64 communityId, int index, const QList<Member>& members)
{
    PathwayRepository pathway(w.database);
    if (Status s = pathway.setCriteria(communityId, sampleCriteria(communityId)); !s)
        return s;
    PracticeSettings settings;
    settings.communityId = communityId;
    settings.reviewCadence = PracticeSettings::cadences().at(index % 3);
    settings.stuckDays = 240;
    settings.leaderboard = index == 0; // the SRE guild wants one; the others do not
    if (Status s = pathway.setSettings(settings); !s)
        return s;
    // The first steward runs the community as part of their job: staff, left out of the statistics.
    for (const Member& m : members) {
        if (m.membership.level == ParticipationLevel::Steward)
            return pathway.setStaff(m.membership.id, true);
    }
    return {};
}

Status addRecognition(Writer& w, qint64 communityId, const QList<Member>& members)
{
    static const char* const reasons[] = {
        QT_TRANSLATE_NOOP("SampleRepertoire", "Stayed late to help me through my first incident."),
        QT_TRANSLATE_NOOP("SampleRepertoire", "Your review made the playbook twice as clear."),
        QT_TRANSLATE_NOOP("SampleRepertoire", "Great micro-teach - I used it the next day."),
        QT_TRANSLATE_NOOP("SampleRepertoire", "Answered every question in the channel this week."),
        QT_TRANSLATE_NOOP("SampleRepertoire", "Turned a messy retro into a clean write-up.")};
    RecognitionRepository repository(w.database);
    if (Status s = repository.ensureBundledBadges(); !s)
        return s;
    const QList<qint64> givers = membersAtLeast(members, ParticipationLevel::Active);
    QList<qint64> receivers = membersAtLeast(members, ParticipationLevel::Observer);
    w.random.shuffle(receivers);
    const auto star = repository.badgeNamed(text(QT_TRANSLATE_NOOP("RecognitionRepository", "Star helper")));
    for (int i = 0; i < 6 && i < receivers.size(); ++i) {
        Recognition r;
        r.communityId = communityId;
        r.giverId = w.random.pick(givers);
        r.receiverId = receivers.at(i);
        if (r.giverId == r.receiverId)
            continue;
        r.reason = text(reasons[i % 5]);
        r.givenOn = w.today.addDays(-w.random.between(1, 120));
        r.badgeId = i < 2 && star && star->has_value() ? (*star)->id : 0;
        auto id = repository.add(r);
        if (!id)
            return Status::failure(id.errorString());
        ++w.summary.recognitions;
    }
    auto proposed = CommunityRecognition(w.database, communityId).proposeBadges(w.today);
    if (!proposed)
        return Status::failure(proposed.errorString());
    w.summary.recognitions += int(proposed->size());
    return {};
}

Status addCommunityRepertoire(Writer& w, const RepertoirePlan& plan, int index)
{
    auto community = CommunityRepository(w.database).findByName(QLatin1String(plan.community));
    if (!community || !community->has_value())
        return Status::failure(
            community ? QCoreApplication::translate("SampleRepertoire", "The sample has no community named '%1'.")
                            .arg(QLatin1String(plan.community))
                      : community.errorString());
    const qint64 id = (*community)->id;
    auto members = MembershipRepository(w.database).membersOf(id);
    if (!members)
        return Status::failure(members.errorString());
    for (const QString& tag : QString::fromLatin1(plan.vocabulary).split(QLatin1Char(' '))) {
        if (auto added = ArtefactRepository(w.database).addTag(id, tag); !added)
            return Status::failure(added.errorString());
    }
    for (const ArtefactPlan& a : plan.artefacts) {
        if (Status s = addArtefact(w, id, a, *members); !s)
            return s;
    }
    if (Status s = addLearningDrafts(w, id); !s)
        return s;
    if (Status s = setUpPathway(w, id, index, *members); !s)
        return s;
    if (Status s = addRecognition(w, id, *members); !s)
        return s;
    auto proposals = CommunityPathway(w.database, id).recordProposals(w.today);
    if (!proposals)
        return Status::failure(proposals.errorString());
    w.summary.proposals += int(proposals->size());
    return {};
}

} // namespace

Result<SampleRepertoireSummary> SampleRepertoire::create(Database& database, SeededRandom& random, QDate today)
{
    using R = Result<SampleRepertoireSummary>;
    Writer w{database, random, today, 0, {}, {}};
    if (Status s = addTemplate(w); !s)
        return R::failure(s.errorString());
    const QList<RepertoirePlan> all = plans();
    for (int i = 0; i < all.size(); ++i) {
        if (Status s = addCommunityRepertoire(w, all.at(i), i); !s)
            return R::failure(s.errorString());
    }
    return w.summary;
}

} // namespace steward
