// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/SessionAttendance.h"
#include "model/SessionPairing.h"
#include "sessions/SessionCatalog.h"
#include "workspace/SessionCommandContent.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QHBoxLayout;
class QTimer;
class QToolButton;

namespace steward {

class FacilitatorTimer;
class FacilitatorTimerClock;
class Workspace;

/**
 * Facilitator mode, for a projector: the current phase and its prompt, a large countdown (amber in the last
 * minute, red and negative when over time), what comes next and the pairs of the current round; a quick-capture
 * box for notes and learnings and an attendance strip. Keys: Space start/pause, Right next phase, Left previous,
 * + / - one minute, Up / Down the pairing round (a plan with one middle phase per round follows the phase), Esc
 * leaves a text box (or closes). Closing writes notes,
 * learnings and attendance back as one undoable edit.
 */
class FacilitatorWindow : public QWidget
{
    Q_OBJECT

public:
    FacilitatorWindow(Workspace& workspace,
                      SessionCatalog catalog,
                      qint64 sessionId,
                      QDate date,
                      const FacilitatorTimerClock& clock,
                      QWidget* parent = nullptr);
    ~FacilitatorWindow() override;

    /** False when the session could not be read (the message is in loadError()). */
    bool isLoaded() const { return m_loaded; }
    QString loadError() const { return m_loadError; }
    const FacilitatorTimer& timer() const { return *m_timer; }
    QString countdownText() const;
    QString pairsText() const;
    int currentRound() const { return m_round; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    QPlainTextEdit* learningsEdit() const { return m_learnings; }
    std::optional<AttendanceStatus> attendanceOf(qint64 personId) const;

    /** Writes notes, learnings and attendance back (once; closing calls it). */
    Status writeBack();

public slots:
    /** Redraws phase, countdown and warnings from the timer (a QTimer calls it several times a second). */
    void refresh();
    /** The attendance strip's click: nobody -> attended -> excused -> absent -> nobody. */
    void cycleAttendance(qint64 personId);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void load(qint64 sessionId, QDate date);
    QWidget* createStage();
    QWidget* createSidePanel();
    QWidget* createAttendanceStrip();
    void updateAttendanceButton(qint64 personId);
    void showRound(int round);
    /** Shows the round that belongs to the current phase, when the plan has one middle phase per round. */
    void followPhaseWithRound();
    static QString appended(const QString& text, const QString& addition);

    Workspace& m_workspace;
    SessionCatalog m_catalog;
    const FacilitatorTimerClock& m_clock;
    std::unique_ptr<FacilitatorTimer> m_timer;
    bool m_loaded = false;
    bool m_written = false;
    QString m_loadError;
    SessionCommandContent m_content;
    QDate m_date;
    QList<SessionAttendance> m_storedAttendance;
    QHash<qint64, AttendanceStatus> m_attendance;
    QList<qint64> m_people;
    SessionPairing m_pairing;
    int m_round = 0;

    QLabel* m_title = nullptr;
    QLabel* m_phase = nullptr;
    QLabel* m_prompt = nullptr;
    QLabel* m_countdown = nullptr;
    QLabel* m_warning = nullptr;
    QLabel* m_next = nullptr;
    QLabel* m_pairs = nullptr;
    QLabel* m_help = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QPlainTextEdit* m_learnings = nullptr;
    QHash<qint64, QToolButton*> m_attendanceButtons;
    QTimer* m_ticker = nullptr;
};

} // namespace steward
