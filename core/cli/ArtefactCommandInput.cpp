// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArtefactCommandInput.h"

#include "repertoire/ArtefactRepository.h"
#include "storage/CommunityRepository.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace steward {

Result<Community> ArtefactCommandInput::community(const Database& database, const QString& name)
{
    using R = Result<Community>;
    if (name.trimmed().isEmpty())
        return R::failure(QCoreApplication::translate("ArtefactCommandInput", "--community NAME is required"));
    auto found = CommunityRepository(database).findByName(name.trimmed());
    if (!found)
        return R::failure(found.errorString());
    if (!found->has_value())
        return R::failure(QCoreApplication::translate("ArtefactCommandInput", "there is no community named '%1'")
                              .arg(name.trimmed()));
    return **found;
}

Result<Artefact> ArtefactCommandInput::artefact(const Database& database, qint64 id)
{
    auto found = ArtefactRepository(database).find(id);
    if (!found)
        return Result<Artefact>::failure(found.errorString());
    if (!found->has_value())
        return Result<Artefact>::failure(
            QCoreApplication::translate("ArtefactCommandInput", "there is no artefact with id %1").arg(id));
    return **found;
}

Result<qint64> ArtefactCommandInput::person(const Database& database, const QString& nameOrEmail)
{
    auto found = PersonRepository(database).findByNameOrEmail(nameOrEmail.trimmed());
    if (!found)
        return Result<qint64>::failure(found.errorString());
    return found->id;
}

Result<QDate> ArtefactCommandInput::date(const QCommandLineParser& parser, const QString& name, const QDate& fallback)
{
    if (!parser.isSet(name))
        return fallback;
    const QString text = parser.value(name).trimmed();
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (!day.isValid() || text.size() != 10)
        return Result<QDate>::failure(
            QCoreApplication::translate("ArtefactCommandInput", "--%1: '%2' is not a date in the form YYYY-MM-DD")
                .arg(name, text));
    return day;
}

Result<qint64> ArtefactCommandInput::number(const QString& text, const QString& what)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value < 1)
        return Result<qint64>::failure(
            QCoreApplication::translate("ArtefactCommandInput", "%1: '%2' is not a positive whole number")
                .arg(what, text));
    return value;
}

Status
ArtefactCommandInput::writeJson(const QCommandLineParser& parser, const QJsonDocument& document, QTextStream& out)
{
    const QByteArray bytes = document.toJson(QJsonDocument::Indented);
    const QString path = parser.value(QStringLiteral("output"));
    if (path.isEmpty()) {
        out << QString::fromUtf8(bytes);
        out.flush();
        return {};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(
            QCoreApplication::translate("ArtefactCommandInput", "cannot write '%1': %2").arg(path, file.errorString()));
    return {};
}

QJsonArray ArtefactCommandInput::jsonStrings(const QStringList& values)
{
    QJsonArray array;
    for (const QString& v : values)
        array.append(v);
    return array;
}

void ArtefactCommandInput::addFilterOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("kind"),
                      QCoreApplication::translate("ArtefactCommandInput", "Only artefacts of this kind: %1.")
                          .arg(Artefact::kinds().join(QStringLiteral(", "))),
                      QStringLiteral("KIND")});
    parser.addOption({QStringLiteral("status"),
                      QCoreApplication::translate("ArtefactCommandInput", "Only artefacts with this status: %1.")
                          .arg(Artefact::statuses().join(QStringLiteral(", "))),
                      QStringLiteral("STATUS")});
    parser.addOption({QStringLiteral("tag"),
                      QCoreApplication::translate("ArtefactCommandInput", "Only artefacts with this tag."),
                      QStringLiteral("TAG")});
    parser.addOption(
        {QStringLiteral("author"),
         QCoreApplication::translate("ArtefactCommandInput", "Only artefacts this person wrote (name or email)."),
         QStringLiteral("PERSON")});
}

Result<ArtefactFilter>
ArtefactCommandInput::filter(const QCommandLineParser& parser, const Database& database, qint64 communityId)
{
    using R = Result<ArtefactFilter>;
    ArtefactFilter f;
    f.communityId = communityId;
    f.kind = parser.value(QStringLiteral("kind")).trimmed();
    f.status = parser.value(QStringLiteral("status")).trimmed();
    f.tag = parser.value(QStringLiteral("tag")).trimmed().toLower();
    if (!f.kind.isEmpty() && !Artefact::kinds().contains(f.kind))
        return R::failure(QCoreApplication::translate("ArtefactCommandInput",
                                                      "--kind: '%1' is not a kind of artefact; use one of: %2")
                              .arg(f.kind, Artefact::kinds().join(QStringLiteral(", "))));
    if (!f.status.isEmpty() && !Artefact::statuses().contains(f.status))
        return R::failure(
            QCoreApplication::translate("ArtefactCommandInput", "--status: '%1' is not a status; use one of: %2")
                .arg(f.status, Artefact::statuses().join(QStringLiteral(", "))));
    if (!f.tag.isEmpty() && communityId > 0) {
        auto known = ArtefactRepository(database).tagIds(communityId, {f.tag});
        if (!known)
            return R::failure(QStringLiteral("--tag: ") + known.errorString());
    }
    if (parser.isSet(QStringLiteral("author"))) {
        auto author = person(database, parser.value(QStringLiteral("author")));
        if (!author)
            return R::failure(QStringLiteral("--author: ") + author.errorString());
        f.authorId = *author;
    }
    return f;
}

} // namespace steward
