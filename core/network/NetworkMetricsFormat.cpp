// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkMetricsFormat.h"

#include "import/CsvWriter.h"

#include <QJsonArray>
#include <QLocale>

namespace steward {

namespace {

QJsonValue optional(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString cell(const QJsonValue& value)
{
    if (value.isNull())
        return {};
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    return value.toString();
}

} // namespace

QStringList NetworkMetricsFormat::personKeys()
{
    return {QStringLiteral("id"),
            QStringLiteral("name"),
            QStringLiteral("team"),
            QStringLiteral("degree"),
            QStringLiteral("in_degree"),
            QStringLiteral("out_degree"),
            QStringLiteral("strength"),
            QStringLiteral("betweenness"),
            QStringLiteral("betweenness_normalized"),
            QStringLiteral("closeness"),
            QStringLiteral("harmonic"),
            QStringLiteral("clustering"),
            QStringLiteral("coreness"),
            QStringLiteral("eigenvector"),
            QStringLiteral("constraint"),
            QStringLiteral("effective_size"),
            QStringLiteral("community"),
            QStringLiteral("articulation")};
}

QJsonObject NetworkMetricsFormat::personToJson(const PersonMetrics& p)
{
    return {{QStringLiteral("id"), p.personId},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("team"), p.team.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(p.team)},
            {QStringLiteral("degree"), p.degree},
            {QStringLiteral("in_degree"), p.inDegree},
            {QStringLiteral("out_degree"), p.outDegree},
            {QStringLiteral("strength"), p.strength},
            {QStringLiteral("betweenness"), p.betweenness},
            {QStringLiteral("betweenness_normalized"), p.betweennessNormalized},
            {QStringLiteral("closeness"), p.closeness},
            {QStringLiteral("harmonic"), p.harmonic},
            {QStringLiteral("clustering"), p.clustering},
            {QStringLiteral("coreness"), p.coreness},
            {QStringLiteral("eigenvector"), p.eigenvector},
            {QStringLiteral("constraint"), optional(p.constraint)},
            {QStringLiteral("effective_size"), optional(p.effectiveSize)},
            {QStringLiteral("community"), p.community},
            {QStringLiteral("articulation"), p.articulation}};
}

QJsonObject NetworkMetricsFormat::graphToJson(const GraphMetrics& g)
{
    QJsonObject graph{{QStringLiteral("nodes"), g.nodes},
                      {QStringLiteral("edges"), g.edges},
                      {QStringLiteral("density"), g.density},
                      {QStringLiteral("components"), g.components},
                      {QStringLiteral("largest_component_share"), g.largestComponentShare},
                      {QStringLiteral("transitivity"), g.transitivity},
                      {QStringLiteral("average_clustering"), g.averageClustering},
                      {QStringLiteral("modularity"), optional(g.modularity)},
                      {QStringLiteral("communities"), g.communities},
                      {QStringLiteral("cross_team_share"), optional(g.crossTeamShare)},
                      {QStringLiteral("ei_index"), optional(g.eiIndex)},
                      {QStringLiteral("isolates"), g.isolates},
                      {QStringLiteral("weighted"), g.weighted}};
    if (g.sampling.samples > 0) {
        graph.insert(QStringLiteral("betweenness_samples"), g.sampling.samples);
        graph.insert(QStringLiteral("betweenness_error"), g.sampling.betweennessError);
    }
    return graph;
}

QJsonObject NetworkMetricsFormat::toJson(const NetworkMetrics& metrics)
{
    QJsonArray nodes;
    for (const PersonMetrics& p : metrics.people)
        nodes.append(personToJson(p));
    return {{QStringLiteral("graph"), graphToJson(metrics.graph)}, {QStringLiteral("nodes"), nodes}};
}

QByteArray NetworkMetricsFormat::toCsv(const NetworkMetrics& metrics)
{
    const QStringList keys = personKeys();
    CsvWriter writer;
    writer.addRow(keys);
    for (const PersonMetrics& p : metrics.people) {
        const QJsonObject object = personToJson(p);
        QStringList cells;
        for (const QString& key : keys)
            cells.append(cell(object.value(key)));
        writer.addRow(cells);
    }
    return writer.data();
}

} // namespace steward
