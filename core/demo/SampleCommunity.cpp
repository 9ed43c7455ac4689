// SPDX-License-Identifier: GPL-3.0-or-later
#include "SampleCommunity.h"

#include "common/SeededRandom.h"
#include "demo/SampleInteractions.h"
#include "demo/SampleRepertoire.h"
#include "demo/SampleRotations.h"
#include "demo/SampleSessions.h"
#include "storage/CommunityRepository.h"
#include "storage/Database.h"
#include "storage/MembershipRepository.h"
#include "storage/PersonRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSet>

namespace steward {

namespace {

struct Team
{
    QString name;
    QString department;
    QStringList titles;
};

/** What the steps share: the database, the seeded draws, "today", and what earlier steps wrote. */
struct SampleContext
{
    Database& database;
    SeededRandom random;
    QDate today;
    QList<Person> people;
    QList<Community> communities;
    SampleSummary summary;
};

QList<Team> teams()
{
    const QString eng = QStringLiteral("Engineering");
    const QString ops = QStringLiteral("Operations");
    const QString ppl = QStringLiteral("People & Insights");
    return {
        {QStringLiteral("Platform"),
         eng,
         {QStringLiteral("Site Reliability Engineer"), QStringLiteral("Platform Engineer")}},
        {QStringLiteral("Payments"), eng, {QStringLiteral("Software Engineer"), QStringLiteral("Staff Engineer")}},
        {QStringLiteral("Mobile"), eng, {QStringLiteral("Mobile Engineer"), QStringLiteral("Engineering Manager")}},
        {QStringLiteral("Infrastructure"),
         ops,
         {QStringLiteral("Systems Engineer"), QStringLiteral("Network Engineer")}},
        {QStringLiteral("Customer Support"),
         ops,
         {QStringLiteral("Support Specialist"), QStringLiteral("Support Lead")}},
        {QStringLiteral("Customer Success"),
         ops,
         {QStringLiteral("Customer Success Manager"), QStringLiteral("Onboarding Specialist")}},
        {QStringLiteral("People Analytics"), ppl, {QStringLiteral("People Analyst"), QStringLiteral("Data Scientist")}},
        {QStringLiteral("Talent"), ppl, {QStringLiteral("Talent Partner"), QStringLiteral("Learning Designer")}},
    };
}

QStringList firstNames()
{
    return QStringLiteral("Ada Amara Ana Anders Aylin Bea Ben Carla Chen Dara Diego Elif Emil Fatima Finn Grace Hana "
                          "Hugo Ines Ivan Jonas Julia Kai Kemal Lara Leo Lina Luca Maya Mei Milan Nadia Noah Olga Omar "
                          "Paula Priya Rafael Rosa Sami Sara Tariq Tessa Theo Uma Vera Yuki Zoe")
        .split(QLatin1Char(' '));
}

QStringList lastNames()
{
    return QStringLiteral("Andersen Baker Becker Costa Dubois Eriksen Fischer Garcia Hansen Ito Jansen Kaya Kowalski "
                          "Laurent Meier Mendes Nakamura Novak Okafor Oliveira Petrov Quinn Rossi Santos Schmidt Silva "
                          "Tanaka Varga Weber Yilmaz")
        .split(QLatin1Char(' '));
}

Status addPeople(SampleContext& ctx)
{
    const QList<Team> allTeams = teams();
    const QStringList first = firstNames();
    const QStringList last = lastNames();
    const QStringList locations = {
        QStringLiteral("Berlin"), QStringLiteral("Lisbon"), QStringLiteral("Toronto"), QStringLiteral("Remote")};
    QSet<QString> usedNames;
    constexpr int kPeople = 120;
    while (ctx.people.size() < kPeople) {
        const QString firstName = ctx.random.pick(first);
        const QString lastName = ctx.random.pick(last);
        const QString name = firstName + QLatin1Char(' ') + lastName;
        if (usedNames.contains(name))
            continue;
        usedNames.insert(name);
        const Team& team = allTeams.at(ctx.people.size() % allTeams.size());
        const QString login = (firstName.left(1) + lastName).toLower();
        Person p;
        p.name = name;
        p.email = QStringLiteral("%1.%2@example.org").arg(firstName.toLower(), lastName.toLower());
        p.team = team.name;
        p.department = team.department;
        p.title = ctx.random.pick(team.titles);
        p.location = ctx.random.pick(locations);
        p.startDate = ctx.today.addDays(-ctx.random.between(30, 8 * 365));
        p.slackId = QStringLiteral("U%1").arg(ctx.random.between(10000000, 99999999));
        p.githubLogin = team.department == allTeams.first().department ? login : QString();
        p.discordId = ctx.random.chance(0.3) ? QString::number(ctx.random.between(100000000, 999999999)) : QString();
        ctx.people.append(p);
    }
    PersonRepository repository(ctx.database);
    if (Status s = repository.saveAll(ctx.people); !s)
        return s;
    ctx.summary.people = int(ctx.people.size());
    return {};
}

Status addCommunities(SampleContext& ctx)
{
    const QList<Community> communities = {
        {0,
         QStringLiteral("Site Reliability Guild"),
         QStringLiteral("site reliability"),
         QStringLiteral("Engineers who keep production healthy share incident learnings, runbooks and on-call craft."),
         QStringLiteral("#sre-guild"),
         QStringLiteral("Fortnightly incident retrospective; monthly demo day"),
         QStringLiteral("Blameless by default. What is said in a retro stays in the retro.")},
        {0,
         QStringLiteral("People Analytics Circle"),
         QStringLiteral("people analytics"),
         QStringLiteral("Analysts and HR partners turning workforce data into decisions, responsibly."),
         QStringLiteral("#people-analytics"),
         QStringLiteral("Monthly case round; weekly office hours"),
         QStringLiteral("No individual-level data leaves the room. Ask the naive question.")},
        {0,
         QStringLiteral("Customer Success Practice"),
         QStringLiteral("customer success"),
         QStringLiteral("Account and support people sharing playbooks for onboarding, renewals and escalations."),
         QStringLiteral("#cs-practice"),
         QStringLiteral("Weekly micro-teach in the team meeting; quarterly mastermind"),
         QStringLiteral("Bring a real account. Share the playbook, not the customer's secrets.")},
    };
    CommunityRepository repository(ctx.database);
    for (Community c : communities) {
        auto id = repository.add(c);
        if (!id)
            return Status::failure(id.errorString());
        c.id = *id;
        ctx.communities.append(c);
    }
    ctx.summary.communities = int(ctx.communities.size());
    return {};
}

/** A believable path from the edge towards the core: joins low, moves up a level every few months. */
Status addMemberships(SampleContext& ctx)
{
    const QStringList joinReasons = {
        QCoreApplication::translate("SampleCommunity", "Joined after a demo day"),
        QCoreApplication::translate("SampleCommunity", "Invited by a colleague"),
        QCoreApplication::translate("SampleCommunity", "Came to an ask-me-anything"),
        QCoreApplication::translate("SampleCommunity", "New starter, pointed here in onboarding")};
    const QStringList moveReasons = {
        QCoreApplication::translate("SampleCommunity", "Presented a case in the case round"),
        QCoreApplication::translate("SampleCommunity", "Took notes three sessions running"),
        QCoreApplication::translate("SampleCommunity", "Co-led the runbook rewrite"),
        QCoreApplication::translate("SampleCommunity", "Answers questions in the channel weekly"),
        QCoreApplication::translate("SampleCommunity", "Ran a micro-teach"),
        QCoreApplication::translate("SampleCommunity", "Reviewed two playbooks")};
    MembershipRepository repository(ctx.database);
    const QList<ParticipationLevel> levels = allParticipationLevels();
    for (int c = 0; c < ctx.communities.size(); ++c) {
        QList<Person> candidates = ctx.people;
        ctx.random.shuffle(candidates);
        const int memberCount = ctx.random.between(30, 45);
        for (int i = 0; i < memberCount; ++i) {
            // The first two members become stewards, so every community has every level.
            const int target = i < 2 ? 4 : i < 8 ? 3 : i < 20 ? 2 : i < 30 ? 1 : 0;
            int level = std::min(target, ctx.random.between(0, 1));
            QDate date = ctx.today.addDays(-ctx.random.between(200, 365));
            QString reason = ctx.random.pick(joinReasons);
            while (true) {
                auto receipt =
                    repository.setLevel(ctx.communities.at(c).id, candidates.at(i).id, levels.at(level), date, reason);
                if (!receipt)
                    return Status::failure(receipt.errorString());
                ++ctx.summary.levelChanges;
                if (level >= target)
                    break;
                level += 1;
                date = date.addDays(ctx.random.between(20, 60));
                reason = ctx.random.pick(moveReasons);
                if (date > ctx.today)
                    break;
            }
            ++ctx.summary.memberships;
        }
    }
    return {};
}

} // namespace

Result<SampleSummary> SampleCommunity::create(Database& database, quint64 seed, const Clock& clock)
{
    using R = Result<SampleSummary>;
    PersonRepository people(database);
    auto existing = people.count();
    if (!existing)
        return R::failure(existing.errorString());
    if (*existing > 0)
        return R::failure(
            QCoreApplication::translate(
                "SampleCommunity", "The sample can only be written into an empty database; '%1' already holds people.")
                .arg(database.path()));

    // Steps run in order; a later feature appends its own (sessions, rotations, interactions...).
    using Step = Status (*)(SampleContext&);
    const Step steps[] = {addPeople,
                          addCommunities,
                          addMemberships,
                          SampleRotations::step<SampleContext>,
                          SampleSessions::step<SampleContext>,
                          SampleInteractions::step<SampleContext>,
                          SampleRepertoire::step<SampleContext>};

    SampleContext ctx{database, SeededRandom(seed), clock.today(), {}, {}, {}};
    Transaction transaction(database.connection());
    for (Step step : steps) {
        if (Status s = step(ctx); !s)
            return R::failure(
                QCoreApplication::translate("SampleCommunity", "Could not create the sample: %1").arg(s.errorString()));
    }
    if (Status s = transaction.commit(); !s)
        return R::failure(s.errorString());
    return ctx.summary;
}

} // namespace steward
