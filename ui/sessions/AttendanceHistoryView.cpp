// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceHistoryView.h"

#include "sessions/SessionCatalog.h"
#include "storage/SessionAttendanceRepository.h"
#include "storage/SessionRepository.h"
#include "workspace/Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace steward {

namespace {

struct Tally
{
    int counts[3] = {0, 0, 0};
    QDate lastAttended;
};

} // namespace

AttendanceHistoryView::AttendanceHistoryView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("attendanceHistoryView"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("attendanceSummaryLabel"));
    m_summary->setWordWrap(true);
    m_community = new QTreeWidget(this);
    m_community->setObjectName(QStringLiteral("communityAttendanceTree"));
    QStringList labels{tr("Member")};
    for (AttendanceStatus status : allAttendanceStatuses())
        labels << attendanceStatusDisplayName(status);
    labels << tr("Last came");
    m_community->setHeaderLabels(labels);
    m_community->setRootIsDecorated(false);
    m_community->setSortingEnabled(true);
    m_community->setAlternatingRowColors(true);
    // Whole names first; in a narrow pane the counts scroll rather than the names being cut.
    m_community->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_personLabel = new QLabel(tr("Choose a member to see their history."), this);
    m_personLabel->setWordWrap(true);
    m_person = new QTreeWidget(this);
    m_person->setObjectName(QStringLiteral("personAttendanceTree"));
    m_person->setHeaderLabels({tr("Date"), tr("Session"), tr("Status")});
    m_person->setRootIsDecorated(false);
    m_person->setAlternatingRowColors(true);
    auto* personPane = new QWidget(this);
    auto* personLayout = new QVBoxLayout(personPane);
    personLayout->setContentsMargins(0, 0, 0, 0);
    personLayout->addWidget(m_personLabel);
    personLayout->addWidget(m_person, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_community);
    splitter->addWidget(personPane);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    connect(m_community, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item)
            showPerson(item->data(0, Qt::UserRole).toLongLong());
    });
}

void AttendanceHistoryView::showCommunity(Workspace* workspace, const SessionCatalog& catalog)
{
    m_workspace = workspace;
    m_community->clear();
    m_person->clear();
    m_summary->clear();
    if (!workspace || catalog.communityId() <= 0)
        return;
    auto records = SessionAttendanceRepository(workspace->database()).forCommunity(catalog.communityId());
    if (!records)
        return emit errorOccurred(records.errorString());
    QHash<qint64, Tally> tallies;
    for (const Member& member : catalog.members())
        tallies.insert(member.membership.personId, Tally());
    QSet<QPair<qint64, QDate>> occurrences;
    for (const SessionAttendance& record : std::as_const(*records)) {
        Tally& tally = tallies[record.personId];
        tally.counts[allAttendanceStatuses().indexOf(record.status)] += 1;
        if (record.status == AttendanceStatus::Attended)
            tally.lastAttended = std::max(tally.lastAttended, record.date);
        occurrences.insert({record.sessionId, record.date});
    }
    m_community->setSortingEnabled(false);
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it) {
        auto* item = new QTreeWidgetItem(m_community, {catalog.name(it.key())});
        item->setData(0, Qt::UserRole, it.key());
        for (int s = 0; s < 3; ++s)
            item->setData(s + 1, Qt::DisplayRole, it->counts[s]);
        item->setData(4, Qt::DisplayRole, it->lastAttended);
    }
    m_community->setSortingEnabled(true);
    m_community->sortByColumn(1, Qt::DescendingOrder);
    m_summary->setText(
        tr("%n record(s) of attendance over %1 meeting(s).", nullptr, int(records->size())).arg(occurrences.size()));
}

void AttendanceHistoryView::showPerson(qint64 personId)
{
    m_person->clear();
    if (!m_workspace)
        return;
    auto records = SessionAttendanceRepository(m_workspace->database()).forPerson(personId);
    if (!records)
        return emit errorOccurred(records.errorString());
    const SessionRepository sessions(m_workspace->database());
    QHash<qint64, QString> titles;
    for (auto it = records->crbegin(); it != records->crend(); ++it) {
        if (!titles.contains(it->sessionId)) {
            auto session = sessions.find(it->sessionId);
            titles.insert(it->sessionId, session && session->has_value() ? (*session)->title : QString());
        }
        new QTreeWidgetItem(m_person,
                            {QLocale().toString(it->date, QLocale::ShortFormat),
                             titles.value(it->sessionId),
                             attendanceStatusDisplayName(it->status)});
    }
    auto person = m_workspace->people().find(personId);
    const QString name = person && person->has_value() ? (*person)->name : QString();
    m_personLabel->setText(tr("%1: %n meeting(s) recorded, newest first.", nullptr, int(records->size())).arg(name));
    m_person->resizeColumnToContents(0);
}

} // namespace steward
