// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "model/Community.h"
#include "repertoire/Artefact.h"

#include <QCommandLineParser>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace steward {

class Database;

/** What the repertoire, pathway and recognition commands read alike: a community, people, dates, filters, ids. */
class ArtefactCommandInput
{
public:
    static Result<Community> community(const Database& database, const QString& name);
    /** A person by exact name or email; the message names the key when nobody (or several) match. */
    static Result<qint64> person(const Database& database, const QString& nameOrEmail);
    /** --NAME as a day, or `fallback` when the option is not given. */
    static Result<QDate> date(const QCommandLineParser& parser, const QString& name, const QDate& fallback);
    /** The artefact with this id; "there is no artefact with id N" when there is none. */
    static Result<Artefact> artefact(const Database& database, qint64 id);
    /** A positive whole number (an id, a count); `what` names it in the message. */
    static Result<qint64> number(const QString& text, const QString& what);

    /** Writes JSON (indented) to --output FILE, or to out: for outputs with nested values, which RecordTable has not.
     */
    static Status writeJson(const QCommandLineParser& parser, const QJsonDocument& document, QTextStream& out);
    static QJsonArray jsonStrings(const QStringList& values);

    /** --kind, --status, --tag, --author. */
    static void addFilterOptions(QCommandLineParser& parser);
    /** The filter options checked: known kind and status, a tag of the community's vocabulary, a known author. */
    static Result<ArtefactFilter>
    filter(const QCommandLineParser& parser, const Database& database, qint64 communityId);
};

} // namespace steward
