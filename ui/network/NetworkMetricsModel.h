// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "network/NetworkMetrics.h"

#include <QAbstractTableModel>

namespace steward {

/** Every person's metrics in a table (sorted through a proxy on Qt::UserRole, the raw value). */
class NetworkMetricsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Team,
        Degree,
        Strength,
        Betweenness,
        Closeness,
        Harmonic,
        Clustering,
        Coreness,
        Eigenvector,
        Constraint,
        EffectiveSize,
        Cluster,
        Articulation,
        ColumnCount,
    };
    static constexpr int PersonIdRole = Qt::UserRole + 1;

    explicit NetworkMetricsModel(QObject* parent = nullptr);

    void setPeople(QList<PersonMetrics> people);
    const QList<PersonMetrics>& people() const { return m_people; }
    int rowOf(qint64 personId) const;
    /** Rows as text (header first): tab-separated for the clipboard, or CSV safe to open in a spreadsheet. */
    QString toText(const QList<int>& rows, QChar separator) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant raw(const PersonMetrics& p, int column) const;
    QString display(const PersonMetrics& p, int column) const;
    QList<PersonMetrics> m_people;
};

} // namespace steward
