// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;

namespace steward {

/** What the window shows while no workspace is open: new, open, the sample, and recent files. */
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);

    void setRecentFiles(const QStringList& paths);

signals:
    void newRequested();
    void openRequested();
    void sampleRequested();
    void recentFileRequested(const QString& path);

private:
    QListWidget* m_recentList = nullptr;
};

} // namespace steward
