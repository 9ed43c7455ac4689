// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace steward {

/** A table: a header row and text cells; long tables break across pages with the header repeated. */
struct ReportTable
{
    QString caption;
    QStringList header;
    QList<QStringList> rows;
    /** Columns right-aligned as numbers. */
    QList<int> numericColumns;
};

/** One named series of a chart, one value per category. */
struct ReportSeries
{
    QString name;
    QList<double> values;
};

/** Chart data only; the renderer draws it (as vectors). */
struct ReportChart
{
    enum class Kind
    {
        Bar,
        StackedBar,
        Line,
    };
    Kind kind = Kind::Bar;
    QString title;
    QString valueLabel;
    QStringList categories;
    QList<ReportSeries> series;
};

/** One person in a network picture, in layout units; group picks the colour (a participation level). */
struct ReportNetworkNode
{
    double x = 0;
    double y = 0;
    QString label;
    int group = 0;
    bool highlighted = false;
};

/** A tie between two nodes of the picture (indices into nodes). */
struct ReportNetworkEdge
{
    int from = 0;
    int to = 0;
    double weight = 1;
};

/** What a network picture shows: positions, ties, the names of the colour groups. */
struct ReportNetworkPicture
{
    QString caption;
    QList<ReportNetworkNode> nodes;
    QList<ReportNetworkEdge> edges;
    QStringList groupNames;
};

/** One finding in words, with how much it asks of the reader. */
struct ReportFinding
{
    enum class Tone
    {
        Good,
        Note,
        Attention,
    };
    Tone tone = Tone::Note;
    QString text;
};

/** A label and its figure ("Members", "42"), shown large. */
struct ReportFigure
{
    QString label;
    QString value;
};

/** One piece of a section. Exactly one of the members is used, as kind says. */
struct ReportBlock
{
    enum class Kind
    {
        Subheading,
        Paragraph,
        Absent, // "no data for this in the period", in one line
        Figures,
        Table,
        Chart,
        Network,
        Findings,
    };
    Kind kind = Kind::Paragraph;
    QString text;
    QList<ReportFigure> figures;
    ReportTable table;
    ReportChart chart;
    ReportNetworkPicture network;
    QList<ReportFinding> findings;
};

/** A heading and its blocks. */
struct ReportSection
{
    QString heading;
    QList<ReportBlock> blocks;
    bool newPage = false;

    void addSubheading(const QString& text);
    void addParagraph(const QString& text);
    void addAbsent(const QString& text);
    void addFigures(const QList<ReportFigure>& figures);
    void addTable(const ReportTable& table);
    /** The table, or when it has no rows the one line saying why (every section says when its data is absent). */
    void addTableOrAbsent(const ReportTable& table, const QString& absentText);
    void addChart(const ReportChart& chart);
    void addNetwork(const ReportNetworkPicture& picture);
    void addFindings(const QList<ReportFinding>& findings);
    bool isEmpty() const { return blocks.isEmpty(); }
};

/** A whole report as content: no drawing, no widgets. Rendered to PDF (ui/reports) or HTML (ReportHtml). */
struct ReportContent
{
    QString title;
    QString subtitle;
    QString period;
    QDateTime generated;
    /** Goes into the PDF metadata as the creator and on the cover. */
    QString author;
    /** Shown on every page footer, e.g. "Pseudonymised" or "Contains confidential notes". */
    QString footerNote;
    /** True: the first section starts on a page of its own after a cover page. */
    bool cover = false;
    /** Lines under the title on the cover (what the community is about). */
    QStringList coverLines;
    QList<ReportSection> sections;

    /** Every text of the report, in reading order (for tests and searches). */
    QString plainText() const;
};

} // namespace steward
