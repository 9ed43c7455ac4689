// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonPanel.h"

#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace steward {

namespace {

QString row(const QString& name, const QString& value)
{
    return QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>").arg(name.toHtmlEscaped(), value);
}

QString fixed(double value)
{
    return QLocale().toString(value, 'f', 3);
}

} // namespace

PersonPanel::PersonPanel(QWidget* parent)
    : QWidget(parent)
{
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("personTextBrowser"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    clear();
}

void PersonPanel::clear()
{
    m_browser->setHtml(tr("<p>Click a person in the network or the table to see their ties, metrics and level "
                          "history.</p>"));
}

QString PersonPanel::text() const
{
    return m_browser->toPlainText();
}

void PersonPanel::showPerson(const Network& network,
                             int index,
                             const PersonMetrics* metrics,
                             const QString& department,
                             const QList<LevelChange>& history)
{
    if (index < 0 || index >= network.nodeCount()) {
        clear();
        return;
    }
    const NetworkNode& node = network.nodes().at(index);
    QString html = QStringLiteral("<h3>%1</h3>").arg(node.name.toHtmlEscaped());
    QStringList facts;
    if (!node.team.isEmpty())
        facts << tr("Team %1").arg(node.team.toHtmlEscaped());
    if (!department.isEmpty())
        facts << tr("Department %1").arg(department.toHtmlEscaped());
    if (node.level)
        facts << participationLevelDisplayName(*node.level);
    html += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral(" · ")));
    if (metrics)
        html += metricsHtml(*metrics);
    html += tiesHtml(network, index);
    html += historyHtml(history);
    m_browser->setHtml(html);
}

QString PersonPanel::metricsHtml(const PersonMetrics& p)
{
    QString html = QStringLiteral("<h4>%1</h4><table width=\"100%\">").arg(tr("Metrics"));
    html += row(tr("Ties (in / out)"), QStringLiteral("%1 (%2 / %3)").arg(p.degree).arg(p.inDegree).arg(p.outDegree));
    html += row(tr("Strength"), QLocale().toString(p.strength, 'g', 4));
    html += row(tr("Betweenness (normalised)"), fixed(p.betweennessNormalized));
    html += row(tr("Closeness"), fixed(p.closeness));
    html += row(tr("Clustering"), p.degree < 2 ? tr("0 (fewer than two ties)") : fixed(p.clustering));
    html += row(tr("Core number"), QString::number(p.coreness));
    html += row(tr("Eigenvector"), fixed(p.eigenvector));
    html += row(tr("Constraint"), p.constraint ? fixed(*p.constraint) : tr("n/a"));
    html += row(tr("Effective size"), p.effectiveSize ? fixed(*p.effectiveSize) : tr("n/a"));
    html += row(tr("Cluster"), QString::number(p.community + 1));
    html += row(tr("Articulation point"), p.articulation ? tr("yes") : tr("no"));
    return html + QStringLiteral("</table>");
}

QString PersonPanel::tiesHtml(const Network& network, int index)
{
    QList<NetworkTie> ties;
    for (const NetworkTie& t : network.ties())
        if (t.from == index || t.to == index)
            ties.append(t);
    std::sort(ties.begin(), ties.end(), [](const NetworkTie& a, const NetworkTie& b) { return a.weight > b.weight; });
    QString html = QStringLiteral("<h4>%1</h4>").arg(tr("Ties (%n)", nullptr, int(ties.size())));
    if (ties.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(tr("No tie in this window."));
    html += QStringLiteral("<table width=\"100%\">");
    for (qsizetype i = 0; i < qMin<qsizetype>(ties.size(), 15); ++i) {
        const NetworkTie& t = ties.at(i);
        const NetworkNode& other = network.nodes().at(t.from == index ? t.to : t.from);
        html += row(
            other.name,
            tr("weight %1, %n interaction(s)", nullptr, int(t.interactions)).arg(QLocale().toString(t.weight, 'g', 4)));
    }
    if (ties.size() > 15)
        html += row(tr("… and %n more", nullptr, int(ties.size() - 15)), QString());
    return html + QStringLiteral("</table>");
}

QString PersonPanel::historyHtml(const QList<LevelChange>& history)
{
    QString html = QStringLiteral("<h4>%1</h4>").arg(tr("Level history"));
    if (history.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(tr("Not a member of this community."));
    html += QStringLiteral("<table width=\"100%\">");
    for (const LevelChange& change : history)
        html += row(QLocale().toString(change.date, QLocale::ShortFormat),
                    change.from ? tr("%1 → %2").arg(participationLevelDisplayName(*change.from),
                                                    participationLevelDisplayName(change.to))
                                : participationLevelDisplayName(change.to));
    return html + QStringLiteral("</table>");
}

} // namespace steward
