// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportWizard.h"

#include "ImportFilePage.h"
#include "ImportPreviewPage.h"
#include "ImportSummaryPage.h"
#include "workspace/Workspace.h"

#include <QMessageBox>

namespace steward {

ImportWizard::ImportWizard(Workspace& workspace, qint64 communityId, QWidget* parent)
    : QWizard(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import Activity"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage); // the import is done by then: Finish is the only way on
    m_filePage = new ImportFilePage(workspace, communityId, this);
    m_previewPage = new ImportPreviewPage(this);
    setPage(FilePageId, m_filePage);
    setPage(PreviewPageId, m_previewPage);
    setPage(SummaryPageId, new ImportSummaryPage(this));
    setButtonText(QWizard::CommitButton, tr("&Import"));
    resize(720, 560);
}

ActivityImportRequest ImportWizard::request() const
{
    return m_filePage->request();
}

qint64 ImportWizard::communityId() const
{
    return m_filePage->communityId();
}

bool ImportWizard::run(Workspace* workspace, qint64 communityId, QWidget* parent, const QString& file)
{
    if (!workspace) {
        QMessageBox::information(parent, tr("Import Activity"), tr("Open a workspace first, then import into it."));
        return false;
    }
    ImportWizard wizard(*workspace, communityId, parent);
    if (!file.isEmpty())
        wizard.filePage()->setFile(file);
    wizard.exec();
    return wizard.summary().has_value();
}

} // namespace steward
