// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repertoire/Artefact.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace steward {

class ArtefactAuthorsPicker;
class ArtefactMarkdownEdit;
class Workspace;

/**
 * A new artefact: kind, title, Markdown body with its preview, tags, authors, origin and status. OK adds
 * it through an undo command; a refusal (empty title, unknown tag...) is shown in the dialog, which stays open.
 */
class ArtefactDialog : public QDialog
{
    Q_OBJECT

public:
    ArtefactDialog(Workspace& workspace, qint64 communityId, QWidget* parent = nullptr);

    /** The artefact as the fields describe it (not checked). */
    Artefact artefact() const;
    /** The added artefact's id once accepted, else 0. */
    qint64 addedId() const { return m_addedId; }

public slots:
    void accept() override;

private:
    void addSessions();
    void showOriginFields();

    Workspace& m_workspace;
    qint64 m_communityId;
    qint64 m_addedId = 0;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_tags = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_origin = nullptr;
    QComboBox* m_session = nullptr;
    QSpinBox* m_seat = nullptr;
    QLineEdit* m_incident = nullptr;
    ArtefactAuthorsPicker* m_authors = nullptr;
    ArtefactMarkdownEdit* m_body = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace steward
