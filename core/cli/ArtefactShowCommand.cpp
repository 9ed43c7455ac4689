// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArtefactShowCommand.h"

#include "cli/ArtefactCommandInput.h"
#include "cli/RecordTable.h"
#include "repertoire/ArtefactRepository.h"
#include "repertoire/ReviewRepository.h"
#include "repertoire/TextDiff.h"
#include "storage/PersonRepository.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace steward {

namespace {

/** Everything shown, read once. */
struct ArtefactPage
{
    Artefact artefact;
    QList<ArtefactVersion> versions;
    QList<Review> reviews;
    QHash<qint64, QString> names;
};

Result<ArtefactPage> readPage(const Database& database, qint64 id)
{
    using R = Result<ArtefactPage>;
    ArtefactRepository repository(database);
    auto found = ArtefactCommandInput::artefact(database, id);
    if (!found)
        return R::failure(found.errorString());
    auto versions = repository.versions(id);
    auto reviews = ReviewRepository(database).forArtefact(id);
    if (!versions || !reviews)
        return R::failure(versions ? reviews.errorString() : versions.errorString());
    ArtefactPage page{*found, *versions, *reviews, {}};
    auto people = PersonRepository(database).all();
    if (!people)
        return R::failure(people.errorString());
    for (const Person& p : std::as_const(*people))
        page.names.insert(p.id, p.name);
    return page;
}

QStringList namesOf(const ArtefactPage& page, const QList<qint64>& ids)
{
    QStringList names;
    for (qint64 id : ids)
        names.append(page.names.value(id));
    return names;
}

QJsonObject toJson(const ArtefactPage& page)
{
    const Artefact& a = page.artefact;
    QJsonArray versions;
    for (const ArtefactVersion& v : page.versions)
        versions.append(QJsonObject{{QStringLiteral("number"), v.number},
                                    {QStringLiteral("title"), v.title},
                                    {QStringLiteral("saved_at"), v.savedAt.toString(Qt::ISODate)},
                                    {QStringLiteral("saved_by"), page.names.value(v.savedBy)},
                                    {QStringLiteral("note"), v.note}});
    QJsonArray reviews;
    for (const Review& r : page.reviews) {
        QJsonArray comments;
        for (const ReviewComment& c : r.comments)
            comments.append(QJsonObject{{QStringLiteral("criterion"), c.criterion},
                                        {QStringLiteral("comment"), c.comment},
                                        {QStringLiteral("verdict"), c.verdict.isEmpty() ? QJsonValue() : c.verdict}});
        reviews.append(QJsonObject{{QStringLiteral("id"), r.id},
                                   {QStringLiteral("reviewer"), page.names.value(r.reviewerId)},
                                   {QStringLiteral("verdict"), r.verdict},
                                   {QStringLiteral("version"), r.versionNo},
                                   {QStringLiteral("reviewed_on"), r.reviewedOn.toString(Qt::ISODate)},
                                   {QStringLiteral("summary"), r.summary},
                                   {QStringLiteral("comments"), comments}});
    }
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("title"), a.title},
            {QStringLiteral("kind"), a.kind},
            {QStringLiteral("status"), a.status},
            {QStringLiteral("tags"), ArtefactCommandInput::jsonStrings(a.tags)},
            {QStringLiteral("authors"), ArtefactCommandInput::jsonStrings(namesOf(page, a.authorIds))},
            {QStringLiteral("origin"),
             QJsonObject{{QStringLiteral("kind"), a.origin.kind},
                         {QStringLiteral("session_id"), a.origin.sessionId},
                         {QStringLiteral("seat_id"), a.origin.seatId},
                         {QStringLiteral("link"), a.origin.link}}},
            {QStringLiteral("body"), a.body},
            {QStringLiteral("versions"), versions},
            {QStringLiteral("reviews"), reviews}};
}

void writeText(const ArtefactPage& page, QTextStream& out)
{
    const Artefact& a = page.artefact;
    out << QCoreApplication::translate("ArtefactShowCommand", "Artefact %1: %2").arg(a.id).arg(a.title) << '\n'
        << QCoreApplication::translate("ArtefactShowCommand", "Kind: %1  Status: %2  Tags: %3")
               .arg(a.kind, a.status, a.tags.join(QStringLiteral(", ")))
        << '\n'
        << QCoreApplication::translate("ArtefactShowCommand", "Authors: %1")
               .arg(namesOf(page, a.authorIds).join(QStringLiteral(", ")))
        << '\n';
    if (a.origin.kind != QLatin1String("none"))
        out << QCoreApplication::translate("ArtefactShowCommand", "Origin: %1 %2")
                   .arg(a.origin.kind,
                        a.origin.kind == QLatin1String("incident")
                            ? a.origin.link
                            : QString::number(a.origin.kind == QLatin1String("session") ? a.origin.sessionId
                                                                                        : a.origin.seatId))
            << '\n';
    out << QCoreApplication::translate("ArtefactShowCommand", "Versions:") << '\n';
    for (const ArtefactVersion& v : page.versions)
        out << QStringLiteral("  %1  %2  %3  %4")
                   .arg(v.number)
                   .arg(v.savedAt.toString(Qt::ISODate), page.names.value(v.savedBy), v.note)
                   .trimmed()
            << '\n';
    out << QCoreApplication::translate("ArtefactShowCommand", "Reviews:") << '\n';
    for (const Review& r : page.reviews) {
        out << QStringLiteral("  %1  %2  %3  v%4  %5")
                   .arg(r.reviewedOn.toString(Qt::ISODate), page.names.value(r.reviewerId), r.verdict)
                   .arg(r.versionNo)
                   .arg(r.summary)
            << '\n';
        for (const ReviewComment& c : r.comments)
            out << (c.verdict.isEmpty() ? QStringLiteral("    %1: %2").arg(c.criterion, c.comment)
                                        : QStringLiteral("    %1 (%2): %3").arg(c.criterion, c.verdict, c.comment))
                << '\n';
    }
    out << QStringLiteral("---") << '\n' << a.body << Qt::endl;
}

Result<ArtefactVersion> versionNamed(const ArtefactPage& page, const QString& text)
{
    auto number = ArtefactCommandInput::number(text, QStringLiteral("--version"));
    if (!number)
        return Result<ArtefactVersion>::failure(number.errorString());
    for (const ArtefactVersion& v : page.versions) {
        if (v.number == *number)
            return v;
    }
    return Result<ArtefactVersion>::failure(
        QCoreApplication::translate("ArtefactShowCommand", "artefact %1 has no version %2")
            .arg(page.artefact.id)
            .arg(*number));
}

} // namespace

ArtefactShowCommand::ArtefactShowCommand()
    : CliCommand("ArtefactShowCommand",
                 "artefact show",
                 QT_TRANSLATE_NOOP("ArtefactShowCommand",
                                   "Show an artefact with its versions and reviews, one version, or a diff of two."),
                 "ID")
{
}

void ArtefactShowCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 QCoreApplication::translate("ArtefactShowCommand", "The artefact's id."));
    parser.addOption({QStringLiteral("version"),
                      QCoreApplication::translate("ArtefactShowCommand", "Show this version's title and body."),
                      QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("diff"),
         QCoreApplication::translate("ArtefactShowCommand", "A line diff of two versions, e.g. --diff 1,3."),
         QStringLiteral("A,B")});
    RecordTable::addOutputOptions(parser);
}

ExitCode ArtefactShowCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    if (parser.positionalArguments().size() != 1)
        return reportError(
            context, ExitCode::Usage, QCoreApplication::translate("ArtefactShowCommand", "artefact show needs one ID"));
    auto id = ArtefactCommandInput::number(parser.positionalArguments().constFirst(), QStringLiteral("ID"));
    auto format = RecordTable::formatFrom(parser);
    if (!id || !format)
        return reportError(context, ExitCode::Usage, id ? format.errorString() : id.errorString());
    auto database = context.openDatabase();
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    auto page = readPage(**database, *id);
    if (!page)
        return reportError(context, ExitCode::Failure, page.errorString());
    if (parser.isSet(QStringLiteral("diff"))) {
        const QStringList pair = parser.value(QStringLiteral("diff")).split(QLatin1Char(','));
        auto older = versionNamed(*page, pair.value(0));
        auto newer = versionNamed(*page, pair.value(1));
        if (pair.size() != 2 || !older || !newer)
            return reportError(context,
                               ExitCode::Failure,
                               pair.size() != 2 ? QCoreApplication::translate(
                                   "ArtefactShowCommand", "--diff needs two version numbers, e.g. 1,3")
                                                : (older ? newer.errorString() : older.errorString()));
        context.out << TextDiff::unified(TextDiff::lines(older->body, newer->body)) << Qt::endl;
        return ExitCode::Success;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        auto version = versionNamed(*page, parser.value(QStringLiteral("version")));
        if (!version)
            return reportError(context, ExitCode::Failure, version.errorString());
        page->artefact.title = version->title;
        page->artefact.body = version->body;
        page->artefact.tags = version->tags;
    }
    if (*format == RecordTable::Format::Json) {
        if (Status s = ArtefactCommandInput::writeJson(parser, QJsonDocument(toJson(*page)), context.out); !s)
            return reportError(context, ExitCode::Failure, s.errorString());
    } else {
        writeText(*page, context.out);
    }
    return ExitCode::Success;
}

} // namespace steward
