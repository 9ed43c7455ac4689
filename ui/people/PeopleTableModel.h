// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Person.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>
#include <QSet>

namespace steward {

class Workspace;

/**
 * Everyone in the workspace, one row per person. Holds plain Person values loaded in one query and
 * answers data() from memory, so 100,000 rows load and scroll without per-row queries.
 */
class PeopleTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column
    {
        Name,
        Email,
        Team,
        Department,
        Title,
        Location,
        StartDate,
        Count,
    };
    enum Role
    {
        PersonIdRole = Qt::UserRole + 1,
    };

    explicit PeopleTableModel(QObject* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Person& personAt(int row) const { return m_people.at(row); }
    /** The row of the person with this id, or -1. */
    int rowOfId(qint64 personId) const;
    /** The distinct non-empty values of a text column, sorted, for completers. */
    QStringList distinctValues(Column column) const;

signals:
    void loadFailed(const QString& message);

private:
    QPointer<Workspace> m_workspace;
    QList<Person> m_people;
    QSet<qint64> m_unmatched; // created by an import because they matched nobody: shown in italics
};

} // namespace steward
