// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewDialog.h"

#include "repertoire/ArtefactRepository.h"
#include "repertoire/ReviewRepository.h"
#include "repertoire/ReviewTemplateDialog.h"
#include "workspace/AddReviewCommand.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace steward {

ReviewDialog::ReviewDialog(Workspace& workspace, qint64 communityId, qint64 artefactId, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_communityId(communityId)
    , m_artefactId(artefactId)
    , m_reviewer(new QComboBox(this))
    , m_template(new QComboBox(this))
    , m_verdict(new QComboBox(this))
    , m_summary(new QPlainTextEdit(this))
    , m_criteria(new QWidget(this))
    , m_criteriaLayout(new QFormLayout(m_criteria))
    , m_error(new QLabel(this))
{
    auto artefact = ArtefactRepository(workspace.database()).find(artefactId);
    const QString title = artefact && artefact->has_value() ? (*artefact)->title : QString();
    const int version = artefact && artefact->has_value() ? (*artefact)->versionCount : 0;
    setWindowTitle(tr("Review: %1").arg(title));
    auto* heading = new QLabel(tr("Reviewing version %1 of '%2'").arg(version).arg(title), this);
    heading->setTextFormat(Qt::PlainText);
    heading->setStyleSheet(QStringLiteral("font-weight: bold"));
    m_reviewer->setObjectName(QStringLiteral("reviewerComboBox"));
    auto members = workspace.memberships().membersOf(communityId);
    for (const Member& m : members ? *members : QList<Member>())
        m_reviewer->addItem(m.personName, m.membership.personId);
    m_template->setObjectName(QStringLiteral("templateComboBox"));
    loadTemplates();
    m_verdict->setObjectName(QStringLiteral("verdictComboBox"));
    for (const QString& verdict : Review::verdicts())
        m_verdict->addItem(Review::verdictDisplayName(verdict), verdict);
    m_summary->setObjectName(QStringLiteral("summaryTextEdit"));
    m_summary->setPlaceholderText(tr("The review in a few sentences"));
    m_summary->setMaximumHeight(64);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b91c1c"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_criteria);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* form = new QFormLayout;
    form->addRow(tr("&Reviewer"), m_reviewer);
    auto* newTemplate = new QPushButton(tr("New Template…"), this);
    newTemplate->setObjectName(QStringLiteral("newTemplateButton"));
    newTemplate->setToolTip(tr("A feedback template of this community, starting from a copy of the chosen one"));
    auto* templateRow = new QHBoxLayout;
    templateRow->addWidget(m_template, 1);
    templateRow->addWidget(newTemplate);
    form->addRow(tr("Template"), templateRow);
    auto* overall = new QFormLayout;
    overall->addRow(tr("Overall &verdict"), m_verdict);
    overall->addRow(tr("S&ummary"), m_summary);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add review"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(scroll, 1);
    layout->addLayout(overall);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(720, 700);
    connect(m_template, &QComboBox::currentIndexChanged, this, &ReviewDialog::showCriteria);
    connect(newTemplate, &QPushButton::clicked, this, &ReviewDialog::newTemplate);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReviewDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReviewDialog::reject);
    m_template->setCurrentIndex(m_templates.isEmpty() ? 0 : 1);
    showCriteria();
}

void ReviewDialog::loadTemplates()
{
    const QSignalBlocker blocker(m_template);
    auto templates = ReviewRepository(m_workspace.database()).templates(m_communityId);
    m_templates = templates ? *templates : QList<FeedbackTemplate>();
    m_template->clear();
    m_template->addItem(tr("No template (overall verdict only)"), qint64(0));
    for (const FeedbackTemplate& t : std::as_const(m_templates))
        m_template->addItem(t.name, t.id);
}

void ReviewDialog::newTemplate()
{
    const int index = m_template->currentIndex() - 1;
    const FeedbackTemplate base = index >= 0 && index < m_templates.size() ? m_templates.at(index) : FeedbackTemplate();
    ReviewTemplateDialog dialog(m_workspace, m_communityId, base, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    loadTemplates();
    m_template->setCurrentIndex(m_template->findData(dialog.addedId()));
    showCriteria();
}

void ReviewDialog::showCriteria()
{
    while (m_criteriaLayout->rowCount() > 0)
        m_criteriaLayout->removeRow(0);
    m_comments.clear();
    m_criterionVerdicts.clear();
    const int index = m_template->currentIndex() - 1;
    if (index < 0 || index >= m_templates.size())
        return;
    for (const FeedbackCriterion& c : m_templates.at(index).criteria) {
        auto* prompt = new QLabel(
            QStringLiteral("<b>%1</b><br><i>%2</i>").arg(c.name.toHtmlEscaped(), c.prompt.toHtmlEscaped()), m_criteria);
        prompt->setWordWrap(true);
        auto* comment = new QPlainTextEdit(m_criteria);
        comment->setObjectName(QStringLiteral("comment_%1").arg(c.name.toLower()));
        comment->setPlaceholderText(tr("Your comment on %1").arg(c.name.toLower()));
        comment->setMaximumHeight(56);
        auto* verdict = new QComboBox(m_criteria);
        verdict->setObjectName(QStringLiteral("verdict_%1").arg(c.name.toLower()));
        verdict->addItem(tr("No verdict"), QString());
        for (const QString& v : Review::verdicts())
            verdict->addItem(Review::verdictDisplayName(v), v);
        auto* answer = new QHBoxLayout;
        answer->addWidget(comment, 1);
        answer->addWidget(verdict, 0, Qt::AlignTop);
        m_criteriaLayout->addRow(prompt);
        m_criteriaLayout->addRow(answer);
        m_comments.append(comment);
        m_criterionVerdicts.append(verdict);
    }
}

Review ReviewDialog::review() const
{
    Review r;
    r.artefactId = m_artefactId;
    r.reviewerId = m_reviewer->currentData().toLongLong();
    r.templateId = m_template->currentData().toLongLong();
    r.verdict = m_verdict->currentData().toString();
    r.summary = m_summary->toPlainText().trimmed();
    r.reviewedOn = m_workspace.clock().now().toLocalTime().date();
    const int index = m_template->currentIndex() - 1;
    if (index >= 0 && index < m_templates.size()) {
        const auto& criteria = m_templates.at(index).criteria;
        for (int i = 0; i < criteria.size() && i < m_comments.size() && i < m_criterionVerdicts.size(); ++i) {
            const QString text = m_comments.at(i)->toPlainText().trimmed();
            const QString verdict = m_criterionVerdicts.at(i)->currentData().toString();
            if (!text.isEmpty() || !verdict.isEmpty())
                r.comments.append({criteria.at(i).id, criteria.at(i).name, text, verdict});
        }
    }
    return r;
}

void ReviewDialog::accept()
{
    const Review r = review();
    if (r.reviewerId <= 0) {
        m_error->setText(tr("Choose who reviews the artefact."));
        return;
    }
    auto command = std::make_unique<AddReviewCommand>(m_workspace, r);
    AddReviewCommand* added = command.get();
    if (Status s = m_workspace.perform(std::move(command)); !s) {
        m_error->setText(s.errorString());
        return;
    }
    m_addedId = added->reviewId();
    QDialog::accept();
}

} // namespace steward
