// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionPairingView.h"

#include "schedule/PairingPlanner.h"
#include "sessions/DoNotPairDialog.h"
#include "sessions/SessionCatalog.h"
#include "storage/SessionAttendanceRepository.h"
#include "storage/SessionPairingRepository.h"
#include "workspace/SaveSessionPairingCommand.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace steward {

namespace {

constexpr int kSeatRole = Qt::UserRole + 1; // index into m_pairing.seats; -1 for round and group rows
constexpr int kRoundRole = Qt::UserRole + 2;
constexpr int kGroupRole = Qt::UserRole + 3;

} // namespace

SessionPairingView::SessionPairingView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("sessionPairingView"));
    m_rounds = new QSpinBox(this);
    m_rounds->setObjectName(QStringLiteral("roundsSpinBox"));
    m_rounds->setRange(1, 40);
    m_rounds->setValue(3);
    m_rounds->setPrefix(tr("Rounds: "));
    m_groupSize = new QSpinBox(this);
    m_groupSize->setObjectName(QStringLiteral("groupSizeSpinBox"));
    m_groupSize->setRange(2, 4);
    m_groupSize->setPrefix(tr("Group size: "));
    m_mixTeams = new QCheckBox(tr("Mix teams"), this);
    m_mixTeams->setObjectName(QStringLiteral("mixTeamsCheckBox"));
    m_seed = new QSpinBox(this);
    m_seed->setObjectName(QStringLiteral("seedSpinBox"));
    m_seed->setRange(0, 999999);
    m_seed->setPrefix(tr("Seed: "));
    m_generate = new QPushButton(tr("&Generate"), this);
    m_generate->setObjectName(QStringLiteral("generatePairsButton"));
    m_swap = new QPushButton(tr("S&wap Two"), this);
    m_swap->setObjectName(QStringLiteral("swapPairsButton"));
    m_swap->setToolTip(tr("Select two people of the same round, then swap their places"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("pairingStatusLabel"));
    m_status->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("pairingTreeWidget"));
    m_tree->setHeaderLabels({tr("Round, group and people"), tr("Met")});
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);

    // Two rows, so the tab stays narrow enough for a small window.
    auto* controls = new QGridLayout;
    controls->addWidget(m_rounds, 0, 0);
    controls->addWidget(m_groupSize, 0, 1);
    controls->addWidget(m_generate, 0, 3);
    controls->addWidget(m_seed, 1, 0);
    controls->addWidget(m_mixTeams, 1, 1);
    controls->addWidget(m_swap, 1, 3);
    auto* doNotPair = new QPushButton(tr("&Do Not Pair…"), this);
    doNotPair->setObjectName(QStringLiteral("doNotPairButton"));
    doNotPair->setToolTip(tr("People the planner keeps apart in this community (private)"));
    controls->addWidget(doNotPair, 1, 2, Qt::AlignRight);
    connect(doNotPair, &QPushButton::clicked, this, &SessionPairingView::editDoNotPair);
    controls->setColumnStretch(2, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_status);
    layout->addWidget(m_tree, 1);
    connect(m_generate, &QPushButton::clicked, this, &SessionPairingView::generate);
    connect(m_swap, &QPushButton::clicked, this, &SessionPairingView::swapSelected);
    connect(m_tree, &QTreeWidget::itemChanged, this, &SessionPairingView::itemChanged);
    setEnabled(false);
}

void SessionPairingView::showOccurrence(Workspace* workspace,
                                        const SessionCatalog& catalog,
                                        qint64 sessionId,
                                        QDate date)
{
    m_workspace = workspace;
    m_catalog = &catalog;
    m_sessionId = sessionId;
    m_date = date;
    m_pairing = SessionPairing{sessionId, date, {}};
    setEnabled(workspace && sessionId > 0);
    if (workspace && sessionId > 0) {
        auto stored = SessionPairingRepository(workspace->database()).find(sessionId, date);
        if (stored)
            m_pairing = *stored;
        else
            emit errorOccurred(stored.errorString());
    }
    fillTree();
}

void SessionPairingView::fillTree()
{
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    const auto rounds = m_pairing.rounds();
    m_status->setText(
        rounds.isEmpty()
            ? tr("No pairs yet: Generate plans them for those who attended (or every "
                 "member when nobody is ticked).")
            : tr("%n round(s). Untick a group or a person who did not meet after all.", nullptr, int(rounds.size())));
    QTreeWidgetItem* roundItem = nullptr;
    QTreeWidgetItem* groupItem = nullptr;
    for (qsizetype i = 0; i < m_pairing.seats.size(); ++i) {
        const SessionPairingSeat& seat = m_pairing.seats.at(i);
        if (!roundItem || roundItem->data(0, kRoundRole).toInt() != seat.round) {
            roundItem = new QTreeWidgetItem(m_tree, {tr("Round %1").arg(seat.round)});
            roundItem->setData(0, kRoundRole, seat.round);
            roundItem->setData(0, kSeatRole, -1);
            roundItem->setExpanded(true);
            groupItem = nullptr;
        }
        if (!groupItem || groupItem->data(0, kGroupRole).toInt() != seat.group) {
            groupItem = new QTreeWidgetItem(roundItem);
            groupItem->setData(0, kRoundRole, seat.round);
            groupItem->setData(0, kGroupRole, seat.group);
            groupItem->setData(0, kSeatRole, -1);
            groupItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            groupItem->setExpanded(true);
        }
        auto* person = new QTreeWidgetItem(groupItem, {m_catalog->name(seat.personId)});
        person->setData(0, kSeatRole, int(i));
        person->setData(0, kRoundRole, seat.round);
        person->setCheckState(1, seat.met ? Qt::Checked : Qt::Unchecked);
        QStringList names =
            groupItem->text(0).isEmpty() ? QStringList() : groupItem->text(0).split(QStringLiteral(" · "));
        names << m_catalog->name(seat.personId);
        groupItem->setText(0, names.join(QStringLiteral(" · ")));
        bool allMet = true;
        for (int c = 0; c < groupItem->childCount(); ++c)
            allMet = allMet && groupItem->child(c)->checkState(1) == Qt::Checked;
        groupItem->setCheckState(1, allMet ? Qt::Checked : Qt::Unchecked);
    }
}

QList<qint64> SessionPairingView::participants() const
{
    QList<qint64> ids;
    auto records = SessionAttendanceRepository(m_workspace->database()).forOccurrence(m_sessionId, m_date);
    if (records) {
        for (const SessionAttendance& record : std::as_const(*records)) {
            if (record.status == AttendanceStatus::Attended)
                ids << record.personId;
        }
    }
    if (ids.isEmpty()) {
        for (const Member& member : m_catalog->members())
            ids << member.membership.personId;
    }
    return ids;
}

void SessionPairingView::generate()
{
    if (!m_workspace || m_sessionId <= 0)
        return;
    PairingRequest request;
    for (qint64 id : participants())
        request.participants.append({id, m_catalog->name(id), m_catalog->team(id)});
    request.rounds = m_rounds->value();
    request.groupSize = m_groupSize->value();
    request.preferMixingTeams = m_mixTeams->isChecked();
    request.seed = quint64(m_seed->value());
    const SessionPairingRepository repository(m_workspace->database());
    auto history = repository.history(m_catalog->communityId(), m_date);
    auto doNotPair = repository.doNotPair(m_catalog->communityId());
    if (!history || !doNotPair)
        return emit errorOccurred(!history ? history.errorString() : doNotPair.errorString());
    request.history = *history;
    request.doNotPair = *doNotPair;
    auto plan = PairingPlanner::plan(request);
    if (!plan)
        return emit errorOccurred(plan.errorString());
    save(SessionPairing::fromRounds(m_sessionId, m_date, plan->rounds), tr("Generate pairs"));
    QStringList notes = plan->notes;
    notes.prepend(
        tr("%1 repeat(s) within these rounds, %2 with earlier sessions.").arg(plan->repeats).arg(plan->historyRepeats));
    m_status->setText(notes.join(QLatin1Char(' ')));
}

void SessionPairingView::editDoNotPair()
{
    if (!m_workspace || !m_catalog || m_catalog->communityId() <= 0)
        return;
    DoNotPairDialog dialog(*m_workspace, *m_catalog, this);
    dialog.exec();
}

void SessionPairingView::swapSelected()
{
    QList<int> seats;
    for (QTreeWidgetItem* item : m_tree->selectedItems()) {
        if (item->data(0, kSeatRole).toInt() >= 0)
            seats << item->data(0, kSeatRole).toInt();
    }
    if (seats.size() != 2 || m_pairing.seats.at(seats[0]).round != m_pairing.seats.at(seats[1]).round) {
        return emit errorOccurred(tr("Select exactly two people of the same round to swap them."));
    }
    SessionPairing after = m_pairing;
    std::swap(after.seats[seats[0]].personId, after.seats[seats[1]].personId);
    std::swap(after.seats[seats[0]].met, after.seats[seats[1]].met);
    save(after,
         tr("Swap %1 and %2")
             .arg(m_catalog->name(m_pairing.seats.at(seats[0]).personId),
                  m_catalog->name(m_pairing.seats.at(seats[1]).personId)));
}

void SessionPairingView::itemChanged(QTreeWidgetItem* item, int column)
{
    if (column != 1)
        return;
    const bool met = item->checkState(1) == Qt::Checked;
    SessionPairing after = m_pairing;
    const int seat = item->data(0, kSeatRole).toInt();
    for (qsizetype i = 0; i < after.seats.size(); ++i) {
        SessionPairingSeat& s = after.seats[i];
        const bool inGroup =
            seat < 0 && s.round == item->data(0, kRoundRole).toInt() && s.group == item->data(0, kGroupRole).toInt();
        if (i == seat || inGroup)
            s.met = met;
    }
    save(after, met ? tr("Mark as met") : tr("Mark as not met"));
}

void SessionPairingView::save(const SessionPairing& after, const QString& text)
{
    const SessionPairing before = m_pairing;
    m_pairing = after;
    if (Status s = m_workspace->perform(
            std::make_unique<SaveSessionPairingCommand>(*m_workspace, m_catalog->communityId(), before, after, text));
        !s) {
        m_pairing = before;
        emit errorOccurred(s.errorString());
    }
    QMetaObject::invokeMethod(this, &SessionPairingView::fillTree, Qt::QueuedConnection);
}

} // namespace steward
