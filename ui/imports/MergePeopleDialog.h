// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Person.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace steward {

class Workspace;

/**
 * "Merge into…" for a person an import created: likely matches first (the import's suggestion, then
 * names that match without accents, case or word order, then names sharing a word), then everyone, with a
 * search box; below, what the merge would move and any ids both have, which must be confirmed.
 */
class MergePeopleDialog : public QDialog
{
    Q_OBJECT

public:
    MergePeopleDialog(Workspace& workspace, const Person& source, qint64 suggestedId, QWidget* parent = nullptr);

    /** The chosen person, 0 when none is. */
    qint64 targetId() const;
    bool keepTargetIds() const;
    /** Selects the person in the list (tests and callers that already know). */
    bool selectTarget(qint64 personId);
    /** The number of likely matches listed first. */
    int likelyMatchCount() const { return m_likely; }

private:
    void fillCandidates(qint64 suggestedId);
    void filter(const QString& text);
    void updatePreview();
    /** What the rows of a table are, in words ("interactions"); other tables by their name. */
    QString tableLabel(const QString& table) const;

    Workspace& m_workspace;
    Person m_source;
    int m_likely = 0;
    QLineEdit* m_search = nullptr;
    QListWidget* m_candidates = nullptr;
    QLabel* m_preview = nullptr;
    QCheckBox* m_keepIds = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace steward
