// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeopleTableModel.h"

#include "storage/ImportBatchRepository.h"
#include "workspace/Workspace.h"

#include <QFont>
#include <QSet>

#include <algorithm>

namespace steward {

namespace {

QVariant displayValue(const Person& person, PeopleTableModel::Column column)
{
    using Column = PeopleTableModel::Column;
    switch (column) {
    case Column::Name:
        return person.name;
    case Column::Email:
        return person.email;
    case Column::Team:
        return person.team;
    case Column::Department:
        return person.department;
    case Column::Title:
        return person.title;
    case Column::Location:
        return person.location;
    case Column::StartDate:
        // A QDate sorts by date and is shown in the locale's short format by the view.
        return person.startDate.isValid() ? QVariant(person.startDate) : QVariant();
    case Column::Count:
        break;
    }
    return {};
}

} // namespace

PeopleTableModel::PeopleTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void PeopleTableModel::setWorkspace(Workspace* workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace)
        connect(m_workspace, &Workspace::peopleChanged, this, &PeopleTableModel::reload);
    reload();
}

void PeopleTableModel::reload()
{
    QList<Person> people;
    if (m_workspace) {
        auto all = m_workspace->people().all();
        if (all)
            people = std::move(*all);
        else
            emit loadFailed(all.errorString());
    }
    QSet<qint64> unmatched;
    if (m_workspace) {
        const auto flagged = ImportBatchRepository(m_workspace->database()).unmatched();
        for (const UnmatchedPerson& u : flagged ? *flagged : QList<UnmatchedPerson>())
            unmatched.insert(u.personId);
    }
    beginResetModel();
    m_people = std::move(people);
    m_unmatched = std::move(unmatched);
    endResetModel();
}

int PeopleTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int PeopleTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant PeopleTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Person& person = m_people.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return displayValue(person, Column(index.column()));
    case PersonIdRole:
        return person.id;
    case Qt::FontRole:
        if (index.column() == int(Column::Name) && m_unmatched.contains(person.id)) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == int(Column::Name) && m_unmatched.contains(person.id))
            return tr("Unmatched: created by an import because they matched nobody. Merge them or keep them as "
                      "someone new on the Imports page.");
        return {};
    default:
        return {};
    }
}

QVariant PeopleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Name:
        return tr("Name");
    case Column::Email:
        return tr("Email");
    case Column::Team:
        return tr("Team");
    case Column::Department:
        return tr("Department");
    case Column::Title:
        return tr("Title");
    case Column::Location:
        return tr("Location");
    case Column::StartDate:
        return tr("Start date");
    case Column::Count:
        break;
    }
    return {};
}

int PeopleTableModel::rowOfId(qint64 personId) const
{
    const auto it =
        std::find_if(m_people.cbegin(), m_people.cend(), [personId](const Person& p) { return p.id == personId; });
    return it == m_people.cend() ? -1 : int(it - m_people.cbegin());
}

QStringList PeopleTableModel::distinctValues(Column column) const
{
    QSet<QString> seen;
    for (const Person& person : m_people) {
        const QString value = displayValue(person, column).toString();
        if (!value.isEmpty())
            seen.insert(value);
    }
    QStringList values(seen.cbegin(), seen.cend());
    std::sort(
        values.begin(), values.end(), [](const QString& a, const QString& b) { return a.localeAwareCompare(b) < 0; });
    return values;
}

} // namespace steward
