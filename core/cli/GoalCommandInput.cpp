// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoalCommandInput.h"

#include "storage/CommunityRepository.h"
#include "storage/MastermindRepository.h"
#include "storage/PersonRepository.h"

#include <QCoreApplication>

namespace steward::GoalCommandInput {

Result<Community> community(const Database& database, const QString& name)
{
    auto found = CommunityRepository(database).findByName(name.trimmed());
    if (!found)
        return Result<Community>::failure(found.errorString());
    if (!found->has_value())
        return Result<Community>::failure(
            QCoreApplication::translate("GoalCommandInput", "no community is named '%1'").arg(name));
    return **found;
}

Result<MastermindGroup> group(const Database& database, const QString& name, const QString& communityName)
{
    using R = Result<MastermindGroup>;
    auto groups = MastermindRepository(database).findByName(name);
    if (!groups)
        return R::failure(groups.errorString());
    std::optional<qint64> communityId;
    if (!communityName.trimmed().isEmpty()) {
        auto found = community(database, communityName);
        if (!found)
            return R::failure(found.errorString());
        communityId = found->id;
    }
    QList<MastermindGroup> matching;
    for (const MastermindGroup& g : std::as_const(*groups)) {
        if (!communityId || g.communityId == *communityId)
            matching.append(g);
    }
    if (matching.isEmpty())
        return R::failure(
            QCoreApplication::translate("GoalCommandInput", "no mastermind group is named '%1'").arg(name));
    if (matching.size() > 1)
        return R::failure(QCoreApplication::translate("GoalCommandInput",
                                                      "%1 groups are named '%2': name the community with --community")
                              .arg(matching.size())
                              .arg(name));
    return matching.constFirst();
}

void addPersonOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("person"),
                      QCoreApplication::translate("GoalCommandInput", "The person, by email or exact name (required)."),
                      QStringLiteral("NAME_OR_EMAIL")});
    parser.addOption({QStringLiteral("note"),
                      QCoreApplication::translate("GoalCommandInput", "Why, e.g. \"parental leave\"."),
                      QStringLiteral("TEXT")});
}

Status requirePerson(const QCommandLineParser& parser, const QString& command)
{
    if (!parser.value(QStringLiteral("person")).trimmed().isEmpty())
        return {};
    return Status::failure(
        QCoreApplication::translate("GoalCommandInput", "%1 needs --person NAME_OR_EMAIL").arg(command));
}

Result<Person> person(const Database& database, const QCommandLineParser& parser)
{
    return PersonRepository(database).findByNameOrEmail(parser.value(QStringLiteral("person")));
}

Result<std::optional<QDate>> date(const QCommandLineParser& parser, const QString& option)
{
    using R = Result<std::optional<QDate>>;
    if (!parser.isSet(option))
        return R(std::nullopt);
    const QDate value = QDate::fromString(parser.value(option).trimmed(), Qt::ISODate);
    if (!value.isValid())
        return R::failure(
            QCoreApplication::translate("GoalCommandInput", "--%1: '%2' is not a date in the form YYYY-MM-DD")
                .arg(option, parser.value(option)));
    return R(value);
}

} // namespace steward::GoalCommandInput
