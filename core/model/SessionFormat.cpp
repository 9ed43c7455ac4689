// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionFormat.h"

#include <QCoreApplication>

namespace steward {

QString sessionFormatKey(SessionFormat format)
{
    switch (format) {
    case SessionFormat::CaseRound:
        return QStringLiteral("case-round");
    case SessionFormat::DecisionWalkthrough:
        return QStringLiteral("decision-walkthrough");
    case SessionFormat::IncidentRetrospective:
        return QStringLiteral("incident-retrospective");
    case SessionFormat::ThinkPairShare:
        return QStringLiteral("think-pair-share");
    case SessionFormat::MicroTeach:
        return QStringLiteral("micro-teach");
    case SessionFormat::PblCycle:
        return QStringLiteral("pbl-cycle");
    case SessionFormat::PeerReview:
        return QStringLiteral("peer-review");
    case SessionFormat::Mastermind:
        return QStringLiteral("mastermind");
    case SessionFormat::Ama:
        return QStringLiteral("ama");
    case SessionFormat::DemoDay:
        return QStringLiteral("demo-day");
    case SessionFormat::PracticeSharing:
        return QStringLiteral("practice-sharing");
    }
    return {};
}

QString sessionFormatDisplayName(SessionFormat format)
{
    switch (format) {
    case SessionFormat::CaseRound:
        return QCoreApplication::translate("SessionFormat", "Case round");
    case SessionFormat::DecisionWalkthrough:
        return QCoreApplication::translate("SessionFormat", "Decision walkthrough");
    case SessionFormat::IncidentRetrospective:
        return QCoreApplication::translate("SessionFormat", "Incident retrospective");
    case SessionFormat::ThinkPairShare:
        return QCoreApplication::translate("SessionFormat", "Think-pair-share");
    case SessionFormat::MicroTeach:
        return QCoreApplication::translate("SessionFormat", "Micro-teach");
    case SessionFormat::PblCycle:
        return QCoreApplication::translate("SessionFormat", "Problem-based learning cycle");
    case SessionFormat::PeerReview:
        return QCoreApplication::translate("SessionFormat", "Peer review");
    case SessionFormat::Mastermind:
        return QCoreApplication::translate("SessionFormat", "Mastermind");
    case SessionFormat::Ama:
        return QCoreApplication::translate("SessionFormat", "Ask me anything");
    case SessionFormat::DemoDay:
        return QCoreApplication::translate("SessionFormat", "Demo day");
    case SessionFormat::PracticeSharing:
        return QCoreApplication::translate("SessionFormat", "Practice sharing");
    }
    return {};
}

std::optional<SessionFormat> sessionFormatFromKey(const QString& key)
{
    const QString wanted = key.trimmed().toLower();
    for (SessionFormat format : allSessionFormats()) {
        if (sessionFormatKey(format) == wanted)
            return format;
    }
    return std::nullopt;
}

QList<SessionFormat> allSessionFormats()
{
    return {SessionFormat::CaseRound,
            SessionFormat::DecisionWalkthrough,
            SessionFormat::IncidentRetrospective,
            SessionFormat::ThinkPairShare,
            SessionFormat::MicroTeach,
            SessionFormat::PblCycle,
            SessionFormat::PeerReview,
            SessionFormat::Mastermind,
            SessionFormat::Ama,
            SessionFormat::DemoDay,
            SessionFormat::PracticeSharing};
}

} // namespace steward
