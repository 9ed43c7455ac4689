// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportSummaryPage.h"

#include "ImportWizard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace steward {

ImportSummaryPage::ImportSummaryPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Imported"));
    setSubTitle(tr("The activity is in the workspace now."));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("summaryLabel"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addStretch(1);
}

void ImportSummaryPage::initializePage()
{
    if (!m_wizard->summary())
        return;
    const ActivityImportSummary& summary = *m_wizard->summary();
    QStringList lines;
    lines << tr("Imported as batch %1.").arg(summary.batchId)
          << tr("%1 messages read, %2 interactions created.").arg(summary.messagesRead).arg(summary.interactionsCreated)
          << tr("%1 people matched, %2 people created (flagged unmatched, to review).")
                 .arg(summary.peopleMatched)
                 .arg(summary.peopleCreated);
    qint64 skipped = 0;
    for (qint64 count : summary.skipped)
        skipped += count;
    if (skipped > 0)
        lines << tr("%1 messages or ties skipped (bots, system messages, unknown accounts...).").arg(skipped);
    lines << QString()
          << tr("Edit → Undo does not take an import back. Undo it from the Imports page (Undo Import): that "
                "removes the batch's interactions and the people and memberships it created.");
    m_text->setText(lines.join(QLatin1Char('\n')));
}

} // namespace steward
