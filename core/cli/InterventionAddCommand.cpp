// SPDX-License-Identifier: GPL-3.0-or-later
#include "InterventionAddCommand.h"

#include "cli/NetworkCommandOptions.h"
#include "storage/CommunityRepository.h"
#include "storage/InterventionRepository.h"

#include <QCoreApplication>

namespace steward {

InterventionAddCommand::InterventionAddCommand()
    : CliCommand("InterventionAddCommand",
                 "intervention add",
                 QT_TRANSLATE_NOOP("InterventionAddCommand",
                                   "Record an intervention in a community (to compare before and after)."),
                 "NAME")
{
}

void InterventionAddCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("NAME"),
        QCoreApplication::translate("InterventionAddCommand", "What was done, e.g. \"Launched the SRE guild\"."));
    parser.addOption({QStringLiteral("community"),
                      QCoreApplication::translate("InterventionAddCommand", "The community it was done in."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("date"),
                      QCoreApplication::translate("InterventionAddCommand", "The day it happened."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("description"),
                      QCoreApplication::translate("InterventionAddCommand", "More about it."),
                      QStringLiteral("TEXT")});
}

ExitCode InterventionAddCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    const QStringList names = parser.positionalArguments();
    const QString community = parser.value(QStringLiteral("community")).trimmed();
    if (names.size() != 1 || names.constFirst().trimmed().isEmpty())
        return reportError(context,
                           ExitCode::Usage,
                           QCoreApplication::translate("InterventionAddCommand", "intervention add needs one NAME"));
    if (community.isEmpty() || !parser.isSet(QStringLiteral("date")))
        return reportError(context,
                           ExitCode::Usage,
                           QCoreApplication::translate("InterventionAddCommand",
                                                       "intervention add needs --community NAME and --date"));
    auto date = NetworkCommandOptions::dateOption(parser, QStringLiteral("date"));
    if (!date)
        return reportError(context, ExitCode::Usage, date.errorString());
    auto database = context.openDatabase();
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    auto found = CommunityRepository(**database).findByName(community);
    if (!found)
        return reportError(context, ExitCode::Failure, found.errorString());
    if (!found->has_value())
        return reportError(
            context,
            ExitCode::Failure,
            QCoreApplication::translate("InterventionAddCommand", "there is no community named '%1'").arg(community));
    auto id = InterventionRepository(**database)
                  .add({0, (*found)->id, names.constFirst(), *date, parser.value(QStringLiteral("description"))});
    if (!id)
        return reportError(context, ExitCode::Failure, id.errorString());
    context.out << QCoreApplication::translate("InterventionAddCommand", "Added intervention %1 (id %2) to %3 on %4.")
                       .arg(names.constFirst().trimmed())
                       .arg(*id)
                       .arg((*found)->name, date->toString(Qt::ISODate))
                << Qt::endl;
    return ExitCode::Success;
}

} // namespace steward
