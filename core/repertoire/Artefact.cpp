// SPDX-License-Identifier: GPL-3.0-or-later
#include "Artefact.h"

#include <QCoreApplication>

namespace steward {

QStringList ArtefactOrigin::kinds()
{
    return {QStringLiteral("none"), QStringLiteral("session"), QStringLiteral("hot-seat"), QStringLiteral("incident")};
}

QStringList Artefact::kinds()
{
    return {QStringLiteral("checklist"),
            QStringLiteral("template"),
            QStringLiteral("decision-tree"),
            QStringLiteral("post-mortem"),
            QStringLiteral("playbook"),
            QStringLiteral("heuristic"),
            QStringLiteral("case-write-up")};
}

QStringList Artefact::statuses()
{
    return {QStringLiteral("draft"), QStringLiteral("reviewed"), QStringLiteral("current"), QStringLiteral("retired")};
}

QString Artefact::kindDisplayName(const QString& kind)
{
    static const char* const names[] = {QT_TRANSLATE_NOOP("Artefact", "Checklist"),
                                        QT_TRANSLATE_NOOP("Artefact", "Template"),
                                        QT_TRANSLATE_NOOP("Artefact", "Decision tree"),
                                        QT_TRANSLATE_NOOP("Artefact", "Post-mortem"),
                                        QT_TRANSLATE_NOOP("Artefact", "Playbook"),
                                        QT_TRANSLATE_NOOP("Artefact", "Heuristic"),
                                        QT_TRANSLATE_NOOP("Artefact", "Case write-up")};
    const qsizetype i = kinds().indexOf(kind);
    return i < 0 ? kind : QCoreApplication::translate("Artefact", names[i]);
}

QString Artefact::statusDisplayName(const QString& status)
{
    static const char* const names[] = {QT_TRANSLATE_NOOP("Artefact", "Draft"),
                                        QT_TRANSLATE_NOOP("Artefact", "Reviewed"),
                                        QT_TRANSLATE_NOOP("Artefact", "Current"),
                                        QT_TRANSLATE_NOOP("Artefact", "Retired")};
    const qsizetype i = statuses().indexOf(status);
    return i < 0 ? status : QCoreApplication::translate("Artefact", names[i]);
}

} // namespace steward
