// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportTextDocument.h"

#include "reports/ReportBlockObject.h"

#include <QAbstractTextDocumentLayout>
#include <QLocale>
#include <QPaintDevice>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>

namespace steward {

namespace {

const QColor kHeading(0x1f, 0x4e, 0x79);
const QColor kMuted(0x6b, 0x77, 0x85);
const QColor kRule(0xc5, 0xd3, 0xe0);

QColor toneColor(ReportFinding::Tone tone)
{
    switch (tone) {
    case ReportFinding::Tone::Good:
        return QColor(0x2e, 0x6b, 0x30);
    case ReportFinding::Tone::Attention:
        return QColor(0xa3, 0x3b, 0x20);
    case ReportFinding::Tone::Note:
        break;
    }
    return QColor(0x2f, 0x78, 0xc4);
}

} // namespace

ReportTextDocument::ReportTextDocument(const ReportContent& content, QPaintDevice& device, const QSizeF& pageBody)
    : m_document(std::make_unique<QTextDocument>())
    , m_dpi(device.logicalDpiY())
    , m_pageBody(pageBody)
{
    m_document->documentLayout()->setPaintDevice(&device);
    m_document->setPageSize(pageBody);
    m_document->setDocumentMargin(0);
    QFont base(QStringLiteral("DejaVu Sans"));
    base.setPointSizeF(9.5);
    // No shaping: ligatures such as "fi" would come out of the PDF as one glyph, and copying or
    // searching the text (pdftotext, a reader's search) would miss the word.
    base.setStyleStrategy(QFont::PreferNoShaping);
    m_document->setDefaultFont(base);
    m_objects = new ReportBlockObject(pageBody.width(), m_dpi, m_document.get());
    m_document->documentLayout()->registerHandler(ReportBlockObject::kChartType, m_objects);
    m_document->documentLayout()->registerHandler(ReportBlockObject::kNetworkType, m_objects);
    QTextCursor cursor(m_document.get());
    cursor.beginEditBlock();
    if (content.cover)
        addCover(cursor, content);
    bool first = true;
    for (const ReportSection& section : content.sections) {
        addSection(cursor, section, (first && content.cover) || (!first && section.newPage));
        first = false;
    }
    cursor.endEditBlock();
}

ReportTextDocument::~ReportTextDocument() = default;

double ReportTextDocument::pt(double points) const
{
    // QTextDocumentLayout scales margins, padding and borders from 96 dpi pixels to the device itself
    // (the page size and object sizes it takes in device pixels).
    return points * 96.0 / 72.0;
}

QTextCharFormat ReportTextDocument::font(double points, bool bold, const QColor& color) const
{
    QTextCharFormat format;
    format.setFontFamilies({QStringLiteral("DejaVu Sans")});
    format.setFontPointSize(points);
    format.setFontStyleStrategy(QFont::PreferNoShaping);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    format.setForeground(color);
    return format;
}

void ReportTextDocument::newBlock(QTextCursor& cursor, const QTextBlockFormat& format)
{
    // The empty block a new document or a table leaves behind is used rather than left as a gap.
    if (cursor.block().text().isEmpty())
        cursor.setBlockFormat(format);
    else
        cursor.insertBlock(format);
}

void ReportTextDocument::addParagraph(
    QTextCursor& cursor, const QString& text, const QTextCharFormat& format, double spaceAfter, double spaceBefore)
{
    QTextBlockFormat block;
    block.setTopMargin(pt(spaceBefore));
    block.setBottomMargin(pt(spaceAfter));
    newBlock(cursor, block);
    cursor.setBlockCharFormat(format);
    cursor.insertText(text, format);
}

void ReportTextDocument::addCover(QTextCursor& cursor, const ReportContent& content)
{
    // A first block's top margin is not kept at the top of a page; an empty spacer block's bottom one is.
    QTextBlockFormat spacer;
    spacer.setBottomMargin(m_pageBody.height() * 0.25 * 96.0 / m_dpi);
    cursor.setBlockFormat(spacer);
    cursor.insertBlock(QTextBlockFormat());
    cursor.insertText(content.title, font(26, true, kHeading));
    addParagraph(cursor, content.subtitle, font(18, false, kHeading), 14);
    for (const QString& line : content.coverLines)
        addParagraph(cursor, line, font(11, false, kMuted), 4);
    addParagraph(cursor, content.period, font(12, true), 4);
    addParagraph(
        cursor, QLocale().toString(content.generated.toLocalTime(), QLocale::LongFormat), font(9.5, false, kMuted), 4);
    if (!content.footerNote.isEmpty())
        addParagraph(cursor, content.footerNote, font(11, true, QColor(0xa3, 0x3b, 0x20)), 4);
}

void ReportTextDocument::addSection(QTextCursor& cursor, const ReportSection& section, bool breakBefore)
{
    QTextBlockFormat heading;
    heading.setTopMargin(pt(breakBefore ? 0 : 16));
    heading.setBottomMargin(pt(6));
    if (breakBefore)
        heading.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    newBlock(cursor, heading);
    cursor.insertText(section.heading, font(15, true, kHeading));
    for (const ReportBlock& block : section.blocks)
        addBlock(cursor, block);
}

void ReportTextDocument::addBlock(QTextCursor& cursor, const ReportBlock& block)
{
    switch (block.kind) {
    case ReportBlock::Kind::Subheading:
        addParagraph(cursor, block.text, font(11, true, kHeading), 3, 8);
        break;
    case ReportBlock::Kind::Paragraph:
        addParagraph(cursor, block.text, font(9.5));
        break;
    case ReportBlock::Kind::Absent: {
        QTextCharFormat f = font(9.5, false, kMuted);
        f.setFontItalic(true);
        addParagraph(cursor, block.text, f);
        break;
    }
    case ReportBlock::Kind::Figures:
        addFigures(cursor, block.figures);
        break;
    case ReportBlock::Kind::Table:
        addTable(cursor, block.table);
        break;
    case ReportBlock::Kind::Chart:
        addObject(cursor, m_objects->add(block.chart));
        break;
    case ReportBlock::Kind::Network:
        addObject(cursor, m_objects->add(block.network));
        addParagraph(cursor, block.network.caption, font(8, false, kMuted));
        break;
    case ReportBlock::Kind::Findings:
        addFindings(cursor, block.findings);
        break;
    }
}

void ReportTextDocument::addObject(QTextCursor& cursor, const QTextCharFormat& format)
{
    QTextBlockFormat block;
    block.setTopMargin(pt(4));
    block.setBottomMargin(pt(6));
    block.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
    newBlock(cursor, block);
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

void ReportTextDocument::addFigures(QTextCursor& cursor, const QList<ReportFigure>& figures)
{
    if (figures.isEmpty())
        return;
    QTextTableFormat format;
    format.setBorder(0);
    format.setCellPadding(pt(3));
    format.setCellSpacing(0);
    format.setTopMargin(pt(4));
    format.setBottomMargin(pt(6));
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QTextTable* table = cursor.insertTable(1, int(figures.size()), format);
    for (int i = 0; i < figures.size(); ++i) {
        QTextCursor cell = table->cellAt(0, i).firstCursorPosition();
        cell.insertText(figures.at(i).value, font(17, true, kHeading));
        cell.insertBlock();
        cell.insertText(figures.at(i).label, font(8, false, kMuted));
    }
    cursor.movePosition(QTextCursor::End);
}

void ReportTextDocument::addTable(QTextCursor& cursor, const ReportTable& table)
{
    if (!table.caption.isEmpty())
        addParagraph(cursor, table.caption, font(8, false, kMuted), 2);
    QTextTableFormat format;
    format.setHeaderRowCount(1);
    format.setBorder(pt(0.6));
    format.setBorderBrush(kRule);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderCollapse(true);
    format.setCellPadding(pt(2.2));
    format.setCellSpacing(0);
    format.setTopMargin(pt(3));
    format.setBottomMargin(pt(8));
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QTextTable* t = cursor.insertTable(int(table.rows.size()) + 1, int(table.header.size()), format);
    for (int c = 0; c < table.header.size(); ++c) {
        QTextTableCell cell = t->cellAt(0, c);
        QTextCharFormat cellFormat = cell.format();
        cellFormat.setBackground(QColor(0xe8, 0xee, 0xf5));
        cell.setFormat(cellFormat);
        QTextCursor headerCursor = cell.firstCursorPosition();
        if (table.numericColumns.contains(c)) {
            QTextBlockFormat right;
            right.setAlignment(Qt::AlignRight);
            headerCursor.setBlockFormat(right);
        }
        headerCursor.insertText(table.header.at(c), font(8.5, true));
    }
    for (int r = 0; r < table.rows.size(); ++r) {
        for (int c = 0; c < table.header.size(); ++c) {
            QTextCursor cell = t->cellAt(r + 1, c).firstCursorPosition();
            if (table.numericColumns.contains(c)) {
                QTextBlockFormat right;
                right.setAlignment(Qt::AlignRight);
                cell.setBlockFormat(right);
            }
            cell.insertText(table.rows.at(r).value(c), font(8.5));
        }
    }
    cursor.movePosition(QTextCursor::End);
}

void ReportTextDocument::addFindings(QTextCursor& cursor, const QList<ReportFinding>& findings)
{
    // A real list: its disc takes the block's character colour (the tone), and wrapped lines start
    // under the text, not under the disc.
    QTextListFormat listFormat;
    listFormat.setStyle(QTextListFormat::ListDisc);
    listFormat.setIndent(1);
    QTextList* list = nullptr;
    for (const ReportFinding& f : findings) {
        QTextBlockFormat block;
        block.setBottomMargin(pt(3));
        newBlock(cursor, block);
        cursor.setBlockCharFormat(font(9.5, false, toneColor(f.tone)));
        if (!list)
            list = cursor.createList(listFormat);
        else
            list->add(cursor.block());
        cursor.insertText(f.text, font(9.5));
    }
}

} // namespace steward
