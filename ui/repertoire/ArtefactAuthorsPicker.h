// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListWidget>

namespace steward {

class Workspace;

/** Picks an artefact's authors: the community's members (and anyone already an author), ticked or not. */
class ArtefactAuthorsPicker : public QListWidget
{
    Q_OBJECT

public:
    explicit ArtefactAuthorsPicker(QWidget* parent = nullptr);

    /** Lists the community's members; `selected` are ticked (and listed even when not members). */
    void setPeople(Workspace* workspace, qint64 communityId, const QList<qint64>& selected);
    /** The ticked people, in list order. */
    QList<qint64> selected() const;
};

} // namespace steward
