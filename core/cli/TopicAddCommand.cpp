// SPDX-License-Identifier: GPL-3.0-or-later
#include "TopicAddCommand.h"

#include "cli/GoalCommandInput.h"
#include "storage/PersonRepository.h"
#include "storage/TopicRepository.h"

#include <QCoreApplication>

namespace steward {

TopicAddCommand::TopicAddCommand()
    : CliCommand("TopicAddCommand",
                 "topic add",
                 QT_TRANSLATE_NOOP("TopicAddCommand", "Add a topic to a community's micro-teach backlog."))
{
}

void TopicAddCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("community"),
                      QCoreApplication::translate("TopicAddCommand", "The community, by name (required)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("title"),
                      QCoreApplication::translate("TopicAddCommand", "The topic (required)."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("suggested-by"),
                      QCoreApplication::translate("TopicAddCommand", "Who suggested it, by email or exact name."),
                      QStringLiteral("NAME_OR_EMAIL")});
    parser.addOption({QStringLiteral("presenter"),
                      QCoreApplication::translate("TopicAddCommand", "Who might teach it, by email or exact name."),
                      QStringLiteral("NAME_OR_EMAIL")});
    parser.addOption({QStringLiteral("status"),
                      QCoreApplication::translate("TopicAddCommand", "backlog (default), planned, done or dropped."),
                      QStringLiteral("STATUS")});
    parser.addOption({QStringLiteral("artefact"),
                      QCoreApplication::translate("TopicAddCommand", "A link to slides, a recording or notes."),
                      QStringLiteral("URL")});
}

ExitCode TopicAddCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    const auto usage = [&context](const QString& message) { return reportError(context, ExitCode::Usage, message); };
    for (const QString& required : {QStringLiteral("community"), QStringLiteral("title")}) {
        if (parser.value(required).trimmed().isEmpty())
            return usage(QCoreApplication::translate("TopicAddCommand", "topic add needs --%1").arg(required));
    }
    Topic topic;
    topic.title = parser.value(QStringLiteral("title"));
    topic.artefact = parser.value(QStringLiteral("artefact"));
    topic.created = context.clock.today();
    if (parser.isSet(QStringLiteral("status"))) {
        const auto status = Topic::statusFromKey(parser.value(QStringLiteral("status")));
        if (!status)
            return usage(QCoreApplication::translate("TopicAddCommand",
                                                     "--status: '%1' is not one of backlog, planned, done, dropped")
                             .arg(parser.value(QStringLiteral("status"))));
        topic.status = *status;
    }
    auto database = context.openDatabase();
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    auto community = GoalCommandInput::community(**database, parser.value(QStringLiteral("community")));
    if (!community)
        return reportError(context, ExitCode::Failure, community.errorString());
    topic.communityId = community->id;
    PersonRepository people(**database);
    for (const auto& [option, field] : {std::pair{QStringLiteral("suggested-by"), &topic.suggestedBy},
                                        std::pair{QStringLiteral("presenter"), &topic.proposedPresenter}}) {
        if (!parser.isSet(option))
            continue;
        auto person = people.findByNameOrEmail(parser.value(option));
        if (!person)
            return reportError(
                context, ExitCode::Failure, QStringLiteral("--%1: %2").arg(option, person.errorString()));
        *field = person->id;
    }
    auto id = TopicRepository(**database).add(topic);
    if (!id)
        return reportError(context, ExitCode::Failure, id.errorString());
    context.out << QCoreApplication::translate("TopicAddCommand", "Added the topic '%1' to %2 (topic id %3).")
                       .arg(topic.title.trimmed(), community->name)
                       .arg(*id)
                << Qt::endl;
    return ExitCode::Success;
}

} // namespace steward
