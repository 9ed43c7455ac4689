// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkMetricsModel.h"

#include <QLocale>

namespace steward {

namespace {

// A field a spreadsheet would take for a formula (=, +, -, @) is quoted and led by an apostrophe,
// so opening the export runs nothing; separators, quotes and line breaks are quoted as RFC 4180 says.
QString csvField(const QString& value, QChar separator)
{
    const bool formula = !value.isEmpty() && QStringLiteral("=+-@").contains(value.front());
    const bool special = value.contains(separator) || value.contains(QLatin1Char('"'))
                         || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
    if (separator == QLatin1Char('\t'))
        return QString(value).replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (!formula && !special)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + (formula ? QStringLiteral("'") : QString()) + quoted + QLatin1Char('"');
}

} // namespace

NetworkMetricsModel::NetworkMetricsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void NetworkMetricsModel::setPeople(QList<PersonMetrics> people)
{
    beginResetModel();
    m_people = std::move(people);
    endResetModel();
}

int NetworkMetricsModel::rowOf(qint64 personId) const
{
    for (qsizetype i = 0; i < m_people.size(); ++i)
        if (m_people.at(i).personId == personId)
            return int(i);
    return -1;
}

int NetworkMetricsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int NetworkMetricsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NetworkMetricsModel::raw(const PersonMetrics& p, int column) const
{
    switch (column) {
    case Name:
        return p.name;
    case Team:
        return p.team;
    case Degree:
        return p.degree;
    case Strength:
        return p.strength;
    case Betweenness:
        return p.betweennessNormalized;
    case Closeness:
        return p.closeness;
    case Harmonic:
        return p.harmonic;
    case Clustering:
        return p.clustering;
    case Coreness:
        return p.coreness;
    case Eigenvector:
        return p.eigenvector;
    case Constraint:
        return p.constraint ? QVariant(*p.constraint) : QVariant(-1.0);
    case EffectiveSize:
        return p.effectiveSize ? QVariant(*p.effectiveSize) : QVariant(-1.0);
    case Cluster:
        return p.community + 1;
    case Articulation:
        return p.articulation ? 1 : 0;
    }
    return {};
}

QString NetworkMetricsModel::display(const PersonMetrics& p, int column) const
{
    const QLocale locale;
    const QVariant v = raw(p, column);
    switch (column) {
    case Name:
    case Team:
        return v.toString();
    case Degree:
    case Coreness:
    case Cluster:
        return locale.toString(v.toInt());
    case Articulation:
        return p.articulation ? tr("yes") : tr("no");
    case Constraint:
    case EffectiveSize:
        if (v.toDouble() < 0)
            return tr("n/a");
        return locale.toString(v.toDouble(), 'f', 3);
    default:
        return locale.toString(v.toDouble(), 'f', 3);
    }
}

QVariant NetworkMetricsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_people.size())
        return {};
    const PersonMetrics& p = m_people.at(index.row());
    if (role == Qt::DisplayRole)
        return display(p, index.column());
    if (role == Qt::UserRole)
        return raw(p, index.column());
    if (role == PersonIdRole)
        return p.personId;
    if (role == Qt::TextAlignmentRole && index.column() > Team)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant NetworkMetricsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Team:
        return tr("Team");
    case Degree:
        return tr("Ties");
    case Strength:
        return tr("Strength");
    case Betweenness:
        return tr("Betweenness");
    case Closeness:
        return tr("Closeness");
    case Harmonic:
        return tr("Harmonic");
    case Clustering:
        return tr("Clustering");
    case Coreness:
        return tr("Core number");
    case Eigenvector:
        return tr("Eigenvector");
    case Constraint:
        return tr("Constraint");
    case EffectiveSize:
        return tr("Effective size");
    case Cluster:
        return tr("Cluster");
    case Articulation:
        return tr("Articulation point");
    }
    return {};
}

QString NetworkMetricsModel::toText(const QList<int>& rows, QChar separator) const
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < ColumnCount; ++c)
        header.append(csvField(headerData(c, Qt::Horizontal).toString(), separator));
    lines.append(header.join(separator));
    for (int row : rows) {
        QStringList fields;
        const PersonMetrics& p = m_people.at(row);
        for (int c = 0; c < ColumnCount; ++c) {
            // Numbers in C form, so a spreadsheet in any language reads them the same.
            const QVariant v = raw(p, c);
            const bool text = c == Name || c == Team;
            const bool missing = (c == Constraint || c == EffectiveSize) && v.toDouble() < 0;
            fields.append(csvField(text ? v.toString() : (missing ? QString() : v.toString()), separator));
        }
        lines.append(fields.join(separator));
    }
    return lines.join(separator == QLatin1Char(',') ? QStringLiteral("\r\n") : QStringLiteral("\n"))
           + (separator == QLatin1Char(',') ? QStringLiteral("\r\n") : QStringLiteral("\n"));
}

} // namespace steward
