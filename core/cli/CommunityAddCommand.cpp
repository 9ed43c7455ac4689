// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommunityAddCommand.h"

#include "storage/CommunityRepository.h"

#include <QCoreApplication>

namespace steward {

CommunityAddCommand::CommunityAddCommand()
    : CliCommand("CommunityAddCommand",
                 "community add",
                 QT_TRANSLATE_NOOP("CommunityAddCommand", "Add a community of practice."),
                 "NAME")
{
}

void CommunityAddCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("NAME"),
                                 QCoreApplication::translate("CommunityAddCommand", "The name of the community."));
    parser.addOption({QStringLiteral("domain"),
                      QCoreApplication::translate("CommunityAddCommand", "Its domain, e.g. \"site reliability\"."),
                      QStringLiteral("D")});
    parser.addOption({QStringLiteral("channel"),
                      QCoreApplication::translate("CommunityAddCommand", "Its digital channel, e.g. #sre-guild."),
                      QStringLiteral("C")});
    parser.addOption({QStringLiteral("description"),
                      QCoreApplication::translate("CommunityAddCommand", "A short description."),
                      QStringLiteral("TEXT")});
    parser.addOption(
        {QStringLiteral("cadence"),
         QCoreApplication::translate("CommunityAddCommand", "Its cadence of rituals, e.g. \"fortnightly\"."),
         QStringLiteral("TEXT")});
}

ExitCode CommunityAddCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    const QStringList names = parser.positionalArguments();
    if (names.size() != 1 || names.constFirst().trimmed().isEmpty()) {
        return reportError(context,
                           ExitCode::Usage,
                           QCoreApplication::translate("CommunityAddCommand", "community add needs exactly one NAME"));
    }
    auto database = context.openDatabase();
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    Community community;
    community.name = names.constFirst();
    community.domain = parser.value(QStringLiteral("domain"));
    community.channel = parser.value(QStringLiteral("channel"));
    community.description = parser.value(QStringLiteral("description"));
    community.cadence = parser.value(QStringLiteral("cadence"));
    auto id = CommunityRepository(**database).add(community);
    if (!id)
        return reportError(context, ExitCode::Failure, id.errorString());
    context.out << QCoreApplication::translate("CommunityAddCommand", "Added community %1 (id %2).")
                       .arg(community.name.trimmed())
                       .arg(*id)
                << Qt::endl;
    return ExitCode::Success;
}

} // namespace steward
