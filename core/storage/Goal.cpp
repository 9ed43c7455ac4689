// SPDX-License-Identifier: GPL-3.0-or-later
#include "Goal.h"

#include <QCoreApplication>

namespace steward {

QString Goal::statusKey(Status status)
{
    switch (status) {
    case Status::OnTrack:
        return QStringLiteral("on_track");
    case Status::AtRisk:
        return QStringLiteral("at_risk");
    case Status::Behind:
        return QStringLiteral("behind");
    case Status::Done:
        return QStringLiteral("done");
    }
    return {};
}

std::optional<Goal::Status> Goal::statusFromKey(const QString& key)
{
    // The command line also accepts the spelling with a dash or a space ("on-track", "at risk").
    QString normal = key.trimmed().toLower();
    normal.replace(QLatin1Char('-'), QLatin1Char('_')).replace(QLatin1Char(' '), QLatin1Char('_'));
    for (Status status : {Status::OnTrack, Status::AtRisk, Status::Behind, Status::Done}) {
        if (statusKey(status) == normal)
            return status;
    }
    return std::nullopt;
}

QString Goal::statusLabel(Status status)
{
    switch (status) {
    case Status::OnTrack:
        return QCoreApplication::translate("Goal", "on track");
    case Status::AtRisk:
        return QCoreApplication::translate("Goal", "at risk");
    case Status::Behind:
        return QCoreApplication::translate("Goal", "behind");
    case Status::Done:
        return QCoreApplication::translate("Goal", "done");
    }
    return {};
}

} // namespace steward
