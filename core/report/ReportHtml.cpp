// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportHtml.h"

#include "report/ReportPalette.h"

#include <QLocale>
#include <QXmlStreamWriter>

namespace steward {

namespace {

const char* const kStyle =
    "body{font-family:'DejaVu Sans',sans-serif;max-width:50em;margin:2em auto;color:#1d2733}"
    "h1{color:#1f4e79}h2{color:#1f4e79;border-bottom:1px solid #c5d3e0;margin-top:2em}"
    "table{border-collapse:collapse;margin:0.5em 0}th,td{border:1px solid #c5d3e0;padding:2px 8px;text-align:left}"
    "th{background:#e8eef5}td.n{text-align:right}.absent{color:#6b7785;font-style:italic}"
    ".figures span{display:inline-block;margin-right:2em}.figures b{font-size:1.4em;display:block}"
    ".attention{color:#a33b20}.good{color:#2e6b30}.footer{color:#6b7785;font-size:0.8em}";

void element(QXmlStreamWriter& xml, const QString& name, const QString& text, const QString& cls = {})
{
    xml.writeStartElement(name);
    if (!cls.isEmpty())
        xml.writeAttribute(QStringLiteral("class"), cls);
    xml.writeCharacters(text);
    xml.writeEndElement();
}

QString toneClass(ReportFinding::Tone tone)
{
    switch (tone) {
    case ReportFinding::Tone::Good:
        return QStringLiteral("good");
    case ReportFinding::Tone::Attention:
        return QStringLiteral("attention");
    case ReportFinding::Tone::Note:
        break;
    }
    return QStringLiteral("note");
}

} // namespace

void ReportHtml::writeHead(QXmlStreamWriter& xml, const ReportContent& content)
{
    xml.writeStartElement(QStringLiteral("head"));
    xml.writeEmptyElement(QStringLiteral("meta"));
    xml.writeAttribute(QStringLiteral("charset"), QStringLiteral("utf-8"));
    element(xml,
            QStringLiteral("title"),
            content.subtitle.isEmpty() ? content.title : content.title + QStringLiteral(" - ") + content.subtitle);
    xml.writeEmptyElement(QStringLiteral("meta"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("generator"));
    xml.writeAttribute(QStringLiteral("content"), content.author);
    element(xml, QStringLiteral("style"), QLatin1String(kStyle));
    xml.writeEndElement();
}

void ReportHtml::writeCover(QXmlStreamWriter& xml, const ReportContent& content)
{
    element(xml, QStringLiteral("h1"), content.title);
    if (!content.subtitle.isEmpty())
        element(xml, QStringLiteral("p"), content.subtitle, QStringLiteral("subtitle"));
    for (const QString& line : content.coverLines)
        element(xml, QStringLiteral("p"), line);
    if (!content.period.isEmpty())
        element(xml, QStringLiteral("p"), content.period, QStringLiteral("period"));
    element(xml,
            QStringLiteral("p"),
            QLocale().toString(content.generated.toLocalTime(), QLocale::ShortFormat),
            QStringLiteral("generated"));
    if (!content.footerNote.isEmpty())
        element(xml, QStringLiteral("p"), content.footerNote, QStringLiteral("footer"));
}

void ReportHtml::writeTable(QXmlStreamWriter& xml, const ReportTable& table)
{
    xml.writeStartElement(QStringLiteral("table"));
    if (!table.caption.isEmpty())
        element(xml, QStringLiteral("caption"), table.caption);
    xml.writeStartElement(QStringLiteral("thead"));
    xml.writeStartElement(QStringLiteral("tr"));
    for (const QString& h : table.header)
        element(xml, QStringLiteral("th"), h);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("tbody"));
    for (const QStringList& row : table.rows) {
        xml.writeStartElement(QStringLiteral("tr"));
        for (int c = 0; c < row.size(); ++c)
            element(xml,
                    QStringLiteral("td"),
                    row.at(c),
                    table.numericColumns.contains(c) ? QStringLiteral("n") : QString());
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
}

void ReportHtml::writeChart(QXmlStreamWriter& xml, const ReportChart& chart)
{
    ReportTable table;
    table.caption = chart.title;
    table.header << QString();
    for (const ReportSeries& s : chart.series)
        table.header << s.name;
    for (int i = 0; i < chart.categories.size(); ++i) {
        QStringList row{chart.categories.at(i)};
        for (const ReportSeries& s : chart.series)
            row << QLocale().toString(s.values.value(i), 'g', 4);
        table.rows << row;
    }
    for (int c = 1; c < table.header.size(); ++c)
        table.numericColumns << c;
    writeTable(xml, table);
}

void ReportHtml::writeNetwork(QXmlStreamWriter& xml, const ReportNetworkPicture& picture)
{
    const QRectF box = ReportPalette::bounds(picture);
    const double scale = 560.0 / qMax(box.width(), box.height());
    auto px = [&](double x) { return QString::number(20 + (x - box.left()) * scale, 'f', 1); };
    auto py = [&](double y) { return QString::number(20 + (y - box.top()) * scale, 'f', 1); };
    xml.writeStartElement(QStringLiteral("svg"));
    xml.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2000/svg"));
    xml.writeAttribute(QStringLiteral("viewBox"), QStringLiteral("0 0 600 600"));
    xml.writeAttribute(QStringLiteral("width"), QStringLiteral("600"));
    for (const ReportNetworkEdge& e : picture.edges) {
        xml.writeEmptyElement(QStringLiteral("line"));
        const ReportNetworkNode& a = picture.nodes.at(e.from);
        const ReportNetworkNode& b = picture.nodes.at(e.to);
        xml.writeAttribute(QStringLiteral("x1"), px(a.x));
        xml.writeAttribute(QStringLiteral("y1"), py(a.y));
        xml.writeAttribute(QStringLiteral("x2"), px(b.x));
        xml.writeAttribute(QStringLiteral("y2"), py(b.y));
        xml.writeAttribute(QStringLiteral("stroke"), QStringLiteral("#b8c4d0"));
    }
    for (const ReportNetworkNode& n : picture.nodes) {
        xml.writeEmptyElement(QStringLiteral("circle"));
        xml.writeAttribute(QStringLiteral("cx"), px(n.x));
        xml.writeAttribute(QStringLiteral("cy"), py(n.y));
        xml.writeAttribute(QStringLiteral("r"), n.highlighted ? QStringLiteral("6") : QStringLiteral("4"));
        xml.writeAttribute(QStringLiteral("fill"), ReportPalette::groupColor(n.group).name());
        if (!n.label.isEmpty())
            element(xml, QStringLiteral("title"), n.label);
    }
    xml.writeEndElement();
    element(xml, QStringLiteral("p"), picture.caption);
}

void ReportHtml::writeFindings(QXmlStreamWriter& xml, const QList<ReportFinding>& findings)
{
    xml.writeStartElement(QStringLiteral("ul"));
    for (const ReportFinding& f : findings)
        element(xml, QStringLiteral("li"), f.text, toneClass(f.tone));
    xml.writeEndElement();
}

void ReportHtml::writeBlock(QXmlStreamWriter& xml, const ReportBlock& block)
{
    switch (block.kind) {
    case ReportBlock::Kind::Subheading:
        element(xml, QStringLiteral("h3"), block.text);
        break;
    case ReportBlock::Kind::Paragraph:
        element(xml, QStringLiteral("p"), block.text);
        break;
    case ReportBlock::Kind::Absent:
        element(xml, QStringLiteral("p"), block.text, QStringLiteral("absent"));
        break;
    case ReportBlock::Kind::Figures:
        xml.writeStartElement(QStringLiteral("p"));
        xml.writeAttribute(QStringLiteral("class"), QStringLiteral("figures"));
        for (const ReportFigure& f : block.figures) {
            xml.writeStartElement(QStringLiteral("span"));
            element(xml, QStringLiteral("b"), f.value);
            xml.writeCharacters(f.label);
            xml.writeEndElement();
        }
        xml.writeEndElement();
        break;
    case ReportBlock::Kind::Table:
        writeTable(xml, block.table);
        break;
    case ReportBlock::Kind::Chart:
        writeChart(xml, block.chart);
        break;
    case ReportBlock::Kind::Network:
        writeNetwork(xml, block.network);
        break;
    case ReportBlock::Kind::Findings:
        writeFindings(xml, block.findings);
        break;
    }
}

QByteArray ReportHtml::write(const ReportContent& content)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeDTD(QStringLiteral("<!DOCTYPE html>"));
    xml.writeStartElement(QStringLiteral("html"));
    xml.writeDefaultNamespace(QStringLiteral("http://www.w3.org/1999/xhtml"));
    writeHead(xml, content);
    xml.writeStartElement(QStringLiteral("body"));
    writeCover(xml, content);
    for (const ReportSection& section : content.sections) {
        element(xml, QStringLiteral("h2"), section.heading);
        for (const ReportBlock& block : section.blocks)
            writeBlock(xml, block);
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

} // namespace steward
