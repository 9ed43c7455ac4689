// SPDX-License-Identifier: GPL-3.0-or-later
#include "Pathway.h"

#include <QCoreApplication>

namespace steward {

QStringList PathwayCriterion::activities()
{
    return {QStringLiteral("session-attended"),
            QStringLiteral("note-taker"),
            QStringLiteral("micro-teach"),
            QStringLiteral("co-lead"),
            QStringLiteral("reviewed-artefact"),
            QStringLiteral("review-given"),
            QStringLiteral("session-facilitated"),
            QStringLiteral("hot-seat")};
}

QString PathwayCriterion::activityDisplayName(const QString& activity)
{
    static const char* const names[] = {QT_TRANSLATE_NOOP("PathwayCriterion", "sessions attended"),
                                        QT_TRANSLATE_NOOP("PathwayCriterion", "sessions as note-taker"),
                                        QT_TRANSLATE_NOOP("PathwayCriterion", "micro-teaches given"),
                                        QT_TRANSLATE_NOOP("PathwayCriterion", "sessions as co-lead"),
                                        QT_TRANSLATE_NOOP("PathwayCriterion", "reviewed artefacts written"),
                                        QT_TRANSLATE_NOOP("PathwayCriterion", "reviews given"),
                                        QT_TRANSLATE_NOOP("PathwayCriterion", "sessions facilitated"),
                                        QT_TRANSLATE_NOOP("PathwayCriterion", "hot seats held")};
    const qsizetype i = activities().indexOf(activity);
    return i < 0 ? activity : QCoreApplication::translate("PathwayCriterion", names[i]);
}

} // namespace steward
