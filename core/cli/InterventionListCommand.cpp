// SPDX-License-Identifier: GPL-3.0-or-later
#include "InterventionListCommand.h"

#include "cli/RecordTable.h"
#include "storage/CommunityRepository.h"
#include "storage/InterventionRepository.h"

#include <QCoreApplication>

namespace steward {

InterventionListCommand::InterventionListCommand()
    : CliCommand("InterventionListCommand",
                 "intervention list",
                 QT_TRANSLATE_NOOP("InterventionListCommand", "List a community's interventions."))
{
}

void InterventionListCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("community"),
                      QCoreApplication::translate("InterventionListCommand", "The community."),
                      QStringLiteral("NAME")});
    RecordTable::addOutputOptions(parser);
}

ExitCode InterventionListCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    const QString community = parser.value(QStringLiteral("community")).trimmed();
    if (community.isEmpty())
        return reportError(context,
                           ExitCode::Usage,
                           QCoreApplication::translate("InterventionListCommand", "--community NAME is required"));
    auto format = RecordTable::formatFrom(parser);
    if (!format)
        return reportError(context, ExitCode::Usage, format.errorString());
    auto database = context.openDatabase();
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    auto found = CommunityRepository(**database).findByName(community);
    if (!found || !found->has_value())
        return reportError(
            context,
            ExitCode::Failure,
            found ? QCoreApplication::translate("InterventionListCommand", "there is no community named '%1'")
                        .arg(community)
                  : found.errorString());
    auto interventions = InterventionRepository(**database).forCommunity((*found)->id);
    if (!interventions)
        return reportError(context, ExitCode::Failure, interventions.errorString());
    RecordTable table(
        {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("date"), QStringLiteral("description")});
    for (const Intervention& i : std::as_const(*interventions))
        table.addRow({i.id, i.name, i.date.toString(Qt::ISODate), i.description});
    if (Status s = table.write(parser, *format, context.out); !s)
        return reportError(context, ExitCode::Failure, s.errorString());
    return ExitCode::Success;
}

} // namespace steward
