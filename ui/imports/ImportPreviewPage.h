// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/activity/ActivityImporter.h"

#include <QWizardPage>

#include <memory>

class QFormLayout;
class QLabel;
class QListWidget;
class QTimer;

namespace steward {

class ActivityImportJob;
class ImportWizard;

/**
 * The wizard's preview: a dry run of the file in a worker thread (the importer's real work, rolled back)
 * shows what the import would bring in; the steward picks the channels. Going on runs the real import
 * with a progress dialog and Cancel.
 */
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportPreviewPage(ImportWizard* wizard);
    ~ImportPreviewPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;
    /** True while the dry run is being read. */
    bool isBusy() const;
    /** The channels ticked; empty when every channel is (or the file has none). */
    QStringList chosenChannels() const;

private:
    void startDryRun();
    /** Runs the dry run again for the channels now ticked. */
    void recount();
    bool hasChosenChannel() const;
    void showDryRun();
    void showSummary(const ActivityImportSummary& summary);
    Result<ActivityImportSummary> runImport(const ActivityImportRequest& request);
    void showError(const QString& message);

    ImportWizard* m_wizard;
    std::unique_ptr<ActivityImportJob> m_job;
    bool m_ready = false;
    QLabel* m_status = nullptr;
    QLabel* m_messages = nullptr;
    QLabel* m_people = nullptr;
    QLabel* m_interactions = nullptr;
    QLabel* m_skipped = nullptr;
    QLabel* m_dates = nullptr;
    QLabel* m_warnings = nullptr;
    QListWidget* m_channels = nullptr;
    QLabel* m_channelsLabel = nullptr;
    QTimer* m_recount = nullptr;
};

} // namespace steward
