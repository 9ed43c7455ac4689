// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivityFormat.h"

#include <QFile>

namespace steward {

QStringList activityFormatNames()
{
    return {QStringLiteral("slack"),
            QStringLiteral("discord"),
            QStringLiteral("teams"),
            QStringLiteral("github-reviews"),
            QStringLiteral("survey")};
}

QString activityFormatName(ActivityFormat format)
{
    return activityFormatNames().at(int(format));
}

std::optional<ActivityFormat> activityFormatFromName(const QString& name)
{
    const qsizetype index = activityFormatNames().indexOf(name.trimmed().toLower());
    if (index < 0)
        return std::nullopt;
    return ActivityFormat(index);
}

QString activityPlatform(ActivityFormat format)
{
    switch (format) {
    case ActivityFormat::Slack:
        return QStringLiteral("slack");
    case ActivityFormat::Discord:
        return QStringLiteral("discord");
    case ActivityFormat::Teams:
        return QStringLiteral("teams");
    case ActivityFormat::GithubReviews:
        return QStringLiteral("github");
    case ActivityFormat::Survey:
        break;
    }
    return QStringLiteral("survey");
}

std::optional<ActivityFormat> detectActivityFormat(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray head = file.read(64 * 1024);
    if (head.startsWith("PK\x03\x04"))
        return ActivityFormat::Slack;
    const QByteArray firstLine = head.left(head.indexOf('\n')).toLower();
    if (firstLine.contains("respondent") && firstLine.contains(','))
        return ActivityFormat::Survey;
    if (head.contains("\"guild\"") && head.contains("\"messages\""))
        return ActivityFormat::Discord;
    if (head.contains("\"messageType\"") || head.contains("\"replyToId\""))
        return ActivityFormat::Teams;
    if (head.contains("\"pull_request_url\"") || head.contains("\"reviews\"") || head.contains("/pulls/"))
        return ActivityFormat::GithubReviews;
    return std::nullopt;
}

} // namespace steward
