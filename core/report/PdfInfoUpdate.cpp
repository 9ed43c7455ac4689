// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfInfoUpdate.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <pwd.h>
#include <unistd.h>

namespace steward {

namespace {

/** A PDF text string as UTF-16BE hex with a byte-order mark: safe for any character. */
QByteArray textString(const QString& text)
{
    QByteArray utf16;
    utf16.append(char(0xFE)).append(char(0xFF));
    for (QChar c : text)
        utf16.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
    return '<' + utf16.toHex().toUpper() + '>';
}

QByteArray pdfDate(const QDateTime& when)
{
    return '(' + when.toUTC().toString(QStringLiteral("'D:'yyyyMMddHHmmss'Z'")).toLatin1() + ')';
}

QByteArray infoDictionary(const PdfInfo& info)
{
    QByteArray dictionary = "<<";
    const auto add = [&dictionary](const char* key, const QString& value) {
        if (!value.isEmpty())
            dictionary += " /" + QByteArray(key) + ' ' + textString(value);
    };
    add("Title", info.title);
    add("Author", info.author);
    add("Subject", info.subject);
    add("Creator", info.creator);
    add("Producer", info.producer);
    if (info.created.isValid())
        dictionary += " /CreationDate " + pdfDate(info.created);
    return dictionary + " >>";
}

/** The last match of the pattern's first capture in the tail of the file, or empty. */
QByteArray lastCapture(const QByteArray& tail, const char* pattern)
{
    const QRegularExpression expression(QString::fromLatin1(pattern));
    QByteArray found;
    for (auto it = expression.globalMatch(QString::fromLatin1(tail)); it.hasNext();)
        found = it.next().captured(1).toLatin1();
    return found;
}

} // namespace

Result<QByteArray> PdfInfoUpdate::apply(const QByteArray& pdf, const PdfInfo& info)
{
    using R = Result<QByteArray>;
    // The trailer and startxref sit in the last kilobytes of a classic PDF.
    const QByteArray tail = pdf.right(4096);
    const QByteArray previousXref = lastCapture(tail, R"(startxref\s+(\d+)\s+%%EOF)");
    const QByteArray size = lastCapture(tail, R"(/Size\s+(\d+))");
    const QByteArray root = lastCapture(tail, R"(/Root\s+(\d+\s+\d+\s+R))");
    if (previousXref.isEmpty() || size.isEmpty() || root.isEmpty() || !tail.contains("trailer"))
        return R::failure(QCoreApplication::translate(
            "PdfInfoUpdate", "The PDF has no trailer with a cross-reference table to add its properties to."));
    const qint64 object = size.toLongLong(); // the next free object number
    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out += '\n';
    const qint64 objectOffset = out.size();
    out += QByteArray::number(object) + " 0 obj\n" + infoDictionary(info) + "\nendobj\n";
    const qint64 xrefOffset = out.size();
    out += "xref\n" + QByteArray::number(object) + " 1\n" + QByteArray::number(objectOffset).rightJustified(10, '0')
           + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(object + 1) + " /Root " + root + " /Info "
           + QByteArray::number(object) + " 0 R /Prev " + previousXref + " >>\nstartxref\n"
           + QByteArray::number(xrefOffset) + "\n%%EOF\n";
    return out;
}

QString PdfInfoUpdate::systemUserName()
{
    if (const passwd* account = getpwuid(getuid())) {
        const QString gecos = QString::fromLocal8Bit(account->pw_gecos).section(QLatin1Char(','), 0, 0).trimmed();
        if (!gecos.isEmpty())
            return gecos;
        return QString::fromLocal8Bit(account->pw_name);
    }
    return qEnvironmentVariable("USER");
}

} // namespace steward
