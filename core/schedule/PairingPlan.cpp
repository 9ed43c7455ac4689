// SPDX-License-Identifier: GPL-3.0-or-later
#include "PairingPlan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

namespace steward {

QString PairingPlan::nameOf(qint64 id) const
{
    for (const PairingParticipant& p : request.participants) {
        if (p.id == id)
            return p.name.isEmpty() ? QString::number(id) : p.name;
    }
    return QString::number(id);
}

QByteArray PairingPlan::toJson() const
{
    QMap<qint64, QString> names;
    for (const PairingParticipant& p : request.participants)
        names.insert(p.id, p.name.isEmpty() ? QString::number(p.id) : p.name);
    QJsonArray roundsArray;
    for (const auto& round : rounds) {
        QJsonArray groupsArray;
        for (const auto& group : round) {
            QJsonArray members;
            for (qint64 id : group)
                members.append(names.value(id, QString::number(id)));
            groupsArray.append(members);
        }
        roundsArray.append(groupsArray);
    }
    // Written by hand around QJsonDocument so that "rounds" comes first, as the contract shows it.
    return "{\"rounds\":" + QJsonDocument(roundsArray).toJson(QJsonDocument::Compact)
           + ",\"repeats\":" + QByteArray::number(repeats) + "}";
}

int PairingPlan::countRepeats(const QList<QList<QList<qint64>>>& rounds)
{
    QMap<QPair<qint64, qint64>, int> seen;
    for (const auto& round : rounds) {
        for (const auto& group : round) {
            for (qsizetype i = 0; i < group.size(); ++i) {
                for (qsizetype j = i + 1; j < group.size(); ++j) {
                    const qint64 a = std::min(group.at(i), group.at(j));
                    const qint64 b = std::max(group.at(i), group.at(j));
                    ++seen[qMakePair(a, b)];
                }
            }
        }
    }
    int repeats = 0;
    for (int count : seen)
        repeats += count > 1 ? count - 1 : 0;
    return repeats;
}

} // namespace steward
