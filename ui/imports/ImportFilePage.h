// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/activity/ActivityImporter.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;

namespace steward {

class Workspace;

/** The wizard's first page: the file (its format guessed from its content) and the target community. */
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    ImportFilePage(Workspace& workspace, qint64 communityId, QWidget* parent = nullptr);

    void setFile(const QString& path);
    ActivityImportRequest request() const;
    qint64 communityId() const;
    bool isComplete() const override;

private:
    void browse();
    void detectFormat();
    void fillCommunities(qint64 communityId);

    Workspace& m_workspace;
    QLineEdit* m_file = nullptr;
    QComboBox* m_format = nullptr;
    QLabel* m_detected = nullptr;
    QComboBox* m_community = nullptr;
};

} // namespace steward
