// SPDX-License-Identifier: GPL-3.0-or-later
#include "OptOutListCommand.h"

#include "cli/RecordTable.h"
#include "storage/CommunityRepository.h"
#include "storage/OptOutRepository.h"

#include <QCoreApplication>
#include <QHash>

namespace steward {

OptOutListCommand::OptOutListCommand()
    : CliCommand(
        "OptOutListCommand",
        "opt-out list",
        QT_TRANSLATE_NOOP("OptOutListCommand", "List who opted out of which rotations, as a table, JSON or CSV."))
{
}

void OptOutListCommand::configure(QCommandLineParser& parser) const
{
    RecordTable::addOutputOptions(parser);
}

ExitCode OptOutListCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    auto format = RecordTable::formatFrom(parser);
    if (!format)
        return reportError(context, ExitCode::Usage, format.errorString());
    auto database = context.openDatabase();
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    auto optOuts = OptOutRepository(**database).all();
    auto communities = CommunityRepository(**database).all();
    if (!optOuts || !communities)
        return reportError(context, ExitCode::Failure, optOuts.errorString() + communities.errorString());
    QHash<qint64, QString> communityName;
    for (const Community& c : std::as_const(*communities))
        communityName.insert(c.id, c.name);
    RecordTable table({QStringLiteral("id"),
                       QStringLiteral("person"),
                       QStringLiteral("kind"),
                       QStringLiteral("community"),
                       QStringLiteral("since"),
                       QStringLiteral("note")});
    for (const OptOut& o : std::as_const(*optOuts)) {
        table.addRow({o.id,
                      o.personName,
                      o.kind,
                      communityName.value(o.communityId),
                      o.since.isValid() ? o.since.toString(Qt::ISODate) : QString(),
                      o.note});
    }
    if (Status s = table.write(parser, *format, context.out); !s)
        return reportError(context, ExitCode::Failure, s.errorString());
    return ExitCode::Success;
}

} // namespace steward
