// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommunityRecognition.h"

#include "repertoire/ActivityLedger.h"
#include "repertoire/PathwayRepository.h"
#include "repertoire/RecognitionRepository.h"
#include "storage/Database.h"
#include "storage/MembershipRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSet>

namespace steward {

namespace {

PersonContributions contributionsFrom(const Member& member, const ActivityCounts& c)
{
    PersonContributions p;
    p.personId = member.membership.personId;
    p.name = member.personName;
    p.sessionsFacilitated = c.count(QStringLiteral("session-facilitated"));
    p.microTeaches = c.count(QStringLiteral("micro-teach"));
    p.hotSeats = c.count(QStringLiteral("hot-seat"));
    p.artefactsWritten = c.count(ActivityLedger::artefactWritten());
    p.reviewsDone = c.count(QStringLiteral("review-given"));
    p.answersGiven = c.count(ActivityLedger::answerGiven());
    return p;
}

} // namespace

CommunityRecognition::CommunityRecognition(const Database& database, qint64 communityId)
    : m_database(database)
    , m_communityId(communityId)
{
}

std::pair<QString, int> CommunityRecognition::ruleThreshold(const QString& rule)
{
    if (rule == QLatin1String("first-micro-teach"))
        return {QStringLiteral("micro-teach"), 1};
    if (rule == QLatin1String("ten-reviews"))
        return {QStringLiteral("review-given"), 10};
    if (rule == QLatin1String("five-sessions-facilitated"))
        return {QStringLiteral("session-facilitated"), 5};
    if (rule == QLatin1String("first-artefact"))
        return {ActivityLedger::artefactWritten(), 1};
    return {{}, 0};
}

Result<QList<PersonContributions>> CommunityRecognition::contributions(const QDate& from, const QDate& to) const
{
    using R = Result<QList<PersonContributions>>;
    auto members = MembershipRepository(m_database).membersOf(m_communityId);
    if (!members)
        return R::failure(members.errorString());
    auto counts = ActivityLedger(m_database).counts(m_communityId, from, to);
    if (!counts)
        return R::failure(counts.errorString());
    QList<PersonContributions> result;
    for (const Member& m : std::as_const(*members)) {
        PersonContributions p = contributionsFrom(m, counts->value(m.membership.personId));
        if (p.total() > 0)
            result.append(p);
    }
    std::sort(result.begin(), result.end(), [](const PersonContributions& a, const PersonContributions& b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return result;
}

Result<QList<PersonContributions>> CommunityRecognition::leaderboard(const QDate& from, const QDate& to) const
{
    using R = Result<QList<PersonContributions>>;
    auto settings = PathwayRepository(m_database).settings(m_communityId);
    if (!settings)
        return R::failure(settings.errorString());
    if (!settings->leaderboard)
        return R::failure(
            QCoreApplication::translate("CommunityRecognition", "This community has not opted in to a leaderboard."));
    auto all = contributions(from, to);
    if (!all)
        return all;
    std::stable_sort(all->begin(), all->end(), [](const PersonContributions& a, const PersonContributions& b) {
        return a.total() > b.total();
    });
    return all;
}

Result<QList<Recognition>> CommunityRecognition::proposeBadges(const QDate& asOf)
{
    using R = Result<QList<Recognition>>;
    RecognitionRepository repository(m_database);
    if (Status s = repository.ensureBundledBadges(); !s)
        return R::failure(s.errorString());
    auto badges = repository.badges();
    auto existing = repository.list(m_communityId);
    auto members = MembershipRepository(m_database).membersOf(m_communityId);
    auto counts = ActivityLedger(m_database).counts(m_communityId, {}, asOf);
    for (const QString& error :
         {badges.errorString(), existing.errorString(), members.errorString(), counts.errorString()}) {
        if (!error.isEmpty())
            return R::failure(error);
    }
    QSet<QPair<qint64, qint64>> had; // (receiver, badge)
    for (const Recognition& r : std::as_const(*existing))
        had.insert({r.receiverId, r.badgeId});
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return R::failure(transaction.errorString());
    QList<Recognition> proposed;
    for (const Badge& badge : std::as_const(*badges)) {
        const auto [activity, threshold] = ruleThreshold(badge.rule);
        if (threshold == 0)
            continue;
        for (const Member& m : std::as_const(*members)) {
            const qint64 person = m.membership.personId;
            const int done = counts->value(person).count(activity);
            if (done < threshold || had.contains({person, badge.id}))
                continue;
            Recognition r;
            r.communityId = m_communityId;
            r.receiverId = person;
            r.badgeId = badge.id;
            r.reason = badge.criteria;
            r.givenOn = asOf;
            r.status = QStringLiteral("proposed");
            auto id = repository.add(r);
            if (!id)
                return R::failure(id.errorString());
            r.id = *id;
            r.receiverName = m.personName;
            r.badgeName = badge.name;
            r.badgeIcon = badge.icon;
            proposed.append(r);
        }
    }
    if (Status s = transaction.commit(); !s)
        return R::failure(s.errorString());
    return proposed;
}

} // namespace steward
