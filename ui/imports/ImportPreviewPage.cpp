// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportPreviewPage.h"

#include "ActivityImportJob.h"
#include "ImportWizard.h"
#include "workspace/Workspace.h"

#include <QEventLoop>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressDialog>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

namespace steward {

namespace {

constexpr int kPollMs = 100;
constexpr int kRecountDelayMs = 400;

/** "reply 12, mention 3", or the text for none. */
QString countsText(const QMap<QString, qint64>& counts, const QString& none)
{
    QStringList parts;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        parts.append(
            QStringLiteral("%1 %2").arg(QString(it.key()).replace(QLatin1Char('_'), QLatin1Char(' '))).arg(it.value()));
    return parts.isEmpty() ? none : parts.join(QStringLiteral(", "));
}

QLabel* valueLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ImportPreviewPage::ImportPreviewPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Preview"));
    setSubTitle(tr("What the import would bring in. Nothing has been written yet."));
    setCommitPage(true);
    m_status = valueLabel(QStringLiteral("statusLabel"), this);
    m_messages = valueLabel(QStringLiteral("messagesLabel"), this);
    m_people = valueLabel(QStringLiteral("peopleLabel"), this);
    m_interactions = valueLabel(QStringLiteral("interactionsLabel"), this);
    m_skipped = valueLabel(QStringLiteral("skippedLabel"), this);
    m_dates = valueLabel(QStringLiteral("datesLabel"), this);
    m_warnings = valueLabel(QStringLiteral("warningsLabel"), this);
    m_channels = new QListWidget(this);
    m_channels->setObjectName(QStringLiteral("channelsListWidget"));
    m_channels->setMaximumHeight(220);
    m_channelsLabel = new QLabel(tr("C&hannels:"), this);
    m_channelsLabel->setBuddy(m_channels);

    // Ticking channels recounts: the preview shows what the chosen channels would bring in.
    m_recount = new QTimer(this);
    m_recount->setSingleShot(true);
    m_recount->setInterval(kRecountDelayMs);
    connect(m_recount, &QTimer::timeout, this, &ImportPreviewPage::recount);
    connect(m_channels, &QListWidget::itemChanged, m_recount, qOverload<>(&QTimer::start));

    auto* form = new QFormLayout;
    form->addRow(tr("Messages read:"), m_messages);
    form->addRow(tr("People:"), m_people);
    form->addRow(tr("Interactions:"), m_interactions);
    form->addRow(tr("Skipped:"), m_skipped);
    form->addRow(tr("Dates:"), m_dates);
    form->addRow(tr("Warnings:"), m_warnings);
    form->addRow(m_channelsLabel, m_channels);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(form);
    layout->addStretch(1);
}

ImportPreviewPage::~ImportPreviewPage() = default;

void ImportPreviewPage::initializePage()
{
    m_channels->clear(); // a new file: its channels come with the dry run
    startDryRun();
}

void ImportPreviewPage::cleanupPage()
{
    m_job.reset(); // cancels a dry run still reading
    m_ready = false;
}

bool ImportPreviewPage::isBusy() const
{
    return m_job && m_job->isRunning();
}

bool ImportPreviewPage::isComplete() const
{
    return m_ready && !isBusy();
}

void ImportPreviewPage::startDryRun()
{
    m_ready = false;
    for (QLabel* label : {m_messages, m_people, m_interactions, m_skipped, m_dates, m_warnings})
        label->clear();
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Reading %1…").arg(m_wizard->request().path));
    m_job = std::make_unique<ActivityImportJob>(m_wizard->workspace().path(), m_wizard->workspace().clock());
    connect(m_job.get(), &ActivityImportJob::finished, this, &ImportPreviewPage::showDryRun);
    ActivityImportRequest request = m_wizard->request();
    request.dryRun = true;
    request.channels = chosenChannels();
    m_job->start(request);
    emit completeChanged();
}

void ImportPreviewPage::recount()
{
    m_job.reset(); // a dry run still reading the old choice is cancelled
    if (!hasChosenChannel()) {
        m_ready = false;
        showError(tr("Tick at least one channel to import."));
        emit completeChanged();
        return;
    }
    startDryRun();
}

bool ImportPreviewPage::hasChosenChannel() const
{
    for (int row = 0; row < m_channels->count(); ++row)
        if (m_channels->item(row)->checkState() == Qt::Checked)
            return true;
    return m_channels->count() == 0;
}

void ImportPreviewPage::showDryRun()
{
    const auto result = m_job->result();
    if (!result) {
        showError(result.errorString());
        emit completeChanged();
        return;
    }
    m_status->setText(tr("The file reads cleanly. Untick the channels to leave out, then import."));
    showSummary(*result);
    m_ready = true;
    emit completeChanged();
}

void ImportPreviewPage::showSummary(const ActivityImportSummary& summary)
{
    m_messages->setText(QString::number(summary.messagesRead));
    m_people->setText(tr("%1 matched to people already here, %2 new (flagged unmatched, to review)")
                          .arg(summary.peopleMatched)
                          .arg(summary.peopleCreated));
    m_interactions->setText(
        tr("%1 (%2)").arg(summary.interactionsCreated).arg(countsText(summary.interactionsByKind, tr("none"))));
    m_skipped->setText(countsText(summary.skipped, tr("nothing")));
    m_dates->setText(summary.firstOccurred.isEmpty()
                         ? tr("no dated messages")
                         : tr("%1 to %2").arg(summary.firstOccurred.left(10), summary.lastOccurred.left(10)));
    m_warnings->setText(summary.warnings.isEmpty() ? tr("none") : summary.warnings.join(QLatin1Char('\n')));
    if (m_channels->count() == 0) {
        const QSignalBlocker quiet(m_channels);
        for (const QString& channel : summary.channels) {
            auto* item = new QListWidgetItem(channel, m_channels);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
    }
    m_channels->setVisible(!summary.channels.isEmpty());
    m_channelsLabel->setVisible(!summary.channels.isEmpty());
}

void ImportPreviewPage::showError(const QString& message)
{
    m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_status->setText(message);
}

QStringList ImportPreviewPage::chosenChannels() const
{
    QStringList chosen;
    for (int row = 0; row < m_channels->count(); ++row)
        if (m_channels->item(row)->checkState() == Qt::Checked)
            chosen.append(m_channels->item(row)->text());
    return chosen.size() == m_channels->count() ? QStringList() : chosen;
}

bool ImportPreviewPage::validatePage()
{
    ActivityImportRequest request = m_wizard->request();
    request.channels = chosenChannels();
    if (!hasChosenChannel()) {
        showError(tr("Tick at least one channel to import."));
        return false;
    }
    m_recount->stop(); // the import below reads the ticks as they are now
    m_channels->setEnabled(false);
    const auto result = runImport(request);
    m_channels->setEnabled(true);
    if (!result) {
        showError(result.errorString());
        return false;
    }
    m_wizard->setSummary(*result);
    // The import wrote through its own connection: tell every view to reload.
    Workspace& workspace = m_wizard->workspace();
    workspace.notifyPeopleChanged();
    workspace.notifyMembershipsChanged(m_wizard->communityId());
    return true;
}

Result<ActivityImportSummary> ImportPreviewPage::runImport(const ActivityImportRequest& request)
{
    m_job = std::make_unique<ActivityImportJob>(m_wizard->workspace().path(), m_wizard->workspace().clock());
    QProgressDialog dialog(tr("Importing…"), tr("Cancel"), 0, 0, this);
    dialog.setObjectName(QStringLiteral("importProgressDialog"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    dialog.setMinimumDuration(300);
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(kPollMs);
    connect(&poll, &QTimer::timeout, &dialog, [this, &dialog] {
        const WorkerProgress& progress = m_job->progress();
        const qint64 total = progress.total();
        // QProgressDialog counts in int: scale large totals down.
        const int shift = total > std::numeric_limits<int>::max() ? 10 : 0;
        dialog.setMaximum(int(total >> shift));
        dialog.setValue(int(std::min(progress.done(), total) >> shift));
        if (!progress.stage().isEmpty())
            dialog.setLabelText(progress.stage());
    });
    connect(&dialog, &QProgressDialog::canceled, m_job.get(), &ActivityImportJob::cancel);
    connect(m_job.get(), &ActivityImportJob::finished, &loop, &QEventLoop::quit);
    m_job->start(request);
    poll.start();
    loop.exec();
    poll.stop();
    return m_job->result();
}

} // namespace steward
