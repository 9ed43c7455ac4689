// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportContent.h"

#include <QTextCharFormat>

#include <memory>

class QPaintDevice;
class QTextCursor;
class QTextDocument;

namespace steward {

class ReportBlockObject;

/**
 * Report content laid out as a paginated QTextDocument for one paint device (PDF writer, printer):
 * real text (selectable, fonts embedded by the PDF engine), tables whose header row repeats on every
 * page, page breaks before the sections that ask for one, charts and pictures as vector objects.
 */
class ReportTextDocument
{
public:
    ReportTextDocument(const ReportContent& content, QPaintDevice& device, const QSizeF& pageBody);
    ~ReportTextDocument();

    QTextDocument& document() const { return *m_document; }

private:
    double pt(double points) const;
    QTextCharFormat font(double points, bool bold = false, const QColor& color = QColor(0x1d, 0x27, 0x33)) const;
    static void newBlock(QTextCursor& cursor, const QTextBlockFormat& format);
    void addCover(QTextCursor& cursor, const ReportContent& content);
    void addSection(QTextCursor& cursor, const ReportSection& section, bool breakBefore);
    void addBlock(QTextCursor& cursor, const ReportBlock& block);
    void addParagraph(QTextCursor& cursor,
                      const QString& text,
                      const QTextCharFormat& format,
                      double spaceAfter = 4,
                      double spaceBefore = 0);
    void addFigures(QTextCursor& cursor, const QList<ReportFigure>& figures);
    void addTable(QTextCursor& cursor, const ReportTable& table);
    void addFindings(QTextCursor& cursor, const QList<ReportFinding>& findings);
    void addObject(QTextCursor& cursor, const QTextCharFormat& format);

    std::unique_ptr<QTextDocument> m_document;
    ReportBlockObject* m_objects = nullptr; // owned by m_document
    double m_dpi = 72;
    QSizeF m_pageBody;
};

} // namespace steward
