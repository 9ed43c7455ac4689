// SPDX-License-Identifier: GPL-3.0-or-later
#include "PathwayStatistics.h"

#include <algorithm>

namespace steward {

namespace {

QString quarterOf(const QDate& date)
{
    return QStringLiteral("%1-Q%2").arg(date.year()).arg((date.month() - 1) / 3 + 1);
}

/** Days per stint at each level: from one change to the next, the last up to leaving or asOf. */
QHash<int, QList<int>> stintDays(const QList<PathwayMember>& members, const QDate& asOf)
{
    QHash<int, QList<int>> days;
    for (const PathwayMember& m : members) {
        if (m.staff)
            continue;
        const QDate end = m.membership.left.isValid() && m.membership.left < asOf ? m.membership.left : asOf;
        for (qsizetype i = 0; i < m.history.size(); ++i) {
            const LevelChange& change = m.history.at(i);
            if (change.date > end)
                break;
            const QDate stop = i + 1 < m.history.size() ? std::min(m.history.at(i + 1).date, end) : end;
            days[int(change.to)].append(int(change.date.daysTo(stop)));
        }
    }
    return days;
}

} // namespace

std::optional<double> PathwayStatistics::quantile(QList<int> values, double p)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const double position = p * double(values.size() - 1);
    const auto below = qsizetype(position);
    const double fraction = position - double(below);
    if (below + 1 >= values.size())
        return double(values.constLast());
    return values.at(below) + fraction * (values.at(below + 1) - values.at(below));
}

std::optional<double> PathwayStatistics::median(QList<int> values)
{
    return quantile(std::move(values), 0.5);
}

QList<LevelTime> PathwayStatistics::levels(const QList<PathwayMember>& members, const QDate& asOf)
{
    const QHash<int, QList<int>> days = stintDays(members, asOf);
    QList<LevelTime> result;
    for (ParticipationLevel level : allParticipationLevels()) {
        LevelTime t;
        t.level = level;
        for (const PathwayMember& m : members) {
            if (!m.staff && m.isCurrent(asOf) && m.membership.level == level)
                ++t.members;
        }
        const QList<int> stints = days.value(int(level));
        t.stints = int(stints.size());
        t.medianDays = median(stints);
        t.lowerQuartileDays = quantile(stints, 0.25);
        t.upperQuartileDays = quantile(stints, 0.75);
        result.append(t);
    }
    return result;
}

QList<StuckMember> PathwayStatistics::stuck(const QList<PathwayMember>& members, const QDate& asOf, int stuckDays)
{
    QList<StuckMember> result;
    for (const PathwayMember& m : members) {
        if (m.staff || !m.isCurrent(asOf) || m.membership.level == ParticipationLevel::Steward)
            continue;
        const QDate since = m.levelSince();
        if (since.isValid() && since.daysTo(asOf) > stuckDays)
            result.append({m.membership.personId, m.name, m.membership.level, since, int(since.daysTo(asOf))});
    }
    std::sort(result.begin(), result.end(), [](const StuckMember& a, const StuckMember& b) {
        return a.days != b.days ? a.days > b.days : a.name < b.name;
    });
    return result;
}

QDate PathwayStatistics::reached(const PathwayMember& member, ParticipationLevel level)
{
    for (const LevelChange& change : member.history) {
        if (int(change.to) >= int(level))
            return change.date;
    }
    return {};
}

QList<JoinerCohort> PathwayStatistics::cohorts(const QList<PathwayMember>& members,
                                               const QHash<qint64, ActivitySpan>& spans,
                                               const QDate& asOf)
{
    QMap<QString, JoinerCohort> byQuarter;
    QMap<QString, QList<int>> toContribution;
    QMap<QString, QList<int>> toActive;
    for (const PathwayMember& m : members) {
        const QDate joined = m.membership.joined;
        if (m.staff || !joined.isValid() || joined > asOf)
            continue;
        const QString key = quarterOf(joined);
        JoinerCohort& c = byQuarter[key];
        c.cohort = key;
        ++c.joiners;
        const QDate first = spans.value(m.membership.personId).firstContribution;
        if (first.isValid() && first <= asOf) {
            ++c.contributed;
            toContribution[key].append(std::max(0, int(joined.daysTo(first))));
        }
        const QDate active = reached(m, ParticipationLevel::Active);
        if (active.isValid() && active <= asOf) {
            ++c.reachedActive;
            toActive[key].append(std::max(0, int(joined.daysTo(active))));
        }
    }
    QList<JoinerCohort> result;
    for (auto it = byQuarter.begin(); it != byQuarter.end(); ++it) {
        it->medianDaysToFirstContribution = median(toContribution.value(it.key()));
        it->medianDaysToActive = median(toActive.value(it.key()));
        result.append(*it);
    }
    return result;
}

} // namespace steward
