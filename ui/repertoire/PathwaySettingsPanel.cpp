// SPDX-License-Identifier: GPL-3.0-or-later
#include "PathwaySettingsPanel.h"

#include "PathwayTables.h"
#include "repertoire/PathwayRepository.h"
#include "workspace/SetPathwayCriteriaCommand.h"
#include "workspace/SetPathwayStaffCommand.h"
#include "workspace/SetPracticeSettingsCommand.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace steward {

using namespace pathwaytables;

namespace {

QString cadenceName(const QString& cadence)
{
    if (cadence == QLatin1String("monthly"))
        return PathwaySettingsPanel::tr("Monthly");
    if (cadence == QLatin1String("yearly"))
        return PathwaySettingsPanel::tr("Yearly");
    return PathwaySettingsPanel::tr("Quarterly");
}

} // namespace

PathwaySettingsPanel::PathwaySettingsPanel(QWidget* parent)
    : QWidget(parent)
    , m_staff(new QListWidget(this))
    , m_message(new QLabel(this))
{
    m_staff->setObjectName(QStringLiteral("staffListWidget"));
    m_message->setObjectName(QStringLiteral("settingsMessageLabel"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    auto* staffHint = new QLabel(tr("Tick the people who run the community: they are left out of the pathway "
                                    "figures and never proposed for a level change."),
                                 this);
    staffHint->setWordWrap(true);
    auto* staff = new QWidget(this);
    auto* staffLayout = new QVBoxLayout(staff);
    staffLayout->setContentsMargins(0, 0, 0, 0);
    staffLayout->addWidget(staffHint);
    staffLayout->addWidget(m_staff);
    auto* right = new QVBoxLayout;
    right->addWidget(buildSettings());
    right->addWidget(box(this, tr("Staff"), staff), 1);
    auto* columns = new QHBoxLayout;
    columns->addWidget(buildCriteria(), 3);
    columns->addLayout(right, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);
    connect(m_staff, &QListWidget::itemChanged, this, &PathwaySettingsPanel::staffToggled);
}

QWidget* PathwaySettingsPanel::buildCriteria()
{
    m_criteria = new QTableWidget(0, 3, this);
    m_criteria->setObjectName(QStringLiteral("criteriaTableWidget"));
    m_criteria->setHorizontalHeaderLabels({tr("To reach"), tr("Activity"), tr("At least")});
    m_criteria->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_criteria->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_criteria->verticalHeader()->setVisible(false);
    m_criteria->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto* add = new QPushButton(tr("Add Criterion"), this);
    add->setObjectName(QStringLiteral("addCriterionButton"));
    auto* remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(QStringLiteral("removeCriterionButton"));
    auto* save = new QPushButton(tr("Save Criteria"), this);
    save->setObjectName(QStringLiteral("saveCriteriaButton"));
    auto* hint = new QLabel(tr("A member is proposed for a level when they did every activity of that level (and "
                               "of the levels below) at least so often. A level without criteria is the "
                               "steward's call alone."),
                            this);
    hint->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    buttons->addWidget(save);
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(hint);
    layout->addWidget(m_criteria, 1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &PathwaySettingsPanel::addCriterion);
    connect(remove, &QPushButton::clicked, this, &PathwaySettingsPanel::removeCriterion);
    connect(save, &QPushButton::clicked, this, &PathwaySettingsPanel::saveCriteria);
    return box(this, tr("Pathway criteria"), content);
}

QWidget* PathwaySettingsPanel::buildSettings()
{
    m_cadence = new QComboBox(this);
    m_cadence->setObjectName(QStringLiteral("cadenceComboBox"));
    for (const QString& c : PracticeSettings::cadences())
        m_cadence->addItem(cadenceName(c), c);
    m_stuckDays = new QSpinBox(this);
    m_stuckDays->setObjectName(QStringLiteral("stuckDaysSpinBox"));
    m_inactiveDays = new QSpinBox(this);
    m_inactiveDays->setObjectName(QStringLiteral("inactiveDaysSpinBox"));
    for (QSpinBox* s : {m_stuckDays, m_inactiveDays}) {
        s->setRange(1, 3650);
        s->setSuffix(tr(" days"));
    }
    m_leaderboard = new QCheckBox(tr("Show a leaderboard of contributions"), this);
    m_leaderboard->setObjectName(QStringLiteral("leaderboardCheckBox"));
    auto* save = new QPushButton(tr("Save Settings"), this);
    save->setObjectName(QStringLiteral("saveSettingsButton"));
    auto* content = new QWidget(this);
    auto* form = new QFormLayout(content);
    form->addRow(tr("Periodic review:"), m_cadence);
    form->addRow(tr("Stuck after:"), m_stuckDays);
    form->addRow(tr("Move down after no activity for:"), m_inactiveDays);
    form->addRow(m_leaderboard);
    form->addRow(save);
    connect(save, &QPushButton::clicked, this, &PathwaySettingsPanel::saveSettings);
    return box(this, tr("Settings"), content);
}

void PathwaySettingsPanel::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    m_communityId = 0;
    refresh();
}

void PathwaySettingsPanel::setCommunity(qint64 communityId)
{
    m_communityId = communityId;
    refresh();
}

void PathwaySettingsPanel::refresh()
{
    // A staff tick pushes a command from inside the list's own signal: rebuilding the list then would delete
    // the item under its feet. The tick already shows the new state.
    if (m_toggling)
        return;
    m_filling = true;
    m_criteria->setRowCount(0);
    m_staff->clear();
    setEnabled(m_workspace && m_communityId > 0);
    if (isEnabled()) {
        PathwayRepository repository(m_workspace->database());
        auto criteria = repository.criteria(m_communityId);
        for (const PathwayCriterion& c : criteria ? *criteria : QList<PathwayCriterion>())
            appendCriterion(c);
        auto settings = repository.settings(m_communityId);
        const PracticeSettings s = settings ? *settings : PracticeSettings();
        m_cadence->setCurrentIndex(m_cadence->findData(s.reviewCadence));
        m_stuckDays->setValue(s.stuckDays);
        m_inactiveDays->setValue(s.inactiveDays);
        m_leaderboard->setChecked(s.leaderboard);
        fillStaff();
    }
    m_filling = false;
}

void PathwaySettingsPanel::appendCriterion(const PathwayCriterion& criterion)
{
    const int row = m_criteria->rowCount();
    m_criteria->insertRow(row);
    auto* level = new QComboBox(m_criteria);
    for (int l = int(ParticipationLevel::Peripheral); l <= int(ParticipationLevel::Steward); ++l)
        level->addItem(participationLevelDisplayName(ParticipationLevel(l)), l);
    level->setCurrentIndex(level->findData(int(criterion.level)));
    auto* activity = new QComboBox(m_criteria);
    for (const QString& a : PathwayCriterion::activities())
        activity->addItem(PathwayCriterion::activityDisplayName(a), a);
    activity->setCurrentIndex(activity->findData(criterion.activity));
    auto* count = new QSpinBox(m_criteria);
    count->setRange(1, 999);
    count->setValue(criterion.count);
    m_criteria->setCellWidget(row, 0, level);
    m_criteria->setCellWidget(row, 1, activity);
    m_criteria->setCellWidget(row, 2, count);
}

QList<PathwayCriterion> PathwaySettingsPanel::editedCriteria() const
{
    QList<PathwayCriterion> result;
    for (int row = 0; row < m_criteria->rowCount(); ++row) {
        PathwayCriterion c;
        c.communityId = m_communityId;
        c.level = ParticipationLevel(qobject_cast<QComboBox*>(m_criteria->cellWidget(row, 0))->currentData().toInt());
        c.activity = qobject_cast<QComboBox*>(m_criteria->cellWidget(row, 1))->currentData().toString();
        c.count = qobject_cast<QSpinBox*>(m_criteria->cellWidget(row, 2))->value();
        result.append(c);
    }
    return result;
}

void PathwaySettingsPanel::fillStaff()
{
    auto members = m_workspace->memberships().membersOf(m_communityId);
    auto staff = PathwayRepository(m_workspace->database()).staffMemberships(m_communityId);
    if (!members || !staff) {
        showResult(Status::failure(!members ? members.errorString() : staff.errorString()));
        return;
    }
    for (const Member& m : std::as_const(*members)) {
        auto* item = new QListWidgetItem(
            tr("%1 (%2)").arg(m.personName, participationLevelDisplayName(m.membership.level)), m_staff);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(staff->contains(m.membership.id) ? Qt::Checked : Qt::Unchecked);
        item->setData(Qt::UserRole, m.membership.personId);
    }
}

void PathwaySettingsPanel::addCriterion()
{
    PathwayCriterion c;
    c.activity = PathwayCriterion::activities().constFirst();
    appendCriterion(c);
    m_criteria->selectRow(m_criteria->rowCount() - 1);
}

void PathwaySettingsPanel::removeCriterion()
{
    if (m_criteria->currentRow() >= 0)
        m_criteria->removeRow(m_criteria->currentRow());
}

void PathwaySettingsPanel::saveCriteria()
{
    if (!m_workspace)
        return;
    showResult(m_workspace->perform(
        std::make_unique<SetPathwayCriteriaCommand>(*m_workspace, m_communityId, editedCriteria())));
}

void PathwaySettingsPanel::saveSettings()
{
    if (!m_workspace)
        return;
    PracticeSettings s;
    s.communityId = m_communityId;
    s.reviewCadence = m_cadence->currentData().toString();
    s.stuckDays = m_stuckDays->value();
    s.inactiveDays = m_inactiveDays->value();
    s.leaderboard = m_leaderboard->isChecked();
    showResult(m_workspace->perform(std::make_unique<SetPracticeSettingsCommand>(*m_workspace, s)));
}

void PathwaySettingsPanel::staffToggled(QListWidgetItem* item)
{
    if (m_filling || !m_workspace)
        return;
    const qint64 person = item->data(Qt::UserRole).toLongLong();
    const bool staff = item->checkState() == Qt::Checked;
    m_toggling = true;
    const Status s =
        m_workspace->perform(std::make_unique<SetPathwayStaffCommand>(*m_workspace, m_communityId, person, staff));
    m_toggling = false;
    showResult(s);
    if (!s)
        QTimer::singleShot(0, this, &PathwaySettingsPanel::refresh);
}

void PathwaySettingsPanel::showResult(const Status& status)
{
    m_message->setStyleSheet(status ? QString() : QStringLiteral("color: #b91c1c"));
    m_message->setText(status ? tr("Saved; Undo takes it back.") : status.errorString());
}

} // namespace steward
