// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionsPage.h"

#include "model/SessionFormat.h"
#include "schedule/FacilitatorTimerSteadyClock.h"
#include "sessions/AttendanceHistoryView.h"
#include "sessions/FacilitatorWindow.h"
#include "sessions/SessionAgendaView.h"
#include "sessions/SessionAttendanceView.h"
#include "sessions/SessionEditor.h"
#include "sessions/SessionMonthView.h"
#include "sessions/SessionOccurrenceDialog.h"
#include "sessions/SessionPairingView.h"
#include "sessions/SessionRolesView.h"
#include "storage/SessionRoleSeatRepository.h"
#include "workspace/RemoveSessionCommand.h"
#include "workspace/Workspace.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace steward {

namespace {

QString seriesText(const Session& session)
{
    if (!session.repeat)
        return SessionsPage::tr("Once");
    const RecurrenceRule& rule = *session.repeat;
    QString text = rule.frequency == RecurrenceFrequency::MonthlyByWeekday
                       ? SessionsPage::tr("Every %n month(s) on the same weekday", nullptr, rule.interval)
                       : SessionsPage::tr("Every %n week(s)", nullptr, rule.interval);
    text += rule.count ? SessionsPage::tr(", %n time(s)", nullptr, *rule.count)
                       : SessionsPage::tr(", until %1").arg(QLocale().toString(rule.until, QLocale::ShortFormat));
    return text;
}

QString paragraph(const QString& heading, const QString& text)
{
    if (text.trimmed().isEmpty())
        return QString();
    return QStringLiteral("<h4>%1</h4><p>%2</p>")
        .arg(heading.toHtmlEscaped(), text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
}

} // namespace

SessionsPage::SessionsPage(QWidget* parent)
    : WorkspacePage(parent)
    , m_steadyClock(std::make_unique<FacilitatorTimerSteadyClock>())
    , m_clock(m_steadyClock.get())
{
    setObjectName(QStringLiteral("sessionsPage"));
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createViews());
    splitter->addWidget(createDetailTabs());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    const int em = fontMetrics().averageCharWidth();
    splitter->setSizes({90 * em, 60 * em}); // the agenda's titles need the room more than the details
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createToolRow());
    layout->addWidget(splitter, 1);
    setWorkspace(nullptr);
}

SessionsPage::~SessionsPage()
{
    if (m_facilitator)
        delete m_facilitator.data();
}

QWidget* SessionsPage::createToolRow()
{
    auto* row = new QWidget(this);
    m_heading = new QLabel(row);
    m_heading->setObjectName(QStringLiteral("sessionsHeadingLabel"));
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // never widens the page
    auto button = [row](const QString& text, const char* name) {
        auto* b = new QPushButton(text, row);
        b->setObjectName(QLatin1String(name));
        return b;
    };
    m_agendaButton = button(tr("A&genda"), "agendaButton");
    m_monthButton = button(tr("M&onth"), "monthButton");
    auto* group = new QButtonGroup(row);
    for (QPushButton* b : {m_agendaButton, m_monthButton}) {
        b->setCheckable(true);
        group->addButton(b);
    }
    m_agendaButton->setChecked(true);
    m_newButton = button(tr("&New Session…"), "newSessionButton");
    m_editButton = button(tr("&Edit…"), "editSessionButton");
    m_occurrenceButton = button(tr("Move or &Cancel…"), "occurrenceButton");
    m_occurrenceButton->setToolTip(tr("Move or cancel this one occurrence of the series"));
    m_deleteButton = button(tr("&Delete"), "deleteSessionButton");
    m_facilitateButton = button(tr("&Facilitate"), "facilitateButton");
    m_facilitateButton->setToolTip(tr("Run this meeting full screen: phases, countdown, pairs, notes, attendance"));
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_agendaButton);
    layout->addWidget(m_monthButton);
    layout->addSpacing(12);
    layout->addWidget(m_heading, 1);
    for (QPushButton* b : {m_newButton, m_editButton, m_occurrenceButton, m_deleteButton, m_facilitateButton})
        layout->addWidget(b);
    connect(m_agendaButton, &QPushButton::clicked, this, &SessionsPage::showAgenda);
    connect(m_monthButton, &QPushButton::clicked, this, &SessionsPage::showMonth);
    connect(m_newButton, &QPushButton::clicked, this, &SessionsPage::newSession);
    connect(m_editButton, &QPushButton::clicked, this, &SessionsPage::editSession);
    connect(m_occurrenceButton, &QPushButton::clicked, this, &SessionsPage::moveOrCancelOccurrence);
    connect(m_deleteButton, &QPushButton::clicked, this, &SessionsPage::deleteSession);
    connect(m_facilitateButton, &QPushButton::clicked, this, [this] { facilitate(); });
    return row;
}

QWidget* SessionsPage::createViews()
{
    m_views = new QStackedWidget(this);
    m_agenda = new SessionAgendaView(m_views);
    m_views->addWidget(m_agenda);
    auto* monthPane = new QWidget(m_views);
    m_month = new SessionMonthView(monthPane);
    m_dayList = new QListWidget(monthPane);
    m_dayList->setObjectName(QStringLiteral("dayListWidget"));
    m_dayList->setMaximumHeight(fontMetrics().height() * 6);
    auto* monthLayout = new QVBoxLayout(monthPane);
    monthLayout->setContentsMargins(0, 0, 0, 0);
    monthLayout->addWidget(m_month, 1);
    monthLayout->addWidget(m_dayList);
    m_views->addWidget(monthPane);
    connect(m_agenda, &SessionAgendaView::occurrenceSelected, this, &SessionsPage::selectOccurrence);
    connect(m_month, &QCalendarWidget::selectionChanged, this, [this] { showDay(m_month->selectedDate()); });
    connect(m_dayList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (QListWidgetItem* item = m_dayList->item(row))
            selectOccurrence(item->data(Qt::UserRole).toLongLong(), item->data(Qt::UserRole + 1).toDate());
    });
    return m_views;
}

QWidget* SessionsPage::createDetailTabs()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("sessionTabs"));
    m_details = new QTextBrowser(m_tabs);
    m_details->setObjectName(QStringLiteral("sessionDetailsBrowser"));
    m_details->setOpenExternalLinks(true);
    m_attendance = new SessionAttendanceView(m_tabs);
    m_pairings = new SessionPairingView(m_tabs);
    m_history = new AttendanceHistoryView(m_tabs);
    m_roles = new SessionRolesView(m_tabs);
    m_tabs->addTab(m_details, tr("Details"));
    m_tabs->addTab(m_attendance, tr("Attendance"));
    m_tabs->addTab(m_pairings, tr("Pairings"));
    m_tabs->addTab(m_roles, tr("Roles"));
    m_tabs->addTab(m_history, tr("History"));
    connect(m_attendance, &SessionAttendanceView::errorOccurred, this, &SessionsPage::showError);
    connect(m_pairings, &SessionPairingView::errorOccurred, this, &SessionsPage::showError);
    connect(m_roles, &SessionRolesView::errorOccurred, this, &SessionsPage::showError);
    connect(m_history, &AttendanceHistoryView::errorOccurred, this, &SessionsPage::showError);
    return m_tabs;
}

void SessionsPage::setWorkspace(Workspace* workspace)
{
    if (m_facilitator)
        m_facilitator->close();
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    m_communityId = 0;
    if (workspace) {
        connect(workspace, &Workspace::sessionsChanged, this, [this](qint64 id) {
            if (id == m_communityId)
                scheduleReload();
        });
        connect(workspace, &Workspace::peopleChanged, this, &SessionsPage::scheduleReload);
        connect(workspace, &Workspace::membershipsChanged, this, &SessionsPage::scheduleReload);
    }
    reload();
}

void SessionsPage::setCurrentCommunity(qint64 communityId)
{
    if (communityId == m_communityId)
        return;
    m_communityId = communityId;
    m_sessionId = 0;
    m_date = QDate();
    reload();
}

void SessionsPage::setFacilitatorClock(const FacilitatorTimerClock* clock)
{
    m_clock = clock ? clock : m_steadyClock.get();
}

FacilitatorWindow* SessionsPage::facilitatorWindow() const
{
    return m_facilitator.data();
}

bool SessionsPage::isShowingMonth() const
{
    return m_views->currentIndex() == 1;
}

void SessionsPage::showAgenda()
{
    m_agendaButton->setChecked(true);
    m_views->setCurrentIndex(0);
    if (m_sessionId > 0)
        m_agenda->selectOccurrence(m_sessionId, m_date);
}

void SessionsPage::showMonth()
{
    m_monthButton->setChecked(true);
    m_views->setCurrentIndex(1);
    if (m_sessionId > 0) {
        if (const auto session = m_catalog.session(m_sessionId)) {
            if (const auto occurrence = session->occurrenceOn(m_date))
                m_month->setSelectedDate(occurrence->start.date());
        }
    }
    showDay(m_month->selectedDate());
}

void SessionsPage::scheduleReload()
{
    // Edits arrive from inside item views' own signals: reload once the event loop is back.
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    QMetaObject::invokeMethod(this, &SessionsPage::reload, Qt::QueuedConnection);
}

void SessionsPage::reload()
{
    m_reloadPending = false;
    const qint64 keepSession = m_sessionId;
    const QDate keepDate = m_date;
    m_catalog.clear();
    if (m_workspace) {
        if (Status s = m_catalog.load(*m_workspace, m_communityId); !s)
            showError(s.errorString());
    }
    const QDate today = m_workspace ? m_workspace->clock().today() : QDate::currentDate();
    m_agenda->showCatalog(m_catalog, today);
    m_month->showCatalog(m_catalog);
    m_history->showCommunity(m_workspace, m_catalog);
    const bool hasCommunity = m_workspace && m_catalog.communityId() > 0;
    m_heading->setText(!m_workspace    ? QString()
                       : !hasCommunity ? tr("Choose a community in the toolbar.")
                                       : tr("%n session(s)", nullptr, int(m_catalog.sessions().size())));
    m_newButton->setEnabled(hasCommunity);
    m_sessionId = 0;
    if (keepSession > 0 && m_catalog.session(keepSession))
        selectOccurrence(keepSession, keepDate);
    else
        selectOccurrence(0, {});
    if (isShowingMonth())
        showDay(m_month->selectedDate());
}

void SessionsPage::showDay(QDate date)
{
    const QSignalBlocker blocker(m_dayList);
    m_dayList->clear();
    for (const SessionOccurrence& occurrence : m_catalog.occurrencesOnDays(date, date)) {
        const auto session = m_catalog.session(occurrence.sessionId);
        auto* item = new QListWidgetItem(occurrence.start.time().toString(QStringLiteral("HH:mm"))
                                             + QStringLiteral("  ") + (session ? session->title : QString()),
                                         m_dayList);
        item->setData(Qt::UserRole, occurrence.sessionId);
        item->setData(Qt::UserRole + 1, occurrence.date);
        if (occurrence.sessionId == m_sessionId && occurrence.date == m_date)
            m_dayList->setCurrentItem(item);
    }
    if (m_dayList->count() > 0 && !m_dayList->currentItem()) {
        m_dayList->setCurrentRow(0);
        selectOccurrence(m_dayList->item(0)->data(Qt::UserRole).toLongLong(),
                         m_dayList->item(0)->data(Qt::UserRole + 1).toDate());
    }
}

void SessionsPage::selectOccurrence(qint64 sessionId, QDate date)
{
    const bool changed = sessionId != m_sessionId || date != m_date;
    m_sessionId = sessionId;
    m_date = date;
    if (sessionId > 0 && !isShowingMonth()) {
        const QSignalBlocker blocker(m_agenda);
        m_agenda->selectOccurrence(sessionId, date);
    }
    const auto session = m_catalog.session(sessionId);
    m_editButton->setEnabled(session.has_value());
    m_deleteButton->setEnabled(session.has_value());
    m_occurrenceButton->setEnabled(session && session->isSeries());
    m_facilitateButton->setEnabled(session.has_value());
    m_attendance->showOccurrence(m_workspace, m_catalog, sessionId, date);
    m_pairings->showOccurrence(m_workspace, m_catalog, sessionId, date);
    m_roles->showSession(m_workspace, m_catalog, sessionId, date);
    updateDetails();
    Q_UNUSED(changed)
}

void SessionsPage::updateDetails()
{
    const auto session = m_catalog.session(m_sessionId);
    if (!session || !m_workspace) {
        m_details->setHtml(
            QStringLiteral("<p>%1</p>").arg(tr("Choose a session in the agenda or the month.").toHtmlEscaped()));
        return;
    }
    auto content = SessionCommandContent::load(m_workspace->database(), m_sessionId);
    const auto occurrence = session->occurrenceOn(m_date);
    const QLocale locale;
    const QString when =
        occurrence ? locale.toString(occurrence->start.date(), QLocale::LongFormat)
                         + occurrence->start.toString(QStringLiteral(" HH:mm – "))
                         + occurrence->end.toTimeZone(occurrence->start.timeZone()).toString(QStringLiteral("HH:mm t"))
                   : QString();
    QString html = QStringLiteral("<h2>%1</h2><p><b>%2</b> · %3 · %4 min</p>")
                       .arg(session->title.toHtmlEscaped(),
                            sessionFormatDisplayName(session->format).toHtmlEscaped(),
                            when.toHtmlEscaped())
                       .arg(session->minutes);
    QStringList facts;
    facts << tr("Repeats: %1").arg(seriesText(*session));
    if (!session->place.isEmpty())
        facts << tr("Place: %1").arg(session->place);
    if (!session->link.isEmpty())
        facts << tr("Link: %1").arg(session->link);
    if (session->facilitatorId > 0)
        facts << tr("Facilitator: %1").arg(m_catalog.name(session->facilitatorId));
    if (content) {
        for (const SessionRoleAssignment& role : std::as_const(content->roles))
            facts << sessionRoleDisplayName(role.role) + QStringLiteral(": ") + m_catalog.name(role.personId);
    }
    facts << rotatingRoleFacts();
    if (session->confidential)
        facts << tr("Confidential: notes and learnings stay in the app");
    for (QString& fact : facts)
        fact = fact.toHtmlEscaped();
    html += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral("<br>")));
    if (content && !content->phases.isEmpty()) {
        QStringList phases;
        for (const SessionPhase& phase : std::as_const(content->phases))
            phases << QStringLiteral("<li><b>%1</b> (%2 min): %3</li>")
                          .arg(phase.name.toHtmlEscaped())
                          .arg(phase.minutes)
                          .arg(phase.prompt.toHtmlEscaped());
        html += QStringLiteral("<h4>%1</h4><ol>%2</ol>").arg(tr("Phases").toHtmlEscaped(), phases.join(QString()));
    }
    html += paragraph(tr("Agenda"), session->agenda) + paragraph(tr("Notes"), session->notes)
            + paragraph(tr("Learnings"), session->learnings);
    m_details->setHtml(html);
}

QStringList SessionsPage::rotatingRoleFacts() const
{
    QStringList facts;
    if (!m_workspace || m_sessionId <= 0)
        return facts;
    const auto seats = SessionRoleSeatRepository(m_workspace->database()).on(m_sessionId, m_date);
    for (const SessionRoleSeat& seat : seats ? *seats : QList<SessionRoleSeat>()) {
        if (seat.personId > 0)
            facts << (seat.role == SessionRoleSeat::Role::Facilitator ? tr("Facilitator (rotating): %1")
                                                                      : tr("Note-taker (rotating): %1"))
                         .arg(m_catalog.name(seat.personId));
    }
    return facts;
}

void SessionsPage::newSession()
{
    if (!m_workspace || m_catalog.communityId() <= 0)
        return;
    SessionEditor editor(*m_workspace, m_catalog, std::nullopt, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    reload();
    if (const auto session = m_catalog.session(editor.savedSessionId())) {
        const auto occurrences = session->occurrences();
        if (!occurrences.isEmpty())
            selectOccurrence(session->id, occurrences.constFirst().date);
    }
}

void SessionsPage::editSession()
{
    if (!m_workspace || m_sessionId <= 0)
        return;
    auto content = SessionCommandContent::load(m_workspace->database(), m_sessionId);
    if (!content)
        return showError(content.errorString());
    SessionEditor editor(*m_workspace, m_catalog, *content, this);
    if (editor.exec() == QDialog::Accepted)
        reload();
}

void SessionsPage::moveOrCancelOccurrence()
{
    if (!m_workspace || m_sessionId <= 0)
        return;
    auto content = SessionCommandContent::load(m_workspace->database(), m_sessionId);
    if (!content)
        return showError(content.errorString());
    if (!content->session.isSeries())
        return;
    SessionOccurrenceDialog dialog(*m_workspace, *content, m_date, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void SessionsPage::deleteSession()
{
    if (!m_workspace || m_sessionId <= 0)
        return;
    auto content = SessionCommandContent::load(m_workspace->database(), m_sessionId);
    if (!content)
        return showError(content.errorString());
    const QString question = content->session.isSeries()
                                 ? tr("Delete the whole series \"%1\" with its attendance and pairs?")
                                 : tr("Delete the session \"%1\" with its attendance and pairs?");
    if (QMessageBox::question(this, tr("Delete Session"), question.arg(content->session.title)) != QMessageBox::Yes)
        return;
    if (Status s = m_workspace->perform(std::make_unique<RemoveSessionCommand>(*m_workspace, *content)); !s)
        return showError(s.errorString());
    reload();
}

FacilitatorWindow* SessionsPage::facilitate(bool fullScreen)
{
    if (!m_workspace || m_sessionId <= 0)
        return nullptr;
    if (m_facilitator)
        m_facilitator->close();
    auto* window = new FacilitatorWindow(*m_workspace, m_catalog, m_sessionId, m_date, *m_clock);
    if (!window->isLoaded()) {
        showError(window->loadError());
        delete window;
        return nullptr;
    }
    window->setAttribute(Qt::WA_DeleteOnClose);
    m_facilitator = window;
    if (fullScreen)
        window->showFullScreen();
    else
        window->show();
    window->setFocus();
    return window;
}

void SessionsPage::showError(const QString& message)
{
    QMessageBox::warning(this, tr("Sessions"), message);
}

} // namespace steward
