// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Progress.h"
#include "report/ReportContent.h"
#include "report/ReportRenderer.h"
#include "report/ReportRequest.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>

namespace steward {

class Clock;

/**
 * One report built in a worker thread on its own connection to the workspace file, and optionally
 * written there as PDF or HTML. Cancel is heard between sections and pages.
 */
class ReportJob : public QObject, public Progress
{
    Q_OBJECT

public:
    enum class Write
    {
        Nothing,
        Pdf,
        Html,
    };
    struct Outcome
    {
        Result<ReportContent> content = Result<ReportContent>::failure({});
        QString writeError;
    };

    ReportJob(QString databasePath, const Clock& clock, QObject* parent = nullptr);
    ~ReportJob() override;

    void start(const ReportRequest& request, Write write, ReportPaper paper, const QString& path);
    void cancel() { m_cancelled = true; }
    bool isRunning() const { return m_watcher.isRunning(); }
    Outcome outcome() const { return m_watcher.result(); }
    bool isCanceled() const override { return m_cancelled; }

signals:
    void done();

private:
    static Outcome run(QString databasePath,
                       const Clock* clock,
                       ReportRequest request,
                       Write write,
                       ReportPaper paper,
                       QString path,
                       Progress* progress);
    QString m_databasePath;
    const Clock& m_clock;
    std::atomic<bool> m_cancelled{false};
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace steward
