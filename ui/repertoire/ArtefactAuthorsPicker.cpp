// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArtefactAuthorsPicker.h"

#include "workspace/Workspace.h"

namespace steward {

ArtefactAuthorsPicker::ArtefactAuthorsPicker(QWidget* parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("authorsPicker"));
    setToolTip(tr("Tick the people who wrote the artefact"));
}

void ArtefactAuthorsPicker::setPeople(Workspace* workspace, qint64 communityId, const QList<qint64>& selected)
{
    clear();
    if (!workspace)
        return;
    auto add = [this, &selected](qint64 id, const QString& name) {
        auto* item = new QListWidgetItem(name, this);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(selected.contains(id) ? Qt::Checked : Qt::Unchecked);
    };
    QList<qint64> listed;
    // Authors who are not (or no longer) members stay listed so that saving does not drop them.
    for (qint64 id : selected) {
        auto person = workspace->people().find(id);
        if (person && person->has_value()) {
            add(id, (*person)->name);
            listed.append(id);
        }
    }
    auto members = workspace->memberships().membersOf(communityId);
    for (const Member& m : members ? *members : QList<Member>()) {
        if (!listed.contains(m.membership.personId)) {
            add(m.membership.personId, m.personName);
            listed.append(m.membership.personId);
        }
    }
}

QList<qint64> ArtefactAuthorsPicker::selected() const
{
    QList<qint64> ids;
    for (int i = 0; i < count(); ++i) {
        if (item(i)->checkState() == Qt::Checked)
            ids.append(item(i)->data(Qt::UserRole).toLongLong());
    }
    return ids;
}

} // namespace steward
