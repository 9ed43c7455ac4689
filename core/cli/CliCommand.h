// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <memory>

namespace steward {

/** steward-cli's exit codes; scripts depend on them. */
enum class ExitCode
{
    Success = 0,
    Failure = 1,
    Usage = 2,
};

/** What every command gets: the database path, the output streams and the clock. */
struct CliContext
{
    QString databasePath;
    QTextStream& out;
    QTextStream& err;
    const Clock& clock;
    /** True when progress lines may be written to stderr (a terminal is attached). */
    bool showProgress = false;

    Result<std::unique_ptr<Database>> openDatabase(Database::OpenMode mode = Database::OpenMode::ExistingOnly) const;
};

/** One steward-cli subcommand ("people import"): its options, its help and its work. */
class CliCommand
{
public:
    virtual ~CliCommand() = default;
    /** The words that select the command, e.g. {"people", "import"}. */
    virtual QStringList words() const { return m_words; }
    virtual QString summary() const;
    /** The positional part of the usage line, e.g. "FILE.csv". */
    virtual QString positionalSyntax() const { return m_positionalSyntax; }
    /** Adds the command's options; the default has none. */
    virtual void configure(QCommandLineParser& parser) const;
    /** Whether the command works on the --db file; those that do not (restore) run without one. */
    virtual bool needsDatabase() const { return true; }
    /** Runs after the options parsed; usage problems return ExitCode::Usage with a line on err. */
    virtual ExitCode run(const QCommandLineParser& parser, CliContext& context) const = 0;

    QString name() const { return words().join(QLatin1Char(' ')); }

protected:
    CliCommand() = default;
    /**
     * words: "people import"; summary: marked with QT_TRANSLATE_NOOP(context, ...) so lupdate
     * finds it, translated when shown.
     */
    CliCommand(const char* context, const char* words, const char* summary, const char* positionalSyntax = "");

private:
    const char* m_context = "";
    QStringList m_words;
    const char* m_summary = "";
    QString m_positionalSyntax;
};

/** Writes "steward-cli: message" on stderr and returns the code. */
ExitCode reportError(CliContext& context, ExitCode code, const QString& message);

} // namespace steward
