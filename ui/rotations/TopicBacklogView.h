// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Topic.h"

#include <QPointer>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace steward {

class Workspace;

/** A community's micro-teach topic backlog: topic, suggested by, proposed presenter, status, artefact. */
class TopicBacklogView : public QWidget
{
    Q_OBJECT

public:
    explicit TopicBacklogView(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    void setCommunity(qint64 communityId);
    QTableWidget* table() const { return m_table; }

public slots:
    void reload();
    void addTopic();
    void setSelectedStatus(steward::Topic::Status status);
    void removeTopic();

private:
    int selectedRow() const;

    QPointer<Workspace> m_workspace;
    qint64 m_communityId = 0;
    QList<Topic> m_topics;
    QTableWidget* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_status = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace steward
