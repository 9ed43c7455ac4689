// SPDX-License-Identifier: GPL-3.0-or-later
#include "ParticipationLevel.h"

#include <QCoreApplication>

namespace steward {

QString participationLevelKey(ParticipationLevel level)
{
    switch (level) {
    case ParticipationLevel::Observer:
        return QStringLiteral("observer");
    case ParticipationLevel::Peripheral:
        return QStringLiteral("peripheral");
    case ParticipationLevel::Active:
        return QStringLiteral("active");
    case ParticipationLevel::Core:
        return QStringLiteral("core");
    case ParticipationLevel::Steward:
        return QStringLiteral("steward");
    }
    return {};
}

QString participationLevelDisplayName(ParticipationLevel level)
{
    switch (level) {
    case ParticipationLevel::Observer:
        return QCoreApplication::translate("ParticipationLevel", "Observer");
    case ParticipationLevel::Peripheral:
        return QCoreApplication::translate("ParticipationLevel", "Peripheral");
    case ParticipationLevel::Active:
        return QCoreApplication::translate("ParticipationLevel", "Active");
    case ParticipationLevel::Core:
        return QCoreApplication::translate("ParticipationLevel", "Core");
    case ParticipationLevel::Steward:
        return QCoreApplication::translate("ParticipationLevel", "Steward");
    }
    return {};
}

std::optional<ParticipationLevel> participationLevelFromKey(const QString& key)
{
    const QString wanted = key.trimmed().toLower();
    for (ParticipationLevel level : allParticipationLevels()) {
        if (participationLevelKey(level) == wanted)
            return level;
    }
    return std::nullopt;
}

QList<ParticipationLevel> allParticipationLevels()
{
    return {ParticipationLevel::Observer,
            ParticipationLevel::Peripheral,
            ParticipationLevel::Active,
            ParticipationLevel::Core,
            ParticipationLevel::Steward};
}

} // namespace steward
