// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkFindingsFormat.h"

#include "network/NetworkMetricsFormat.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace steward {

namespace {

constexpr qsizetype kNamesInASentence = 8;

QJsonValue optional(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString number(double value)
{
    return QString::number(value, 'f', 2);
}

QString optionalNumber(const std::optional<double>& value)
{
    return value ? number(*value) : QStringLiteral("-");
}

/** "A, B, C" or "A, B, C and 4 more". */
QString names(const QStringList& all)
{
    QString text = all.mid(0, kNamesInASentence).join(QStringLiteral(", "));
    if (all.size() > kNamesInASentence)
        text +=
            QCoreApplication::translate("NetworkFindingsFormat", " and %1 more").arg(all.size() - kNamesInASentence);
    return text;
}

QString withTeam(const QString& name, const QString& team)
{
    return team.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, team);
}

QJsonObject personRef(qint64 id, const QString& name, const QString& team)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("team"), team.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(team)}};
}

QJsonObject mismatchToJson(const LevelMismatch& m)
{
    return {{QStringLiteral("id"), m.personId},
            {QStringLiteral("name"), m.name},
            {QStringLiteral("level"), m.level},
            {QStringLiteral("coreness"), m.coreness}};
}

QJsonArray teamsToJson(const QList<TeamTies>& teams)
{
    QJsonArray array;
    for (const TeamTies& t : teams)
        array.append(QJsonObject{{QStringLiteral("team"), t.team},
                                 {QStringLiteral("people"), t.people},
                                 {QStringLiteral("internal_ties"), t.internalTies},
                                 {QStringLiteral("external_ties"), t.externalTies},
                                 {QStringLiteral("ei_index"), optional(t.eiIndex)},
                                 {QStringLiteral("isolated"), t.isolated}});
    return array;
}

QJsonObject failurePointsToJson(const Findings& f)
{
    QJsonArray cuts;
    for (const CutPoint& c : f.cutPoints) {
        QJsonObject o = personRef(c.personId, c.name, c.team);
        o.insert(QStringLiteral("degree"), c.degree);
        o.insert(QStringLiteral("betweenness_normalized"), c.betweennessNormalized);
        cuts.append(o);
    }
    QJsonArray answers;
    for (const AnswerConcentration& a : f.answerConcentration)
        answers.append(QJsonObject{{QStringLiteral("channel"), a.channel},
                                   {QStringLiteral("id"), a.personId},
                                   {QStringLiteral("name"), a.name},
                                   {QStringLiteral("answers"), a.answers},
                                   {QStringLiteral("total"), a.total},
                                   {QStringLiteral("share"), a.share}});
    return {{QStringLiteral("articulation_points"), cuts}, {QStringLiteral("answer_concentration"), answers}};
}

QJsonObject corePeripheryToJson(const CorePeriphery& c)
{
    QJsonArray hidden;
    for (const LevelMismatch& m : c.hiddenCore)
        hidden.append(mismatchToJson(m));
    QJsonArray nominal;
    for (const LevelMismatch& m : c.nominalCore)
        nominal.append(mismatchToJson(m));
    return {{QStringLiteral("spearman"), optional(c.spearman)},
            {QStringLiteral("n"), c.n},
            {QStringLiteral("max_coreness"), c.maxCoreness},
            {QStringLiteral("hidden_core"), hidden},
            {QStringLiteral("nominal_core"), nominal}};
}

} // namespace

QJsonObject NetworkFindingsFormat::brokerToJson(const Broker& b)
{
    QJsonObject o = personRef(b.personId, b.name, b.team);
    o.insert(QStringLiteral("betweenness_normalized"), b.betweennessNormalized);
    o.insert(QStringLiteral("constraint"), optional(b.constraint));
    o.insert(QStringLiteral("effective_size"), optional(b.effectiveSize));
    o.insert(QStringLiteral("teams_reached"), b.teamsReached);
    return o;
}

QJsonObject NetworkFindingsFormat::toJson(const Findings& f)
{
    QJsonArray brokers;
    for (const Broker& b : f.brokers)
        brokers.append(brokerToJson(b));
    QJsonArray isolated;
    for (const PersonMetrics& p : f.isolatedPeople)
        isolated.append(personRef(p.personId, p.name, p.team));
    QJsonArray isolatedTeams;
    for (const TeamTies& t : f.teams) {
        if (t.isolated)
            isolatedTeams.append(t.team);
    }
    QJsonArray outcomes;
    for (const OutcomeLink& o : f.outcomes)
        outcomes.append(QJsonObject{{QStringLiteral("outcome"), o.outcome},
                                    {QStringLiteral("metric"), o.metric},
                                    {QStringLiteral("spearman"), optional(o.spearman)},
                                    {QStringLiteral("n"), o.n},
                                    {QStringLiteral("caveat"), o.caveat}});
    return {{QStringLiteral("graph"), NetworkMetricsFormat::graphToJson(f.graph)},
            {QStringLiteral("brokers"), brokers},
            {QStringLiteral("isolated_people"), isolated},
            {QStringLiteral("teams"), teamsToJson(f.teams)},
            {QStringLiteral("isolated_teams"), isolatedTeams},
            {QStringLiteral("single_points_of_failure"), failurePointsToJson(f)},
            {QStringLiteral("core_periphery"), corePeripheryToJson(f.corePeriphery)},
            {QStringLiteral("outcomes"), outcomes},
            {QStringLiteral("summary"), QJsonArray::fromStringList(sentences(f))}};
}

namespace {

QStringList brokerSentences(const Findings& f)
{
    if (f.brokers.isEmpty())
        return {QCoreApplication::translate("NetworkFindingsFormat",
                                            "No clear knowledge brokers: no one high on betweenness also has low "
                                            "constraint.")};
    QStringList lines;
    for (const Broker& b : f.brokers) {
        const QString reach =
            b.teamsReached > 0
                ? QCoreApplication::translate("NetworkFindingsFormat", ", reaching %1 other teams").arg(b.teamsReached)
                : QString();
        lines << QCoreApplication::translate("NetworkFindingsFormat",
                                             "Knowledge broker: %1 links people who are not linked otherwise%2 "
                                             "(betweenness %3, constraint %4).")
                     .arg(withTeam(b.name, b.team),
                          reach,
                          number(b.betweennessNormalized),
                          optionalNumber(b.constraint));
    }
    return lines;
}

QStringList isolationSentences(const Findings& f)
{
    QStringList lines;
    QStringList people;
    for (const PersonMetrics& p : f.isolatedPeople)
        people << p.name;
    if (people.isEmpty())
        lines << QCoreApplication::translate("NetworkFindingsFormat", "Everyone has at least one tie in this window.");
    else
        lines << QCoreApplication::translate("NetworkFindingsFormat", "%1 of %2 people had no tie in this window: %3.")
                     .arg(people.size())
                     .arg(f.graph.nodes)
                     .arg(names(people));
    for (const TeamTies& t : f.teams) {
        if (!t.isolated)
            continue;
        if (t.internalTies + t.externalTies == 0)
            lines << QCoreApplication::translate("NetworkFindingsFormat", "Team %1 (%2 people) has no ties at all.")
                         .arg(t.team)
                         .arg(t.people);
        else
            lines << QCoreApplication::translate("NetworkFindingsFormat",
                                                 "Team %1 keeps to itself: %2 ties inside, %3 outside (E-I %4).")
                         .arg(t.team)
                         .arg(t.internalTies)
                         .arg(t.externalTies)
                         .arg(optionalNumber(t.eiIndex));
    }
    return lines;
}

QStringList failureSentences(const Findings& f)
{
    QStringList lines;
    QStringList cuts;
    for (const CutPoint& c : f.cutPoints)
        cuts << c.name;
    if (!cuts.isEmpty())
        lines << QCoreApplication::translate("NetworkFindingsFormat",
                                             "Single points of failure: without %1, parts of the network lose their "
                                             "only link to the rest.")
                     .arg(names(cuts));
    for (const AnswerConcentration& a : f.answerConcentration)
        lines << QCoreApplication::translate("NetworkFindingsFormat", "In %1, %2 gave %3 of %4 answers (%5%).")
                     .arg(a.channel.isEmpty() ? QCoreApplication::translate("NetworkFindingsFormat",
                                                                            "interactions "
                                                                            "without a "
                                                                            "channel")
                                              : a.channel,
                          a.name)
                     .arg(a.answers)
                     .arg(a.total)
                     .arg(qRound(a.share * 100));
    return lines;
}

QStringList coreSentences(const Findings& f)
{
    const CorePeriphery& c = f.corePeriphery;
    QStringList lines;
    if (c.spearman)
        lines << QCoreApplication::translate("NetworkFindingsFormat",
                                             "Core and periphery against the recorded levels: Spearman %1 over %2 "
                                             "members (1: the network's core is exactly the recorded core).")
                     .arg(number(*c.spearman))
                     .arg(c.n);
    QStringList hidden;
    for (const LevelMismatch& m : c.hiddenCore)
        hidden << m.name;
    if (!hidden.isEmpty())
        lines << QCoreApplication::translate("NetworkFindingsFormat",
                                             "In the innermost core (k = %1) but recorded as observer or peripheral: "
                                             "%2. Ready to move up?")
                     .arg(c.maxCoreness)
                     .arg(names(hidden));
    QStringList nominal;
    for (const LevelMismatch& m : c.nominalCore)
        nominal << m.name;
    if (!nominal.isEmpty())
        lines << QCoreApplication::translate("NetworkFindingsFormat",
                                             "Recorded as core or steward but on the edge of the network in this "
                                             "window: %1.")
                     .arg(names(nominal));
    return lines;
}

QStringList outcomeSentences(const Findings& f)
{
    QStringList lines;
    for (qsizetype i = 0; i < f.outcomes.size();) {
        // The metric that goes with this outcome most strongly, either way.
        const QString outcome = f.outcomes.at(i).outcome;
        const OutcomeLink* strongest = nullptr;
        for (; i < f.outcomes.size() && f.outcomes.at(i).outcome == outcome; ++i) {
            const OutcomeLink& link = f.outcomes.at(i);
            if (link.spearman && (!strongest || std::abs(*link.spearman) > std::abs(*strongest->spearman)))
                strongest = &link;
        }
        if (!strongest)
            continue;
        lines << QCoreApplication::translate("NetworkFindingsFormat", "%1 goes with %2 most (Spearman %3, n = %4). %5")
                     .arg(outcome, strongest->metric, number(*strongest->spearman))
                     .arg(strongest->n)
                     .arg(strongest->caveat);
    }
    return lines;
}

} // namespace

QStringList NetworkFindingsFormat::sentences(const Findings& f)
{
    return brokerSentences(f) + isolationSentences(f) + failureSentences(f) + coreSentences(f) + outcomeSentences(f);
}

QString NetworkFindingsFormat::toText(const Findings& f)
{
    QString text = QCoreApplication::translate("NetworkFindingsFormat",
                                               "%1 people, %2 ties, density %3, %4 communities (modularity %5).\n\n")
                       .arg(f.graph.nodes)
                       .arg(f.graph.edges)
                       .arg(number(f.graph.density))
                       .arg(f.graph.communities)
                       .arg(optionalNumber(f.graph.modularity));
    for (const QString& line : sentences(f))
        text += QStringLiteral("- ") + line + QLatin1Char('\n');
    return text;
}

namespace {

struct GraphChange
{
    QString key;
    std::optional<double> before;
    std::optional<double> after;
};

QList<GraphChange> graphChanges(const GraphMetrics& b, const GraphMetrics& a)
{
    return {{QStringLiteral("nodes"), double(b.nodes), double(a.nodes)},
            {QStringLiteral("edges"), double(b.edges), double(a.edges)},
            {QStringLiteral("density"), b.density, a.density},
            {QStringLiteral("components"), double(b.components), double(a.components)},
            {QStringLiteral("largest_component_share"), b.largestComponentShare, a.largestComponentShare},
            {QStringLiteral("transitivity"), b.transitivity, a.transitivity},
            {QStringLiteral("average_clustering"), b.averageClustering, a.averageClustering},
            {QStringLiteral("modularity"), b.modularity, a.modularity},
            {QStringLiteral("cross_team_share"), b.crossTeamShare, a.crossTeamShare},
            {QStringLiteral("ei_index"), b.eiIndex, a.eiIndex},
            {QStringLiteral("isolates"), double(b.isolates), double(a.isolates)}};
}

QJsonObject windowToJson(const ComparedWindow& w)
{
    QJsonArray brokers;
    for (const Broker& b : w.brokers)
        brokers.append(NetworkFindingsFormat::brokerToJson(b));
    return {{QStringLiteral("from"), w.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), w.to.toString(Qt::ISODate)},
            {QStringLiteral("graph"), NetworkMetricsFormat::graphToJson(w.metrics.graph)},
            {QStringLiteral("brokers"), brokers}};
}

QJsonArray corenessToJson(const QList<CorenessChange>& changes)
{
    QJsonArray array;
    for (const CorenessChange& c : changes) {
        QJsonObject o = personRef(c.personId, c.name, c.team);
        o.insert(QStringLiteral("coreness_before"), c.before);
        o.insert(QStringLiteral("coreness_after"), c.after);
        array.append(o);
    }
    return array;
}

QString changeLine(const GraphChange& c)
{
    const bool whole = c.key == QLatin1String("nodes") || c.key == QLatin1String("edges")
                       || c.key == QLatin1String("components") || c.key == QLatin1String("isolates");
    auto shown = [whole](const std::optional<double>& v) {
        return !v ? QStringLiteral("-") : whole ? QString::number(qRound64(*v)) : QString::number(*v, 'f', 3);
    };
    QString line = QStringLiteral("%1: %2 -> %3").arg(c.key, shown(c.before), shown(c.after));
    if (c.before && c.after) {
        const double delta = *c.after - *c.before;
        line +=
            QStringLiteral(" (%1%2)").arg(delta >= 0 ? QStringLiteral("+") : QString(),
                                          whole ? QString::number(qRound64(delta)) : QString::number(delta, 'f', 3));
    }
    return line;
}

} // namespace

QJsonObject NetworkFindingsFormat::toJson(const NetworkComparisonResult& c)
{
    QJsonObject changes;
    for (const GraphChange& change : graphChanges(c.before.metrics.graph, c.after.metrics.graph)) {
        QJsonObject o{{QStringLiteral("before"), optional(change.before)},
                      {QStringLiteral("after"), optional(change.after)}};
        o.insert(QStringLiteral("change"),
                 change.before && change.after ? QJsonValue(*change.after - *change.before)
                                               : QJsonValue(QJsonValue::Null));
        changes.insert(change.key, o);
    }
    QJsonArray newBrokers;
    for (const Broker& b : c.newBrokers)
        newBrokers.append(brokerToJson(b));
    QJsonArray formerBrokers;
    for (const Broker& b : c.formerBrokers)
        formerBrokers.append(brokerToJson(b));
    return {{QStringLiteral("at"), c.at.toString(Qt::ISODate)},
            {QStringLiteral("window_days"), c.windowDays},
            {QStringLiteral("before"), windowToJson(c.before)},
            {QStringLiteral("after"), windowToJson(c.after)},
            {QStringLiteral("changes"), changes},
            {QStringLiteral("new_brokers"), newBrokers},
            {QStringLiteral("former_brokers"), formerBrokers},
            {QStringLiteral("toward_core"), corenessToJson(c.towardCore)},
            {QStringLiteral("toward_edge"), corenessToJson(c.towardEdge)},
            {QStringLiteral("summary"), QJsonArray::fromStringList(sentences(c))}};
}

QStringList NetworkFindingsFormat::sentences(const NetworkComparisonResult& c)
{
    const GraphMetrics& b = c.before.metrics.graph;
    const GraphMetrics& a = c.after.metrics.graph;
    QStringList lines;
    lines << QCoreApplication::translate("NetworkFindingsFormat",
                                         "Density went from %1 to %2; average clustering from "
                                         "%3 to %4.")
                 .arg(number(b.density), number(a.density), number(b.averageClustering), number(a.averageClustering));
    lines << QCoreApplication::translate("NetworkFindingsFormat",
                                         "Cross-team share of ties went from %1 to %2; isolated people from %3 to %4; "
                                         "components from %5 to %6.")
                 .arg(optionalNumber(b.crossTeamShare), optionalNumber(a.crossTeamShare))
                 .arg(b.isolates)
                 .arg(a.isolates)
                 .arg(b.components)
                 .arg(a.components);
    QStringList brokers;
    for (const Broker& broker : c.newBrokers)
        brokers << broker.name;
    if (!brokers.isEmpty())
        lines << QCoreApplication::translate("NetworkFindingsFormat", "New knowledge brokers: %1.").arg(names(brokers));
    QStringList movers;
    for (const CorenessChange& change : c.towardCore)
        movers << QStringLiteral("%1 (%2 -> %3)").arg(change.name).arg(change.before).arg(change.after);
    if (!movers.isEmpty())
        lines << QCoreApplication::translate("NetworkFindingsFormat", "Moved toward the core (k-core): %1.")
                     .arg(names(movers));
    return lines;
}

QString NetworkFindingsFormat::toText(const NetworkComparisonResult& c)
{
    QString text =
        QCoreApplication::translate("NetworkFindingsFormat", "Before %1 to %2, after %3 to %4 (%5 days each)\n")
            .arg(c.before.from.toString(Qt::ISODate),
                 c.before.to.toString(Qt::ISODate),
                 c.after.from.toString(Qt::ISODate),
                 c.after.to.toString(Qt::ISODate))
            .arg(c.windowDays);
    for (const GraphChange& change : graphChanges(c.before.metrics.graph, c.after.metrics.graph))
        text += QStringLiteral("  ") + changeLine(change) + QLatin1Char('\n');
    text += QLatin1Char('\n');
    for (const QString& line : sentences(c))
        text += QStringLiteral("- ") + line + QLatin1Char('\n');
    return text;
}

} // namespace steward
