// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecognitionListCommand.h"

#include "cli/ArtefactCommandInput.h"
#include "cli/RecordTable.h"
#include "repertoire/CommunityRecognition.h"
#include "repertoire/RecognitionRepository.h"

#include <QCoreApplication>

namespace steward {

namespace {

RecordTable contributionTable(const QList<PersonContributions>& rows)
{
    RecordTable table({QStringLiteral("person"),
                       QStringLiteral("sessions_facilitated"),
                       QStringLiteral("micro_teaches"),
                       QStringLiteral("hot_seats"),
                       QStringLiteral("artefacts_written"),
                       QStringLiteral("reviews_done"),
                       QStringLiteral("answers_given"),
                       QStringLiteral("total")});
    for (const PersonContributions& p : rows)
        table.addRow({p.name,
                      p.sessionsFacilitated,
                      p.microTeaches,
                      p.hotSeats,
                      p.artefactsWritten,
                      p.reviewsDone,
                      p.answersGiven,
                      p.total()});
    return table;
}

Result<RecordTable> recognitionTable(const Database& database, qint64 communityId, const QDate& from, const QDate& to)
{
    auto all = RecognitionRepository(database).list(communityId, {}, from, to);
    if (!all)
        return Result<RecordTable>::failure(all.errorString());
    RecordTable table({QStringLiteral("id"),
                       QStringLiteral("date"),
                       QStringLiteral("from"),
                       QStringLiteral("to"),
                       QStringLiteral("badge"),
                       QStringLiteral("reason"),
                       QStringLiteral("status")});
    for (const Recognition& r : std::as_const(*all))
        table.addRow(
            {r.id, r.givenOn.toString(Qt::ISODate), r.giverName, r.receiverName, r.badgeName, r.reason, r.status});
    return table;
}

} // namespace

RecognitionListCommand::RecognitionListCommand()
    : CliCommand("RecognitionListCommand",
                 "recognition list",
                 QT_TRANSLATE_NOOP("RecognitionListCommand",
                                   "List shout-outs and badges, contribution counts, or the opt-in leaderboard."))
{
}

void RecognitionListCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("community"),
                      QCoreApplication::translate("RecognitionListCommand", "The community."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("from"),
                      QCoreApplication::translate("RecognitionListCommand", "First day of the period."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("to"),
                      QCoreApplication::translate("RecognitionListCommand", "Last day of the period (default today)."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption(
        {QStringLiteral("contributions"),
         QCoreApplication::translate("RecognitionListCommand", "Contribution counts per person in the period.")});
    parser.addOption({QStringLiteral("leaderboard"),
                      QCoreApplication::translate("RecognitionListCommand",
                                                  "Contributions ranked (only where the community opted in).")});
    parser.addOption({QStringLiteral("propose-badges"),
                      QCoreApplication::translate("RecognitionListCommand",
                                                  "First record the badges activity earned, as proposals.")});
    RecordTable::addOutputOptions(parser);
}

ExitCode RecognitionListCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    auto format = RecordTable::formatFrom(parser);
    auto from = ArtefactCommandInput::date(parser, QStringLiteral("from"), {});
    auto to = ArtefactCommandInput::date(parser, QStringLiteral("to"), context.clock.today());
    if (!format || !from || !to)
        return reportError(context,
                           ExitCode::Usage,
                           !format ? format.errorString()
                           : !from ? from.errorString()
                                   : to.errorString());
    if (!parser.isSet(QStringLiteral("community")))
        return reportError(context,
                           ExitCode::Usage,
                           QCoreApplication::translate("RecognitionListCommand", "--community NAME is required"));
    auto database = context.openDatabase();
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    auto community = ArtefactCommandInput::community(**database, parser.value(QStringLiteral("community")));
    if (!community)
        return reportError(context, ExitCode::Failure, community.errorString());
    CommunityRecognition recognition(**database, community->id);
    if (parser.isSet(QStringLiteral("propose-badges"))) {
        if (auto proposed = recognition.proposeBadges(*to); !proposed)
            return reportError(context, ExitCode::Failure, proposed.errorString());
    }
    Result<RecordTable> table = RecordTable({});
    if (parser.isSet(QStringLiteral("leaderboard")) || parser.isSet(QStringLiteral("contributions"))) {
        auto rows = parser.isSet(QStringLiteral("leaderboard")) ? recognition.leaderboard(*from, *to)
                                                                : recognition.contributions(*from, *to);
        table = rows ? Result<RecordTable>(contributionTable(*rows)) : Result<RecordTable>::failure(rows.errorString());
    } else {
        table = recognitionTable(**database, community->id, *from, *to);
    }
    if (!table)
        return reportError(context, ExitCode::Failure, table.errorString());
    if (Status s = table->write(parser, *format, context.out); !s)
        return reportError(context, ExitCode::Failure, s.errorString());
    return ExitCode::Success;
}

} // namespace steward
