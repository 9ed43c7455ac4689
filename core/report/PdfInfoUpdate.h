// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace steward {

/** The document information a PDF viewer shows under Properties. */
struct PdfInfo
{
    QString title;
    QString author;
    QString subject;
    QString creator;
    QString producer;
    QDateTime created;
};

/**
 * Sets a finished PDF's document information by appending an incremental update (ISO 32000-1,
 * 7.5.6): a new Info dictionary, a one-entry cross-reference section and a trailer pointing back at
 * the previous one. Qt 6.4's QPdfWriter has no way to set the author or subject; this leaves every
 * byte it wrote in place and works on any PDF with a classic cross-reference table.
 */
class PdfInfoUpdate
{
public:
    static Result<QByteArray> apply(const QByteArray& pdf, const PdfInfo& info);
    /** The account's full name (from the password database), else its login name, else empty. */
    static QString systemUserName();
};

} // namespace steward
