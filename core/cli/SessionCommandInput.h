// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"
#include "model/Community.h"
#include "model/Person.h"
#include "model/Session.h"

#include <QByteArray>
#include <QDate>
#include <QTimeZone>

#include <memory>
#include <optional>
#include <utility>

class QCommandLineParser;

namespace steward {

/**
 * What the session commands read from their options and look up in the database. The first problem wins and
 * is kept with its kind: a usage problem (the command line is wrong, exit 2) or a failure (the database says
 * no, exit 1); a command reads what it needs, then asks failed() and returns report().
 */
class SessionCommandInput
{
public:
    SessionCommandInput(const QCommandLineParser& parser, CliContext& context, QString command);

    /** The value of a required option; a usage problem ("session add needs --title") when it is missing. */
    QString required(const QString& option);
    /** An optional YYYY-MM-DD option: an invalid date when unset; a usage problem when malformed. */
    QDate date(const QString& option);
    /** A whole-number option within [low, high]; `fallback` when unset. */
    qint64 number(const QString& option, qint64 low, qint64 high, qint64 fallback);
    /** --timezone IANA, or the system's zone (UTC when the system names none). */
    QTimeZone timeZone();

    void usage(const QString& message);
    void fail(const QString& message);
    bool failed() const { return m_code.has_value(); }
    /** Writes the first problem as steward-cli's one line on stderr and returns its exit code. */
    ExitCode report();

    /** The database of --db (opened once); nullptr with a failure recorded when it cannot be opened. */
    Database* database();
    std::optional<Community> community(const QString& name);
    /** A person by email or exact name. */
    std::optional<Person> person(const QString& nameOrEmail);
    /** A session by its id (a usage problem when the text is no id, a failure when there is no such session). */
    std::optional<Session> session(const QString& idText);
    /**
     * The occurrence of `session` that `date` names: for a one-off its own day (a date, if given, must match it);
     * for a series the date is required and may be the rule's date or the day a moved occurrence moved to.
     */
    std::optional<SessionOccurrence> occurrence(const Session& session, QDate date);
    /**
     * The series of --session and its occurrence on --date, for commands that change one occurrence of a series
     * (move, cancel); `oneOffMessage` (%1: the id) is the usage problem when the session is a one-off.
     */
    std::optional<std::pair<Session, SessionOccurrence>> seriesOccurrence(const QString& oneOffMessage);

    /** An instant on its own zone's wall clock with the offset: 2026-11-05T15:00:00+01:00. */
    static QString isoLocal(const QDateTime& instant);
    /** Writes to --output FILE (replaced only once complete) or to out. */
    static Status write(const QCommandLineParser& parser, const QByteArray& bytes, QTextStream& out);

private:
    const QCommandLineParser& m_parser;
    CliContext& m_context;
    QString m_command;
    std::unique_ptr<Database> m_database;
    std::optional<ExitCode> m_code;
    QString m_message;
};

} // namespace steward
