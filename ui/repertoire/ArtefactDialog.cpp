// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArtefactDialog.h"

#include "repertoire/ArtefactAuthorsPicker.h"
#include "repertoire/ArtefactMarkdownEdit.h"
#include "repertoire/ArtefactRepository.h"
#include "storage/SessionRepository.h"
#include "workspace/AddArtefactCommand.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace steward {

namespace {

QString originDisplayName(const QString& kind)
{
    if (kind == QLatin1String("session"))
        return ArtefactDialog::tr("A session");
    if (kind == QLatin1String("hot-seat"))
        return ArtefactDialog::tr("A hot seat");
    if (kind == QLatin1String("incident"))
        return ArtefactDialog::tr("An incident");
    return ArtefactDialog::tr("Nothing in particular");
}

} // namespace

ArtefactDialog::ArtefactDialog(Workspace& workspace, qint64 communityId, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_communityId(communityId)
    , m_kind(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_tags(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_origin(new QComboBox(this))
    , m_session(new QComboBox(this))
    , m_seat(new QSpinBox(this))
    , m_incident(new QLineEdit(this))
    , m_authors(new ArtefactAuthorsPicker(this))
    , m_body(new ArtefactMarkdownEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("New Artefact"));
    m_kind->setObjectName(QStringLiteral("kindComboBox"));
    for (const QString& kind : Artefact::kinds())
        m_kind->addItem(Artefact::kindDisplayName(kind), kind);
    m_title->setObjectName(QStringLiteral("titleLineEdit"));
    m_title->setPlaceholderText(tr("What it is, in a few words"));
    m_tags->setObjectName(QStringLiteral("tagsLineEdit"));
    m_tags->setPlaceholderText(tr("Tags of the community, separated by spaces"));
    auto tags = ArtefactRepository(workspace.database()).tags(communityId);
    const QStringList vocabulary = tags ? *tags : QStringList();
    m_tags->setToolTip(tr("Known tags: %1").arg(vocabulary.join(QStringLiteral(", "))));
    m_tags->setCompleter(new QCompleter(vocabulary, m_tags));
    m_status->setObjectName(QStringLiteral("statusComboBox"));
    // "reviewed" needs an approving review, which a new artefact cannot have yet.
    for (const QString& status : Artefact::statuses()) {
        if (status != QLatin1String("reviewed"))
            m_status->addItem(Artefact::statusDisplayName(status), status);
    }
    m_origin->setObjectName(QStringLiteral("originComboBox"));
    for (const QString& kind : ArtefactOrigin::kinds())
        m_origin->addItem(originDisplayName(kind), kind);
    m_session->setObjectName(QStringLiteral("sessionComboBox"));
    m_seat->setObjectName(QStringLiteral("seatSpinBox"));
    m_seat->setRange(1, 1'000'000'000);
    m_seat->setPrefix(tr("seat "));
    m_incident->setObjectName(QStringLiteral("incidentLineEdit"));
    m_incident->setPlaceholderText(tr("Link or reference of the incident"));
    m_authors->setPeople(&workspace, communityId, {});
    m_authors->setMaximumHeight(120);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b91c1c"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    addSessions();

    auto* origin = new QHBoxLayout;
    origin->addWidget(m_origin);
    origin->addWidget(m_session, 1);
    origin->addWidget(m_seat);
    origin->addWidget(m_incident, 1);
    auto* form = new QFormLayout;
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("T&ags"), m_tags);
    form->addRow(tr("&Status"), m_status);
    form->addRow(tr("Origin"), origin);
    form->addRow(tr("A&uthors"), m_authors);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add artefact"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Body (Markdown, with its preview on the right)"), this));
    layout->addWidget(m_body, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(980, 680);

    connect(m_origin, &QComboBox::currentIndexChanged, this, &ArtefactDialog::showOriginFields);
    connect(buttons, &QDialogButtonBox::accepted, this, &ArtefactDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ArtefactDialog::reject);
    showOriginFields();
}

void ArtefactDialog::addSessions()
{
    auto sessions = SessionRepository(m_workspace.database()).forCommunity(m_communityId);
    for (const Session& s : sessions ? *sessions : QList<Session>())
        m_session->addItem(
            QStringLiteral("%1 (%2)").arg(s.title, QLocale().toString(s.localStart().date(), QLocale::ShortFormat)),
            s.id);
}

void ArtefactDialog::showOriginFields()
{
    const QString kind = m_origin->currentData().toString();
    m_session->setVisible(kind == QLatin1String("session"));
    m_seat->setVisible(kind == QLatin1String("hot-seat"));
    m_incident->setVisible(kind == QLatin1String("incident"));
}

Artefact ArtefactDialog::artefact() const
{
    Artefact a;
    a.communityId = m_communityId;
    a.kind = m_kind->currentData().toString();
    a.title = m_title->text().trimmed();
    a.body = m_body->markdown();
    a.tags = m_tags->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    a.status = m_status->currentData().toString();
    a.origin.kind = m_origin->currentData().toString();
    if (a.origin.kind == QLatin1String("session"))
        a.origin.sessionId = m_session->currentData().toLongLong();
    if (a.origin.kind == QLatin1String("hot-seat"))
        a.origin.seatId = m_seat->value();
    if (a.origin.kind == QLatin1String("incident"))
        a.origin.link = m_incident->text().trimmed();
    a.authorIds = m_authors->selected();
    return a;
}

void ArtefactDialog::accept()
{
    const Artefact a = artefact();
    if (a.title.isEmpty()) {
        m_error->setText(tr("An artefact needs a title."));
        m_title->setFocus();
        return;
    }
    auto command = std::make_unique<AddArtefactCommand>(m_workspace, a, a.authorIds.value(0));
    AddArtefactCommand* added = command.get();
    if (Status s = m_workspace.perform(std::move(command)); !s) {
        m_error->setText(s.errorString());
        return;
    }
    m_addedId = added->artefactId();
    QDialog::accept();
}

} // namespace steward
