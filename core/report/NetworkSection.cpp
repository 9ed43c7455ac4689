// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkSection.h"

#include "model/ParticipationLevel.h"
#include "report/SmallGroupSuppression.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

namespace steward {

namespace {

QString number(double value, int decimals = 2)
{
    return QLocale().toString(value, 'f', decimals);
}

QString optionalNumber(const std::optional<double>& value, int decimals = 2)
{
    return value ? number(*value, decimals) : QStringLiteral("-");
}

QSet<qint64> highlightedPeople(const Findings& findings)
{
    QSet<qint64> ids;
    for (const Broker& b : findings.brokers)
        ids.insert(b.personId);
    for (const CutPoint& c : findings.cutPoints)
        ids.insert(c.personId);
    return ids;
}

} // namespace

ReportNetworkPicture NetworkSection::picture(const ReportScope& scope, const NetworkSnapshot& snapshot)
{
    ReportNetworkPicture picture;
    picture.caption = QCoreApplication::translate("NetworkSection",
                                                  "Who learns from whom: one dot per person, coloured by "
                                                  "participation level; brokers and single points of failure are "
                                                  "named.");
    for (ParticipationLevel level : allParticipationLevels())
        picture.groupNames << participationLevelDisplayName(level);
    picture.groupNames << QCoreApplication::translate("NetworkSection", "Not a member");
    const auto positions = snapshot.layout.byPerson();
    const QSet<qint64> named = highlightedPeople(snapshot.findings);
    for (const NetworkNode& node : snapshot.network.nodes()) {
        const NodePosition p = positions.value(node.personId);
        ReportNetworkNode n;
        n.x = p.x;
        n.y = p.y;
        n.group = node.level ? static_cast<int>(*node.level) : int(picture.groupNames.size() - 1);
        n.highlighted = named.contains(node.personId);
        n.label = n.highlighted ? scope.names.display(node.personId, node.name) : QString();
        picture.nodes << n;
    }
    for (const NetworkTie& tie : snapshot.network.ties())
        picture.edges << ReportNetworkEdge{tie.from, tie.to, tie.weight};
    return picture;
}

QList<ReportFigure> NetworkSection::overview(const NetworkSnapshot& snapshot)
{
    const GraphMetrics& g = snapshot.metrics.graph;
    return {{QCoreApplication::translate("NetworkSection", "People"), QString::number(g.nodes)},
            {QCoreApplication::translate("NetworkSection", "Ties"), QString::number(g.edges)},
            {QCoreApplication::translate("NetworkSection", "Density"), number(g.density, 3)},
            {QCoreApplication::translate("NetworkSection", "Components"), QString::number(g.components)},
            {QCoreApplication::translate("NetworkSection", "Isolated people"), QString::number(g.isolates)},
            {QCoreApplication::translate("NetworkSection", "Cross-team ties"),
             g.crossTeamShare ? QStringLiteral("%1%").arg(qRound(*g.crossTeamShare * 100)) : QStringLiteral("-")}};
}

void NetworkSection::addBrokers(const ReportScope& scope, const Findings& findings, ReportSectionResult& result)
{
    result.section.addSubheading(QCoreApplication::translate("NetworkSection", "Knowledge brokers"));
    if (findings.brokers.isEmpty()) {
        result.section.addAbsent(QCoreApplication::translate("NetworkSection", "No knowledge broker stands out."));
        return;
    }
    ReportTable table;
    table.header = {QCoreApplication::translate("NetworkSection", "Person"),
                    QCoreApplication::translate("NetworkSection", "Team"),
                    QCoreApplication::translate("NetworkSection", "Betweenness"),
                    QCoreApplication::translate("NetworkSection", "Constraint"),
                    QCoreApplication::translate("NetworkSection", "Teams reached")};
    table.numericColumns = {2, 3, 4};
    for (const Broker& b : findings.brokers)
        table.rows << QStringList{scope.names.display(b.personId, b.name),
                                  b.team,
                                  number(b.betweennessNormalized, 3),
                                  optionalNumber(b.constraint),
                                  QString::number(b.teamsReached)};
    result.section.addParagraph(QCoreApplication::translate("NetworkSection",
                                                            "Brokers sit on many shortest paths between people who do "
                                                            "not know each other: they carry knowledge across."));
    result.section.addTable(table);
    result.summary << ReportFinding{
        ReportFinding::Tone::Note,
        QCoreApplication::translate("NetworkSection", "%1 knowledge brokers connect parts of the network.")
            .arg(findings.brokers.size())};
}

void NetworkSection::addRisks(const ReportScope& scope, const Findings& findings, ReportSectionResult& result)
{
    result.section.addSubheading(QCoreApplication::translate("NetworkSection", "Isolated people"));
    QStringList isolated;
    for (const PersonMetrics& p : findings.isolatedPeople)
        isolated << scope.names.display(p.personId, p.name);
    if (isolated.isEmpty())
        result.section.addAbsent(QCoreApplication::translate("NetworkSection", "Nobody is isolated."));
    else
        result.section.addParagraph(isolated.join(QStringLiteral(", ")));
    result.section.addSubheading(QCoreApplication::translate("NetworkSection", "Single points of failure"));
    QList<ReportFinding> risks;
    for (const CutPoint& c : findings.cutPoints)
        risks << ReportFinding{ReportFinding::Tone::Attention,
                               QCoreApplication::translate("NetworkSection",
                                                           "%1 (%2) is the only link between parts of the network "
                                                           "(%3 ties).")
                                   .arg(scope.names.display(c.personId, c.name), c.team)
                                   .arg(c.degree)};
    for (const AnswerConcentration& a : findings.answerConcentration)
        risks << ReportFinding{ReportFinding::Tone::Attention,
                               QCoreApplication::translate("NetworkSection", "%1 gave %2% of the answers in %3.")
                                   .arg(scope.names.display(a.personId, a.name))
                                   .arg(qRound(a.share * 100))
                                   .arg(a.channel)};
    if (risks.isEmpty())
        result.section.addAbsent(QCoreApplication::translate("NetworkSection", "No single point of failure."));
    else
        result.section.addFindings(risks);
    if (!isolated.isEmpty() || !risks.isEmpty())
        result.summary << ReportFinding{ReportFinding::Tone::Attention,
                                        QCoreApplication::translate("NetworkSection",
                                                                    "%1 people are isolated and %2 single points of "
                                                                    "failure carry parts of the network.")
                                            .arg(isolated.size())
                                            .arg(risks.size())};
}

void NetworkSection::addTeams(const ReportScope& scope, const Findings& findings, ReportSection& section)
{
    ReportTable table;
    table.header = {QCoreApplication::translate("NetworkSection", "Team"),
                    QCoreApplication::translate("NetworkSection", "People"),
                    QCoreApplication::translate("NetworkSection", "Ties inside"),
                    QCoreApplication::translate("NetworkSection", "Ties outside"),
                    QCoreApplication::translate("NetworkSection", "E-I index")};
    table.numericColumns = {1, 2, 3, 4};
    for (const TeamTies& t : findings.teams)
        table.rows << QStringList{t.team.isEmpty() ? QStringLiteral("-") : t.team,
                                  QString::number(t.people),
                                  QString::number(t.internalTies),
                                  QString::number(t.externalTies),
                                  optionalNumber(t.eiIndex)};
    if (table.rows.isEmpty())
        return;
    if (SmallGroupSuppression::apply(table, 1, scope.options.minGroupSize) > 0)
        table.caption =
            QCoreApplication::translate("NetworkSection", "Figures of teams with fewer than %1 people are suppressed.")
                .arg(scope.options.minGroupSize);
    section.addSubheading(QCoreApplication::translate("NetworkSection", "Teams"));
    section.addTable(table);
}

ReportSectionResult NetworkSection::build(const ReportScope& scope, const NetworkSnapshot& snapshot)
{
    ReportSectionResult result;
    result.section.heading = QCoreApplication::translate("NetworkSection", "Network summary");
    result.section.newPage = true;
    if (snapshot.metrics.graph.edges == 0) {
        result.section.addAbsent(QCoreApplication::translate(
            "NetworkSection", "No interaction between members was recorded in the period."));
        return result;
    }
    result.section.addFigures(overview(snapshot));
    result.section.addNetwork(picture(scope, snapshot));
    addBrokers(scope, snapshot.findings, result);
    addRisks(scope, snapshot.findings, result);
    addTeams(scope, snapshot.findings, result.section);
    return result;
}

} // namespace steward
