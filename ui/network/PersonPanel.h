// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Membership.h"
#include "network/Network.h"
#include "network/NetworkMetrics.h"

#include <QWidget>

class QTextBrowser;

namespace steward {

/** The selected person: who they are, their metrics, their strongest ties and their level history. */
class PersonPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PersonPanel(QWidget* parent = nullptr);

    void showPerson(const Network& network,
                    int index,
                    const PersonMetrics* metrics,
                    const QString& department,
                    const QList<LevelChange>& history);
    void clear();
    QString text() const;

private:
    static QString metricsHtml(const PersonMetrics& p);
    static QString tiesHtml(const Network& network, int index);
    static QString historyHtml(const QList<LevelChange>& history);

    QTextBrowser* m_browser = nullptr;
};

} // namespace steward
