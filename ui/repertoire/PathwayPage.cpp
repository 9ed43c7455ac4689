// SPDX-License-Identifier: GPL-3.0-or-later
#include "PathwayPage.h"

#include "repertoire/CommunityPathway.h"
#include "repertoire/CommunityRecognition.h"
#include "repertoire/RecognitionRepository.h"
#include "workspace/PathwayDecisionCommand.h"
#include "workspace/Workspace.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace steward {

namespace {

QTableWidget* table(QWidget* parent, const QString& name, const QStringList& headers)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->setVisible(false);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    return t;
}

void setRow(QTableWidget* t, int row, const QStringList& cells, qint64 id = 0)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells.at(c));
        item->setData(Qt::UserRole, id);
        t->setItem(row, c, item);
    }
}

QString days(const std::optional<double>& value)
{
    return value ? QLocale().toString(*value, 'f', 0) : QStringLiteral("–");
}

QGroupBox* box(QWidget* parent, const QString& title, QWidget* content)
{
    auto* group = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(content);
    return group;
}

} // namespace

PathwayPage::PathwayPage(QWidget* parent)
    : WorkspacePage(parent)
    , m_summary(new QLabel(this))
    , m_funnel(table(this,
                     QStringLiteral("funnelTableWidget"),
                     {tr("Level"), tr("Members"), tr("Median days at level"), tr("Middle half (days)")}))
    , m_stuck(table(this, QStringLiteral("stuckTableWidget"), {tr("Member"), tr("Level"), tr("Since"), tr("Days")}))
    , m_cohorts(table(this,
                      QStringLiteral("cohortsTableWidget"),
                      {tr("Joined"), tr("Joiners"), tr("Days to first contribution"), tr("Days to active")}))
    , m_proposals(table(this,
                        QStringLiteral("proposalsTableWidget"),
                        {tr("Member"), tr("From"), tr("To"), tr("Proposed"), tr("Reason")}))
    , m_accept(new QPushButton(tr("Accept"), this))
    , m_dismiss(new QPushButton(tr("Dismiss"), this))
    , m_error(new QLabel(this))
    , m_recognition(table(this,
                          QStringLiteral("recognitionTableWidget"),
                          {tr("Date"), tr("From"), tr("To"), tr("Badge"), tr("Reason"), tr("Status")}))
    , m_leaderboard(table(this, QStringLiteral("leaderboardTableWidget"), {tr("Member"), tr("Contributions")}))
{
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_accept->setObjectName(QStringLiteral("acceptButton"));
    m_dismiss->setObjectName(QStringLiteral("dismissButton"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #b91c1c"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_error, 1);
    buttons->addWidget(m_dismiss);
    buttons->addWidget(m_accept);
    auto* proposals = new QWidget(this);
    auto* proposalsLayout = new QVBoxLayout(proposals);
    proposalsLayout->setContentsMargins(0, 0, 0, 0);
    proposalsLayout->addWidget(m_proposals);
    proposalsLayout->addLayout(buttons);

    auto* pathway = new QWidget(this);
    auto* grid = new QGridLayout(pathway);
    grid->addWidget(m_summary, 0, 0, 1, 2);
    grid->addWidget(box(pathway, tr("Funnel and time at each level"), m_funnel), 1, 0);
    grid->addWidget(box(pathway, tr("Newcomers by quarter joined"), m_cohorts), 1, 1);
    grid->addWidget(box(pathway, tr("Stuck at a level"), m_stuck), 2, 0);
    grid->addWidget(box(pathway, tr("Proposed level changes"), proposals), 2, 1);
    auto* recognition = new QWidget(this);
    auto* recognitionLayout = new QHBoxLayout(recognition);
    recognitionLayout->addWidget(box(recognition, tr("Shout-outs and badges"), m_recognition), 3);
    recognitionLayout->addWidget(box(recognition, tr("Leaderboard (last 90 days)"), m_leaderboard), 1);
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("pathwayTabWidget"));
    tabs->addTab(pathway, tr("Pathway"));
    tabs->addTab(recognition, tr("Recognition"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);

    connect(m_accept, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] { decide(false); });
}

void PathwayPage::setWorkspace(Workspace* workspace)
{
    if (m_workspace)
        disconnect(m_workspace->undoStack(), nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace)
        connect(m_workspace->undoStack(), &QUndoStack::indexChanged, this, &PathwayPage::refresh);
    m_communityId = 0;
    refresh();
}

void PathwayPage::setCurrentCommunity(qint64 communityId)
{
    m_communityId = communityId;
    refresh();
}

void PathwayPage::refresh()
{
    for (QTableWidget* t : {m_funnel, m_stuck, m_cohorts, m_proposals, m_recognition, m_leaderboard})
        t->setRowCount(0);
    m_error->clear();
    if (!m_workspace || m_communityId <= 0)
        return;
    auto report = CommunityPathway(m_workspace->database(), m_communityId).report(m_workspace->clock().today());
    if (!report) {
        m_error->setText(report.errorString());
        return;
    }
    m_summary->setText(
        tr("Periodic review %1; the next on %2. Staff are left out of these figures.")
            .arg(report->settings.reviewCadence, QLocale().toString(report->nextReview, QLocale::ShortFormat)));
    for (const LevelTime& t : report->levels) {
        m_funnel->insertRow(m_funnel->rowCount());
        setRow(m_funnel,
               m_funnel->rowCount() - 1,
               {participationLevelDisplayName(t.level),
                QString::number(t.members),
                days(t.medianDays),
                days(t.lowerQuartileDays) + QStringLiteral("–") + days(t.upperQuartileDays)});
    }
    for (const StuckMember& s : report->stuck) {
        m_stuck->insertRow(m_stuck->rowCount());
        setRow(m_stuck,
               m_stuck->rowCount() - 1,
               {s.name,
                participationLevelDisplayName(s.level),
                QLocale().toString(s.since, QLocale::ShortFormat),
                QString::number(s.days)});
    }
    for (const JoinerCohort& c : report->cohorts) {
        m_cohorts->insertRow(m_cohorts->rowCount());
        setRow(
            m_cohorts,
            m_cohorts->rowCount() - 1,
            {c.cohort, QString::number(c.joiners), days(c.medianDaysToFirstContribution), days(c.medianDaysToActive)});
    }
    for (const PromotionProposal& p : report->proposals) {
        m_proposals->insertRow(m_proposals->rowCount());
        setRow(m_proposals,
               m_proposals->rowCount() - 1,
               {p.personName,
                participationLevelDisplayName(p.from),
                participationLevelDisplayName(p.to),
                QLocale().toString(p.proposedOn, QLocale::ShortFormat),
                p.reason},
               p.id);
    }
    for (QTableWidget* t : {m_funnel, m_stuck, m_cohorts, m_proposals})
        t->resizeColumnsToContents();
    if (m_proposals->rowCount() > 0)
        m_proposals->selectRow(0);
    fillRecognition();
}

void PathwayPage::fillRecognition()
{
    auto all = RecognitionRepository(m_workspace->database()).list(m_communityId);
    for (const Recognition& r : all ? *all : QList<Recognition>()) {
        m_recognition->insertRow(m_recognition->rowCount());
        setRow(m_recognition,
               m_recognition->rowCount() - 1,
               {QLocale().toString(r.givenOn, QLocale::ShortFormat),
                r.giverName,
                r.receiverName,
                r.badgeName,
                r.reason,
                r.status == QLatin1String("proposed") ? tr("proposed") : QString()});
        if (!r.badgeIcon.isEmpty())
            m_recognition->item(m_recognition->rowCount() - 1, 3)
                ->setIcon(QIcon(QStringLiteral(":/badges/") + r.badgeIcon));
    }
    m_recognition->resizeColumnsToContents();
    const QDate today = m_workspace->clock().today();
    auto board = CommunityRecognition(m_workspace->database(), m_communityId).leaderboard(today.addDays(-90), today);
    m_leaderboard->setEnabled(bool(board));
    if (!board) {
        m_leaderboard->insertRow(0);
        setRow(m_leaderboard, 0, {tr("This community does not keep a leaderboard."), QString()});
        return;
    }
    for (const PersonContributions& p : *board) {
        m_leaderboard->insertRow(m_leaderboard->rowCount());
        setRow(m_leaderboard, m_leaderboard->rowCount() - 1, {p.name, QString::number(p.total())});
    }
}

void PathwayPage::decide(bool accept)
{
    const int row = m_proposals->currentRow();
    if (!m_workspace || row < 0)
        return;
    const qint64 id = m_proposals->item(row, 0)->data(Qt::UserRole).toLongLong();
    CommunityPathway pathway(m_workspace->database(), m_communityId);
    auto proposal = pathway.applicableProposal(id);
    if (!proposal) {
        m_error->setText(proposal.errorString());
        return;
    }
    const QDate today = m_workspace->clock().today();
    QUndoStack* stack = m_workspace->undoStack();
    stack->beginMacro(
        accept ? tr("Accept: %1 to %2").arg(proposal->personName, participationLevelDisplayName(proposal->to))
               : tr("Dismiss the proposal for %1").arg(proposal->personName));
    Status s = accept ? m_workspace->setLevel(m_communityId, proposal->personId, proposal->to, today, proposal->reason)
                      : Status();
    if (s)
        s = m_workspace->perform(
            std::make_unique<PathwayDecisionCommand>(*m_workspace, m_communityId, id, accept, today));
    stack->endMacro();
    if (!s)
        m_error->setText(s.errorString());
    refresh();
}

} // namespace steward
