// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;

namespace steward {

class ImportWizard;

/** The wizard's last page: what the import brought in, and how to take it back. */
class ImportSummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportSummaryPage(ImportWizard* wizard);

    void initializePage() override;

private:
    ImportWizard* m_wizard;
    QLabel* m_text = nullptr;
};

} // namespace steward
