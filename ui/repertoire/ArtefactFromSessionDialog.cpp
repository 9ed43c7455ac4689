// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArtefactFromSessionDialog.h"

#include "repertoire/ArtefactRepository.h"
#include "storage/SessionRepository.h"
#include "workspace/AddArtefactCommand.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace steward {

ArtefactFromSessionDialog::ArtefactFromSessionDialog(Workspace& workspace, qint64 communityId, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_session(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_learnings(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Draft from a Session's Learnings"));
    m_session->setObjectName(QStringLiteral("sessionComboBox"));
    auto sessions = SessionRepository(workspace.database()).forCommunity(communityId);
    for (const Session& s : sessions ? *sessions : QList<Session>()) {
        if (!s.learnings.trimmed().isEmpty())
            m_session->addItem(
                QStringLiteral("%1 (%2)").arg(s.title, QLocale().toString(s.localStart().date(), QLocale::ShortFormat)),
                s.id);
    }
    m_kind->setObjectName(QStringLiteral("kindComboBox"));
    for (const QString& kind : Artefact::kinds())
        m_kind->addItem(Artefact::kindDisplayName(kind), kind);
    m_kind->setCurrentIndex(m_kind->findData(QStringLiteral("case-write-up")));
    m_learnings->setObjectName(QStringLiteral("learningsTextEdit"));
    m_learnings->setReadOnly(true);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b91c1c"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    if (m_session->count() == 0)
        m_error->setText(tr("No session of this community has captured learnings yet."));

    auto* form = new QFormLayout;
    form->addRow(tr("&Session"), m_session);
    form->addRow(tr("&Kind"), m_kind);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add draft"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_session->count() > 0);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Learnings captured in the session (they become the draft's body):"), this));
    layout->addWidget(m_learnings, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(640, 420);
    connect(m_session, &QComboBox::currentIndexChanged, this, &ArtefactFromSessionDialog::showLearnings);
    connect(buttons, &QDialogButtonBox::accepted, this, &ArtefactFromSessionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ArtefactFromSessionDialog::reject);
    showLearnings();
}

int ArtefactFromSessionDialog::sessionCount() const
{
    return m_session->count();
}

void ArtefactFromSessionDialog::showLearnings()
{
    auto session = SessionRepository(m_workspace.database()).find(m_session->currentData().toLongLong());
    m_learnings->setPlainText(session && session->has_value() ? (*session)->learnings : QString());
}

void ArtefactFromSessionDialog::accept()
{
    auto draft = ArtefactRepository(m_workspace.database())
                     .draftOf(m_session->currentData().toLongLong(), m_kind->currentData().toString(), 0);
    if (!draft) {
        m_error->setText(draft.errorString());
        return;
    }
    auto command = std::make_unique<AddArtefactCommand>(m_workspace, *draft);
    AddArtefactCommand* added = command.get();
    if (Status s = m_workspace.perform(std::move(command)); !s) {
        m_error->setText(s.errorString());
        return;
    }
    m_addedId = added->artefactId();
    QDialog::accept();
}

} // namespace steward
