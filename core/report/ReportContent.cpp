// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportContent.h"

namespace steward {

namespace {

ReportBlock block(ReportBlock::Kind kind, const QString& text = {})
{
    ReportBlock b;
    b.kind = kind;
    b.text = text;
    return b;
}

void appendBlockText(const ReportBlock& b, QStringList& out)
{
    out << b.text;
    for (const ReportFigure& f : b.figures)
        out << f.label + QLatin1Char(' ') + f.value;
    if (b.kind == ReportBlock::Kind::Table) {
        out << b.table.caption << b.table.header.join(QLatin1Char(' '));
        for (const QStringList& row : b.table.rows)
            out << row.join(QLatin1Char(' '));
    }
    if (b.kind == ReportBlock::Kind::Chart)
        out << b.chart.title << b.chart.categories.join(QLatin1Char(' '));
    if (b.kind == ReportBlock::Kind::Network) {
        out << b.network.caption;
        for (const ReportNetworkNode& n : b.network.nodes)
            out << n.label;
    }
    for (const ReportFinding& f : b.findings)
        out << f.text;
}

} // namespace

void ReportSection::addSubheading(const QString& text)
{
    blocks << block(ReportBlock::Kind::Subheading, text);
}

void ReportSection::addParagraph(const QString& text)
{
    blocks << block(ReportBlock::Kind::Paragraph, text);
}

void ReportSection::addTableOrAbsent(const ReportTable& table, const QString& absentText)
{
    if (table.rows.isEmpty())
        addAbsent(absentText);
    else
        addTable(table);
}

void ReportSection::addAbsent(const QString& text)
{
    blocks << block(ReportBlock::Kind::Absent, text);
}

void ReportSection::addFigures(const QList<ReportFigure>& figures)
{
    ReportBlock b = block(ReportBlock::Kind::Figures);
    b.figures = figures;
    blocks << b;
}

void ReportSection::addTable(const ReportTable& table)
{
    ReportBlock b = block(ReportBlock::Kind::Table);
    b.table = table;
    blocks << b;
}

void ReportSection::addChart(const ReportChart& chart)
{
    ReportBlock b = block(ReportBlock::Kind::Chart);
    b.chart = chart;
    blocks << b;
}

void ReportSection::addNetwork(const ReportNetworkPicture& picture)
{
    ReportBlock b = block(ReportBlock::Kind::Network);
    b.network = picture;
    blocks << b;
}

void ReportSection::addFindings(const QList<ReportFinding>& findings)
{
    ReportBlock b = block(ReportBlock::Kind::Findings);
    b.findings = findings;
    blocks << b;
}

QString ReportContent::plainText() const
{
    QStringList out{title, subtitle, period, author, footerNote};
    out << coverLines;
    for (const ReportSection& s : sections) {
        out << s.heading;
        for (const ReportBlock& b : s.blocks)
            appendBlockText(b, out);
    }
    out.removeAll(QString());
    return out.join(QLatin1Char('\n'));
}

} // namespace steward
