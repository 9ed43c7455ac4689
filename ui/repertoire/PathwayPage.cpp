// SPDX-License-Identifier: GPL-3.0-or-later
#include "PathwayPage.h"

#include "PathwaySettingsPanel.h"
#include "PathwayTables.h"
#include "RecognitionPanel.h"
#include "repertoire/CommunityPathway.h"
#include "workspace/PathwayDecisionCommand.h"
#include "workspace/RecordPathwayProposalsCommand.h"
#include "workspace/Workspace.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace steward {

using namespace pathwaytables;

namespace {

/** A bar of block characters as long as the level's share of the largest level (the funnel at a glance). */
QString bar(int members, int largest)
{
    const int width = largest > 0 ? (members * 14 + largest - 1) / largest : 0;
    return QString(width, QChar(0x2587));
}

} // namespace

PathwayPage::PathwayPage(QWidget* parent)
    : WorkspacePage(parent)
    , m_summary(new QLabel(this))
    , m_error(new QLabel(this))
    , m_recognition(new RecognitionPanel(this))
    , m_settings(new PathwaySettingsPanel(this))
{
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b91c1c"));
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("pathwayTabWidget"));
    tabs->addTab(buildPathway(), tr("Pathway"));
    tabs->addTab(m_recognition, tr("Recognition"));
    tabs->addTab(m_settings, tr("Criteria and Settings"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
}

QWidget* PathwayPage::buildPathway()
{
    m_funnel =
        table(this,
              QStringLiteral("funnelTableWidget"),
              {tr("Level"), tr("Members"), tr("Funnel"), tr("Median days\nat level"), tr("Middle half\n(days)")});
    m_stuck = table(this, QStringLiteral("stuckTableWidget"), {tr("Member"), tr("Level"), tr("Since"), tr("Days")});
    m_cohorts = table(this,
                      QStringLiteral("cohortsTableWidget"),
                      {tr("Joined"),
                       tr("Joiners"),
                       tr("Contributed"),
                       tr("Median days to\nfirst contribution"),
                       tr("Reached\nactive"),
                       tr("Median days\nto active")});
    m_look = new QPushButton(tr("Look for Proposals"), this);
    m_look->setObjectName(QStringLiteral("lookForProposalsButton"));
    m_look->setToolTip(tr("Checks everyone's activity today: promotions at once, moves down only on a periodic "
                          "review day, and badges. Nothing is applied without you."));
    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_look);
    auto* pathway = new QWidget(this);
    auto* grid = new QGridLayout(pathway);
    grid->addLayout(top, 0, 0, 1, 2);
    grid->addWidget(box(pathway, tr("Funnel and time at each level"), m_funnel), 1, 0);
    grid->addWidget(box(pathway, tr("Newcomers by quarter joined"), m_cohorts), 1, 1);
    grid->addWidget(box(pathway, tr("Stuck at a level"), m_stuck), 2, 0);
    grid->addWidget(buildProposals(), 2, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    connect(m_look, &QPushButton::clicked, this, &PathwayPage::lookForProposals);
    return pathway;
}

QWidget* PathwayPage::buildProposals()
{
    m_proposals = table(this,
                        QStringLiteral("proposalsTableWidget"),
                        {tr("Member"), tr("From"), tr("To"), tr("Proposed"), tr("Reason")});
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("proposalReasonLineEdit"));
    m_reason->setPlaceholderText(tr("The reason recorded with the change"));
    m_accept = new QPushButton(tr("Apply"), this);
    m_accept->setObjectName(QStringLiteral("acceptButton"));
    m_dismiss = new QPushButton(tr("Decline"), this);
    m_dismiss->setObjectName(QStringLiteral("dismissButton"));
    auto* reason = new QHBoxLayout;
    reason->addWidget(new QLabel(tr("Reason:"), this));
    reason->addWidget(m_reason, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_error, 1);
    buttons->addWidget(m_dismiss);
    buttons->addWidget(m_accept);
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_proposals);
    layout->addLayout(reason);
    layout->addLayout(buttons);
    connect(m_accept, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_proposals, &QTableWidget::itemSelectionChanged, this, &PathwayPage::proposalSelected);
    return box(this, tr("Proposed level changes"), content);
}

void PathwayPage::setWorkspace(Workspace* workspace)
{
    if (m_workspace)
        disconnect(m_workspace->undoStack(), nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace)
        connect(m_workspace->undoStack(), &QUndoStack::indexChanged, this, &PathwayPage::refresh);
    m_communityId = 0;
    m_recognition->setWorkspace(workspace);
    m_settings->setWorkspace(workspace);
    refresh();
}

void PathwayPage::setCurrentCommunity(qint64 communityId)
{
    m_communityId = communityId;
    m_recognition->setCommunity(communityId);
    m_settings->setCommunity(communityId);
    refresh();
}

void PathwayPage::refresh()
{
    for (QTableWidget* t : {m_funnel, m_stuck, m_cohorts, m_proposals})
        t->setRowCount(0);
    m_error->clear();
    m_reason->clear();
    const bool ready = m_workspace && m_communityId > 0;
    m_look->setEnabled(ready);
    if (!ready)
        return;
    auto report = CommunityPathway(m_workspace->database(), m_communityId).report(m_workspace->clock().today());
    if (!report) {
        m_error->setText(report.errorString());
        return;
    }
    fillLevels(*report);
    fillCohortsAndStuck(*report);
    fillProposals(*report);
    // The other tabs follow the same undo stack.
    m_recognition->refresh();
    m_settings->refresh();
}

void PathwayPage::fillLevels(const PathwayReport& report)
{
    static const char* const cadences[] = {QT_TR_NOOP("monthly"), QT_TR_NOOP("quarterly"), QT_TR_NOOP("yearly")};
    const qsizetype cadence = PracticeSettings::cadences().indexOf(report.settings.reviewCadence);
    m_summary->setText(tr("Periodic review %1, the next on %2; stuck after %3 days at a level. Staff are left "
                          "out of these figures.")
                           .arg(cadence < 0 ? report.settings.reviewCadence : tr(cadences[cadence]),
                                QLocale().toString(report.nextReview, QLocale::ShortFormat))
                           .arg(report.settings.stuckDays));
    int largest = 0;
    for (const LevelTime& t : report.levels)
        largest = std::max(largest, t.members);
    for (const LevelTime& t : report.levels)
        appendRow(m_funnel,
                  {participationLevelDisplayName(t.level),
                   QString::number(t.members),
                   bar(t.members, largest),
                   days(t.medianDays),
                   days(t.lowerQuartileDays) + QStringLiteral("–") + days(t.upperQuartileDays)});
    for (int row = 0; row < m_funnel->rowCount(); ++row)
        m_funnel->item(row, 2)->setForeground(QColor(0x2563eb));
    m_funnel->resizeColumnsToContents();
}

void PathwayPage::fillCohortsAndStuck(const PathwayReport& report)
{
    const QLocale locale;
    for (const StuckMember& s : report.stuck)
        appendRow(m_stuck,
                  {s.name,
                   participationLevelDisplayName(s.level),
                   locale.toString(s.since, QLocale::ShortFormat),
                   QString::number(s.days)},
                  s.personId);
    for (const JoinerCohort& c : report.cohorts)
        appendRow(m_cohorts,
                  {c.cohort,
                   QString::number(c.joiners),
                   QString::number(c.contributed),
                   days(c.medianDaysToFirstContribution),
                   QString::number(c.reachedActive),
                   days(c.medianDaysToActive)});
    for (QTableWidget* t : {m_stuck, m_cohorts})
        t->resizeColumnsToContents();
}

void PathwayPage::fillProposals(const PathwayReport& report)
{
    const QLocale locale;
    for (const PromotionProposal& p : report.proposals) {
        appendRow(m_proposals,
                  {p.personName,
                   participationLevelDisplayName(p.from),
                   participationLevelDisplayName(p.to),
                   locale.toString(p.proposedOn, QLocale::ShortFormat),
                   p.reason},
                  p.id);
        m_proposals->item(m_proposals->rowCount() - 1, 4)->setToolTip(p.reason);
        if (p.isDemotion())
            m_proposals->item(m_proposals->rowCount() - 1, 2)->setForeground(QColor(0xb45309));
    }
    m_proposals->resizeColumnsToContents();
    m_accept->setEnabled(!report.proposals.isEmpty());
    m_dismiss->setEnabled(!report.proposals.isEmpty());
    if (m_proposals->rowCount() > 0)
        m_proposals->selectRow(0);
}

void PathwayPage::proposalSelected()
{
    const int row = m_proposals->currentRow();
    m_reason->setText(row >= 0 && m_proposals->item(row, 4) ? m_proposals->item(row, 4)->text() : QString());
}

void PathwayPage::decide(bool accept)
{
    const int row = m_proposals->currentRow();
    if (!m_workspace || row < 0)
        return;
    const qint64 id = m_proposals->item(row, 0)->data(Qt::UserRole).toLongLong();
    const QString reason = m_reason->text().trimmed();
    if (accept && reason.isEmpty()) {
        m_error->setText(tr("Give the reason recorded with the change."));
        return;
    }
    auto proposal = CommunityPathway(m_workspace->database(), m_communityId).applicableProposal(id);
    if (!proposal) {
        m_error->setText(proposal.errorString());
        return;
    }
    const QDate today = m_workspace->clock().today();
    QUndoStack* stack = m_workspace->undoStack();
    stack->beginMacro(accept
                          ? tr("Apply: %1 to %2").arg(proposal->personName, participationLevelDisplayName(proposal->to))
                          : tr("Decline the proposal for %1").arg(proposal->personName));
    Status s =
        accept ? m_workspace->setLevel(m_communityId, proposal->personId, proposal->to, today, reason) : Status();
    if (s)
        s = m_workspace->perform(
            std::make_unique<PathwayDecisionCommand>(*m_workspace, m_communityId, id, accept, today));
    stack->endMacro();
    refresh();
    if (!s)
        m_error->setText(s.errorString());
}

void PathwayPage::lookForProposals()
{
    if (!m_workspace || m_communityId <= 0)
        return;
    auto command =
        std::make_unique<RecordPathwayProposalsCommand>(*m_workspace, m_communityId, m_workspace->clock().today());
    RecordPathwayProposalsCommand* raw = command.get();
    const Status s = m_workspace->perform(std::move(command));
    if (!s) {
        m_error->setText(s.errorString());
        return;
    }
    m_summary->setText(m_summary->text() + QLatin1Char(' ')
                       + tr("Found %1 level change(s) and %2 badge(s) to decide on.")
                             .arg(raw->levelProposals())
                             .arg(raw->badgeProposals()));
}

} // namespace steward
