// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"
#include "storage/RotationRecord.h"
#include "storage/RotationSource.h"

#include <QDate>
#include <QList>

#include <optional>

namespace steward {

/**
 * The shared work of `schedule hot-seat|micro-teach|on-call`: read the options, find the group or
 * community, build the request from the database (stored absences, the stored plan's past), run the
 * one rotation engine, print the plan and, with --save, store it. Subclasses say whose rotation it is
 * and on which dates it meets.
 */
class ScheduleCommand : public CliCommand
{
public:
    /** The options every schedule shares, parsed; usage problems are found before the database is opened. */
    struct Options
    {
        QDate from;
        int count = 0; // meetings or shifts
        std::optional<int> seatsPerMeeting;
        std::optional<int> everyWeeks;
        std::optional<Qt::DayOfWeek> weekday;
        std::optional<int> daysPerShift;
        QList<QDate> skips;
        std::optional<quint64> seed;
    };
    /** Whose rotation it is, as found in the database. */
    struct Target
    {
        qint64 ownerId = 0;
        QString description; // "the mastermind group X", "the community Y"
        QString cadence;
    };

    void configure(QCommandLineParser& parser) const final;
    ExitCode run(const QCommandLineParser& parser, CliContext& context) const final;

    /** The largest number of meetings or shifts one command plans. */
    static constexpr int kMaxMeetings = 5000;

    /** Weekly dates from first, every everyWeeks weeks, count of them once the skipped dates are left out. */
    static Result<QList<QDate>> weeklyDates(QDate first, int everyWeeks, int count, const QList<QDate>& skips);
    /** A whole number of at least 1 from an option, or a usage message. */
    static Result<int> positiveOption(const QCommandLineParser& parser, const QString& name);
    /** Dates from an option that may repeat and may hold comma-separated lists. */
    static Result<QList<QDate>> datesOption(const QCommandLineParser& parser, const QString& name);
    static Result<Qt::DayOfWeek> weekdayFrom(const QString& text);
    /** The number of meetings or shifts from a required option: 1 to kMaxMeetings, or a usage message. */
    static Result<int> countOption(const QCommandLineParser& parser, const QString& name);
    /** The community named by --community, or a message that names what was asked for. */
    static Result<Target> communityTarget(const QCommandLineParser& parser, const Database& database);

protected:
    /** As CliCommand's: the context translates the summary, which QT_TRANSLATE_NOOP marks. */
    ScheduleCommand(const char* context, const char* words, const char* summary)
        : CliCommand(context, words, summary)
    {
    }

    virtual RotationKind kind() const = 0;
    /** The options naming the target and the dates, beside the shared ones. */
    virtual void configureSeries(QCommandLineParser& parser) const = 0;
    /** Reads the subclass's own options into options; a failure is a usage error. */
    virtual Status parseSeries(const QCommandLineParser& parser, Options& options) const = 0;
    /** The group or community; a failure (unknown, ambiguous) is exit status 1. */
    virtual Result<Target> findTarget(const QCommandLineParser& parser, const Database& database) const = 0;
    /** The new meetings (shift starts), all on or after options.from. */
    virtual Result<QList<QDate>> meetingDates(const Options& options, const Target& target) const = 0;
    /** The message when nobody takes turns, e.g. "the mastermind group X has no members". */
    virtual QString nobodyMessage(const Target& target) const = 0;

private:
    Status parseOptions(const QCommandLineParser& parser, Options& options) const;
    Result<RotationSeries>
    seriesFor(Options options, const Target& target, const std::optional<RotationRecord>& stored) const;
    /** Exit status 1 when a meeting from `from` on cannot be staffed; a warning on err for other broken rules. */
    ExitCode judge(const RotationPlan& plan, QDate from, CliContext& context) const;
};

} // namespace steward
