// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionListCommand.h"

#include "cli/RecordTable.h"
#include "cli/SessionCommandInput.h"
#include "storage/PersonRepository.h"
#include "storage/SessionRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace steward {

namespace {

/** One listed occurrence with what the output shows of its session. */
struct Listed
{
    const Session* session = nullptr;
    SessionOccurrence occurrence;
};

const QStringList kColumns = {QStringLiteral("id"),
                              QStringLiteral("series"),
                              QStringLiteral("occurrence"),
                              QStringLiteral("start"),
                              QStringLiteral("end"),
                              QStringLiteral("minutes"),
                              QStringLiteral("moved"),
                              QStringLiteral("title"),
                              QStringLiteral("type"),
                              QStringLiteral("community"),
                              QStringLiteral("facilitator"),
                              QStringLiteral("place"),
                              QStringLiteral("link"),
                              QStringLiteral("confidential"),
                              QStringLiteral("agenda"),
                              QStringLiteral("notes"),
                              QStringLiteral("learnings")};

/** The row in kColumns' order; notes and learnings of confidential sessions are never part of it. */
QVariantList rowOf(const Listed& item, const QString& community, const QString& facilitator)
{
    const Session& s = *item.session;
    const SessionOccurrence& o = item.occurrence;
    return {s.id,
            s.isSeries(),
            o.date.toString(Qt::ISODate),
            SessionCommandInput::isoLocal(o.start),
            SessionCommandInput::isoLocal(o.end),
            int(o.start.secsTo(o.end) / 60),
            o.moved,
            s.title,
            sessionFormatKey(s.format),
            community,
            facilitator,
            s.place,
            s.link,
            s.confidential,
            s.agenda,
            s.confidential ? QString() : s.notes,
            s.confidential ? QString() : s.learnings};
}

QJsonValue jsonValue(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
        return value.toLongLong();
    default: {
        const QString text = value.toString();
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    }
    }
}

QByteArray asJson(const QList<QVariantList>& rows)
{
    QJsonArray array;
    for (const QVariantList& row : rows) {
        QJsonObject object;
        for (qsizetype c = 0; c < kColumns.size(); ++c)
            object.insert(kColumns.at(c), jsonValue(row.value(c)));
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray asTable(const QList<QVariantList>& rows, RecordTable::Format format, bool brief)
{
    // The readable table keeps to what fits a terminal: id, start, minutes, type, title, facilitator.
    const QList<int> briefColumns = {0, 3, 5, 8, 7, 10};
    QStringList columns;
    if (brief) {
        for (int c : briefColumns)
            columns << kColumns.at(c);
    } else {
        columns = kColumns;
    }
    RecordTable table(columns);
    for (const QVariantList& row : rows) {
        QVariantList cells;
        if (brief) {
            for (int c : briefColumns)
                cells << (c == 3 ? QVariant(row.at(c).toString().left(16).replace(QLatin1Char('T'), QLatin1Char(' ')))
                                 : row.at(c));
        } else {
            for (const QVariant& value : row)
                cells << (value.typeId() == QMetaType::Bool ? QVariant(value.toBool() ? 1 : 0) : value);
        }
        table.addRow(cells);
    }
    return format == RecordTable::Format::Csv ? table.toCsv() : table.toText().toUtf8();
}

} // namespace

SessionListCommand::SessionListCommand()
    : CliCommand(
        "SessionListCommand",
        "session list",
        QT_TRANSLATE_NOOP("SessionListCommand", "List a community's sessions, series expanded into occurrences."))
{
}

void SessionListCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("community"),
                      QCoreApplication::translate("SessionListCommand", "The community, by name."),
                      QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("from"),
         QCoreApplication::translate("SessionListCommand", "The first day of the window (default: no limit)."),
         QStringLiteral("YYYY-MM-DD")});
    parser.addOption(
        {QStringLiteral("to"),
         QCoreApplication::translate("SessionListCommand", "The last day of the window (default: no limit)."),
         QStringLiteral("YYYY-MM-DD")});
    RecordTable::addOutputOptions(parser);
}

ExitCode SessionListCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    SessionCommandInput input(parser, context, name());
    const QString communityName = input.required(QStringLiteral("community"));
    const QDate from = input.date(QStringLiteral("from"));
    const QDate to = input.date(QStringLiteral("to"));
    auto format = RecordTable::formatFrom(parser);
    if (!format)
        input.usage(format.errorString());
    if (!input.failed() && from.isValid() && to.isValid() && to < from)
        input.usage(QCoreApplication::translate("SessionListCommand", "--to %1 is before --from %2")
                        .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)));
    if (input.failed())
        return input.report();
    const auto community = input.community(communityName);
    if (input.failed())
        return input.report();

    auto sessions = SessionRepository(*input.database()).forCommunity(community->id);
    auto people = PersonRepository(*input.database()).all();
    if (!sessions || !people)
        return reportError(context, ExitCode::Failure, sessions.errorString() + people.errorString());
    QHash<qint64, QString> names;
    for (const Person& p : std::as_const(*people))
        names.insert(p.id, p.name);

    // Each session's window is read on its own wall clock: "the 5th" means the 5th where it takes place.
    QList<Listed> listed;
    for (const Session& session : std::as_const(*sessions)) {
        for (const SessionOccurrence& o : session.occurrencesOnDays(from, to))
            listed.append({&session, o});
    }
    std::stable_sort(listed.begin(), listed.end(), [](const Listed& a, const Listed& b) {
        return a.occurrence.start != b.occurrence.start ? a.occurrence.start < b.occurrence.start
                                                        : a.session->id < b.session->id;
    });
    QList<QVariantList> rows;
    for (const Listed& item : std::as_const(listed))
        rows.append(rowOf(item, community->name, names.value(item.session->facilitatorId)));

    const QByteArray bytes = *format == RecordTable::Format::Json
                                 ? asJson(rows)
                                 : asTable(rows, *format, *format == RecordTable::Format::Text);
    if (Status s = SessionCommandInput::write(parser, bytes, context.out); !s)
        return reportError(context, ExitCode::Failure, s.errorString());
    return ExitCode::Success;
}

} // namespace steward
