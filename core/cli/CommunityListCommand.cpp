// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommunityListCommand.h"

#include "cli/RecordTable.h"
#include "storage/CommunityRepository.h"
#include "storage/MembershipRepository.h"

#include <QCoreApplication>

namespace steward {

CommunityListCommand::CommunityListCommand()
    : CliCommand("CommunityListCommand",
                 "community list",
                 QT_TRANSLATE_NOOP("CommunityListCommand", "List the communities, as a table, JSON or CSV."))
{
}

void CommunityListCommand::configure(QCommandLineParser& parser) const
{
    RecordTable::addOutputOptions(parser);
}

ExitCode CommunityListCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    auto format = RecordTable::formatFrom(parser);
    if (!format)
        return reportError(context, ExitCode::Usage, format.errorString());
    auto database = context.openDatabase();
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    auto communities = CommunityRepository(**database).all();
    if (!communities)
        return reportError(context, ExitCode::Failure, communities.errorString());
    MembershipRepository memberships(**database);
    QStringList columns = CommunityRepository::fieldNames();
    columns.prepend(QStringLiteral("id"));
    columns.append(QStringLiteral("member_count"));
    RecordTable table(columns);
    for (const Community& c : std::as_const(*communities)) {
        auto members = memberships.membersOf(c.id);
        if (!members)
            return reportError(context, ExitCode::Failure, members.errorString());
        const qint64 current = std::count_if(
            members->cbegin(), members->cend(), [](const Member& m) { return m.membership.left.isNull(); });
        table.addRow({c.id, c.name, c.domain, c.description, c.channel, c.cadence, c.norms, current});
    }
    if (Status s = table.write(parser, *format, context.out); !s)
        return reportError(context, ExitCode::Failure, s.errorString());
    return ExitCode::Success;
}

} // namespace steward
