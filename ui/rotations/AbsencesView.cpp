// SPDX-License-Identifier: GPL-3.0-or-later
#include "AbsencesView.h"

#include "storage/AbsenceRepository.h"
#include "workspace/SaveRotationAbsenceCommand.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace steward {

namespace {

QDateEdit* dateEdit(QDate date, QWidget* parent)
{
    auto* edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

} // namespace

AbsencesView::AbsencesView(QWidget* parent)
    : QWidget(parent)
{
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("absencesTable"));
    m_table->setHorizontalHeaderLabels({tr("Person"), tr("From"), tr("To"), tr("Note")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_add = new QPushButton(tr("Add &Absence…"), this);
    m_remove = new QPushButton(tr("Remove Absence"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &AbsencesView::addAbsence);
    connect(m_remove, &QPushButton::clicked, this, &AbsencesView::removeAbsence);
}

void AbsencesView::setWorkspace(Workspace* workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (workspace)
        connect(workspace, &Workspace::rotationsChanged, this, &AbsencesView::reload);
    reload();
}

void AbsencesView::setPeople(const QList<std::pair<qint64, QString>>& people)
{
    m_people = people;
    reload();
}

void AbsencesView::reload()
{
    m_absences.clear();
    QHash<qint64, QString> names;
    for (const auto& [id, name] : std::as_const(m_people))
        names.insert(id, name);
    if (m_workspace) {
        auto all = AbsenceRepository(m_workspace->database()).all();
        if (all) {
            for (const Absence& absence : std::as_const(*all)) {
                if (names.contains(absence.personId))
                    m_absences.append(absence);
            }
        }
    }
    m_table->setRowCount(int(m_absences.size()));
    for (int row = 0; row < m_absences.size(); ++row) {
        const Absence& a = m_absences.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(names.value(a.personId)));
        m_table->setItem(row, 1, new QTableWidgetItem(a.from.toString(Qt::ISODate)));
        m_table->setItem(row, 2, new QTableWidgetItem(a.to.toString(Qt::ISODate)));
        m_table->setItem(row, 3, new QTableWidgetItem(a.note));
    }
    m_add->setEnabled(m_workspace && !m_people.isEmpty());
    m_remove->setEnabled(!m_absences.isEmpty());
}

void AbsencesView::addAbsence()
{
    if (!m_workspace || m_people.isEmpty())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add Absence"));
    auto* person = new QComboBox(&dialog);
    for (const auto& [id, name] : std::as_const(m_people))
        person->addItem(name, id);
    const QDate today = m_workspace->clock().today();
    QDateEdit* from = dateEdit(today, &dialog);
    QDateEdit* to = dateEdit(today, &dialog);
    auto* note = new QLineEdit(&dialog);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("Person"), person);
    form->addRow(tr("From"), from);
    form->addRow(tr("To"), to);
    form->addRow(tr("Note"), note);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Absence absence{0, person->currentData().toLongLong(), from->date(), to->date(), note->text()};
    if (Status s =
            m_workspace->perform(std::make_unique<SaveRotationAbsenceCommand>(*m_workspace, std::nullopt, absence));
        !s)
        m_workspace->reportError(s.errorString());
}

void AbsencesView::removeAbsence()
{
    const int row = m_table->currentRow();
    if (!m_workspace || row < 0 || row >= m_absences.size())
        return;
    if (Status s = m_workspace->perform(
            std::make_unique<SaveRotationAbsenceCommand>(*m_workspace, m_absences.at(row), std::nullopt));
        !s)
        m_workspace->reportError(s.errorString());
}

} // namespace steward
