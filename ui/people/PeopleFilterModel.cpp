// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeopleFilterModel.h"

#include "people/PeopleTableModel.h"

#include <algorithm>

namespace steward {

PeopleFilterModel::PeopleFilterModel(PeopleTableModel* source, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_people(source)
{
    setSourceModel(source);
}

void PeopleFilterModel::setFilterText(const QString& text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    m_filterHasDigit = std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
    invalidateFilter();
}

bool PeopleFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_filterText.isEmpty() || sourceParent.isValid())
        return true;
    const Person& p = m_people->personAt(sourceRow);
    for (const QString* field : {&p.name, &p.email, &p.team, &p.department, &p.title, &p.location}) {
        if (field->contains(m_filterText, Qt::CaseInsensitive))
            return true;
    }
    // Dates match in ISO form ("2024-03"); only worth formatting when the text could be part of one.
    return m_filterHasDigit && p.startDate.isValid()
           && p.startDate.toString(Qt::ISODate).contains(m_filterText, Qt::CaseInsensitive);
}

bool PeopleFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    using Column = PeopleTableModel::Column;
    const Person& a = m_people->personAt(left.row());
    const Person& b = m_people->personAt(right.row());
    const auto text = [](const QString& x, const QString& y) { return x.compare(y, Qt::CaseInsensitive) < 0; };
    switch (Column(left.column())) {
    case Column::Name:
        return text(a.name, b.name);
    case Column::Email:
        return text(a.email, b.email);
    case Column::Team:
        return text(a.team, b.team);
    case Column::Department:
        return text(a.department, b.department);
    case Column::Title:
        return text(a.title, b.title);
    case Column::Location:
        return text(a.location, b.location);
    case Column::StartDate:
        // Unknown dates (invalid QDate) sort first, like empty text.
        return a.startDate < b.startDate;
    case Column::Count:
        break;
    }
    return false;
}

} // namespace steward
