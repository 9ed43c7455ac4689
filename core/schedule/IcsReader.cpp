// SPDX-License-Identifier: GPL-3.0-or-later
#include "IcsReader.h"

#include <QCoreApplication>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace steward {

namespace {

/** Parses one unfolded content line; false if it has no ':' or a parameter without '='. */
bool parseLine(const QString& line, IcsProperty& property)
{
    qsizetype pos = 0;
    while (pos < line.size() && line.at(pos) != u';' && line.at(pos) != u':')
        ++pos;
    property.name = line.left(pos).toUpper();
    while (pos < line.size() && line.at(pos) == u';') {
        const qsizetype equals = line.indexOf(u'=', pos + 1);
        if (equals < 0)
            return false;
        const QString key = line.mid(pos + 1, equals - pos - 1).toUpper();
        pos = equals + 1;
        QString value;
        // A parameter may hold several comma-separated values, each possibly quoted.
        while (pos < line.size() && line.at(pos) != u';' && line.at(pos) != u':') {
            if (line.at(pos) == u'"') {
                const qsizetype close = line.indexOf(u'"', pos + 1);
                if (close < 0)
                    return false;
                value += line.mid(pos + 1, close - pos - 1);
                pos = close + 1;
            } else {
                value += line.at(pos++);
            }
        }
        property.parameters.append({key, value});
    }
    if (pos >= line.size() || line.at(pos) != u':' || property.name.isEmpty())
        return false;
    property.value = line.mid(pos + 1);
    return true;
}

} // namespace

Result<QList<IcsProperty>> IcsReader::read(const QByteArray& data)
{
    using R = Result<QList<IcsProperty>>;
    QList<QByteArray> logical;
    QList<int> firstPhysical;
    int physical = 0;
    qsizetype pos = 0;
    while (pos < data.size()) {
        ++physical;
        const qsizetype end = data.indexOf("\r\n", pos);
        const QByteArray raw = data.mid(pos, end < 0 ? -1 : end - pos);
        if (end < 0 || raw.contains('\n') || raw.contains('\r'))
            return R::failure(QCoreApplication::translate("IcsReader", "Line %1 does not end in CRLF.").arg(physical));
        pos = end + 2;
        if (!raw.isEmpty() && (raw.at(0) == ' ' || raw.at(0) == '\t')) {
            if (logical.isEmpty())
                return R::failure(QCoreApplication::translate("IcsReader", "Line %1 continues nothing.").arg(physical));
            logical.last() += raw.mid(1);
        } else if (!raw.isEmpty()) {
            logical.append(raw);
            firstPhysical.append(physical);
        }
    }
    QList<IcsProperty> properties;
    for (qsizetype i = 0; i < logical.size(); ++i) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString line = decoder(logical.at(i));
        if (decoder.hasError())
            return R::failure(
                QCoreApplication::translate("IcsReader", "Line %1 is not valid UTF-8.").arg(firstPhysical.at(i)));
        IcsProperty property;
        if (!parseLine(line, property))
            return R::failure(
                QCoreApplication::translate("IcsReader", "Line %1 is not a content line.").arg(firstPhysical.at(i)));
        properties.append(property);
    }
    return properties;
}

QString IcsReader::unescapeText(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\\' && i + 1 < text.size()) {
            const QChar next = text.at(++i);
            out += (next == u'n' || next == u'N') ? u'\n' : next;
        } else {
            out += text.at(i);
        }
    }
    return out;
}

} // namespace steward
