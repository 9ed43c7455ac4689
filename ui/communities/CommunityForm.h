// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Community.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace steward {

class Workspace;

/** Edits one community's name, domain, description, channel, cadence and norms; Apply saves (undoable). */
class CommunityForm : public QWidget
{
    Q_OBJECT

public:
    explicit CommunityForm(QWidget* parent = nullptr);
    ~CommunityForm() override;

    void setWorkspace(Workspace* workspace);
    /** Loads a community into the form, or clears and disables it. Unapplied edits are dropped. */
    void setCommunity(const std::optional<Community>& community);
    std::optional<Community> community() const { return m_community; }

    /** The community as entered in the form. */
    Community editedCommunity() const;
    bool isModified() const;

public slots:
    /** Saves the edits through the workspace; false (with the message shown) when core refuses. */
    bool apply();
    void revert();

signals:
    void modifiedChanged(bool modified);

private:
    void updateButtons();

    QPointer<Workspace> m_workspace;
    std::optional<Community> m_community;
    QLineEdit* m_nameEdit = nullptr;
    QLineEdit* m_domainEdit = nullptr;
    QPlainTextEdit* m_descriptionEdit = nullptr;
    QLineEdit* m_channelEdit = nullptr;
    QLineEdit* m_cadenceEdit = nullptr;
    QPlainTextEdit* m_normsEdit = nullptr;
    QLabel* m_errorLabel = nullptr;
    QPushButton* m_applyButton = nullptr;
    QPushButton* m_revertButton = nullptr;
    bool m_wasModified = false;
};

} // namespace steward
