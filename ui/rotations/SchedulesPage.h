// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorkspacePage.h"

#include <QPointer>

class QLabel;
class QTabWidget;

namespace steward {

class CoverageView;
class RotationEditor;
class TopicBacklogView;
class Workspace;

/**
 * The current community's schedules: micro-teach slots (with the topic backlog and coverage: who
 * taught how often, topics, gaps, a compact chart) and on-call expert shifts with a response target.
 */
class SchedulesPage : public WorkspacePage
{
    Q_OBJECT

public:
    explicit SchedulesPage(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace) override;
    void setCurrentCommunity(qint64 communityId) override;

    QTabWidget* tabs() const { return m_tabs; }
    RotationEditor* microTeach() const { return m_microTeach; }
    RotationEditor* onCall() const { return m_onCall; }
    TopicBacklogView* topics() const { return m_topics; }
    CoverageView* coverage() const { return m_coverage; }

public slots:
    void reload();

private:
    QWidget* createMicroTeachTab();

    QPointer<Workspace> m_workspace;
    qint64 m_communityId = 0;
    QLabel* m_heading = nullptr;
    QTabWidget* m_tabs = nullptr;
    RotationEditor* m_microTeach = nullptr;
    TopicBacklogView* m_topics = nullptr;
    CoverageView* m_coverage = nullptr;
    RotationEditor* m_onCall = nullptr;
};

} // namespace steward
