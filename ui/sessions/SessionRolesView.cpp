// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionRolesView.h"

#include "schedule/SessionRoleEdits.h"
#include "schedule/SessionRolePlanner.h"
#include "sessions/SessionCatalog.h"
#include "sessions/SessionRoleTable.h"
#include "storage/SessionRoleSeatRepository.h"
#include "storage/SessionRoleSource.h"
#include "workspace/SessionRoleCommand.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace steward {

namespace {

using Role = SessionRoleSeat::Role;

constexpr int kMaxProblemsShown = 4;

Role roleOfColumn(int column)
{
    return column == 1 ? Role::Facilitator : Role::NoteTaker;
}

QString statusWord(const SessionRoleSeat& seat)
{
    switch (seat.status) {
    case RotationSeat::Status::Done:
        return SessionRolesView::tr("done");
    case RotationSeat::Status::Skipped:
        return SessionRolesView::tr("skipped");
    case RotationSeat::Status::Swapped:
        return SessionRolesView::tr("swapped");
    case RotationSeat::Status::Moved:
        return SessionRolesView::tr("moved");
    case RotationSeat::Status::Planned:
        break;
    }
    return seat.origin == RotationSeat::Origin::Pinned ? SessionRolesView::tr("by hand") : QString();
}

} // namespace

SessionRolesView::SessionRolesView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("sessionRolesView"));
    m_seed = new QSpinBox(this);
    m_seed->setObjectName(QStringLiteral("roleSeedSpinBox"));
    m_seed->setRange(0, 999999);
    m_seed->setPrefix(tr("Seed: "));
    m_seed->setToolTip(tr("Breaks ties between people the rules rank equal; the same seed gives the same plan"));
    m_allMembers = new QCheckBox(tr("All &members"), this);
    m_allMembers->setObjectName(QStringLiteral("roleAllMembersCheckBox"));
    m_allMembers->setToolTip(tr("Rotate among every member, not only those at level active and above"));
    m_generate = new QPushButton(tr("&Generate"), this);
    m_generate->setObjectName(QStringLiteral("generateRolesButton"));
    m_generate->setToolTip(tr("Rotate facilitator and note-taker through every occurrence from today on; turns "
                              "already held and seats given by hand stay"));
    m_swap = new QPushButton(tr("S&wap"), this);
    m_swap->setObjectName(QStringLiteral("swapRolesButton"));
    m_swap->setToolTip(tr("Select two cells (Ctrl+click), or drag one person onto another"));
    m_skip = new QPushButton(tr("S&kip"), this);
    m_skip->setObjectName(QStringLiteral("skipRoleButton"));
    m_done = new QPushButton(tr("Mark &Done"), this);
    m_done->setObjectName(QStringLiteral("doneRoleButton"));
    m_assign = new QPushButton(tr("&Assign…"), this);
    m_assign->setObjectName(QStringLiteral("assignRoleButton"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("roleStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_table = new SessionRoleTable(this);
    m_table->setObjectName(QStringLiteral("roleTableWidget"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Facilitator"), tr("Note-taker")});
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setAccessibleName(tr("Facilitator and note-taker of each occurrence"));

    // Two rows of controls keep the tab narrow enough for a small window.
    auto* controls = new QGridLayout;
    controls->addWidget(m_seed, 0, 0);
    controls->addWidget(m_allMembers, 0, 1);
    controls->addWidget(m_generate, 0, 3);
    controls->addWidget(m_swap, 1, 0);
    controls->addWidget(m_skip, 1, 1);
    controls->addWidget(m_done, 1, 2, Qt::AlignRight);
    controls->addWidget(m_assign, 1, 3);
    controls->setColumnStretch(2, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    connect(m_generate, &QPushButton::clicked, this, &SessionRolesView::generate);
    connect(m_swap, &QPushButton::clicked, this, &SessionRolesView::swapSelected);
    connect(m_skip, &QPushButton::clicked, this, &SessionRolesView::skipSelected);
    connect(m_done, &QPushButton::clicked, this, &SessionRolesView::markSelectedDone);
    connect(m_assign, &QPushButton::clicked, this, &SessionRolesView::assignSelected);
    connect(m_table, &SessionRoleTable::swapRequested, this, &SessionRolesView::swapCells);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SessionRolesView::updateButtons);
    connect(m_seed, &QSpinBox::valueChanged, this, [this](int seed) {
        if (m_sessionId > 0)
            m_seeds.insert(m_sessionId, seed);
    });
    setEnabled(false);
}

void SessionRolesView::showSession(Workspace* workspace, const SessionCatalog& catalog, qint64 sessionId, QDate date)
{
    m_workspace = workspace;
    m_catalog = &catalog;
    m_sessionId = sessionId;
    m_date = date;
    {
        const QSignalBlocker blocker(m_seed);
        m_seed->setValue(m_seeds.value(sessionId, 0));
    }
    load();
    fillTable();
    updateStatus();
    updateButtons();
}

QString SessionRolesView::statusText() const
{
    return m_status->text();
}

void SessionRolesView::load()
{
    m_occurrences.clear();
    m_days.clear();
    m_stored.clear();
    m_problems.clear();
    const auto session = m_catalog ? m_catalog->session(m_sessionId) : std::nullopt;
    setEnabled(m_workspace && session && session->isSeries());
    if (!isEnabled())
        return;
    m_communityId = session->communityId;
    QList<SessionOccurrence> all = session->occurrences();
    std::stable_sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.start < b.start; });
    for (const SessionOccurrence& occurrence : std::as_const(all)) {
        m_occurrences.append(occurrence.date);
        m_days.append(occurrence.start.date());
    }
    auto stored = SessionRoleSeatRepository(m_workspace->database()).forSession(m_sessionId);
    if (!stored) {
        emit errorOccurred(stored.errorString());
        return;
    }
    m_stored = *stored;
    if (m_stored.isEmpty())
        return;
    // Review what is stored with the same engine: nothing is generated (every seat counts as kept).
    SessionRoleSource::Scope scope{m_sessionId, {}, 0, m_allMembers->isChecked()};
    auto request = SessionRoleSource::request(m_workspace->database(), scope);
    if (!request) {
        m_problems << request.errorString();
        return;
    }
    request->generateFrom = request->meetings.constLast().addDays(1);
    const auto review = SessionRolePlanner::plan(*request);
    const QDate today = m_workspace->clock().today();
    for (const SessionRoleViolation& violation : review ? review->violations : QList<SessionRoleViolation>()) {
        if (violation.date >= today && violation.rule != QLatin1String("understaffed"))
            m_problems << violation.date.toString(Qt::ISODate) + QStringLiteral(": ") + violation.reason;
    }
}

void SessionRolesView::fillTable()
{
    const QSignalBlocker blocker(m_table);
    m_table->clearContents();
    m_table->setRowCount(int(m_occurrences.size()));
    const QDate today = m_workspace ? m_workspace->clock().today() : QDate::currentDate();
    const QLocale locale;
    int focusRow = -1;
    for (int row = 0; row < m_occurrences.size(); ++row) {
        QString when = locale.toString(m_days.at(row), QLocale::ShortFormat);
        if (m_days.at(row) != m_occurrences.at(row))
            when += tr(" (moved)");
        auto* date = new QTableWidgetItem(when);
        date->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, 0, date);
        for (int column = 1; column <= 2; ++column) {
            const SessionRoleSeat seat = cellAt(row, column);
            QString text = seat.personId ? m_catalog->name(seat.personId) : tr("—");
            if (const QString word = statusWord(seat); seat.personId && !word.isEmpty())
                text += QStringLiteral(" · ") + word;
            auto* item = new QTableWidgetItem(text);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled);
            if (m_days.at(row) < today)
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            m_table->setItem(row, column, item);
        }
        if ((m_occurrences.at(row) == m_date) || (focusRow < 0 && !m_date.isValid() && m_days.at(row) >= today))
            focusRow = row;
    }
    if (focusRow >= 0) {
        m_table->item(focusRow, 0)->setData(Qt::FontRole, [this] {
            QFont bold = font();
            bold.setBold(true);
            return bold;
        }());
        m_table->setCurrentCell(focusRow, 1, QItemSelectionModel::NoUpdate);
        // Once laid out (the tab may be hidden now), show the chosen occurrence near the top, a little past above.
        QMetaObject::invokeMethod(
            m_table,
            [table = m_table, focusRow] {
                if (QTableWidgetItem* item = table->item(std::max(0, focusRow - 2), 0))
                    table->scrollToItem(item, QAbstractItemView::PositionAtTop);
            },
            Qt::QueuedConnection);
    }
}

void SessionRolesView::updateStatus()
{
    const auto session = m_catalog ? m_catalog->session(m_sessionId) : std::nullopt;
    if (!session) {
        m_status->setText(tr("Choose a recurring session to rotate its facilitator and note-taker."));
        return;
    }
    if (!session->isSeries()) {
        m_status->setText(tr("Roles rotate through recurring sessions only; this one takes place once."));
        return;
    }
    if (m_stored.isEmpty()) {
        m_status->setText(tr("No roles yet: Generate gives every occurrence from today on a facilitator and a "
                             "note-taker, in turn."));
        return;
    }
    if (m_problems.isEmpty()) {
        m_status->setText(tr("Every rule holds: turns are even, nobody twice in a row when avoidable, nobody on a "
                             "day away, never one person in both roles."));
        return;
    }
    QStringList shown = m_problems.mid(0, kMaxProblemsShown);
    if (m_problems.size() > kMaxProblemsShown)
        shown << tr("… and %n more.", nullptr, int(m_problems.size() - kMaxProblemsShown));
    m_status->setText(tr("Rules not kept:") + QLatin1Char('\n') + shown.join(QLatin1Char('\n')));
}

void SessionRolesView::updateButtons()
{
    const QList<SessionRoleSeat> cells = selectedCells();
    m_swap->setEnabled(cells.size() == 2);
    m_skip->setEnabled(cells.size() == 1);
    m_done->setEnabled(cells.size() == 1);
    m_assign->setEnabled(cells.size() == 1);
}

SessionRoleSeat SessionRolesView::cellAt(int row, int column) const
{
    SessionRoleSeat cell;
    cell.sessionId = m_sessionId;
    cell.date = m_occurrences.value(row);
    cell.role = roleOfColumn(column);
    for (const SessionRoleSeat& seat : m_stored) {
        if (seat.sameCell(cell))
            return seat;
    }
    return cell;
}

QList<SessionRoleSeat> SessionRolesView::selectedCells() const
{
    QList<SessionRoleSeat> cells;
    QModelIndexList indexes = m_table->selectionModel()->selectedIndexes();
    std::sort(indexes.begin(), indexes.end());
    for (const QModelIndex& index : std::as_const(indexes)) {
        if (index.column() > 0)
            cells.append(cellAt(index.row(), index.column()));
    }
    return cells;
}

QHash<qint64, QString> SessionRolesView::names() const
{
    QHash<qint64, QString> result;
    for (const SessionRoleSeat& seat : m_stored)
        result.insert(seat.personId, m_catalog->name(seat.personId));
    for (const Member& member : m_catalog->members())
        result.insert(member.membership.personId, member.personName);
    return result;
}

void SessionRolesView::perform(const Result<SessionRoleEdit>& edit)
{
    if (!edit) {
        emit errorOccurred(edit.errorString());
        return;
    }
    if (!m_workspace)
        return;
    if (Status s = m_workspace->perform(std::make_unique<SessionRoleCommand>(*m_workspace, m_communityId, *edit)); !s)
        emit errorOccurred(s.errorString());
    // The page reloads on sessionsChanged; refresh at once too, for a view shown on its own.
    load();
    fillTable();
    updateStatus();
    updateButtons();
}

void SessionRolesView::generate()
{
    if (!m_workspace || m_sessionId <= 0)
        return;
    m_seeds.insert(m_sessionId, m_seed->value());
    SessionRoleSource::Scope scope{m_sessionId,
                                   m_workspace->clock().today(),
                                   0,
                                   m_allMembers->isChecked(),
                                   SessionRoleSeat::allRoles(),
                                   quint64(m_seed->value())};
    auto request = SessionRoleSource::request(m_workspace->database(), scope);
    if (!request) {
        emit errorOccurred(request.errorString());
        return;
    }
    auto plan = SessionRolePlanner::plan(*request);
    if (!plan) {
        emit errorOccurred(plan.errorString());
        return;
    }
    perform(SessionRoleEdits::generate(*plan));
}

void SessionRolesView::swapSelected()
{
    const QList<SessionRoleSeat> cells = selectedCells();
    if (cells.size() != 2) {
        emit errorOccurred(tr("Select exactly two cells to swap."));
        return;
    }
    perform(SessionRoleEdits::swap(m_stored, cells.at(0), cells.at(1), names()));
}

void SessionRolesView::swapCells(const QModelIndex& from, const QModelIndex& to)
{
    if (from.column() < 1 || to.column() < 1)
        return;
    perform(
        SessionRoleEdits::swap(m_stored, cellAt(from.row(), from.column()), cellAt(to.row(), to.column()), names()));
}

void SessionRolesView::setStatus(RotationSeat::Status status)
{
    const QList<SessionRoleSeat> cells = selectedCells();
    if (cells.size() != 1) {
        emit errorOccurred(tr("Select one cell."));
        return;
    }
    perform(SessionRoleEdits::setStatus(m_stored, cells.constFirst(), status));
}

void SessionRolesView::skipSelected()
{
    setStatus(RotationSeat::Status::Skipped);
}

void SessionRolesView::markSelectedDone()
{
    setStatus(RotationSeat::Status::Done);
}

void SessionRolesView::assignSelected()
{
    const QList<SessionRoleSeat> cells = selectedCells();
    if (cells.size() != 1 || !m_catalog) {
        emit errorOccurred(tr("Select one cell."));
        return;
    }
    const SessionRoleSeat cell = cells.constFirst();
    QStringList labels;
    QList<qint64> ids;
    for (const Member& member : m_catalog->members()) {
        if (!member.membership.left.isValid()) {
            labels << member.personName;
            ids << member.membership.personId;
        }
    }
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("assignRoleDialog"));
    dialog.setWindowTitle(tr("Assign"));
    dialog.setLabelText(cell.role == Role::Facilitator
                            ? tr("Who facilitates on %1?").arg(QLocale().toString(cell.date, QLocale::ShortFormat))
                            : tr("Who takes notes on %1?").arg(QLocale().toString(cell.date, QLocale::ShortFormat)));
    dialog.setComboBoxItems(labels);
    dialog.setComboBoxEditable(false);
    if (cell.personId > 0 && ids.contains(cell.personId))
        dialog.setTextValue(labels.at(ids.indexOf(cell.personId)));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qsizetype chosen = labels.indexOf(dialog.textValue());
    if (chosen >= 0)
        perform(SessionRoleEdits::assign(m_stored, cell, ids.at(chosen), names()));
}

} // namespace steward
