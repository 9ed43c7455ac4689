// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkPictureBuilder.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace steward {

namespace {

const PersonMetrics* metricsAt(const NetworkMetrics* metrics, qsizetype i)
{
    return metrics && i < metrics->people.size() ? &metrics->people.at(i) : nullptr;
}

double sizeValue(const PersonMetrics& p, NodeSizeMetric size)
{
    switch (size) {
    case NodeSizeMetric::Degree:
        return p.degree;
    case NodeSizeMetric::Strength:
        return p.strength;
    case NodeSizeMetric::Betweenness:
        return p.betweennessNormalized;
    case NodeSizeMetric::Eigenvector:
        return p.eigenvector;
    case NodeSizeMetric::Coreness:
        return p.coreness;
    case NodeSizeMetric::Closeness:
        return p.closeness;
    }
    return 0;
}

// Degrees per person index in a network, for comparing the two sides.
QHash<qint64, int> degreesByPerson(const Network& network)
{
    QHash<qint64, int> degrees;
    for (const NetworkNode& n : network.nodes())
        degrees.insert(n.personId, 0);
    for (const NetworkTie& t : network.ties()) {
        ++degrees[network.nodes().at(t.from).personId];
        ++degrees[network.nodes().at(t.to).personId];
    }
    return degrees;
}

QSet<QPair<qint64, qint64>> tiesByPerson(const Network& network)
{
    QSet<QPair<qint64, qint64>> ties;
    for (const NetworkTie& t : network.ties())
        ties.insert({network.nodes().at(t.from).personId, network.nodes().at(t.to).personId});
    return ties;
}

const QColor kAppeared(0x2c, 0xa0, 0x2c);
const QColor kDisappeared(0xd6, 0x27, 0x28);
const QColor kGained(0x1f, 0x77, 0xb4);
const QColor kLost(0xff, 0x7f, 0x0e);

} // namespace

QColor NetworkPictureBuilder::categoryColour(int index)
{
    static const QRgb colours[] = {0x4e79a7,
                                   0xf28e2b,
                                   0x59a14f,
                                   0xe15759,
                                   0x76b7b2,
                                   0xedc948,
                                   0xb07aa1,
                                   0xff9da7,
                                   0x9c755f,
                                   0xbab0ac,
                                   0x86bcb6,
                                   0xd37295};
    return QColor::fromRgb(colours[index % 12]);
}

QString NetworkPictureBuilder::highlightName(Highlight highlight)
{
    switch (highlight) {
    case Highlight::Brokers:
        return tr("Knowledge brokers");
    case Highlight::Isolates:
        return tr("Isolated people");
    case Highlight::SinglePointsOfFailure:
        return tr("Single points of failure");
    case Highlight::ArticulationPoints:
        return tr("Articulation points");
    }
    return {};
}

QString NetworkPictureBuilder::explanation(Highlight highlight)
{
    switch (highlight) {
    case Highlight::Brokers:
        return tr("People on many of the shortest paths between others whose contacts do not know each other: "
                  "they carry knowledge between groups that would otherwise not hear of it.");
    case Highlight::Isolates:
        return tr("People with no tie in the chosen time window: nobody answered, mentioned or reviewed them, "
                  "and they did none of that either.");
    case Highlight::SinglePointsOfFailure:
        return tr("People the community leans on too much: without them part of the network would be cut off, "
                  "or they give more than half of the answers in a channel.");
    case Highlight::ArticulationPoints:
        return tr("People whose leaving would split their part of the network in two or more pieces.");
    }
    return {};
}

QColor NetworkPictureBuilder::highlightColour(Highlight highlight)
{
    switch (highlight) {
    case Highlight::Brokers:
        return QColor(0x8e, 0x44, 0xad);
    case Highlight::Isolates:
        return QColor(0x7f, 0x8c, 0x8d);
    case Highlight::SinglePointsOfFailure:
        return QColor(0xc0, 0x39, 0x2b);
    case Highlight::ArticulationPoints:
        return QColor(0xe6, 0x7e, 0x22);
    }
    return {};
}

NetworkPicture NetworkPictureBuilder::build(const QHash<qint64, NodePosition>& positions,
                                            const Network& network,
                                            const NetworkMetrics* metrics,
                                            const Findings* findings,
                                            const PictureOptions& options)
{
    NetworkPicture picture;
    picture.nodes.reserve(network.nodeCount());
    for (qsizetype i = 0; i < network.nodeCount(); ++i) {
        const NetworkNode& node = network.nodes().at(i);
        const NodePosition p = positions.value(node.personId);
        PictureNode drawn;
        drawn.personId = node.personId;
        drawn.label = node.name;
        drawn.pos = QPointF(p.x, p.y);
        drawn.tooltip = tooltip(node, metricsAt(metrics, i));
        picture.nodes.append(drawn);
    }
    colourNodes(picture, network, metrics, options);
    sizeNodes(picture, metrics, options.size);
    addEdges(picture, network, options);
    hideNodes(picture, network, metrics, options);
    focus(picture, options);
    if (options.other)
        ringChanges(picture, network, options);
    else
        ringHighlights(picture, metrics, findings, options.highlights);
    return picture;
}

void NetworkPictureBuilder::colourNodes(NetworkPicture& picture,
                                        const Network& network,
                                        const NetworkMetrics* metrics,
                                        const PictureOptions& options)
{
    QStringList groups;
    QList<QString> keys;
    for (qsizetype i = 0; i < network.nodeCount(); ++i) {
        const NetworkNode& node = network.nodes().at(i);
        QString key;
        switch (options.colour) {
        case NodeColouring::Cluster: {
            const PersonMetrics* p = metricsAt(metrics, i);
            key = p ? tr("Cluster %1").arg(p->community + 1) : QString();
            break;
        }
        case NodeColouring::Team:
            key = node.team;
            break;
        case NodeColouring::Department:
            key = options.departments.value(node.personId);
            break;
        case NodeColouring::Level:
            key = node.level ? participationLevelDisplayName(*node.level) : QString();
            break;
        }
        keys.append(key);
        if (!key.isEmpty() && !groups.contains(key))
            groups.append(key);
    }
    if (options.colour == NodeColouring::Level) {
        groups.clear();
        for (ParticipationLevel level : allParticipationLevels())
            groups.append(participationLevelDisplayName(level));
    } else {
        groups.sort(Qt::CaseInsensitive);
    }
    const QColor none(0x9e, 0x9e, 0x9e);
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const qsizetype g = groups.indexOf(keys.at(i));
        picture.nodes[i].fill = g < 0 ? none : (g < 11 ? categoryColour(int(g)) : none);
    }
    const bool anyUnknown = keys.contains(QString());
    for (qsizetype g = 0; g < qMin<qsizetype>(groups.size(), 11); ++g)
        picture.legend.append({groups.at(g), categoryColour(int(g)), false});
    if (groups.size() > 11 || anyUnknown)
        picture.legend.append({groups.size() > 11 ? tr("Other or unknown") : tr("Unknown"), none, false});
}

void NetworkPictureBuilder::sizeNodes(NetworkPicture& picture, const NetworkMetrics* metrics, NodeSizeMetric size)
{
    double top = 0;
    for (qsizetype i = 0; i < picture.nodes.size(); ++i)
        if (const PersonMetrics* p = metricsAt(metrics, i))
            top = std::max(top, sizeValue(*p, size));
    for (qsizetype i = 0; i < picture.nodes.size(); ++i) {
        const PersonMetrics* p = metricsAt(metrics, i);
        const double share = p && top > 0 ? std::sqrt(std::max(0.0, sizeValue(*p, size)) / top) : 0;
        picture.nodes[i].radius = 4 + 12 * share;
    }
}

void NetworkPictureBuilder::addEdges(NetworkPicture& picture, const Network& network, const PictureOptions& options)
{
    double heaviest = 0;
    for (const NetworkTie& t : network.ties())
        heaviest = std::max(heaviest, t.weight);
    const auto otherTies = options.other ? tiesByPerson(*options.other) : QSet<QPair<qint64, qint64>>();
    picture.edges.reserve(network.ties().size());
    for (const NetworkTie& t : network.ties()) {
        PictureEdge e{
            t.from, t.to, t.weight, 0.6 + 3.4 * std::sqrt(t.weight / std::max(heaviest, 1e-12)), {}, false, true};
        if (options.other) {
            const bool shared =
                otherTies.contains({network.nodes().at(t.from).personId, network.nodes().at(t.to).personId});
            if (!shared)
                e.color = options.isAfter ? kAppeared : kDisappeared;
            e.dashed = !shared && !options.isAfter;
        }
        picture.edges.append(e);
    }
    // Level of detail: with many ties the view draws about the kDetailEdges heaviest (see NetworkPainter).
    constexpr qsizetype kDetailEdges = 2500;
    if (picture.edges.size() > kDetailEdges) {
        QList<double> weights;
        for (const PictureEdge& e : std::as_const(picture.edges))
            weights.append(e.weight);
        std::nth_element(weights.begin(), weights.begin() + (kDetailEdges - 1), weights.end(), std::greater<double>());
        picture.thinEdgeWeight = weights.at(kDetailEdges - 1);
    }
}

void NetworkPictureBuilder::hideNodes(NetworkPicture& picture,
                                      const Network& network,
                                      const NetworkMetrics* metrics,
                                      const PictureOptions& options)
{
    QList<int> degree(network.nodeCount(), 0);
    for (const NetworkTie& t : network.ties()) {
        ++degree[t.from];
        ++degree[t.to];
    }
    for (qsizetype i = 0; i < picture.nodes.size(); ++i) {
        const PersonMetrics* p = metricsAt(metrics, i);
        const bool isolate = degree.at(i) == 0;
        const bool outsideCore = options.minimumCoreness > 0 && (!p || p->coreness < options.minimumCoreness);
        picture.nodes[i].visible = !(options.hideIsolates && isolate) && !outsideCore;
    }
}

// Breadth-first over the visible ties from the focused person; everyone further away is dimmed.
void NetworkPictureBuilder::focus(NetworkPicture& picture, const PictureOptions& options)
{
    const int start = picture.indexOf(options.focusPerson);
    if (options.focusPerson == 0 || start < 0)
        return;
    QList<QList<int>> neighbours(picture.nodes.size());
    for (const PictureEdge& e : std::as_const(picture.edges)) {
        neighbours[e.a].append(e.b);
        neighbours[e.b].append(e.a);
    }
    QList<int> distance(picture.nodes.size(), -1);
    QList<int> queue{start};
    distance[start] = 0;
    for (qsizetype head = 0; head < queue.size(); ++head) {
        const int v = queue.at(head);
        if (distance.at(v) >= options.focusSteps)
            continue;
        for (int w : std::as_const(neighbours.at(v)))
            if (distance.at(w) < 0 && picture.nodes.at(w).visible) {
                distance[w] = distance.at(v) + 1;
                queue.append(w);
            }
    }
    for (qsizetype i = 0; i < picture.nodes.size(); ++i)
        picture.nodes[i].dimmed = distance.at(i) < 0;
    picture.nodes[start].emphasis = true;
}

void NetworkPictureBuilder::ringHighlights(NetworkPicture& picture,
                                           const NetworkMetrics* metrics,
                                           const Findings* findings,
                                           int highlights)
{
    if (!findings || !metrics)
        return;
    QHash<qint64, Highlight> marks;
    // Later marks win, so the most urgent (single point of failure) shows when a person is several things.
    if (highlights & int(Highlight::Isolates))
        for (const PersonMetrics& p : findings->isolatedPeople)
            marks.insert(p.personId, Highlight::Isolates);
    if (highlights & int(Highlight::ArticulationPoints))
        for (const PersonMetrics& p : metrics->people)
            if (p.articulation)
                marks.insert(p.personId, Highlight::ArticulationPoints);
    if (highlights & int(Highlight::Brokers))
        for (const Broker& b : findings->brokers)
            marks.insert(b.personId, Highlight::Brokers);
    if (highlights & int(Highlight::SinglePointsOfFailure)) {
        for (const CutPoint& c : findings->cutPoints)
            marks.insert(c.personId, Highlight::SinglePointsOfFailure);
        for (const AnswerConcentration& a : findings->answerConcentration)
            marks.insert(a.personId, Highlight::SinglePointsOfFailure);
    }
    for (PictureNode& node : picture.nodes) {
        const auto found = marks.constFind(node.personId);
        if (found == marks.constEnd())
            continue;
        node.ring = highlightColour(*found);
        node.emphasis = true;
    }
    QHash<Highlight, int> counts;
    for (Highlight h : std::as_const(marks))
        ++counts[h];
    for (Highlight h :
         {Highlight::Brokers, Highlight::Isolates, Highlight::SinglePointsOfFailure, Highlight::ArticulationPoints})
        if (highlights & int(h))
            picture.legend.append({tr("%1 (%2)").arg(highlightName(h)).arg(counts.value(h)), highlightColour(h), true});
}

void NetworkPictureBuilder::ringChanges(NetworkPicture& picture, const Network& network, const PictureOptions& options)
{
    const QHash<qint64, int> mine = degreesByPerson(network);
    const QHash<qint64, int> theirs = degreesByPerson(*options.other);
    for (PictureNode& node : picture.nodes) {
        const int here = mine.value(node.personId);
        const int there = theirs.value(node.personId);
        if (options.isAfter) {
            if (here > 0 && there == 0)
                node.ring = kAppeared;
            else if (here > there)
                node.ring = kGained;
            else if (here < there)
                node.ring = kLost;
        } else if (here > 0 && there == 0) {
            node.ring = kDisappeared;
        }
        node.emphasis = node.ring.isValid();
    }
    if (options.isAfter) {
        picture.legend.append({tr("Appeared (new ties)"), kAppeared, true});
        picture.legend.append({tr("Gained ties"), kGained, true});
        picture.legend.append({tr("Lost ties"), kLost, true});
    } else {
        picture.legend.append({tr("Disappeared (no ties after)"), kDisappeared, true});
    }
}

QString NetworkPictureBuilder::tooltip(const NetworkNode& node, const PersonMetrics* p)
{
    QString text = QStringLiteral("<b>%1</b>").arg(node.name.toHtmlEscaped());
    if (!node.team.isEmpty())
        text += QStringLiteral("<br>") + tr("Team: %1").arg(node.team.toHtmlEscaped());
    if (node.level)
        text += QStringLiteral("<br>") + tr("Level: %1").arg(participationLevelDisplayName(*node.level));
    if (!p)
        return text;
    const QLocale locale;
    text +=
        QStringLiteral("<br>") + tr("Ties: %1 (strength %2)").arg(p->degree).arg(locale.toString(p->strength, 'g', 4));
    text += QStringLiteral("<br>") + tr("Betweenness: %1").arg(locale.toString(p->betweennessNormalized, 'f', 3));
    text += QStringLiteral("<br>") + tr("Closeness: %1").arg(locale.toString(p->closeness, 'f', 3));
    text += QStringLiteral("<br>") + tr("Clustering: %1").arg(locale.toString(p->clustering, 'f', 3));
    text += QStringLiteral("<br>") + tr("Core number: %1").arg(p->coreness);
    return text;
}

} // namespace steward
