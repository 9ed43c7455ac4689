// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeopleMergeCommand.h"

#include "storage/PersonMerge.h"
#include "storage/PersonRepository.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace steward {

namespace {

/** A person by id (digits only), email or exact name. */
Result<Person> findPerson(const PersonRepository& people, const QString& key)
{
    static const QRegularExpression digits(QStringLiteral(R"(^\d+$)"));
    if (!digits.match(key.trimmed()).hasMatch())
        return people.findByNameOrEmail(key);
    auto byId = people.find(key.trimmed().toLongLong());
    if (!byId)
        return Result<Person>::failure(byId.errorString());
    if (!byId->has_value())
        return Result<Person>::failure(
            QCoreApplication::translate("PeopleMergeCommand", "no person has the id %1").arg(key.trimmed()));
    return **byId;
}

} // namespace

PeopleMergeCommand::PeopleMergeCommand()
    : CliCommand("PeopleMergeCommand",
                 "people merge",
                 QT_TRANSLATE_NOOP("PeopleMergeCommand",
                                   "Merge a person into another: their interactions, memberships, attendance and ids "
                                   "move over, then the person is deleted."))
{
}

void PeopleMergeCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("from"),
                      QCoreApplication::translate("PeopleMergeCommand",
                                                  "The person to merge and delete, by id, email or exact name."),
                      QStringLiteral("ID_OR_NAME")});
    parser.addOption(
        {QStringLiteral("into"),
         QCoreApplication::translate("PeopleMergeCommand", "The person who stays, by id, email or exact name."),
         QStringLiteral("ID_OR_NAME")});
    parser.addOption({QStringLiteral("keep-target-ids"),
                      QCoreApplication::translate("PeopleMergeCommand",
                                                  "When both have a different email or external id of one kind, "
                                                  "keep the --into person's and drop the other (otherwise refused).")});
}

ExitCode PeopleMergeCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    for (const char* required : {"from", "into"}) {
        if (parser.value(QString::fromLatin1(required)).trimmed().isEmpty())
            return reportError(context,
                               ExitCode::Usage,
                               QCoreApplication::translate("PeopleMergeCommand", "people merge needs --%1")
                                   .arg(QString::fromLatin1(required)));
    }
    auto database = context.openDatabase();
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    const PersonRepository people(**database);
    auto source = findPerson(people, parser.value(QStringLiteral("from")));
    if (!source)
        return reportError(context, ExitCode::Failure, QStringLiteral("--from: ") + source.errorString());
    auto target = findPerson(people, parser.value(QStringLiteral("into")));
    if (!target)
        return reportError(context, ExitCode::Failure, QStringLiteral("--into: ") + target.errorString());
    if (source->id == target->id)
        return reportError(
            context,
            ExitCode::Usage,
            QCoreApplication::translate("PeopleMergeCommand", "--from and --into name the same person, %1 (#%2)")
                .arg(source->name)
                .arg(source->id));
    PersonMerge merge(**database);
    const auto preview = merge.preview(source->id, target->id);
    if (!preview)
        return reportError(context, ExitCode::Failure, preview.errorString());
    PersonMerge::Options options;
    options.keepTargetIds = parser.isSet(QStringLiteral("keep-target-ids"));
    auto outcome = merge.merge(source->id, target->id, options);
    if (!outcome) {
        const QString hint =
            preview->conflicts.isEmpty()
                ? QString()
                : QLatin1Char(' ')
                      + QCoreApplication::translate("PeopleMergeCommand", "Add --keep-target-ids to merge anyway.");
        return reportError(context, ExitCode::Failure, outcome.errorString() + hint);
    }
    context.out << outcome->describe() << Qt::endl;
    return ExitCode::Success;
}

} // namespace steward
