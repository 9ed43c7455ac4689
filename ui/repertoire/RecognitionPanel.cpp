// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecognitionPanel.h"

#include "PathwayTables.h"
#include "RecognitionDialog.h"
#include "repertoire/CommunityRecognition.h"
#include "repertoire/PathwayRepository.h"
#include "repertoire/RecognitionRepository.h"
#include "workspace/DecideBadgeProposalCommand.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace steward {

using namespace pathwaytables;

namespace {

QTableWidgetItem* badgeCell(QTableWidget* t, int row, const Recognition& r, int column)
{
    QTableWidgetItem* item = t->item(row, column);
    if (!r.badgeIcon.isEmpty())
        item->setIcon(QIcon(QStringLiteral(":/badges/") + r.badgeIcon));
    return item;
}

} // namespace

RecognitionPanel::RecognitionPanel(QWidget* parent)
    : QWidget(parent)
    , m_shoutOut(new QPushButton(tr("Give Shout-out…"), this))
    , m_badge(new QPushButton(tr("Award Badge…"), this))
    , m_given(table(this,
                    QStringLiteral("recognitionTableWidget"),
                    {tr("Date"), tr("From"), tr("To"), tr("Badge"), tr("Reason")}))
    , m_error(new QLabel(this))
{
    m_shoutOut->setObjectName(QStringLiteral("shoutOutButton"));
    m_badge->setObjectName(QStringLiteral("awardBadgeButton"));
    m_given->setIconSize(QSize(24, 24));
    m_error->setObjectName(QStringLiteral("recognitionErrorLabel"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #b91c1c"));
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_shoutOut);
    actions->addWidget(m_badge);
    actions->addWidget(m_error, 1);
    auto* given = new QHBoxLayout;
    given->addWidget(box(this, tr("Shout-outs and badges given"), m_given), 1);
    given->addWidget(buildProposals(), 1);
    // Without a leaderboard (the community did not opt in) the contributions take the whole width.
    auto* counts = new QHBoxLayout;
    counts->addWidget(buildContributions(), 2);
    counts->addWidget(m_leaderboardBox, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(actions);
    layout->addLayout(given, 1);
    layout->addLayout(counts, 1);
    connect(m_shoutOut, &QPushButton::clicked, this, &RecognitionPanel::giveShoutOut);
    connect(m_badge, &QPushButton::clicked, this, &RecognitionPanel::awardBadge);
}

QWidget* RecognitionPanel::buildProposals()
{
    m_proposals = table(
        this, QStringLiteral("badgeProposalsTableWidget"), {tr("Badge"), tr("For"), tr("Proposed"), tr("Because")});
    m_proposals->setIconSize(QSize(24, 24));
    m_confirmAs = new QComboBox(this);
    m_confirmAs->setObjectName(QStringLiteral("confirmAsComboBox"));
    m_confirm = new QPushButton(tr("Confirm"), this);
    m_confirm->setObjectName(QStringLiteral("confirmBadgeButton"));
    m_dismiss = new QPushButton(tr("Dismiss"), this);
    m_dismiss->setObjectName(QStringLiteral("dismissBadgeButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("Given by:"), this));
    buttons->addWidget(m_confirmAs, 1);
    buttons->addWidget(m_dismiss);
    buttons->addWidget(m_confirm);
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_proposals);
    layout->addLayout(buttons);
    connect(m_confirm, &QPushButton::clicked, this, [this] { decideProposal(true); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] { decideProposal(false); });
    return box(this, tr("Badges proposed from activity"), content);
}

QWidget* RecognitionPanel::buildContributions()
{
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("periodComboBox"));
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("Last 90 days"), 90);
    m_period->addItem(tr("Last 365 days"), 365);
    m_period->addItem(tr("All time"), 0);
    m_period->setCurrentIndex(1);
    m_contributions = table(this,
                            QStringLiteral("contributionsTableWidget"),
                            {tr("Member"),
                             tr("Sessions\nfacilitated"),
                             tr("Micro-\nteaches"),
                             tr("Hot seats"),
                             tr("Artefacts\nwritten"),
                             tr("Reviews\ndone"),
                             tr("Answers\ngiven")});
    m_leaderboard =
        table(this, QStringLiteral("leaderboardTableWidget"), {tr("Rank"), tr("Member"), tr("Contributions")});
    m_leaderboardBox = box(this, tr("Leaderboard"), m_leaderboard);
    m_leaderboardBox->setObjectName(QStringLiteral("leaderboardGroupBox"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* period = new QHBoxLayout;
    period->addWidget(new QLabel(tr("Period:"), this));
    period->addWidget(m_period);
    period->addStretch(1);
    layout->addLayout(period);
    layout->addWidget(m_contributions);
    connect(m_period, &QComboBox::currentIndexChanged, this, &RecognitionPanel::fillContributions);
    return box(this, tr("Contributions"), content);
}

void RecognitionPanel::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    m_communityId = 0;
    refresh();
}

void RecognitionPanel::setCommunity(qint64 communityId)
{
    m_communityId = communityId;
    refresh();
}

void RecognitionPanel::refresh()
{
    for (QTableWidget* t : {m_given, m_proposals, m_contributions, m_leaderboard})
        t->setRowCount(0);
    m_error->clear();
    const bool ready = m_workspace && m_communityId > 0;
    for (QWidget* w : {static_cast<QWidget*>(m_shoutOut), static_cast<QWidget*>(m_badge)})
        w->setEnabled(ready);
    if (!ready)
        return;
    fillGiven();
    fillGivers();
    fillContributions();
}

void RecognitionPanel::fillGiven()
{
    auto all = RecognitionRepository(m_workspace->database()).list(m_communityId);
    if (!all) {
        m_error->setText(all.errorString());
        return;
    }
    const QLocale locale;
    for (const Recognition& r : std::as_const(*all)) {
        const QString date = locale.toString(r.givenOn, QLocale::ShortFormat);
        if (r.status == QLatin1String("given")) {
            appendRow(m_given,
                      {date, r.giverName, r.receiverName, r.badgeId > 0 ? r.badgeName : tr("Shout-out"), r.reason},
                      r.id);
            badgeCell(m_given, m_given->rowCount() - 1, r, 3);
            m_given->item(m_given->rowCount() - 1, 4)->setToolTip(r.reason);
        } else if (r.status == QLatin1String("proposed")) {
            appendRow(m_proposals, {r.badgeName, r.receiverName, date, r.reason}, r.id);
            badgeCell(m_proposals, m_proposals->rowCount() - 1, r, 0);
        }
    }
    for (QTableWidget* t : {m_given, m_proposals})
        t->resizeColumnsToContents();
    if (m_proposals->rowCount() > 0)
        m_proposals->selectRow(0);
    m_confirm->setEnabled(m_proposals->rowCount() > 0);
    m_dismiss->setEnabled(m_proposals->rowCount() > 0);
}

void RecognitionPanel::fillGivers()
{
    const QVariant before = m_confirmAs->currentData();
    m_confirmAs->clear();
    auto members = m_workspace->memberships().membersOf(m_communityId);
    for (const Member& m : members ? *members : QList<Member>()) {
        if (int(m.membership.level) >= int(ParticipationLevel::Core))
            m_confirmAs->addItem(m.personName, m.membership.personId);
    }
    const int keep = m_confirmAs->findData(before);
    m_confirmAs->setCurrentIndex(keep >= 0 ? keep : 0);
}

void RecognitionPanel::fillContributions()
{
    m_contributions->setRowCount(0);
    m_leaderboard->setRowCount(0);
    if (!m_workspace || m_communityId <= 0)
        return;
    const QDate today = m_workspace->clock().today();
    const int days = m_period->currentData().toInt();
    const QDate from = days > 0 ? today.addDays(-days + 1) : QDate();
    CommunityRecognition recognition(m_workspace->database(), m_communityId);
    auto all = recognition.contributions(from, today);
    for (const PersonContributions& p : all ? *all : QList<PersonContributions>())
        appendRow(m_contributions,
                  {p.name,
                   QString::number(p.sessionsFacilitated),
                   QString::number(p.microTeaches),
                   QString::number(p.hotSeats),
                   QString::number(p.artefactsWritten),
                   QString::number(p.reviewsDone),
                   QString::number(p.answersGiven)},
                  p.personId);
    m_contributions->resizeColumnsToContents();
    // Some communities do not want a ranking: the leaderboard shows only when the community opted in.
    auto settings = PathwayRepository(m_workspace->database()).settings(m_communityId);
    const bool optedIn = settings && settings->leaderboard;
    m_leaderboardBox->setVisible(optedIn);
    if (!optedIn)
        return;
    auto board = recognition.leaderboard(from, today);
    int rank = 0;
    for (const PersonContributions& p : board ? *board : QList<PersonContributions>())
        appendRow(m_leaderboard, {QString::number(++rank), p.name, QString::number(p.total())}, p.personId);
    m_leaderboard->resizeColumnsToContents();
}

void RecognitionPanel::giveShoutOut()
{
    openDialog(false);
}

void RecognitionPanel::awardBadge()
{
    openDialog(true);
}

void RecognitionPanel::openDialog(bool badge)
{
    if (!m_workspace || m_communityId <= 0)
        return;
    RecognitionDialog dialog(
        *m_workspace, m_communityId, badge ? RecognitionDialog::Kind::Badge : RecognitionDialog::Kind::ShoutOut, this);
    dialog.exec();
    refresh();
}

void RecognitionPanel::decideProposal(bool confirm)
{
    const int row = m_proposals->currentRow();
    if (!m_workspace || row < 0)
        return;
    const qint64 id = m_proposals->item(row, 0)->data(Qt::UserRole).toLongLong();
    const qint64 giver = m_confirmAs->currentData().toLongLong();
    if (confirm && giver <= 0) {
        m_error->setText(tr("Choose who confirms the badge (a core member or steward)."));
        return;
    }
    Status s = m_workspace->perform(std::make_unique<DecideBadgeProposalCommand>(
        *m_workspace, m_communityId, id, confirm, giver, m_workspace->clock().today()));
    refresh();
    if (!s)
        m_error->setText(s.errorString());
}

} // namespace steward
