// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArtefactEditCommand.h"

#include "cli/ArtefactCommandInput.h"
#include "repertoire/ArtefactRepository.h"
#include "repertoire/SafeMarkdown.h"

#include <QCoreApplication>
#include <QFile>

namespace steward {

namespace {

QStringList commaList(const QString& text)
{
    QStringList items;
    for (const QString& item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!item.trimmed().isEmpty())
            items.append(item.trimmed());
    }
    return items;
}

Status readBody(const QCommandLineParser& parser, Artefact& a)
{
    if (parser.isSet(QStringLiteral("body")))
        a.body = parser.value(QStringLiteral("body"));
    if (!parser.isSet(QStringLiteral("body-file")))
        return {};
    const QString path = parser.value(QStringLiteral("body-file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(QCoreApplication::translate("ArtefactEditCommand", "--body-file: cannot read '%1': %2")
                                   .arg(path, file.errorString()));
    a.body = QString::fromUtf8(file.readAll());
    return {};
}

/** The artefact as the options change it; what is not given stays as it is. */
Status applyOptions(const QCommandLineParser& parser, const Database& database, Artefact& a)
{
    if (parser.isSet(QStringLiteral("title")))
        a.title = parser.value(QStringLiteral("title"));
    if (parser.isSet(QStringLiteral("kind")))
        a.kind = parser.value(QStringLiteral("kind")).trimmed();
    if (parser.isSet(QStringLiteral("status")))
        a.status = parser.value(QStringLiteral("status")).trimmed();
    if (parser.isSet(QStringLiteral("tags")))
        a.tags = commaList(parser.value(QStringLiteral("tags")));
    if (Status s = readBody(parser, a); !s)
        return s;
    if (parser.isSet(QStringLiteral("authors"))) {
        a.authorIds.clear();
        for (const QString& key : commaList(parser.value(QStringLiteral("authors")))) {
            auto id = ArtefactCommandInput::person(database, key);
            if (!id)
                return Status::failure(QStringLiteral("--authors: ") + id.errorString());
            a.authorIds.append(*id);
        }
    }
    return {};
}

} // namespace

ArtefactEditCommand::ArtefactEditCommand()
    : CliCommand("ArtefactEditCommand",
                 "artefact edit",
                 QT_TRANSLATE_NOOP("ArtefactEditCommand",
                                   "Change an artefact's title, body, tags, kind, status or authors (a new version)."),
                 "ID")
{
}

void ArtefactEditCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 QCoreApplication::translate("ArtefactEditCommand", "The artefact's id."));
    parser.addOption({QStringLiteral("title"),
                      QCoreApplication::translate("ArtefactEditCommand", "The new title (not empty)."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("body"),
                      QCoreApplication::translate("ArtefactEditCommand", "The new body in Markdown."),
                      QStringLiteral("MARKDOWN")});
    parser.addOption({QStringLiteral("body-file"),
                      QCoreApplication::translate("ArtefactEditCommand", "Read the new body from a Markdown file."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("tags"),
         QCoreApplication::translate("ArtefactEditCommand",
                                     "The tags, comma-separated, from the community's vocabulary (empty: none)."),
         QStringLiteral("A,B")});
    parser.addOption({QStringLiteral("kind"),
                      QCoreApplication::translate("ArtefactEditCommand", "One of: %1.")
                          .arg(Artefact::kinds().join(QStringLiteral(", "))),
                      QStringLiteral("KIND")});
    parser.addOption(
        {QStringLiteral("status"),
         QCoreApplication::translate("ArtefactEditCommand", "One of: %1 ('reviewed' needs an approving review).")
             .arg(Artefact::statuses().join(QStringLiteral(", "))),
         QStringLiteral("STATUS")});
    parser.addOption({QStringLiteral("authors"),
                      QCoreApplication::translate("ArtefactEditCommand",
                                                  "The authors, comma-separated names or emails (replaces the list)."),
                      QStringLiteral("A,B")});
}

ExitCode ArtefactEditCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    if (parser.positionalArguments().size() != 1)
        return reportError(
            context, ExitCode::Usage, QCoreApplication::translate("ArtefactEditCommand", "artefact edit needs one ID"));
    auto id = ArtefactCommandInput::number(parser.positionalArguments().constFirst(), QStringLiteral("ID"));
    if (!id)
        return reportError(context, ExitCode::Usage, id.errorString());
    auto database = context.openDatabase();
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    ArtefactRepository repository(**database);
    auto found = ArtefactCommandInput::artefact(**database, *id);
    if (!found)
        return reportError(context, ExitCode::Failure, found.errorString());
    Artefact changed = *found;
    if (Status s = applyOptions(parser, **database, changed); !s)
        return reportError(context, ExitCode::Failure, s.errorString());
    auto version = repository.saveEdit(changed, changed.authorIds.value(0), context.clock.now());
    if (!version)
        return reportError(context, ExitCode::Failure, version.errorString());
    if (SafeMarkdown::containsRawHtml(changed.body))
        context.err << QCoreApplication::translate(
            "ArtefactEditCommand", "steward-cli: note: the body holds raw HTML; it is kept, and always shown as text.")
                    << Qt::endl;
    context.out << QCoreApplication::translate("ArtefactEditCommand", "Saved artefact %1 '%2' as version %3 (%4).")
                       .arg(*id)
                       .arg(changed.title.trimmed())
                       .arg(*version)
                       .arg(changed.status)
                << Qt::endl;
    return ExitCode::Success;
}

} // namespace steward
