// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "network/NetworkMetrics.h"
#include "storage/InteractionRepository.h"
#include "storage/Outcome.h"

#include <QList>
#include <QString>

#include <optional>

namespace steward {

class Network;

/** Someone on many shortest paths whose contacts do not know each other: they carry knowledge across. */
struct Broker
{
    qint64 personId = 0;
    QString name;
    QString team;
    double betweennessNormalized = 0;
    std::optional<double> constraint;
    std::optional<double> effectiveSize;
    int teamsReached = 0; // teams among their contacts, their own excluded
};

/** One team's ties inward and outward, with Krackhardt's E-I index (-1: only among themselves). */
struct TeamTies
{
    QString team;
    int people = 0;
    int internalTies = 0;
    int externalTies = 0;
    std::optional<double> eiIndex;
    bool isolated = false;
};

/** A person whose leaving would split their part of the network (an articulation point). */
struct CutPoint
{
    qint64 personId = 0;
    QString name;
    QString team;
    int degree = 0;
    double betweennessNormalized = 0;
};

/** A channel where one person carries more than half of the answers. */
struct AnswerConcentration
{
    QString channel;
    qint64 personId = 0;
    QString name;
    qint64 answers = 0;
    qint64 total = 0;
    double share = 0;
};

/** A person whose place in the network and recorded participation level disagree. */
struct LevelMismatch
{
    qint64 personId = 0;
    QString name;
    QString level;
    int coreness = 0;
};

/** The k-core structure against the recorded levels of participation. */
struct CorePeriphery
{
    std::optional<double> spearman; // coreness against level (observer 0 ... steward 4)
    int n = 0;
    int maxCoreness = 0;
    QList<LevelMismatch> hiddenCore;  // in the innermost core, recorded as observer or peripheral
    QList<LevelMismatch> nominalCore; // recorded as core or steward, on the edge of the network
};

/** How one network metric goes with one imported outcome across people. */
struct OutcomeLink
{
    QString outcome;
    QString metric;
    std::optional<double> spearman;
    int n = 0;
    QString caveat;
};

/** Everything a steward wants to hear about a network, as data (NetworkFindingsFormat puts it in words). */
struct Findings
{
    GraphMetrics graph;
    QList<Broker> brokers;
    QList<PersonMetrics> isolatedPeople;
    QList<TeamTies> teams;
    QList<CutPoint> cutPoints;
    QList<AnswerConcentration> answerConcentration;
    CorePeriphery corePeriphery;
    QList<OutcomeLink> outcomes;
};

/**
 * Turns metrics into findings: knowledge brokers, isolated people and teams, single points of
 * failure, core-periphery against the recorded levels, and how position relates to outcomes. The
 * rules (thresholds, which answers count) are in the .cpp beside each finding.
 */
class NetworkFindings
{
public:
    static Findings find(const Network& network,
                         const NetworkMetrics& metrics,
                         const QList<ChannelAnswers>& answers = {},
                         const QList<Outcome>& outcomes = {});
    /** The per-person metrics outcomes are compared with, by key. */
    static QStringList outcomeMetricKeys();
};

} // namespace steward
