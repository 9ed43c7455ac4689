// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace steward {

/** Legitimate peripheral participation, from the edge to the core. The order is meaningful. */
enum class ParticipationLevel
{
    Observer,
    Peripheral,
    Active,
    Core,
    Steward,
};

/** The stable key stored in the database and used on the command line ("observer", ...). */
QString participationLevelKey(ParticipationLevel level);
/** The translated name shown to people. */
QString participationLevelDisplayName(ParticipationLevel level);
std::optional<ParticipationLevel> participationLevelFromKey(const QString& key);
QList<ParticipationLevel> allParticipationLevels();

} // namespace steward
