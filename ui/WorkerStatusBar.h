// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace steward {

class WorkerProgress;

/**
 * A page's status line for work running on another thread: a message, a progress bar that follows the
 * worker's WorkerProgress (busy indicator while the total is unknown, its stage as the message) and a Cancel
 * button; both appear only while the work runs.
 */
class WorkerStatusBar : public QWidget
{
    Q_OBJECT

public:
    /** `namePrefix` names the children for tests: <prefix>StatusLabel, <prefix>ProgressBar, cancelPushButton. */
    explicit WorkerStatusBar(const QString& namePrefix, QWidget* parent = nullptr);

    /** Shows `message` with progress and Cancel, following `progress` until finish(). */
    void track(std::shared_ptr<WorkerProgress> progress, const QString& message);
    void setMessage(const QString& message);
    /** Hides progress and Cancel and shows `message`. */
    void finish(const QString& message);
    bool isRunning() const;

private:
    void poll();

    QLabel* m_message = nullptr;
    QProgressBar* m_bar = nullptr;
    QPushButton* m_cancel = nullptr;
    QTimer* m_pollTimer = nullptr;
    std::shared_ptr<WorkerProgress> m_progress;
};

} // namespace steward
