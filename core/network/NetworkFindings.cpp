// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkFindings.h"

#include "network/Network.h"
#include "network/SpearmanCorrelation.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace steward {

namespace {

// Brokers come from the top tenth by betweenness (at least 3 people, at most 10) whose constraint is
// below the median: many paths run through them and their contacts are not tied to each other.
constexpr double kBrokerShare = 0.1;
constexpr int kMinBrokerCandidates = 3;
constexpr int kMaxBrokerCandidates = 10;
// A team "turned inward": E-I at or below this, or no tie outside the team at all.
constexpr double kInwardEiIndex = -0.8;
// A channel needs this many answers before one person's share of them means anything.
constexpr qint64 kMinChannelAnswers = 5;

QString teamOf(const QString& team)
{
    return team.trimmed();
}

QList<Broker> brokers(const Network& network, const NetworkMetrics& metrics)
{
    QList<const PersonMetrics*> ranked;
    std::vector<double> constraints;
    for (const PersonMetrics& p : metrics.people) {
        if (p.constraint)
            constraints.push_back(*p.constraint);
        if (p.betweenness > 0 && p.constraint)
            ranked.append(&p);
    }
    if (constraints.empty())
        return {};
    std::sort(constraints.begin(), constraints.end());
    const double median = constraints.size() % 2 == 1
                              ? constraints[constraints.size() / 2]
                              : (constraints[constraints.size() / 2 - 1] + constraints[constraints.size() / 2]) / 2;
    std::stable_sort(ranked.begin(), ranked.end(), [](const PersonMetrics* a, const PersonMetrics* b) {
        return a->betweenness > b->betweenness;
    });
    const qsizetype candidates = std::clamp<qsizetype>(
        qsizetype(std::ceil(kBrokerShare * double(metrics.people.size()))), kMinBrokerCandidates, kMaxBrokerCandidates);
    QList<Broker> result;
    for (const PersonMetrics* p : ranked.mid(0, candidates)) {
        if (*p->constraint >= median)
            continue;
        const int self = network.indexOf(p->personId);
        QSet<QString> teams;
        for (const NetworkTie& tie : network.ties()) {
            if (tie.from == self || tie.to == self) {
                const QString team = teamOf(network.nodes().at(tie.from == self ? tie.to : tie.from).team);
                if (!team.isEmpty() && team.compare(teamOf(p->team), Qt::CaseInsensitive) != 0)
                    teams.insert(team.toLower());
            }
        }
        result.append({p->personId,
                       p->name,
                       p->team,
                       p->betweennessNormalized,
                       p->constraint,
                       p->effectiveSize,
                       int(teams.size())});
    }
    return result;
}

/** Ties in and out of every team with at least two people in the network; people without a team are left out. */
QList<TeamTies> teams(const Network& network)
{
    QHash<QString, TeamTies> byTeam;
    for (const NetworkNode& node : network.nodes()) {
        const QString team = teamOf(node.team);
        if (team.isEmpty())
            continue;
        TeamTies& ties = byTeam[team.toLower()];
        ties.team = team;
        ++ties.people;
    }
    for (const NetworkTie& tie : network.ties()) {
        const QString a = teamOf(network.nodes().at(tie.from).team).toLower();
        const QString b = teamOf(network.nodes().at(tie.to).team).toLower();
        if (!a.isEmpty() && a == b) {
            ++byTeam[a].internalTies;
            continue;
        }
        // A tie to someone of another team, or to someone without a team, leaves the team.
        for (const QString& team : {a, b}) {
            if (!team.isEmpty())
                ++byTeam[team].externalTies;
        }
    }
    QList<TeamTies> result;
    for (TeamTies ties : std::as_const(byTeam)) {
        if (ties.people < 2)
            continue;
        const int all = ties.internalTies + ties.externalTies;
        if (all > 0)
            ties.eiIndex = double(ties.externalTies - ties.internalTies) / all;
        ties.isolated = ties.externalTies == 0 || (ties.eiIndex && *ties.eiIndex <= kInwardEiIndex);
        result.append(ties);
    }
    std::sort(result.begin(), result.end(), [](const TeamTies& a, const TeamTies& b) {
        return a.eiIndex.value_or(-2) != b.eiIndex.value_or(-2) ? a.eiIndex.value_or(-2) < b.eiIndex.value_or(-2)
                                                                : a.team < b.team;
    });
    return result;
}

QList<CutPoint> cutPoints(const NetworkMetrics& metrics)
{
    QList<CutPoint> result;
    for (const PersonMetrics& p : metrics.people) {
        if (p.articulation)
            result.append({p.personId, p.name, p.team, p.degree, p.betweennessNormalized});
    }
    std::stable_sort(result.begin(), result.end(), [](const CutPoint& a, const CutPoint& b) {
        return a.betweennessNormalized > b.betweennessNormalized;
    });
    return result;
}

QList<AnswerConcentration> answerConcentration(const Network& network, const QList<ChannelAnswers>& answers)
{
    QHash<QString, qint64> totals;
    for (const ChannelAnswers& a : answers)
        totals[a.channel] += a.answers;
    QList<AnswerConcentration> result;
    for (const ChannelAnswers& a : answers) {
        const qint64 total = totals.value(a.channel);
        if (total < kMinChannelAnswers || 2 * a.answers <= total)
            continue;
        const int index = network.indexOf(a.personId);
        const QString name = index >= 0 ? network.nodes().at(index).name : QString::number(a.personId);
        result.append({a.channel, a.personId, name, a.answers, total, double(a.answers) / double(total)});
    }
    std::sort(result.begin(), result.end(), [](const AnswerConcentration& a, const AnswerConcentration& b) {
        return a.share != b.share ? a.share > b.share : a.channel < b.channel;
    });
    return result;
}

} // namespace

namespace {

CorePeriphery corePeriphery(const Network& network, const NetworkMetrics& metrics)
{
    CorePeriphery result;
    std::vector<double> coreness;
    std::vector<double> levels;
    for (const PersonMetrics& p : metrics.people)
        result.maxCoreness = std::max(result.maxCoreness, p.coreness);
    for (qsizetype i = 0; i < metrics.people.size(); ++i) {
        const PersonMetrics& p = metrics.people.at(i);
        const std::optional<ParticipationLevel> level = network.nodes().at(i).level;
        if (!level)
            continue;
        coreness.push_back(p.coreness);
        levels.push_back(double(int(*level)));
        const LevelMismatch mismatch{p.personId, p.name, participationLevelKey(*level), p.coreness};
        // The innermost core of a network that has one (2 or more), yet recorded at the edge.
        if (result.maxCoreness >= 2 && p.coreness == result.maxCoreness && *level <= ParticipationLevel::Peripheral)
            result.hiddenCore.append(mismatch);
        // Recorded as core or steward, yet with at most one tie's worth of embedding in this window.
        if (*level >= ParticipationLevel::Core && p.coreness <= 1)
            result.nominalCore.append(mismatch);
    }
    result.n = int(coreness.size());
    result.spearman = spearmanCorrelation(coreness, levels);
    return result;
}

double metricValue(const PersonMetrics& p, const QString& key, bool& defined)
{
    defined = true;
    if (key == QLatin1String("degree"))
        return p.degree;
    if (key == QLatin1String("strength"))
        return p.strength;
    if (key == QLatin1String("betweenness_normalized"))
        return p.betweennessNormalized;
    if (key == QLatin1String("closeness"))
        return p.closeness;
    if (key == QLatin1String("eigenvector"))
        return p.eigenvector;
    if (key == QLatin1String("coreness"))
        return p.coreness;
    defined = p.constraint.has_value();
    return p.constraint.value_or(0);
}

QString caveat(int n)
{
    if (n < 10)
        return QCoreApplication::translate("NetworkFindings", "Only %1 people: far too few to read anything into this.")
            .arg(n);
    if (n < 30)
        return QCoreApplication::translate("NetworkFindings",
                                           "%1 people: a correlation of this size can easily be chance, and "
                                           "it says nothing about what causes what.")
            .arg(n);
    return QCoreApplication::translate("NetworkFindings",
                                       "%1 people. A correlation, not a cause: position may follow the outcome as "
                                       "much as lead to it.")
        .arg(n);
}

/** Each person's latest value of each outcome (by date, then by the order imported). */
QHash<QString, QHash<qint64, double>> latestOutcomes(const QList<Outcome>& outcomes)
{
    QList<Outcome> ordered = outcomes;
    std::stable_sort(ordered.begin(), ordered.end(), [](const Outcome& a, const Outcome& b) {
        return a.date != b.date ? a.date < b.date : a.id < b.id;
    });
    QHash<QString, QHash<qint64, double>> latest;
    for (const Outcome& o : std::as_const(ordered))
        latest[o.metric][o.personId] = o.value;
    return latest;
}

QList<OutcomeLink> outcomeLinks(const NetworkMetrics& metrics, const QList<Outcome>& outcomes)
{
    const auto latest = latestOutcomes(outcomes);
    QStringList names = latest.keys();
    names.sort();
    QList<OutcomeLink> result;
    for (const QString& outcome : std::as_const(names)) {
        const QHash<qint64, double>& values = latest.value(outcome);
        for (const QString& key : NetworkFindings::outcomeMetricKeys()) {
            std::vector<double> x;
            std::vector<double> y;
            for (const PersonMetrics& p : metrics.people) {
                bool defined = false;
                const double value = metricValue(p, key, defined);
                if (defined && values.contains(p.personId)) {
                    x.push_back(value);
                    y.push_back(values.value(p.personId));
                }
            }
            if (x.empty())
                continue;
            result.append({outcome, key, spearmanCorrelation(x, y), int(x.size()), caveat(int(x.size()))});
        }
    }
    return result;
}

} // namespace

QStringList NetworkFindings::outcomeMetricKeys()
{
    return {QStringLiteral("degree"),
            QStringLiteral("strength"),
            QStringLiteral("betweenness_normalized"),
            QStringLiteral("closeness"),
            QStringLiteral("eigenvector"),
            QStringLiteral("constraint"),
            QStringLiteral("coreness")};
}

Findings NetworkFindings::find(const Network& network,
                               const NetworkMetrics& metrics,
                               const QList<ChannelAnswers>& answers,
                               const QList<Outcome>& outcomes)
{
    Findings findings;
    findings.graph = metrics.graph;
    findings.brokers = brokers(network, metrics);
    for (const PersonMetrics& p : metrics.people) {
        if (p.degree == 0)
            findings.isolatedPeople.append(p);
    }
    findings.teams = teams(network);
    findings.cutPoints = cutPoints(metrics);
    findings.answerConcentration = answerConcentration(network, answers);
    findings.corePeriphery = corePeriphery(network, metrics);
    findings.outcomes = outcomeLinks(metrics, outcomes);
    return findings;
}

} // namespace steward
