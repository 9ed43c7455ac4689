// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionPairsMetCommand.h"

#include "cli/SessionCommandInput.h"
#include "storage/SessionPairingRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace steward {

namespace {

/** The group of `person` in `round` of the stored pairing; 0 when they have no seat there. */
int groupOf(const SessionPairing& pairing, int round, qint64 person)
{
    for (const SessionPairingSeat& seat : pairing.seats) {
        if (seat.round == round && seat.personId == person)
            return seat.group;
    }
    return 0;
}

/** The people of --people, each with a seat in the same group of the round; nullopt with the problem recorded. */
std::optional<QList<Person>>
groupMembers(SessionCommandInput& input, const SessionPairing& pairing, int round, const QString& peopleText)
{
    QList<Person> people;
    int group = 0;
    for (const QString& part : peopleText.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto person = input.person(part.trimmed());
        if (!person)
            return std::nullopt;
        const int theirs = groupOf(pairing, round, person->id);
        if (theirs == 0) {
            input.fail(QCoreApplication::translate("SessionPairsMetCommand", "%1 has no place in round %2")
                           .arg(person->name)
                           .arg(round));
            return std::nullopt;
        }
        if (group != 0 && theirs != group) {
            input.fail(
                QCoreApplication::translate("SessionPairsMetCommand", "%1 and %2 were in different groups in round %3")
                    .arg(people.constFirst().name, person->name)
                    .arg(round));
            return std::nullopt;
        }
        group = theirs;
        people << *person;
    }
    return people;
}

} // namespace

SessionPairsMetCommand::SessionPairsMetCommand()
    : CliCommand(
        "SessionPairsMetCommand",
        "session pairs-met",
        QT_TRANSLATE_NOOP("SessionPairsMetCommand",
                          "Mark whether people of one group of a stored round really met (the pairing history)."))
{
}

void SessionPairsMetCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("session"),
                      QCoreApplication::translate("SessionPairsMetCommand", "The session, by id."),
                      QStringLiteral("ID")});
    parser.addOption(
        {QStringLiteral("date"),
         QCoreApplication::translate("SessionPairsMetCommand", "The occurrence, for a series (the day it falls on)."),
         QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("round"),
                      QCoreApplication::translate("SessionPairsMetCommand", "The round, from 1."),
                      QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("people"),
         QCoreApplication::translate("SessionPairsMetCommand", "People of one group, by email or exact name."),
         QStringLiteral("A,B")});
    parser.addOption(
        {QStringLiteral("not"), QCoreApplication::translate("SessionPairsMetCommand", "They did not meet after all.")});
}

ExitCode SessionPairsMetCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    SessionCommandInput input(parser, context, name());
    const QString sessionId = input.required(QStringLiteral("session"));
    const QDate date = input.date(QStringLiteral("date"));
    input.required(QStringLiteral("round"));
    const int round = int(input.number(QStringLiteral("round"), 1, 1000, 0));
    const QString peopleText = input.required(QStringLiteral("people"));
    const bool met = !parser.isSet(QStringLiteral("not"));
    if (input.failed())
        return input.report();
    const auto session = input.session(sessionId);
    if (input.failed())
        return input.report();
    const auto occurrence = input.occurrence(*session, date);
    if (input.failed())
        return input.report();
    SessionPairingRepository repository(*input.database());
    auto pairing = repository.find(session->id, occurrence->date);
    if (!pairing)
        return reportError(context, ExitCode::Failure, pairing.errorString());
    if (round > pairing->rounds().size())
        return reportError(
            context,
            ExitCode::Failure,
            QCoreApplication::translate("SessionPairsMetCommand", "\"%1\" on %2 has %3 stored round(s), not a round %4")
                .arg(session->title, occurrence->date.toString(Qt::ISODate))
                .arg(pairing->rounds().size())
                .arg(round));
    const auto people = groupMembers(input, *pairing, round, peopleText);
    if (input.failed())
        return input.report();
    Transaction transaction(input.database()->connection());
    Status status = transaction.isActive() ? Status() : Status::failure(transaction.errorString());
    QStringList names;
    for (const Person& person : *people) {
        if (status)
            status = repository.setMet(session->id, occurrence->date, round, person.id, met);
        names << person.name;
    }
    if (status)
        status = transaction.commit();
    if (!status)
        return reportError(context, ExitCode::Failure, status.errorString());
    const QString text =
        met ? QCoreApplication::translate("SessionPairsMetCommand", "Round %1 of \"%2\" on %3: %4 met.")
            : QCoreApplication::translate("SessionPairsMetCommand", "Round %1 of \"%2\" on %3: %4 did not meet.");
    context.out << text.arg(round).arg(session->title, occurrence->date.toString(Qt::ISODate), names.join(u", "))
                << Qt::endl;
    return ExitCode::Success;
}

} // namespace steward
