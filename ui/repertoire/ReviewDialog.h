// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repertoire/Review.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QWidget;

namespace steward {

class Workspace;

/**
 * A peer review of an artefact's newest version: the reviewer, a feedback template whose criteria are
 * shown with their prompts and a comment each, an overall verdict and a summary. OK adds it through an undo
 * command; a refusal (a review of one's own artefact...) is shown in the dialog, which stays open.
 */
class ReviewDialog : public QDialog
{
    Q_OBJECT

public:
    ReviewDialog(Workspace& workspace, qint64 communityId, qint64 artefactId, QWidget* parent = nullptr);

    /** The review as the fields describe it (not checked). */
    Review review() const;
    qint64 addedId() const { return m_addedId; }

public slots:
    void accept() override;
    /** Opens the New Feedback Template dialog on a copy of the chosen template; the new one is chosen after. */
    void newTemplate();

private:
    void showCriteria();
    void loadTemplates();

    Workspace& m_workspace;
    qint64 m_communityId;
    qint64 m_artefactId;
    qint64 m_addedId = 0;
    QList<FeedbackTemplate> m_templates;
    QComboBox* m_reviewer = nullptr;
    QComboBox* m_template = nullptr;
    QComboBox* m_verdict = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    QWidget* m_criteria = nullptr;
    QFormLayout* m_criteriaLayout = nullptr;
    QList<QPlainTextEdit*> m_comments;
    QList<QComboBox*> m_criterionVerdicts;
    QLabel* m_error = nullptr;
};

} // namespace steward
