// SPDX-License-Identifier: GPL-3.0-or-later
#include "RepertoirePage.h"

#include "repertoire/ArtefactDialog.h"
#include "repertoire/ArtefactEditor.h"
#include "repertoire/ArtefactFromSessionDialog.h"
#include "repertoire/ArtefactRepository.h"
#include "repertoire/ArtefactSearch.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QSplitter>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace steward {

RepertoirePage::RepertoirePage(QWidget* parent)
    : WorkspacePage(parent)
    , m_search(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_tag(new QComboBox(this))
    , m_author(new QComboBox(this))
    , m_list(new QListWidget(this))
    , m_editor(new ArtefactEditor(this))
    , m_newAction(new QAction(tr("New Artefact…"), this))
    , m_fromSessionAction(new QAction(tr("From Session…"), this))
{
    // Ctrl+N already makes a new workspace file in the main window; the page's own shortcut adds Shift.
    m_newAction->setObjectName(QStringLiteral("newArtefactAction"));
    m_newAction->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    m_newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_newAction->setToolTip(tr("Add an artefact to the community's repertoire (%1)")
                                .arg(m_newAction->shortcut().toString(QKeySequence::NativeText)));
    m_fromSessionAction->setObjectName(QStringLiteral("fromSessionAction"));
    m_fromSessionAction->setToolTip(tr("Turn a session's captured learnings into a draft artefact, linked to it"));
    addAction(m_newAction);
    addAction(m_fromSessionAction);
    connect(m_newAction, &QAction::triggered, this, &RepertoirePage::newArtefact);
    connect(m_fromSessionAction, &QAction::triggered, this, &RepertoirePage::draftFromSession);
    auto* newButton = new QToolButton(this);
    newButton->setObjectName(QStringLiteral("newArtefactButton"));
    newButton->setDefaultAction(m_newAction);
    newButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* fromSessionButton = new QToolButton(this);
    fromSessionButton->setObjectName(QStringLiteral("fromSessionButton"));
    fromSessionButton->setDefaultAction(m_fromSessionAction);

    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(tr("Search titles, text and tags"));
    m_search->setClearButtonEnabled(true);
    m_kind->setObjectName(QStringLiteral("kindComboBox"));
    m_kind->addItem(tr("All kinds"), QString());
    for (const QString& kind : Artefact::kinds())
        m_kind->addItem(Artefact::kindDisplayName(kind), kind);
    m_status->setObjectName(QStringLiteral("statusComboBox"));
    m_status->addItem(tr("Any status"), QString());
    for (const QString& status : Artefact::statuses())
        m_status->addItem(Artefact::statusDisplayName(status), status);
    m_tag->setObjectName(QStringLiteral("tagComboBox"));
    m_author->setObjectName(QStringLiteral("authorComboBox"));
    m_list->setObjectName(QStringLiteral("artefactListWidget"));
    m_list->setWordWrap(true);
    m_list->setSpacing(3);
    m_list->setAlternatingRowColors(true);
    m_editor->setObjectName(QStringLiteral("artefactEditor"));

    auto* actions = new QHBoxLayout;
    actions->addWidget(newButton);
    actions->addWidget(fromSessionButton);
    actions->addStretch(1);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_kind);
    filters->addWidget(m_status);
    auto* moreFilters = new QHBoxLayout;
    moreFilters->addWidget(m_tag);
    moreFilters->addWidget(m_author);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(actions);
    leftLayout->addWidget(m_search);
    leftLayout->addLayout(filters);
    leftLayout->addLayout(moreFilters);
    leftLayout->addWidget(m_list, 1);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({360, 900});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::textChanged, this, &RepertoirePage::refresh);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &RepertoirePage::refresh);
    connect(m_status, &QComboBox::currentIndexChanged, this, &RepertoirePage::refresh);
    connect(m_tag, &QComboBox::currentIndexChanged, this, &RepertoirePage::refresh);
    connect(m_author, &QComboBox::currentIndexChanged, this, &RepertoirePage::refresh);
    connect(m_list, &QListWidget::currentRowChanged, this, &RepertoirePage::showSelected);
}

void RepertoirePage::setWorkspace(Workspace* workspace)
{
    if (m_workspace)
        disconnect(m_workspace->undoStack(), nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace)
        connect(m_workspace->undoStack(), &QUndoStack::indexChanged, this, &RepertoirePage::refresh);
    m_communityId = 0;
    fillTagAndAuthorFilters();
    refresh();
}

void RepertoirePage::setCurrentCommunity(qint64 communityId)
{
    m_communityId = communityId;
    fillTagAndAuthorFilters();
    refresh();
}

void RepertoirePage::fillTagAndAuthorFilters()
{
    const QSignalBlocker tagBlocker(m_tag);
    const QSignalBlocker authorBlocker(m_author);
    m_tag->clear();
    m_tag->addItem(tr("Any tag"), QString());
    m_author->clear();
    m_author->addItem(tr("Any author"), qint64(0));
    if (!m_workspace || m_communityId <= 0)
        return;
    auto tags = ArtefactRepository(m_workspace->database()).tags(m_communityId);
    for (const QString& tag : tags ? *tags : QStringList())
        m_tag->addItem(tag, tag);
    auto members = m_workspace->memberships().membersOf(m_communityId);
    for (const Member& m : members ? *members : QList<Member>())
        m_author->addItem(m.personName, m.membership.personId);
}

void RepertoirePage::newArtefact()
{
    if (!m_workspace || m_communityId <= 0)
        return;
    ArtefactDialog dialog(*m_workspace, m_communityId, this);
    if (dialog.exec() == QDialog::Accepted)
        select(dialog.addedId());
}

void RepertoirePage::draftFromSession()
{
    if (!m_workspace || m_communityId <= 0)
        return;
    ArtefactFromSessionDialog dialog(*m_workspace, m_communityId, this);
    if (dialog.exec() == QDialog::Accepted)
        select(dialog.addedId());
}

void RepertoirePage::select(qint64 artefactId)
{
    // The new artefact may not pass the search or filters: clear them so that it shows.
    m_search->blockSignals(true);
    m_search->clear();
    m_search->blockSignals(false);
    m_kind->blockSignals(true);
    m_kind->setCurrentIndex(0);
    m_kind->blockSignals(false);
    for (QComboBox* filter : {m_status, m_tag, m_author}) {
        const QSignalBlocker blocker(filter);
        filter->setCurrentIndex(0);
    }
    m_editor->setArtefact(m_workspace, artefactId);
    refresh();
}

void RepertoirePage::refresh()
{
    const qint64 selected = m_editor->artefactId();
    m_list->blockSignals(true);
    m_list->clear();
    if (m_workspace && m_communityId > 0) {
        const ArtefactFilter filter{m_communityId,
                                    m_kind->currentData().toString(),
                                    m_status->currentData().toString(),
                                    m_tag->currentData().toString(),
                                    m_author->currentData().toLongLong()};
        auto addItem =
            [this](qint64 id, const QString& title, const QString& kind, const QString& status, const QString& detail) {
                auto* item = new QListWidgetItem(
                    QStringLiteral("%1\n%2 · %3%4")
                        .arg(title, Artefact::kindDisplayName(kind), Artefact::statusDisplayName(status), detail),
                    m_list);
                item->setData(Qt::UserRole, id);
            };
        if (m_search->text().trimmed().isEmpty()) {
            for (const Artefact& a : *ArtefactRepository(m_workspace->database()).list(filter))
                addItem(a.id, a.title, a.kind, a.status, {});
        } else {
            ArtefactSearch search(m_workspace->database());
            search.setHighlight(QStringLiteral("»"), QStringLiteral("«"));
            for (const ArtefactHit& h : *search.search(m_search->text(), filter, 100))
                addItem(h.id, h.title, h.kind, h.status, QStringLiteral("\n") + h.snippet);
        }
    }
    m_list->blockSignals(false);
    int row = 0;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toLongLong() == selected)
            row = i;
    }
    m_list->setCurrentRow(m_list->count() > 0 ? row : -1);
    if (m_list->count() == 0)
        m_editor->setArtefact(m_workspace, 0);
}

void RepertoirePage::showSelected()
{
    QListWidgetItem* item = m_list->currentItem();
    m_editor->setArtefact(m_workspace, item ? item->data(Qt::UserRole).toLongLong() : 0);
}

} // namespace steward
