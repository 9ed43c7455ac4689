// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommand.h"

#include <QCoreApplication>

namespace steward {

Result<std::unique_ptr<Database>> CliContext::openDatabase(Database::OpenMode mode) const
{
    if (databasePath.isEmpty()) {
        return Result<std::unique_ptr<Database>>::failure(
            QCoreApplication::translate("CliContext", "no database given: use --db FILE"));
    }
    return Database::open(databasePath, mode);
}

CliCommand::CliCommand(const char* context, const char* words, const char* summary, const char* positionalSyntax)
    : m_context(context)
    , m_words(QString::fromLatin1(words).split(QLatin1Char(' ')))
    , m_summary(summary)
    , m_positionalSyntax(QString::fromLatin1(positionalSyntax))
{
}

QString CliCommand::summary() const
{
    return QCoreApplication::translate(m_context, m_summary);
}

void CliCommand::configure(QCommandLineParser& parser) const
{
    Q_UNUSED(parser);
}

ExitCode reportError(CliContext& context, ExitCode code, const QString& message)
{
    QString line = message.simplified();
    context.err << "steward-cli: " << line << Qt::endl;
    return code;
}

} // namespace steward
