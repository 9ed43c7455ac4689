// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorkspacePage.h"

#include <QPointer>

class QLabel;
class QPushButton;
class QTableWidget;

namespace steward {

/**
 * A community's pathway and recognition: the funnel with the days at each level, stuck members, newcomer
 * cohorts, the proposed level changes to accept (the change is applied through SetLevelCommand with the
 * proposal's reason, undoable) or dismiss, and the recognition given with the opt-in leaderboard.
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

private:
    void fillRecognition();

    QPointer<Workspace> m_workspace;
    qint64 m_communityId = 0;
    QLabel* m_summary = nullptr;
    QTableWidget* m_funnel = nullptr;
    QTableWidget* m_stuck = nullptr;
    QTableWidget* m_cohorts = nullptr;
    QTableWidget* m_proposals = nullptr;
    QPushButton* m_accept = nullptr;
    QPushButton* m_dismiss = nullptr;
    QLabel* m_error = nullptr;
    QTableWidget* m_recognition = nullptr;
    QTableWidget* m_leaderboard = nullptr;
};

} // namespace steward
