// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repertoire/Artefact.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace steward {

class ArtefactAuthorsPicker;
class ArtefactMarkdownEdit;
class Workspace;

/**
 * One artefact: title, kind, status, tags, authors and the Markdown body edited as text beside its
 * rendered preview (raw HTML shown as text); its version history with a diff of any two versions and a
 * restore; its reviews and a button to write one. Saves, restores and reviews are undoable commands.
 */
class ArtefactEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ArtefactEditor(QWidget* parent = nullptr);

    /** Shows an artefact of the workspace (0: none) and reloads it from the database. */
    void setArtefact(Workspace* workspace, qint64 artefactId);
    qint64 artefactId() const { return m_artefactId; }

public slots:
    /** Opens the review dialog for the shown artefact. */
    void writeReview();

private slots:
    void save();
    void restoreSelected();
    void showVersionDiff();

private:
    QWidget* createHistoryTab();
    QWidget* createReviewsTab();
    void reload();
    void showArtefact(const Artefact& artefact);
    void showVersions();
    void showReviews();
    QString originText(const Artefact& artefact) const;

    Workspace* m_workspace = nullptr;
    qint64 m_artefactId = 0;
    Artefact m_shown;
    QList<ArtefactVersion> m_versionList;
    QLineEdit* m_title = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_statusChoice = nullptr;
    QLineEdit* m_tags = nullptr;
    QLabel* m_status = nullptr;
    ArtefactAuthorsPicker* m_authors = nullptr;
    ArtefactMarkdownEdit* m_body = nullptr;
    QListWidget* m_versions = nullptr;
    QComboBox* m_compare = nullptr;
    QPlainTextEdit* m_diff = nullptr;
    QTextBrowser* m_reviews = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_restore = nullptr;
    QPushButton* m_review = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace steward
