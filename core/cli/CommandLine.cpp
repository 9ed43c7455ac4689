// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "cli/ActivityImportCommand.h"
#include "cli/ArtefactCommands.h"
#include "cli/BackupCommand.h"
#include "cli/CheckCommand.h"
#include "cli/CommunityAddCommand.h"
#include "cli/CommunityListCommand.h"
#include "cli/DemoCommand.h"
#include "cli/InitCommand.h"
#include "cli/MemberSetCommand.h"
#include "cli/NetworkCommands.h"
#include "cli/PeopleImportCommand.h"
#include "cli/PeopleListCommand.h"
#include "cli/PeopleMergeCommand.h"
#include "cli/RecognitionConfirmCommand.h"
#include "cli/ReportCommands.h"
#include "cli/RestoreCommand.h"
#include "cli/ScheduleCommands.h"
#include "cli/ScheduleRolesCommand.h"
#include "cli/SessionCommands.h"

#include <QCoreApplication>

#include <unistd.h>

namespace steward {

namespace {

QCommandLineOption databaseOption()
{
    return {QStringLiteral("db"),
            QCoreApplication::translate("CommandLine", "The Steward database file."),
            QStringLiteral("FILE")};
}

QCommandLineOption helpOption()
{
    return {{QStringLiteral("h"), QStringLiteral("help")},
            QCoreApplication::translate("CommandLine", "Show help and exit.")};
}

} // namespace

CommandLine::CommandLine()
{
    m_commands.push_back(std::make_unique<InitCommand>());
    m_commands.push_back(std::make_unique<DemoCommand>());
    m_commands.push_back(std::make_unique<CheckCommand>());
    m_commands.push_back(std::make_unique<PeopleImportCommand>());
    m_commands.push_back(std::make_unique<PeopleListCommand>());
    m_commands.push_back(std::make_unique<PeopleMergeCommand>());
    m_commands.push_back(std::make_unique<CommunityAddCommand>());
    m_commands.push_back(std::make_unique<CommunityListCommand>());
    m_commands.push_back(std::make_unique<MemberSetCommand>());
    m_commands.push_back(std::make_unique<BackupCommand>());
    m_commands.push_back(std::make_unique<RestoreCommand>());
    addRotationCommands(m_commands);
    addSessionCommands(m_commands);
    m_commands.push_back(std::make_unique<ScheduleRolesCommand>());
    addNetworkCommands(m_commands);
    addRepertoireCommands(m_commands);
    m_commands.push_back(std::make_unique<RecognitionConfirmCommand>(true));
    m_commands.push_back(std::make_unique<RecognitionConfirmCommand>(false));
    addReportCommands(m_commands);
    ActivityImportCommand::addAll(m_commands);
}

CommandLine::~CommandLine() = default;

const CliCommand* CommandLine::find(const QStringList& words, qsizetype& wordCount) const
{
    for (const auto& command : m_commands) {
        const QStringList name = command->words();
        if (words.size() >= name.size() && words.mid(0, name.size()) == name) {
            wordCount = name.size();
            return command.get();
        }
    }
    return nullptr;
}

QString CommandLine::overview(const QString& group) const
{
    QString text =
        QCoreApplication::translate("CommandLine", "Usage: steward-cli --db FILE COMMAND [options]\n\nCommands:\n");
    for (const auto& command : m_commands) {
        if (!group.isEmpty() && command->words().constFirst() != group)
            continue;
        const QString usage = (command->name() + QLatin1Char(' ') + command->positionalSyntax()).trimmed();
        text += QStringLiteral("  %1%2\n").arg(usage.leftJustified(24), command->summary());
    }
    text += QCoreApplication::translate(
        "CommandLine",
        "\nRun 'steward-cli COMMAND --help' for a command's options. Exit status: 0 success, 2 usage "
        "error, 1 other error.\n");
    return text;
}

QString CommandLine::commandHelp(const CliCommand& command, const QCommandLineParser& parser) const
{
    // QCommandLineParser's own usage line names the binary only; ours shows the whole form.
    QString help = parser.helpText();
    const qsizetype firstLineEnd = help.indexOf(QLatin1Char('\n'));
    const QString usage = QStringLiteral("Usage: steward-cli --db FILE %1 [options] %2")
                              .arg(command.name(), command.positionalSyntax())
                              .trimmed();
    return usage + help.mid(firstLineEnd);
}

ExitCode CommandLine::run(const QStringList& arguments, QTextStream& out, QTextStream& err, const Clock& clock)
{
    CliContext context{{}, out, err, clock, isatty(STDERR_FILENO) == 1};
    QCommandLineParser global;
    global.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    global.addOption(databaseOption());
    global.addOption(helpOption());
    global.addOption(
        {QStringLiteral("version"), QCoreApplication::translate("CommandLine", "Show the version and exit.")});
    if (!global.parse(QStringList{QStringLiteral("steward-cli")} + arguments))
        return reportError(context, ExitCode::Usage, global.errorText());
    if (global.isSet(QStringLiteral("version"))) {
        out << "steward-cli " << STEWARD_VERSION << Qt::endl;
        return ExitCode::Success;
    }
    const QStringList rest = global.positionalArguments();
    qsizetype wordCount = 0;
    const CliCommand* command = find(rest, wordCount);
    if (!command) {
        if (global.isSet(QStringLiteral("help")) || rest.isEmpty() || rest.contains(QStringLiteral("--help"))) {
            out << overview(rest.value(0));
            return rest.isEmpty() && !global.isSet(QStringLiteral("help")) ? ExitCode::Usage : ExitCode::Success;
        }
        return reportError(context,
                           ExitCode::Usage,
                           QCoreApplication::translate("CommandLine", "unknown command '%1'; run steward-cli --help")
                               .arg(rest.mid(0, 2).join(QLatin1Char(' '))));
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary());
    parser.addOption(databaseOption());
    parser.addOption(helpOption());
    command->configure(parser);
    if (!parser.parse(QStringList{QStringLiteral("steward-cli")} + rest.mid(wordCount)))
        return reportError(context, ExitCode::Usage, QStringLiteral("%1: %2").arg(command->name(), parser.errorText()));
    if (parser.isSet(QStringLiteral("help")) || global.isSet(QStringLiteral("help"))) {
        out << commandHelp(*command, parser);
        return ExitCode::Success;
    }
    context.databasePath =
        parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : global.value(QStringLiteral("db"));
    if (context.databasePath.isEmpty() && command->needsDatabase())
        return reportError(
            context,
            ExitCode::Usage,
            QCoreApplication::translate("CommandLine", "%1 needs a database: --db FILE").arg(command->name()));
    return command->run(parser, context);
}

} // namespace steward
