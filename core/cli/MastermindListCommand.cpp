// SPDX-License-Identifier: GPL-3.0-or-later
#include "MastermindListCommand.h"

#include "cli/RecordTable.h"
#include "cli/ScheduleCommandOutput.h"
#include "storage/CommunityRepository.h"
#include "storage/MastermindRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace steward {

namespace {

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QStringList memberNames(const MastermindGroup& group)
{
    QStringList names;
    for (const MastermindMember& member : group.members)
        names.append(member.personName);
    return names;
}

QByteArray groupsJson(const QList<MastermindGroup>& groups, const QHash<qint64, QString>& communityName)
{
    // Members are a JSON array, which RecordTable's flat rows cannot carry.
    QJsonArray array;
    for (const MastermindGroup& g : groups) {
        array.append(QJsonObject{{QStringLiteral("id"), g.id},
                                 {QStringLiteral("name"), g.name},
                                 {QStringLiteral("community"), communityName.value(g.communityId)},
                                 {QStringLiteral("members"), QJsonArray::fromStringList(memberNames(g))},
                                 {QStringLiteral("member_count"), g.members.size()},
                                 {QStringLiteral("confidential"), g.confidential},
                                 {QStringLiteral("cadence"), textOrNull(g.cadence)},
                                 {QStringLiteral("ground_rules"), textOrNull(g.groundRules)}});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray groupsTable(const QList<MastermindGroup>& groups,
                       const QHash<qint64, QString>& communityName,
                       RecordTable::Format format)
{
    RecordTable table({QStringLiteral("id"),
                       QStringLiteral("name"),
                       QStringLiteral("community"),
                       QStringLiteral("members"),
                       QStringLiteral("member_count"),
                       QStringLiteral("confidential"),
                       QStringLiteral("cadence"),
                       QStringLiteral("ground_rules")});
    for (const MastermindGroup& g : groups) {
        table.addRow({g.id,
                      g.name,
                      communityName.value(g.communityId),
                      memberNames(g).join(QStringLiteral("; ")),
                      qint64(g.members.size()),
                      g.confidential ? QStringLiteral("true") : QStringLiteral("false"),
                      g.cadence,
                      g.groundRules});
    }
    return format == RecordTable::Format::Csv ? table.toCsv() : table.toText().toUtf8();
}

} // namespace

MastermindListCommand::MastermindListCommand()
    : CliCommand("MastermindListCommand",
                 "mastermind list",
                 QT_TRANSLATE_NOOP("MastermindListCommand",
                                   "List the mastermind groups with their members, as a table, JSON or CSV."))
{
}

void MastermindListCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("community"),
                      QCoreApplication::translate("MastermindListCommand", "Only the groups of this community."),
                      QStringLiteral("NAME")});
    RecordTable::addOutputOptions(parser);
}

ExitCode MastermindListCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    auto format = RecordTable::formatFrom(parser);
    if (!format)
        return reportError(context, ExitCode::Usage, format.errorString());
    auto database = context.openDatabase();
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    auto communities = CommunityRepository(**database).all();
    if (!communities)
        return reportError(context, ExitCode::Failure, communities.errorString());
    QHash<qint64, QString> communityName;
    for (const Community& c : std::as_const(*communities))
        communityName.insert(c.id, c.name);

    MastermindRepository repository(**database);
    Result<QList<MastermindGroup>> groups = repository.all();
    if (parser.isSet(QStringLiteral("community"))) {
        const QString name = parser.value(QStringLiteral("community")).trimmed();
        auto community = CommunityRepository(**database).findByName(name);
        if (!community)
            return reportError(context, ExitCode::Failure, community.errorString());
        if (!community->has_value())
            return reportError(
                context,
                ExitCode::Failure,
                QCoreApplication::translate("MastermindListCommand", "no community is named %1").arg(name));
        groups = repository.forCommunity((*community)->id);
    }
    if (!groups)
        return reportError(context, ExitCode::Failure, groups.errorString());

    const QByteArray bytes = *format == RecordTable::Format::Json ? groupsJson(*groups, communityName)
                                                                  : groupsTable(*groups, communityName, *format);
    if (Status s = ScheduleCommandOutput::write(parser, bytes, context.out); !s)
        return reportError(context, ExitCode::Failure, s.errorString());
    return ExitCode::Success;
}

} // namespace steward
