// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorkspacePage.h"
#include "report/ReportContent.h"
#include "report/ReportRequest.h"

#include <QPointer>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPrintPreviewWidget;
class QPrinter;
class QPushButton;
class QSpinBox;

namespace steward {

class ReportJob;
class Workspace;

/**
 * The Reports page: choose a report, its community or group, the period, the paper and the privacy
 * options; see the pages in a print preview; export PDF or HTML, or print. Reports are built (and
 * PDFs written) off the GUI thread on their own database connection, with a Cancel.
 */
class ReportsPage : public WorkspacePage
{
    Q_OBJECT

public:
    explicit ReportsPage(QWidget* parent = nullptr);
    ~ReportsPage() override;
    void setWorkspace(Workspace* workspace) override;
    void setCurrentCommunity(qint64 communityId) override;

    /** The request the form describes. */
    ReportRequest request() const;
    /** The content shown in the preview (empty before the first preview). */
    const ReportContent& content() const { return m_content; }
    bool isBusy() const;

public slots:
    void preview();
    void exportPdf(const QString& path);
    void exportHtml(const QString& path);

signals:
    /** A preview or export finished: ok, and the file written (empty for a preview) or the message. */
    void finished(bool ok, const QString& fileOrMessage);

private slots:
    void fillSubjects();
    void chooseAndExportPdf();
    void chooseAndExportHtml();
    void print();

private:
    enum class Output
    {
        Preview,
        Pdf,
        Html,
    };
    QWidget* buildForm();
    void start(Output output, const QString& path);
    void done(Output output, const QString& path, const Result<ReportContent>& result, const QString& writeError);
    void paintPreview(QPrinter* printer);
    void setControlsEnabled(bool enabled);

    QPointer<Workspace> m_workspace;
    qint64 m_communityId = 0;
    ReportContent m_content;
    std::unique_ptr<QPrinter> m_printer;
    std::unique_ptr<ReportJob> m_job;
    QComboBox* m_kind = nullptr;
    QComboBox* m_subject = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_paper = nullptr;
    QCheckBox* m_pseudonymise = nullptr;
    QCheckBox* m_confidential = nullptr;
    QSpinBox* m_minGroup = nullptr;
    QPushButton* m_previewButton = nullptr;
    QPushButton* m_pdfButton = nullptr;
    QPushButton* m_htmlButton = nullptr;
    QPushButton* m_printButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QLabel* m_status = nullptr;
    QPrintPreviewWidget* m_preview = nullptr;
};

} // namespace steward
