// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewTemplateDialog.h"

#include "workspace/AddFeedbackTemplateCommand.h"
#include "workspace/Workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace steward {

ReviewTemplateDialog::ReviewTemplateDialog(Workspace& workspace,
                                           qint64 communityId,
                                           const FeedbackTemplate& base,
                                           QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_communityId(communityId)
    , m_name(new QLineEdit(this))
    , m_criteria(new QTableWidget(0, 2, this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("New Feedback Template"));
    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    m_name->setText(base.name.isEmpty() ? QString() : tr("%1 (copy)").arg(base.name));
    m_criteria->setObjectName(QStringLiteral("criteriaTableWidget"));
    m_criteria->setHorizontalHeaderLabels({tr("Criterion"), tr("Prompt for the reviewer")});
    m_criteria->horizontalHeader()->setStretchLastSection(true);
    m_criteria->setColumnWidth(0, 160);
    for (const FeedbackCriterion& c : base.criteria)
        addRow(c.name, c.prompt);
    if (base.criteria.isEmpty())
        addRow(QString(), QString());
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b91c1c"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    auto* addCriterion = new QPushButton(tr("Add Criterion"), this);
    addCriterion->setObjectName(QStringLiteral("addCriterionButton"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add template"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_criteria, 1);
    layout->addWidget(addCriterion, 0, Qt::AlignLeft);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(640, 400);
    connect(addCriterion, &QPushButton::clicked, this, [this] { addRow(QString(), QString()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &ReviewTemplateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReviewTemplateDialog::reject);
}

void ReviewTemplateDialog::addRow(const QString& name, const QString& prompt)
{
    const int row = m_criteria->rowCount();
    m_criteria->insertRow(row);
    m_criteria->setItem(row, 0, new QTableWidgetItem(name));
    m_criteria->setItem(row, 1, new QTableWidgetItem(prompt));
}

FeedbackTemplate ReviewTemplateDialog::feedbackTemplate() const
{
    FeedbackTemplate t;
    t.communityId = m_communityId;
    t.name = m_name->text().trimmed();
    for (int row = 0; row < m_criteria->rowCount(); ++row) {
        const QString name = m_criteria->item(row, 0) ? m_criteria->item(row, 0)->text().trimmed() : QString();
        const QString prompt = m_criteria->item(row, 1) ? m_criteria->item(row, 1)->text().trimmed() : QString();
        if (!name.isEmpty())
            t.criteria.append({0, int(t.criteria.size()) + 1, name, prompt});
    }
    return t;
}

void ReviewTemplateDialog::accept()
{
    auto command = std::make_unique<AddFeedbackTemplateCommand>(m_workspace, feedbackTemplate());
    AddFeedbackTemplateCommand* added = command.get();
    if (Status s = m_workspace.perform(std::move(command)); !s) {
        m_error->setText(s.errorString());
        return;
    }
    m_addedId = added->templateId();
    QDialog::accept();
}

} // namespace steward
