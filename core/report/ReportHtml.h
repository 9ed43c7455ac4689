// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportContent.h"

#include <QByteArray>

class QXmlStreamWriter;

namespace steward {

/**
 * Writes report content as one self-contained XHTML page (UTF-8). Written with QXmlStreamWriter, so
 * the page is well-formed and every text - a name like "<b>Eve</b>" too - is escaped, never markup.
 * Charts become tables of their data; the network picture becomes inline SVG.
 */
class ReportHtml
{
public:
    static QByteArray write(const ReportContent& content);

private:
    static void writeHead(QXmlStreamWriter& xml, const ReportContent& content);
    static void writeCover(QXmlStreamWriter& xml, const ReportContent& content);
    static void writeBlock(QXmlStreamWriter& xml, const ReportBlock& block);
    static void writeTable(QXmlStreamWriter& xml, const ReportTable& table);
    static void writeChart(QXmlStreamWriter& xml, const ReportChart& chart);
    static void writeNetwork(QXmlStreamWriter& xml, const ReportNetworkPicture& picture);
    static void writeFindings(QXmlStreamWriter& xml, const QList<ReportFinding>& findings);
};

} // namespace steward
