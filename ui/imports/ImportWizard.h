// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/activity/ActivityImporter.h"

#include <QWizard>

#include <optional>

namespace steward {

class ImportFilePage;
class ImportPreviewPage;
class Workspace;

/**
 * File → Import…: pick an activity file (Slack ZIP, Discord / Teams / GitHub JSON, survey CSV), see what a
 * dry run of it would bring in, choose the channels, import it in a worker thread with progress and Cancel,
 * and read the summary. An import is one batch, undone from the Imports page (not with Edit → Undo).
 */
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        FilePageId,
        PreviewPageId,
        SummaryPageId,
    };

    ImportWizard(Workspace& workspace, qint64 communityId, QWidget* parent = nullptr);

    Workspace& workspace() const { return m_workspace; }
    ImportFilePage* filePage() const { return m_filePage; }
    ImportPreviewPage* previewPage() const { return m_previewPage; }
    /** The file, format and community chosen on the first page (every channel, not a dry run). */
    ActivityImportRequest request() const;
    qint64 communityId() const;
    /** The finished import, once there is one. */
    const std::optional<ActivityImportSummary>& summary() const { return m_summary; }
    void setSummary(const ActivityImportSummary& summary) { m_summary = summary; }

    /** Opens the wizard (modal) over parent, preset with a file when one is given; true if it imported. */
    static bool run(Workspace* workspace, qint64 communityId, QWidget* parent, const QString& file = QString());

private:
    Workspace& m_workspace;
    ImportFilePage* m_filePage = nullptr;
    ImportPreviewPage* m_previewPage = nullptr;
    std::optional<ActivityImportSummary> m_summary;
};

} // namespace steward
