// SPDX-License-Identifier: GPL-3.0-or-later
#include "Review.h"

#include <QCoreApplication>

namespace steward {

QString Review::verdictDisplayName(const QString& verdict)
{
    static const char* const names[] = {QT_TRANSLATE_NOOP("Review", "Approve"),
                                        QT_TRANSLATE_NOOP("Review", "Changes requested"),
                                        QT_TRANSLATE_NOOP("Review", "Reject")};
    const qsizetype i = verdicts().indexOf(verdict);
    return i < 0 ? verdict : QCoreApplication::translate("Review", names[i]);
}

} // namespace steward
