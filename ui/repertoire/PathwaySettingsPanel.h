// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "repertoire/Pathway.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace steward {

class Workspace;

/**
 * The steward's side of a community's pathway: the criteria (per level, the entry activities and how often),
 * the settings (periodic review cadence, stuck and inactive thresholds, leaderboard opt-in) and the staff
 * who run the community. Saving goes through the undo stack; a refusal is shown and writes nothing.
 */
class PathwaySettingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PathwaySettingsPanel(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    void setCommunity(qint64 communityId);
    /** The criteria as edited (not yet saved). */
    QList<PathwayCriterion> editedCriteria() const;

public slots:
    void refresh();

private slots:
    void addCriterion();
    void removeCriterion();
    void saveCriteria();
    void saveSettings();
    void staffToggled(QListWidgetItem* item);

private:
    QWidget* buildCriteria();
    QWidget* buildSettings();
    void appendCriterion(const PathwayCriterion& criterion);
    void fillStaff();
    void showResult(const Status& status);

    QPointer<Workspace> m_workspace;
    qint64 m_communityId = 0;
    bool m_filling = false;
    bool m_toggling = false;
    QTableWidget* m_criteria = nullptr;
    QComboBox* m_cadence = nullptr;
    QSpinBox* m_stuckDays = nullptr;
    QSpinBox* m_inactiveDays = nullptr;
    QCheckBox* m_leaderboard = nullptr;
    QListWidget* m_staff = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace steward
