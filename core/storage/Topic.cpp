// SPDX-License-Identifier: GPL-3.0-or-later
#include "Topic.h"

#include <QCoreApplication>

namespace steward {

QString Topic::statusKey(Status status)
{
    switch (status) {
    case Status::Backlog:
        return QStringLiteral("backlog");
    case Status::Planned:
        return QStringLiteral("planned");
    case Status::Done:
        return QStringLiteral("done");
    case Status::Dropped:
        return QStringLiteral("dropped");
    }
    return {};
}

std::optional<Topic::Status> Topic::statusFromKey(const QString& key)
{
    const QString normal = key.trimmed().toLower();
    for (Status status : {Status::Backlog, Status::Planned, Status::Done, Status::Dropped}) {
        if (statusKey(status) == normal)
            return status;
    }
    return std::nullopt;
}

QString Topic::statusLabel(Status status)
{
    switch (status) {
    case Status::Backlog:
        return QCoreApplication::translate("Topic", "backlog");
    case Status::Planned:
        return QCoreApplication::translate("Topic", "planned");
    case Status::Done:
        return QCoreApplication::translate("Topic", "done");
    case Status::Dropped:
        return QCoreApplication::translate("Topic", "dropped");
    }
    return {};
}

} // namespace steward
