// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoalsView.h"

#include "GoalDialogs.h"
#include "storage/GoalRepository.h"
#include "storage/RotationRepository.h"
#include "workspace/SaveGoalCheckInCommand.h"
#include "workspace/SaveGoalCommand.h"
#include "workspace/Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace steward {

namespace {

enum GoalColumn
{
    MemberColumn,
    GoalColumnText,
    TargetColumn,
    StatusColumn,
    LastCheckInColumn,
    ProgressColumn,
    StreakColumn,
    FlagsColumn,
    GoalColumnCount
};

QTableWidgetItem* item(const QString& text)
{
    auto* cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return cell;
}

QString isoOrEmpty(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

GoalsView::GoalsView(QWidget* parent)
    : QWidget(parent)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("goalsSummary"));
    m_summary->setWordWrap(true);
    m_goals = new QTableWidget(0, GoalColumnCount, this);
    m_goals->setObjectName(QStringLiteral("goalsTable"));
    m_goals->setHorizontalHeaderLabels({tr("Member"),
                                        tr("Goal"),
                                        tr("Target"),
                                        tr("Status"),
                                        tr("Last check-in"),
                                        tr("Progress"),
                                        tr("Streak"),
                                        tr("Flags")});
    m_goals->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_goals->setSelectionMode(QAbstractItemView::SingleSelection);
    m_goals->verticalHeader()->hide();
    m_goals->horizontalHeader()->setStretchLastSection(true);
    m_checkIns = new QTableWidget(0, 4, this);
    m_checkIns->setObjectName(QStringLiteral("checkInsTable"));
    m_checkIns->setHorizontalHeaderLabels({tr("Meeting"), tr("Progress"), tr("Note"), tr("Confidential note")});
    m_checkIns->verticalHeader()->hide();
    m_checkIns->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_checkIns->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_add = new QPushButton(tr("Add &Goal…"), this);
    m_add->setObjectName(QStringLiteral("addGoalButton"));
    m_edit = new QPushButton(tr("&Edit Goal…"), this);
    m_edit->setObjectName(QStringLiteral("editGoalButton"));
    m_checkIn = new QPushButton(tr("&Check In…"), this);
    m_checkIn->setObjectName(QStringLiteral("checkInButton"));
    m_status = new QPushButton(tr("&Status"), this);
    auto* statusMenu = new QMenu(m_status);
    for (Goal::Status status : {Goal::Status::OnTrack, Goal::Status::AtRisk, Goal::Status::Behind, Goal::Status::Done})
        statusMenu->addAction(Goal::statusLabel(status), this, [this, status] { setSelectedStatus(status); });
    m_status->setMenu(statusMenu);
    m_remove = new QPushButton(tr("&Remove Goal"), this);
    m_remove->setObjectName(QStringLiteral("removeGoalButton"));
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_add, m_edit, m_checkIn, m_status, m_remove})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_goals);
    splitter->addWidget(m_checkIns);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &GoalsView::addGoal);
    connect(m_edit, &QPushButton::clicked, this, &GoalsView::editGoal);
    connect(m_goals, &QTableWidget::cellDoubleClicked, this, &GoalsView::editGoal);
    connect(m_checkIn, &QPushButton::clicked, this, &GoalsView::checkIn);
    connect(m_remove, &QPushButton::clicked, this, &GoalsView::removeGoal);
    connect(m_goals, &QTableWidget::itemSelectionChanged, this, [this] {
        fillCheckIns();
        updateActions();
    });
    updateActions();
}

void GoalsView::setWorkspace(Workspace* workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    m_group.reset();
    if (workspace)
        connect(workspace, &Workspace::rotationsChanged, this, &GoalsView::reload);
    reload();
}

void GoalsView::setGroup(const std::optional<MastermindGroup>& group)
{
    m_group = group;
    reload();
}

QList<QDate> GoalsView::meetingDates() const
{
    QList<QDate> dates;
    auto plan = RotationRepository(m_workspace->database()).findFor(RotationKind::HotSeat, m_group->id);
    if (plan && plan->has_value()) {
        for (const RotationMeeting& meeting : (*plan)->meetings)
            dates.append(meeting.date);
    }
    return dates;
}

void GoalsView::reload()
{
    const qint64 selectedId = selectedGoal() ? selectedGoal()->id : 0;
    m_goalList.clear();
    m_checkInList.clear();
    if (m_workspace && m_group) {
        GoalRepository goals(m_workspace->database());
        auto list = goals.forGroup(m_group->id);
        auto checkIns = goals.checkInsForGroup(m_group->id);
        if (list && checkIns) {
            m_goalList = *list;
            m_checkInList = *checkIns;
        } else {
            showError(list ? checkIns.errorString() : list.errorString());
        }
    }
    const QDate today = m_workspace ? m_workspace->clock().today() : QDate::currentDate();
    const GoalAccountability accountability(
        m_workspace && m_group ? meetingDates() : QList<QDate>{}, m_goalList, m_checkInList, today);
    fillGoals(accountability);
    for (int row = 0; row < m_goalList.size(); ++row) {
        if (m_goalList.at(row).id == selectedId)
            m_goals->selectRow(row);
    }
    fillCheckIns();
    updateActions();
}

void GoalsView::fillGoals(const GoalAccountability& accountability)
{
    m_goals->setRowCount(int(m_goalList.size()));
    int flagged = 0;
    for (int row = 0; row < m_goalList.size(); ++row) {
        const Goal& goal = m_goalList.at(row);
        const GoalReview review = accountability.review(goal);
        QStringList flags;
        if (review.noRecentCheckIn)
            flags << tr("No check-in for %n meeting(s)", nullptr, review.meetingsWithoutCheckIn);
        if (review.pastTarget)
            flags << tr("Past its target date");
        flagged += review.flagged() ? 1 : 0;
        const QStringList cells = {goal.personName,
                                   goal.text,
                                   isoOrEmpty(goal.targetDate),
                                   Goal::statusLabel(goal.status),
                                   isoOrEmpty(review.lastCheckIn),
                                   review.lastCheckIn.isValid() ? QStringLiteral("%1 %").arg(review.lastProgress)
                                                                : QString(),
                                   QString::number(accountability.streak(goal.personId)),
                                   flags.join(QStringLiteral("; "))};
        for (int column = 0; column < GoalColumnCount; ++column) {
            QTableWidgetItem* cell = item(cells.at(column));
            if (review.flagged())
                cell->setBackground(QColor(0xfb, 0xe3, 0xe0));
            m_goals->setItem(row, column, cell);
        }
    }
    m_goals->resizeColumnsToContents();
    m_summary->setText(m_group ? tr("%n goal(s); %1 flagged. A goal is flagged when it has had no check-in for 3 "
                                    "meetings or is past its target date.",
                                    nullptr,
                                    int(m_goalList.size()))
                                     .arg(flagged)
                               : QString());
}

void GoalsView::fillCheckIns()
{
    const std::optional<Goal> goal = selectedGoal();
    QList<CheckIn> shown;
    for (const CheckIn& checkIn : std::as_const(m_checkInList)) {
        if (goal && checkIn.goalId == goal->id)
            shown.prepend(checkIn); // newest first
    }
    m_checkIns->setRowCount(int(shown.size()));
    for (int row = 0; row < shown.size(); ++row) {
        const CheckIn& c = shown.at(row);
        m_checkIns->setItem(row, 0, item(c.meetingDate.toString(Qt::ISODate)));
        m_checkIns->setItem(row, 1, item(QStringLiteral("%1 %").arg(c.progress)));
        m_checkIns->setItem(row, 2, item(c.note));
        m_checkIns->setItem(row, 3, item(c.confidentialNote));
    }
}

std::optional<Goal> GoalsView::selectedGoal() const
{
    const int row = m_goals->currentRow();
    if (row < 0 || row >= m_goalList.size() || !m_goals->selectionModel()->isRowSelected(row, {}))
        return std::nullopt;
    return m_goalList.at(row);
}

QStringList GoalsView::flagTexts() const
{
    QStringList texts;
    for (int row = 0; row < m_goals->rowCount(); ++row) {
        if (const QTableWidgetItem* cell = m_goals->item(row, FlagsColumn); cell && !cell->text().isEmpty())
            texts << cell->text();
    }
    return texts;
}

RotationDocument::Section GoalsView::documentSection() const
{
    RotationDocument::Section section;
    section.heading = tr("Goals");
    for (int row = 0; row < m_goalList.size(); ++row) {
        const Goal& goal = m_goalList.at(row);
        QString line = tr("%1: %2 (%3)").arg(goal.personName, goal.text, Goal::statusLabel(goal.status));
        if (goal.targetDate.isValid())
            line += QLatin1Char(' ') + tr("by %1").arg(goal.targetDate.toString(Qt::ISODate));
        section.lines << line;
        const CheckIn* last = nullptr;
        for (const CheckIn& c : m_checkInList) {
            if (c.goalId == goal.id)
                last = &c;
        }
        if (last && !last->note.isEmpty())
            section.lines << tr("%1, %2: %3").arg(goal.personName, last->meetingDate.toString(Qt::ISODate), last->note);
        if (last && !last->confidentialNote.isEmpty())
            section.confidentialLines << tr("%1, %2 (confidential): %3")
                                             .arg(goal.personName,
                                                  last->meetingDate.toString(Qt::ISODate),
                                                  last->confidentialNote);
    }
    return section;
}

void GoalsView::addGoal()
{
    if (!m_workspace || !m_group)
        return;
    GoalDialog dialog(*m_group, m_workspace->clock().today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = m_workspace->perform(std::make_unique<SaveGoalCommand>(*m_workspace, std::nullopt, dialog.goal()));
        !s)
        showError(s.errorString());
}

void GoalsView::checkIn()
{
    const std::optional<Goal> goal = selectedGoal();
    if (!m_workspace || !goal)
        return;
    int progress = 0;
    for (const CheckIn& c : std::as_const(m_checkInList)) {
        if (c.goalId == goal->id)
            progress = c.progress;
    }
    CheckInDialog dialog(*goal, m_workspace->clock().today(), progress, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const CheckIn entered = dialog.checkIn();
    std::optional<CheckIn> before;
    for (const CheckIn& c : std::as_const(m_checkInList)) {
        if (c.goalId == entered.goalId && c.meetingDate == entered.meetingDate)
            before = c;
    }
    if (Status s = m_workspace->perform(std::make_unique<SaveGoalCheckInCommand>(*m_workspace, before, entered)); !s)
        showError(s.errorString());
}

void GoalsView::editGoal()
{
    const std::optional<Goal> goal = selectedGoal();
    if (!m_workspace || !m_group || !goal)
        return;
    GoalDialog dialog(*m_group, m_workspace->clock().today(), this, goal);
    if (dialog.exec() == QDialog::Accepted)
        saveSelectedGoal(dialog.goal());
}

bool GoalsView::saveSelectedGoal(const Goal& changed)
{
    const std::optional<Goal> goal = selectedGoal();
    if (!m_workspace || !goal || changed.id != goal->id)
        return false;
    if (changed == *goal)
        return true; // nothing to undo
    if (Status s = m_workspace->perform(std::make_unique<SaveGoalCommand>(*m_workspace, goal, changed)); !s) {
        showError(s.errorString());
        return false;
    }
    return true;
}

void GoalsView::setSelectedStatus(Goal::Status status)
{
    const std::optional<Goal> goal = selectedGoal();
    if (!goal)
        return;
    Goal changed = *goal;
    changed.status = status;
    saveSelectedGoal(changed);
}

void GoalsView::removeGoal()
{
    const std::optional<Goal> goal = selectedGoal();
    if (!m_workspace || !goal)
        return;
    if (Status s = m_workspace->perform(std::make_unique<SaveGoalCommand>(*m_workspace, goal, std::nullopt)); !s)
        showError(s.errorString());
}

void GoalsView::updateActions()
{
    const bool group = m_workspace && m_group;
    const bool goal = selectedGoal().has_value();
    m_add->setEnabled(group);
    m_edit->setEnabled(goal);
    m_checkIn->setEnabled(goal);
    m_status->setEnabled(goal);
    m_remove->setEnabled(goal);
}

void GoalsView::showError(const QString& message)
{
    if (m_workspace)
        m_workspace->reportError(message);
}

} // namespace steward
