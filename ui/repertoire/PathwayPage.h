// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorkspacePage.h"

#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace steward {

class PathwaySettingsPanel;
struct PathwayReport;
class RecognitionPanel;

/**
 * A community's pathway and recognition, in three tabs. Pathway: the funnel with the days at each level,
 * stuck members, newcomer cohorts, and the proposed level changes to apply with a reason (the change goes
 * through SetLevelCommand, undoable) or decline. Recognition: RecognitionPanel. Criteria and settings:
 * PathwaySettingsPanel.
 */
class PathwayPage : public WorkspacePage
{
    Q_OBJECT

public:
    explicit PathwayPage(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace) override;
    void setCurrentCommunity(qint64 communityId) override;

private slots:
    void refresh();
    void decide(bool accept);
    void lookForProposals();
    void proposalSelected();

private:
    QWidget* buildPathway();
    QWidget* buildProposals();
    void fillLevels(const PathwayReport& report);
    void fillCohortsAndStuck(const PathwayReport& report);
    void fillProposals(const PathwayReport& report);

    QPointer<Workspace> m_workspace;
    qint64 m_communityId = 0;
    QLabel* m_summary = nullptr;
    QTableWidget* m_funnel = nullptr;
    QTableWidget* m_stuck = nullptr;
    QTableWidget* m_cohorts = nullptr;
    QTableWidget* m_proposals = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_accept = nullptr;
    QPushButton* m_dismiss = nullptr;
    QPushButton* m_look = nullptr;
    QLabel* m_error = nullptr;
    RecognitionPanel* m_recognition = nullptr;
    PathwaySettingsPanel* m_settings = nullptr;
};

} // namespace steward
