// SPDX-License-Identifier: GPL-3.0-or-later
#include "TopicListCommand.h"

#include "cli/GoalCommandInput.h"
#include "cli/RecordTable.h"
#include "storage/TopicRepository.h"

#include <QCoreApplication>

namespace steward {

TopicListCommand::TopicListCommand()
    : CliCommand("TopicListCommand",
                 "topic list",
                 QT_TRANSLATE_NOOP("TopicListCommand",
                                   "List a community's micro-teach topics, open ones first, as a table, JSON or CSV."))
{
}

void TopicListCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("community"),
                      QCoreApplication::translate("TopicListCommand", "The community, by name (required)."),
                      QStringLiteral("NAME")});
    RecordTable::addOutputOptions(parser);
}

ExitCode TopicListCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    auto format = RecordTable::formatFrom(parser);
    if (!format)
        return reportError(context, ExitCode::Usage, format.errorString());
    if (parser.value(QStringLiteral("community")).trimmed().isEmpty())
        return reportError(context,
                           ExitCode::Usage,
                           QCoreApplication::translate("TopicListCommand", "topic list needs --community NAME"));
    auto database = context.openDatabase();
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    auto community = GoalCommandInput::community(**database, parser.value(QStringLiteral("community")));
    if (!community)
        return reportError(context, ExitCode::Failure, community.errorString());
    auto topics = TopicRepository(**database).forCommunity(community->id);
    if (!topics)
        return reportError(context, ExitCode::Failure, topics.errorString());
    RecordTable table({QStringLiteral("id"),
                       QStringLiteral("title"),
                       QStringLiteral("suggested_by"),
                       QStringLiteral("presenter"),
                       QStringLiteral("status"),
                       QStringLiteral("artefact"),
                       QStringLiteral("created")});
    for (const Topic& t : std::as_const(*topics)) {
        table.addRow({t.id,
                      t.title,
                      t.suggestedByName,
                      t.proposedPresenterName,
                      Topic::statusKey(t.status),
                      t.artefact,
                      t.created.toString(Qt::ISODate)});
    }
    if (Status s = table.write(parser, *format, context.out); !s)
        return reportError(context, ExitCode::Failure, s.errorString());
    return ExitCode::Success;
}

} // namespace steward
