// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "schedule/IcsProperty.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace steward {

/**
 * Reads iCalendar content lines back (RFC 5545 3.1): strict CRLF, unfolding, UTF-8, NAME;PARAM=VALUE:value.
 * No calendar semantics: enough to check our own files round-trip and to build importers on.
 */
class IcsReader
{
public:
    /** The unfolded content lines; refuses bare LF/CR line ends and invalid UTF-8, naming the physical line. */
    static Result<QList<IcsProperty>> read(const QByteArray& data);
    /** The inverse of IcsWriter::escapeText. */
    static QString unescapeText(const QString& text);
};

} // namespace steward
