// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArtefactAddCommand.h"

#include "cli/ArtefactCommandInput.h"
#include "repertoire/ArtefactRepository.h"
#include "repertoire/SafeMarkdown.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QFile>

namespace steward {

namespace {

Result<QString> bodyFrom(const QCommandLineParser& parser)
{
    if (!parser.isSet(QStringLiteral("body-file")))
        return parser.value(QStringLiteral("body"));
    const QString path = parser.value(QStringLiteral("body-file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QString>::failure(
            QCoreApplication::translate("ArtefactAddCommand", "cannot read '%1': %2").arg(path, file.errorString()));
    return QString::fromUtf8(file.readAll());
}

Status originFrom(const QCommandLineParser& parser, Artefact& a)
{
    const bool session = parser.isSet(QStringLiteral("from-session"));
    const bool seat = parser.isSet(QStringLiteral("seat"));
    const bool incident = parser.isSet(QStringLiteral("incident"));
    if (int(session) + int(seat) + int(incident) > 1)
        return Status::failure(
            QCoreApplication::translate("ArtefactAddCommand", "give one origin: --from-session, --seat or --incident"));
    if (session || seat) {
        const QString option = session ? QStringLiteral("from-session") : QStringLiteral("seat");
        auto id = ArtefactCommandInput::number(parser.value(option), QStringLiteral("--") + option);
        if (!id)
            return Status::failure(id.errorString());
        a.origin.kind = session ? QStringLiteral("session") : QStringLiteral("hot-seat");
        (session ? a.origin.sessionId : a.origin.seatId) = *id;
    }
    if (incident) {
        a.origin.kind = QStringLiteral("incident");
        a.origin.link = parser.value(QStringLiteral("incident"));
    }
    return {};
}

} // namespace

ArtefactAddCommand::ArtefactAddCommand()
    : CliCommand(
        "ArtefactAddCommand",
        "artefact add",
        QT_TRANSLATE_NOOP("ArtefactAddCommand",
                          "Add an artefact to a community's repertoire (or a draft from a session's learnings)."))
{
}

void ArtefactAddCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("community"),
                      QCoreApplication::translate("ArtefactAddCommand", "The community."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("kind"),
                      QCoreApplication::translate("ArtefactAddCommand", "One of: %1.")
                          .arg(Artefact::kinds().join(QStringLiteral(", "))),
                      QStringLiteral("KIND")});
    parser.addOption({QStringLiteral("title"),
                      QCoreApplication::translate("ArtefactAddCommand", "The title (not empty)."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("body"),
                      QCoreApplication::translate("ArtefactAddCommand",
                                                  "The body in Markdown (raw HTML is kept but always shown as text)."),
                      QStringLiteral("MARKDOWN")});
    parser.addOption({QStringLiteral("body-file"),
                      QCoreApplication::translate("ArtefactAddCommand", "Read the body from a Markdown file."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("tag"),
         QCoreApplication::translate("ArtefactAddCommand", "A tag of the community's vocabulary (repeatable)."),
         QStringLiteral("TAG")});
    parser.addOption(
        {QStringLiteral("new-tag"),
         QCoreApplication::translate("ArtefactAddCommand", "A tag to add to the vocabulary and use (repeatable)."),
         QStringLiteral("TAG")});
    parser.addOption({QStringLiteral("author"),
                      QCoreApplication::translate("ArtefactAddCommand", "An author, by name or email (repeatable)."),
                      QStringLiteral("PERSON")});
    parser.addOption({QStringLiteral("status"),
                      QCoreApplication::translate("ArtefactAddCommand", "draft (default), current or retired."),
                      QStringLiteral("STATUS")});
    parser.addOption(
        {QStringLiteral("from-session"),
         QCoreApplication::translate(
             "ArtefactAddCommand", "The session it came from; without --title, a draft from the session's learnings."),
         QStringLiteral("ID")});
    parser.addOption(
        {QStringLiteral("seat"),
         QCoreApplication::translate("ArtefactAddCommand", "The hot seat (rotation seat id) it came from."),
         QStringLiteral("ID")});
    parser.addOption(
        {QStringLiteral("incident"),
         QCoreApplication::translate("ArtefactAddCommand", "The incident it came from (a link or reference)."),
         QStringLiteral("LINK")});
}

Result<Artefact>
ArtefactAddCommand::artefactFrom(const QCommandLineParser& parser, const Database& database, qint64 communityId)
{
    using R = Result<Artefact>;
    Artefact a;
    a.communityId = communityId;
    a.kind = parser.value(QStringLiteral("kind")).trimmed();
    a.title = parser.value(QStringLiteral("title"));
    a.status = parser.isSet(QStringLiteral("status")) ? parser.value(QStringLiteral("status")).trimmed()
                                                      : QStringLiteral("draft");
    a.tags = parser.values(QStringLiteral("tag")) + parser.values(QStringLiteral("new-tag"));
    auto body = bodyFrom(parser);
    if (!body)
        return R::failure(body.errorString());
    a.body = *body;
    if (Status s = originFrom(parser, a); !s)
        return R::failure(s.errorString());
    for (const QString& key : parser.values(QStringLiteral("author"))) {
        auto id = ArtefactCommandInput::person(database, key);
        if (!id)
            return R::failure(QStringLiteral("--author: ") + id.errorString());
        a.authorIds.append(*id);
    }
    return a;
}

ExitCode ArtefactAddCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    const bool fromLearnings = parser.isSet(QStringLiteral("from-session")) && !parser.isSet(QStringLiteral("title"));
    if (!parser.isSet(QStringLiteral("community")) || (!fromLearnings && !parser.isSet(QStringLiteral("title"))))
        return reportError(
            context,
            ExitCode::Usage,
            QCoreApplication::translate("ArtefactAddCommand", "artefact add needs --community NAME and --title TEXT"));
    if (!parser.isSet(QStringLiteral("kind")) && !fromLearnings)
        return reportError(context,
                           ExitCode::Usage,
                           QCoreApplication::translate("ArtefactAddCommand", "artefact add needs --kind KIND"));
    auto database = context.openDatabase();
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    auto community = ArtefactCommandInput::community(**database, parser.value(QStringLiteral("community")));
    if (!community)
        return reportError(context, ExitCode::Failure, community.errorString());
    auto artefact = artefactFrom(parser, **database, community->id);
    if (!artefact)
        return reportError(context, ExitCode::Failure, artefact.errorString());
    ArtefactRepository repository(**database);
    Transaction transaction((*database)->connection());
    for (const QString& tag : parser.values(QStringLiteral("new-tag"))) {
        if (auto id = repository.addTag(community->id, tag); !id)
            return reportError(context, ExitCode::Failure, QStringLiteral("--new-tag: ") + id.errorString());
    }
    const qint64 savedBy = artefact->authorIds.value(0);
    auto id = fromLearnings ? repository.draftFromSession(artefact->origin.sessionId,
                                                          artefact->kind.isEmpty() ? QStringLiteral("case-write-up")
                                                                                   : artefact->kind,
                                                          savedBy,
                                                          context.clock.now())
                            : repository.add(*artefact, savedBy, context.clock.now());
    if (!id)
        return reportError(context, ExitCode::Failure, id.errorString());
    if (Status s = transaction.commit(); !s)
        return reportError(context, ExitCode::Failure, s.errorString());
    const Artefact added = **repository.find(*id);
    if (SafeMarkdown::containsRawHtml(added.body))
        context.err << QCoreApplication::translate(
            "ArtefactAddCommand", "steward-cli: note: the body holds raw HTML; it is kept, and always shown as text.")
                    << Qt::endl;
    context.out << QCoreApplication::translate("ArtefactAddCommand", "Added artefact %1 '%2' (%3, %4) to %5.")
                       .arg(*id)
                       .arg(added.title, added.kind, added.status, community->name)
                << Qt::endl;
    return ExitCode::Success;
}

} // namespace steward
