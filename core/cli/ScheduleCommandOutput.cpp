// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleCommandOutput.h"

#include "import/CsvWriter.h"
#include "schedule/RotationPlan.h"
#include "storage/RotationRecord.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

namespace steward {

namespace {

QByteArray planCsv(const RotationPlan& plan, const RotationRecord* record)
{
    CsvWriter writer;
    QStringList header = {QStringLiteral("date"), QStringLiteral("slot"), QStringLiteral("person")};
    if (record)
        header << QStringLiteral("origin") << QStringLiteral("status") << QStringLiteral("topic");
    writer.addRow(header);
    for (const RotationMeeting& meeting : plan.meetings) {
        for (qsizetype i = 0; i < meeting.seats.size(); ++i) {
            const RotationSeat& seat = meeting.seats.at(i);
            QStringList row = {meeting.date.toString(Qt::ISODate),
                               QString::number(i + 1),
                               seat.isEmpty() ? QString() : plan.displayName(seat.personId)};
            if (record) {
                row << (seat.isEmpty() ? QString() : RotationSeat::originKey(seat.origin))
                    << (seat.isEmpty() ? QString() : RotationSeat::statusKey(seat.status))
                    << record->topic(meeting.date, int(i + 1));
            }
            writer.addRow(row);
        }
    }
    return writer.data();
}

QString seatText(const RotationPlan& plan, const RotationSeat& seat, const RotationRecord* record, int slot)
{
    if (seat.isEmpty())
        return QCoreApplication::translate("ScheduleCommandOutput", "(empty)");
    QString text = plan.displayName(seat.personId);
    if (record && seat.status != RotationSeat::Status::Planned)
        text += QStringLiteral(" [%1]").arg(RotationSeat::statusKey(seat.status));
    if (record && !record->topic(seat.date, slot).isEmpty())
        text += QStringLiteral(": ") + record->topic(seat.date, slot);
    return text;
}

QByteArray planText(const RotationPlan& plan, const RotationRecord* record)
{
    // Not RecordTable's text table: it cuts cells at 40 characters, and a meeting's people and topics run longer.
    QString text;
    for (const RotationMeeting& meeting : plan.meetings) {
        QStringList people;
        for (qsizetype i = 0; i < meeting.seats.size(); ++i)
            people << seatText(plan, meeting.seats.at(i), record, int(i + 1));
        text += QStringLiteral("%1  %2\n").arg(meeting.date.toString(Qt::ISODate), people.join(QStringLiteral(", ")));
    }
    QStringList turns;
    const QMap<qint64, int> counts = plan.turns();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        turns << QStringLiteral("%1 %2").arg(plan.displayName(it.key())).arg(it.value());
    turns.sort();
    text += QCoreApplication::translate("ScheduleCommandOutput", "\nTurns: %1\n").arg(turns.join(QStringLiteral(", ")));
    if (plan.violations.isEmpty()) {
        text += QCoreApplication::translate("ScheduleCommandOutput", "Every rule holds.\n");
    } else {
        text += QCoreApplication::translate("ScheduleCommandOutput", "Rules not kept:\n");
        for (const RotationViolation& violation : plan.violations)
            text += QStringLiteral("  %1 %2: %3\n")
                        .arg(violation.date.toString(Qt::ISODate),
                             RotationViolation::ruleKey(violation.rule),
                             violation.reason);
    }
    return text.toUtf8();
}

} // namespace

QByteArray
ScheduleCommandOutput::plan(const RotationPlan& plan, RecordTable::Format format, const RotationRecord* record)
{
    switch (format) {
    case RecordTable::Format::Json:
        return QJsonDocument(plan.toJson()).toJson(QJsonDocument::Indented);
    case RecordTable::Format::Csv:
        return planCsv(plan, record);
    case RecordTable::Format::Text:
        break;
    }
    return planText(plan, record);
}

Status ScheduleCommandOutput::write(const QCommandLineParser& parser, const QByteArray& bytes, QTextStream& out)
{
    const QString path = parser.value(QStringLiteral("output"));
    if (path.isEmpty()) {
        out << QString::fromUtf8(bytes);
        out.flush();
        return {};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(QCoreApplication::translate("ScheduleCommandOutput", "cannot write '%1': %2")
                                   .arg(path, file.errorString()));
    return {};
}

} // namespace steward
