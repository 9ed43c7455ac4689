// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportListCommand.h"

#include "cli/RecordTable.h"
#include "storage/CommunityRepository.h"
#include "storage/ImportBatchRepository.h"

#include <QCoreApplication>

namespace steward {

ImportListCommand::ImportListCommand()
    : CliCommand("ImportListCommand",
                 "import list",
                 QT_TRANSLATE_NOOP("ImportListCommand", "List the import batches, newest first."))
{
}

void ImportListCommand::configure(QCommandLineParser& parser) const
{
    RecordTable::addOutputOptions(parser);
}

ExitCode ImportListCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    auto format = RecordTable::formatFrom(parser);
    if (!format)
        return reportError(context, ExitCode::Usage, format.errorString());
    auto database = context.openDatabase();
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    auto batches = ImportBatchRepository(**database).all();
    auto communities = CommunityRepository(**database).all();
    if (!batches || !communities)
        return reportError(context, ExitCode::Failure, batches ? communities.errorString() : batches.errorString());
    RecordTable table({QStringLiteral("id"),
                       QStringLiteral("kind"),
                       QStringLiteral("file"),
                       QStringLiteral("community"),
                       QStringLiteral("imported_at"),
                       QStringLiteral("rows"),
                       QStringLiteral("format"),
                       QStringLiteral("messages_read"),
                       QStringLiteral("people_matched"),
                       QStringLiteral("people_created")});
    ImportBatchRepository repository(**database);
    for (const ImportBatch& batch : std::as_const(*batches)) {
        QString community;
        for (const Community& c : std::as_const(*communities)) {
            if (c.id == batch.communityId)
                community = c.name;
        }
        // Activity imports (Slack, Discord...) add their format and counts; other batches leave them empty.
        auto activity = repository.activity(batch.id);
        if (!activity)
            return reportError(context, ExitCode::Failure, activity.errorString());
        const bool isActivity = activity->has_value();
        table.addRow({batch.id,
                      batch.kind,
                      batch.file,
                      community,
                      batch.importedAt.toUTC().toString(Qt::ISODate),
                      batch.rows,
                      isActivity ? QVariant((*activity)->format) : QVariant(),
                      isActivity ? QVariant((*activity)->messagesRead) : QVariant(),
                      isActivity ? QVariant((*activity)->peopleMatched) : QVariant(),
                      isActivity ? QVariant((*activity)->peopleCreated) : QVariant()});
    }
    if (Status s = table.write(parser, *format, context.out); !s)
        return reportError(context, ExitCode::Failure, s.errorString());
    return ExitCode::Success;
}

} // namespace steward
