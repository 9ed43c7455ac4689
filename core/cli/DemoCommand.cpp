// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoCommand.h"

#include "demo/SampleCommunity.h"

#include <QCoreApplication>

namespace steward {

DemoCommand::DemoCommand()
    : CliCommand("DemoCommand",
                 "demo",
                 QT_TRANSLATE_NOOP("DemoCommand", "Create the sample database: about 120 people in three communities."))
{
}

void DemoCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("seed"),
                      QCoreApplication::translate("DemoCommand", "Seed of the sample (same seed, same sample)."),
                      QStringLiteral("N"),
                      QString::number(SampleCommunity::kDefaultSeed)});
}

ExitCode DemoCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    bool ok = false;
    const quint64 seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok) {
        return reportError(
            context,
            ExitCode::Usage,
            QCoreApplication::translate("DemoCommand", "--seed needs a non-negative whole number, not %1")
                .arg(parser.value(QStringLiteral("seed"))));
    }
    auto database = context.openDatabase(Database::OpenMode::CreateIfMissing);
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    auto summary = SampleCommunity::create(**database, seed, context.clock);
    if (!summary)
        return reportError(context, ExitCode::Failure, summary.errorString());
    context.out << QCoreApplication::translate("DemoCommand",
                                               "Created the sample in %1: %2 people, %3 communities, %4 memberships.")
                       .arg(context.databasePath)
                       .arg(summary->people)
                       .arg(summary->communities)
                       .arg(summary->memberships)
                << Qt::endl;
    return ExitCode::Success;
}

} // namespace steward
