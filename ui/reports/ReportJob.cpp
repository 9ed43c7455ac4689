// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportJob.h"

#include "report/ReportHtml.h"
#include "reports/PdfReportRenderer.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QtConcurrent>

namespace steward {

ReportJob::ReportJob(QString databasePath, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_clock(clock)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ReportJob::done);
}

ReportJob::~ReportJob()
{
    m_cancelled = true;
    m_watcher.waitForFinished();
}

void ReportJob::start(const ReportRequest& request, Write write, ReportPaper paper, const QString& path)
{
    m_cancelled = false;
    m_watcher.setFuture(
        QtConcurrent::run(&ReportJob::run, m_databasePath, &m_clock, request, write, paper, path, this));
}

ReportJob::Outcome ReportJob::run(QString databasePath,
                                  const Clock* clock,
                                  ReportRequest request,
                                  Write write,
                                  ReportPaper paper,
                                  QString path,
                                  Progress* progress)
{
    Outcome outcome;
    // The GUI thread's connection may not be used here: this thread opens its own.
    auto database = Database::open(databasePath, Database::OpenMode::ExistingOnly);
    if (!database) {
        outcome.content = Result<ReportContent>::failure(database.errorString());
        return outcome;
    }
    outcome.content = request.build(**database, *clock, *progress);
    if (!outcome.content || write == Write::Nothing)
        return outcome;
    if (write == Write::Pdf) {
        const Status s = PdfReportRenderer().writePdf(*outcome.content, paper, path, *progress);
        outcome.writeError = s ? QString() : s.errorString();
        return outcome;
    }
    const QByteArray html = ReportHtml::write(*outcome.content);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(html) != html.size() || !file.commit())
        outcome.writeError =
            QCoreApplication::translate("ReportJob", "cannot write '%1': %2").arg(path, file.errorString());
    return outcome;
}

} // namespace steward
