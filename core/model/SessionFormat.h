// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace steward {

/** The formats of a community's rituals (DOMAIN.md, "Rituals"); each has a built-in phase plan. */
enum class SessionFormat
{
    CaseRound,
    DecisionWalkthrough,
    IncidentRetrospective,
    ThinkPairShare,
    MicroTeach,
    PblCycle,
    PeerReview,
    Mastermind,
    Ama,
    DemoDay,
    PracticeSharing,
};

/** The stable key stored in the database and used on the command line ("case-round", ...). */
QString sessionFormatKey(SessionFormat format);
/** The translated name shown to people. */
QString sessionFormatDisplayName(SessionFormat format);
std::optional<SessionFormat> sessionFormatFromKey(const QString& key);
QList<SessionFormat> allSessionFormats();

} // namespace steward
