// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorkspacePage.h"
#include "sessions/SessionCatalog.h"

#include <QDate>
#include <QPointer>

#include <memory>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;

namespace steward {

class AttendanceHistoryView;
class FacilitatorTimerClock;
class FacilitatorWindow;
class SessionAgendaView;
class SessionAttendanceView;
class SessionMonthView;
class SessionPairingView;
class SessionRolesView;

/**
 * The sessions of the toolbar's community: an agenda (series expanded, upcoming then past) or a month grid; the
 * chosen occurrence's details, attendance and pairings, and the community's attendance history. Sessions are
 * added and edited in the session editor, single occurrences moved or cancelled, and run in facilitator mode.
 */
class SessionsPage : public WorkspacePage
{
    Q_OBJECT

public:
    explicit SessionsPage(QWidget* parent = nullptr);
    ~SessionsPage() override;

    void setWorkspace(Workspace* workspace) override;
    void setCurrentCommunity(qint64 communityId) override;

    const SessionCatalog& catalog() const { return m_catalog; }
    SessionAgendaView* agendaView() const { return m_agenda; }
    SessionMonthView* monthView() const { return m_month; }
    bool isShowingMonth() const;
    qint64 selectedSessionId() const { return m_sessionId; }
    QDate selectedDate() const { return m_date; }
    /** The time source facilitator mode uses (tests inject a fake); the page's steady clock by default. */
    void setFacilitatorClock(const FacilitatorTimerClock* clock);
    FacilitatorWindow* facilitatorWindow() const;

public slots:
    void showAgenda();
    void showMonth();
    void selectOccurrence(qint64 sessionId, QDate date);
    void newSession();
    void editSession();
    void moveOrCancelOccurrence();
    void deleteSession();
    /** Opens facilitator mode for the selected occurrence (full screen unless `fullScreen` is false). */
    FacilitatorWindow* facilitate(bool fullScreen = true);

private slots:
    void reload();
    void scheduleReload();
    void showDay(QDate date);
    void updateDetails();

private:
    QWidget* createToolRow();
    QWidget* createViews();
    QWidget* createDetailTabs();
    void showError(const QString& message);
    /** "Facilitator (rotating): …" lines for the selected occurrence, from its stored role seats. */
    QStringList rotatingRoleFacts() const;

    QPointer<Workspace> m_workspace;
    qint64 m_communityId = 0;
    SessionCatalog m_catalog;
    qint64 m_sessionId = 0;
    QDate m_date;
    bool m_reloadPending = false;
    std::unique_ptr<FacilitatorTimerClock> m_steadyClock;
    const FacilitatorTimerClock* m_clock = nullptr;
    QPointer<FacilitatorWindow> m_facilitator;

    QLabel* m_heading = nullptr;
    QPushButton* m_agendaButton = nullptr;
    QPushButton* m_monthButton = nullptr;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_editButton = nullptr;
    QPushButton* m_occurrenceButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    QPushButton* m_facilitateButton = nullptr;
    QStackedWidget* m_views = nullptr;
    SessionAgendaView* m_agenda = nullptr;
    SessionMonthView* m_month = nullptr;
    QListWidget* m_dayList = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTextBrowser* m_details = nullptr;
    SessionAttendanceView* m_attendance = nullptr;
    SessionPairingView* m_pairings = nullptr;
    SessionRolesView* m_roles = nullptr;
    AttendanceHistoryView* m_history = nullptr;
};

} // namespace steward
