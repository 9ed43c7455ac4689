// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Absence.h"

#include <QPointer>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace steward {

class Workspace;

/** The absences of a set of people (a group's members): every rotation keeps them off those days. */
class AbsencesView : public QWidget
{
    Q_OBJECT

public:
    explicit AbsencesView(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    /** The people shown, id and name. */
    void setPeople(const QList<std::pair<qint64, QString>>& people);
    QTableWidget* table() const { return m_table; }

public slots:
    void reload();
    void addAbsence();
    void removeAbsence();

private:
    QPointer<Workspace> m_workspace;
    QList<std::pair<qint64, QString>> m_people;
    QList<Absence> m_absences;
    QTableWidget* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace steward
