// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace steward {

class Workspace;

/**
 * One artefact: title, tags and Markdown body edited as text beside its rendered preview (raw HTML shown
 * as text), its version history with a diff against the version before and a restore, and its reviews.
 * Saves and restores are undoable commands.
 */
class ArtefactEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ArtefactEditor(QWidget* parent = nullptr);

    /** Shows an artefact of the workspace (0: none) and reloads it from the database. */
    void setArtefact(Workspace* workspace, qint64 artefactId);
    qint64 artefactId() const { return m_artefactId; }

private slots:
    void save();
    void restoreSelected();
    void showVersionDiff();
    void updatePreview();

private:
    void reload();
    void showReviews();

    Workspace* m_workspace = nullptr;
    qint64 m_artefactId = 0;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_tags = nullptr;
    QLabel* m_status = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QTextBrowser* m_preview = nullptr;
    QListWidget* m_versions = nullptr;
    QPlainTextEdit* m_diff = nullptr;
    QTextBrowser* m_reviews = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_restore = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace steward
