// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repertoire/Review.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace steward {

class Workspace;

/**
 * A new feedback template for the community: a name and criteria, each with the short prompt a reviewer
 * answers, starting from a copy of an existing template. OK adds it through an undo command; a refusal (no
 * name, no criterion, a name in use) is shown in the dialog, which stays open.
 */
class ReviewTemplateDialog : public QDialog
{
    Q_OBJECT

public:
    ReviewTemplateDialog(Workspace& workspace,
                         qint64 communityId,
                         const FeedbackTemplate& base,
                         QWidget* parent = nullptr);

    /** The template as the fields describe it (rows without a criterion name are left out). */
    FeedbackTemplate feedbackTemplate() const;
    qint64 addedId() const { return m_addedId; }

public slots:
    void accept() override;

private:
    void addRow(const QString& name, const QString& prompt);

    Workspace& m_workspace;
    qint64 m_communityId;
    qint64 m_addedId = 0;
    QLineEdit* m_name = nullptr;
    QTableWidget* m_criteria = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace steward
