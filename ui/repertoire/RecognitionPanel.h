// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace steward {

class Workspace;

/**
 * A community's recognition: shout-outs and badges given (with the badge icon), the badges the app proposes
 * from activity to confirm or dismiss, the contribution counts per person over a period, and the leaderboard
 * (only when the community opted in). Every change goes through the workspace's undo stack.
 */
class RecognitionPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RecognitionPanel(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    void setCommunity(qint64 communityId);

public slots:
    void refresh();

private slots:
    void giveShoutOut();
    void awardBadge();
    void decideProposal(bool confirm);

private:
    QWidget* buildProposals();
    QWidget* buildContributions();
    void fillGiven();
    void fillGivers();
    void fillContributions();
    void openDialog(bool badge);

    QPointer<Workspace> m_workspace;
    qint64 m_communityId = 0;
    QPushButton* m_shoutOut = nullptr;
    QPushButton* m_badge = nullptr;
    QTableWidget* m_given = nullptr;
    QTableWidget* m_proposals = nullptr;
    QComboBox* m_confirmAs = nullptr;
    QPushButton* m_confirm = nullptr;
    QPushButton* m_dismiss = nullptr;
    QComboBox* m_period = nullptr;
    QTableWidget* m_contributions = nullptr;
    QGroupBox* m_leaderboardBox = nullptr;
    QTableWidget* m_leaderboard = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace steward
