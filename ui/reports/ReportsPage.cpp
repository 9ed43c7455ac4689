// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportsPage.h"

#include "reports/ReportJob.h"
#include "reports/ReportPagePainter.h"
#include "storage/CommunityRepository.h"
#include "storage/MastermindRepository.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace steward {

ReportsPage::ReportsPage(QWidget* parent)
    : WorkspacePage(parent)
    , m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    m_printer->setResolution(150);
    m_preview = new QPrintPreviewWidget(m_printer.get(), this);
    m_preview->setObjectName(QStringLiteral("reportPrintPreviewWidget"));
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &ReportsPage::paintPreview);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(buildForm());
    layout->addWidget(m_preview, 1);
    setControlsEnabled(false);
}

ReportsPage::~ReportsPage() = default;

QWidget* ReportsPage::buildForm()
{
    auto* panel = new QWidget(this);
    auto* form = new QFormLayout;
    m_kind = new QComboBox(panel);
    m_kind->setObjectName(QStringLiteral("reportKindComboBox"));
    m_kind->addItem(tr("Community health report"), int(ReportKind::CommunityHealth));
    m_kind->addItem(tr("Network report"), int(ReportKind::Network));
    m_kind->addItem(tr("Mastermind summary"), int(ReportKind::Mastermind));
    m_kind->addItem(tr("Hot-seat rotation"), int(ReportKind::HotSeatSchedule));
    m_kind->addItem(tr("Micro-teach schedule"), int(ReportKind::MicroTeachSchedule));
    m_kind->addItem(tr("On-call rotation"), int(ReportKind::OnCallSchedule));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportsPage::fillSubjects);
    m_subject = new QComboBox(panel);
    m_subject->setObjectName(QStringLiteral("subjectComboBox"));
    m_from = new QDateEdit(QDate::currentDate().addMonths(-6).addDays(1), panel);
    m_from->setObjectName(QStringLiteral("fromDateEdit"));
    m_to = new QDateEdit(QDate::currentDate(), panel);
    m_to->setObjectName(QStringLiteral("toDateEdit"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_paper = new QComboBox(panel);
    m_paper->setObjectName(QStringLiteral("paperComboBox"));
    m_paper->addItem(tr("A4"), int(ReportPaper::A4));
    m_paper->addItem(tr("US Letter"), int(ReportPaper::Letter));
    m_pseudonymise = new QCheckBox(tr("Pseudonymise people"), panel);
    m_pseudonymise->setObjectName(QStringLiteral("pseudonymiseCheckBox"));
    m_confidential = new QCheckBox(tr("Include confidential notes"), panel);
    m_confidential->setObjectName(QStringLiteral("confidentialCheckBox"));
    m_confidential->setToolTip(tr("For this one export only; mastermind check-ins' confidential notes."));
    m_minGroup = new QSpinBox(panel);
    m_minGroup->setObjectName(QStringLiteral("minGroupSpinBox"));
    m_minGroup->setRange(1, 100);
    m_minGroup->setValue(5);
    form->addRow(tr("Report"), m_kind);
    form->addRow(tr("For"), m_subject);
    form->addRow(tr("From"), m_from);
    form->addRow(tr("To"), m_to);
    form->addRow(tr("Paper"), m_paper);
    form->addRow(tr("Smallest group shown"), m_minGroup);
    form->addRow(m_pseudonymise);
    form->addRow(m_confidential);
    m_previewButton = new QPushButton(tr("Preview"), panel);
    m_previewButton->setObjectName(QStringLiteral("previewPushButton"));
    m_pdfButton = new QPushButton(tr("Export PDF..."), panel);
    m_pdfButton->setObjectName(QStringLiteral("exportPdfPushButton"));
    m_htmlButton = new QPushButton(tr("Export HTML..."), panel);
    m_htmlButton->setObjectName(QStringLiteral("exportHtmlPushButton"));
    m_printButton = new QPushButton(tr("Print..."), panel);
    m_printButton->setObjectName(QStringLiteral("printPushButton"));
    connect(m_previewButton, &QPushButton::clicked, this, &ReportsPage::preview);
    connect(m_pdfButton, &QPushButton::clicked, this, &ReportsPage::chooseAndExportPdf);
    connect(m_htmlButton, &QPushButton::clicked, this, &ReportsPage::chooseAndExportHtml);
    connect(m_printButton, &QPushButton::clicked, this, &ReportsPage::print);
    m_cancelButton = new QPushButton(tr("Cancel"), panel);
    m_cancelButton->setObjectName(QStringLiteral("cancelPushButton"));
    m_cancelButton->setEnabled(false);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    m_status = new QLabel(panel);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    auto* column = new QVBoxLayout(panel);
    column->addLayout(form);
    for (QPushButton* button : {m_previewButton, m_pdfButton, m_htmlButton, m_printButton, m_cancelButton})
        column->addWidget(button);
    column->addWidget(m_status);
    column->addStretch(1);
    panel->setMaximumWidth(340);
    return panel;
}

void ReportsPage::setWorkspace(Workspace* workspace)
{
    m_job.reset();
    m_workspace = workspace;
    m_content = {};
    if (workspace)
        m_job = std::make_unique<ReportJob>(workspace->path(), workspace->clock());
    fillSubjects();
    setControlsEnabled(workspace != nullptr);
    m_preview->updatePreview();
}

void ReportsPage::setCurrentCommunity(qint64 communityId)
{
    m_communityId = communityId;
    fillSubjects();
}

void ReportsPage::fillSubjects()
{
    m_subject->clear();
    if (!m_workspace)
        return;
    const auto kind = ReportKind(m_kind->currentData().toInt());
    const bool group = kind == ReportKind::Mastermind || kind == ReportKind::HotSeatSchedule;
    m_confidential->setEnabled(kind == ReportKind::Mastermind);
    if (group) {
        auto groups = MastermindRepository(m_workspace->database()).all();
        for (const MastermindGroup& g : groups ? *groups : QList<MastermindGroup>())
            m_subject->addItem(g.name, g.communityId);
    } else {
        auto communities = CommunityRepository(m_workspace->database()).all();
        for (const Community& c : communities ? *communities : QList<Community>())
            m_subject->addItem(c.name, c.id);
    }
    const int current = m_subject->findData(m_communityId);
    if (current >= 0)
        m_subject->setCurrentIndex(current);
}

ReportRequest ReportsPage::request() const
{
    ReportRequest r;
    r.kind = ReportKind(m_kind->currentData().toInt());
    r.subject = m_subject->currentText();
    r.options.from = m_from->date();
    r.options.to = m_to->date();
    r.options.pseudonymise = m_pseudonymise->isChecked();
    r.options.includeConfidential = m_confidential->isEnabled() && m_confidential->isChecked();
    r.options.minGroupSize = m_minGroup->value();
    return r;
}

bool ReportsPage::isBusy() const
{
    return m_job && m_job->isRunning();
}

void ReportsPage::preview()
{
    start(Output::Preview, {});
}

void ReportsPage::exportPdf(const QString& path)
{
    start(Output::Pdf, path);
}

void ReportsPage::exportHtml(const QString& path)
{
    start(Output::Html, path);
}

void ReportsPage::start(Output output, const QString& path)
{
    if (!m_job || isBusy() || m_subject->currentText().isEmpty())
        return;
    setControlsEnabled(false);
    m_status->setText(tr("Building the report..."));
    m_cancelButton->setEnabled(true);
    disconnect(m_job.get(), &ReportJob::done, this, nullptr);
    connect(m_job.get(), &ReportJob::done, this, [this, output, path] {
        const ReportJob::Outcome outcome = m_job->outcome();
        done(output, path, outcome.content, outcome.writeError);
    });
    const auto write = output == Output::Pdf    ? ReportJob::Write::Pdf
                       : output == Output::Html ? ReportJob::Write::Html
                                                : ReportJob::Write::Nothing;
    m_job->start(request(), write, ReportPaper(m_paper->currentData().toInt()), path);
}

void ReportsPage::done(Output output,
                       const QString& path,
                       const Result<ReportContent>& result,
                       const QString& writeError)
{
    setControlsEnabled(true);
    if (!result || !writeError.isEmpty()) {
        const QString message = result ? writeError : result.errorString();
        m_status->setText(tr("The report could not be made: %1").arg(message));
        emit finished(false, message);
        return;
    }
    m_content = *result;
    if (output == Output::Preview) {
        m_printer->setPageLayout(ReportPagePainter::pageLayout(ReportPaper(m_paper->currentData().toInt())));
        m_preview->updatePreview();
        m_status->setText(tr("%n page(s).", nullptr, m_preview->pageCount()));
    } else {
        m_status->setText(tr("Written to %1.").arg(path));
    }
    emit finished(true, path);
}

void ReportsPage::paintPreview(QPrinter* printer)
{
    if (m_content.sections.isEmpty())
        return;
    ReportPagePainter::paint(m_content, *printer, Progress::none());
}

void ReportsPage::chooseAndExportPdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export PDF"), {}, tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path);
}

void ReportsPage::chooseAndExportHtml()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export HTML"), {}, tr("HTML files (*.html)"));
    if (!path.isEmpty())
        exportHtml(path);
}

void ReportsPage::print()
{
    if (m_content.sections.isEmpty()) {
        m_status->setText(tr("Preview the report first."));
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(ReportPagePainter::pageLayout(ReportPaper(m_paper->currentData().toInt())));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        ReportPagePainter::paint(m_content, printer, Progress::none());
}

void ReportsPage::setControlsEnabled(bool enabled)
{
    m_cancelButton->setEnabled(!enabled && isBusy());
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_previewButton, m_pdfButton, m_htmlButton, m_printButton, m_kind, m_subject})
        w->setEnabled(enabled);
}

} // namespace steward
