// SPDX-License-Identifier: GPL-3.0-or-later
#include "FacilitatorWindow.h"

#include "schedule/FacilitatorTimer.h"
#include "storage/SessionAttendanceRepository.h"
#include "storage/SessionPairingRepository.h"
#include "workspace/FinishFacilitatedSessionCommand.h"
#include "workspace/Workspace.h"

#include <QCloseEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace steward {

namespace {

constexpr int kRefreshMs = 200;

QLabel* makeLabel(QWidget* parent, const char* name, bool wrap = true)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(wrap);
    return label;
}

} // namespace

FacilitatorWindow::FacilitatorWindow(Workspace& workspace,
                                     SessionCatalog catalog,
                                     qint64 sessionId,
                                     QDate date,
                                     const FacilitatorTimerClock& clock,
                                     QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_workspace(workspace)
    , m_catalog(std::move(catalog))
    , m_clock(clock)
    , m_date(date)
{
    setObjectName(QStringLiteral("facilitatorWindow"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);
    setStyleSheet(QStringLiteral("#facilitatorWindow { background: #14202b; } "
                                 "#facilitatorWindow QLabel { color: #e8eef3; } "
                                 "QPlainTextEdit { background: #1f2f3d; color: #e8eef3; border: 1px solid #3b5366; }"));
    load(sessionId, date);
    m_timer = std::make_unique<FacilitatorTimer>(m_clock, m_content.phases);

    auto* layout = new QGridLayout(this);
    layout->addWidget(createStage(), 0, 0);
    layout->addWidget(createSidePanel(), 0, 1);
    layout->addWidget(createAttendanceStrip(), 1, 0, 1, 2);
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(1, 1);
    layout->setRowStretch(0, 1);
    setWindowTitle(tr("Facilitating %1").arg(m_content.session.title));

    m_ticker = new QTimer(this);
    m_ticker->setInterval(kRefreshMs);
    connect(m_ticker, &QTimer::timeout, this, &FacilitatorWindow::refresh);
    m_ticker->start();
    showRound(0);
    refresh();
}

FacilitatorWindow::~FacilitatorWindow() = default;

void FacilitatorWindow::load(qint64 sessionId, QDate date)
{
    auto content = SessionCommandContent::load(m_workspace.database(), sessionId);
    if (!content) {
        m_loadError = content.errorString();
        return;
    }
    m_content = *content;
    auto attendance = SessionAttendanceRepository(m_workspace.database()).forOccurrence(sessionId, date);
    auto pairing = SessionPairingRepository(m_workspace.database()).find(sessionId, date);
    if (!attendance || !pairing) {
        m_loadError = !attendance ? attendance.errorString() : pairing.errorString();
        return;
    }
    m_storedAttendance = *attendance;
    for (const SessionAttendance& record : std::as_const(m_storedAttendance))
        m_attendance.insert(record.personId, record.status);
    m_pairing = *pairing;
    for (const Member& member : m_catalog.members())
        m_people << member.membership.personId;
    for (const SessionAttendance& record : std::as_const(m_storedAttendance)) {
        if (!m_people.contains(record.personId))
            m_people << record.personId;
    }
    m_loaded = true;
}

QWidget* FacilitatorWindow::createStage()
{
    auto* stage = new QWidget(this);
    m_title = makeLabel(stage, "facilitatorTitleLabel");
    m_title->setText(m_content.session.title + QStringLiteral("  ·  ")
                     + QLocale().toString(m_date, QLocale::LongFormat));
    m_phase = makeLabel(stage, "phaseLabel");
    m_prompt = makeLabel(stage, "promptLabel");
    m_countdown = makeLabel(stage, "countdownLabel", false);
    m_countdown->setAlignment(Qt::AlignCenter);
    m_warning = makeLabel(stage, "warningLabel");
    m_warning->setAlignment(Qt::AlignCenter);
    m_next = makeLabel(stage, "nextLabel");
    m_pairs = makeLabel(stage, "pairsLabel");
    m_help = makeLabel(stage, "helpLabel");
    m_help->setText(tr("Space start/pause · → next phase · ← previous · + / − one minute · ↑ / ↓ pairing round · "
                       "Esc leaves a text box, then closes and saves"));
    m_help->setStyleSheet(QStringLiteral("color: #8fa5b5;"));
    auto* layout = new QVBoxLayout(stage);
    layout->addWidget(m_title);
    layout->addWidget(m_phase);
    layout->addWidget(m_prompt);
    layout->addStretch(1);
    layout->addWidget(m_countdown);
    layout->addWidget(m_warning);
    layout->addStretch(1);
    layout->addWidget(m_next);
    layout->addWidget(m_pairs);
    layout->addWidget(m_help);
    return stage;
}

QWidget* FacilitatorWindow::createSidePanel()
{
    auto* panel = new QWidget(this);
    m_notes = new QPlainTextEdit(panel);
    m_notes->setObjectName(QStringLiteral("captureNotesEdit"));
    m_notes->setPlaceholderText(tr("Notes, as they come…"));
    m_learnings = new QPlainTextEdit(panel);
    m_learnings->setObjectName(QStringLiteral("captureLearningsEdit"));
    m_learnings->setPlaceholderText(tr("Learnings worth keeping…"));
    for (QPlainTextEdit* edit : {m_notes, m_learnings}) {
        edit->installEventFilter(this);
        edit->setTabChangesFocus(true);
    }
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* notesHeading = makeLabel(panel, "notesHeading");
    notesHeading->setText(tr("Notes"));
    layout->addWidget(notesHeading);
    layout->addWidget(m_notes, 1);
    auto* learningsHeading = makeLabel(panel, "learningsHeading");
    learningsHeading->setText(tr("Learnings"));
    layout->addWidget(learningsHeading);
    layout->addWidget(m_learnings, 1);
    return panel;
}

QWidget* FacilitatorWindow::createAttendanceStrip()
{
    auto* strip = new QWidget;
    auto* row = new QHBoxLayout(strip);
    row->setContentsMargins(0, 0, 0, 0);
    for (qint64 person : std::as_const(m_people)) {
        auto* button = new QToolButton(strip);
        button->setObjectName(QStringLiteral("attendance_%1").arg(person));
        button->setFocusPolicy(Qt::NoFocus);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        connect(button, &QToolButton::clicked, this, [this, person] { cycleAttendance(person); });
        m_attendanceButtons.insert(person, button);
        row->addWidget(button);
        updateAttendanceButton(person);
    }
    row->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("attendanceStrip"));
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(strip);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFixedHeight(strip->sizeHint().height() + scroll->horizontalScrollBar()->sizeHint().height() + 4);
    scroll->setStyleSheet(QStringLiteral("QScrollArea, QScrollArea > QWidget > QWidget { background: #14202b; } "
                                         "QScrollBar:horizontal { background: #14202b; height: 8px; } "
                                         "QScrollBar::handle:horizontal { background: #3b5366; border-radius: 4px; } "
                                         "QScrollBar::add-line, QScrollBar::sub-line { width: 0; }"));
    return scroll;
}

void FacilitatorWindow::updateAttendanceButton(qint64 personId)
{
    QToolButton* button = m_attendanceButtons.value(personId);
    if (!button)
        return;
    const auto status = attendanceOf(personId);
    static const QHash<int, QString> colours{{int(AttendanceStatus::Attended), QStringLiteral("#2e7d4f")},
                                             {int(AttendanceStatus::Excused), QStringLiteral("#8a6d1f")},
                                             {int(AttendanceStatus::Absent), QStringLiteral("#7a2e2e")}};
    button->setText(m_catalog.name(personId) + QLatin1Char('\n')
                    + (status ? attendanceStatusDisplayName(*status) : tr("not ticked")));
    button->setStyleSheet(QStringLiteral("QToolButton { color: #e8eef3; background: %1; border: 1px solid #3b5366; "
                                         "padding: 4px 8px; border-radius: 4px; }")
                              .arg(status ? colours.value(int(*status)) : QStringLiteral("#1f2f3d")));
}

std::optional<AttendanceStatus> FacilitatorWindow::attendanceOf(qint64 personId) const
{
    const auto it = m_attendance.constFind(personId);
    return it == m_attendance.constEnd() ? std::nullopt : std::optional<AttendanceStatus>(*it);
}

void FacilitatorWindow::cycleAttendance(qint64 personId)
{
    const auto status = attendanceOf(personId);
    if (!status)
        m_attendance.insert(personId, AttendanceStatus::Attended);
    else if (*status == AttendanceStatus::Attended)
        m_attendance.insert(personId, AttendanceStatus::Excused);
    else if (*status == AttendanceStatus::Excused)
        m_attendance.insert(personId, AttendanceStatus::Absent);
    else
        m_attendance.remove(personId);
    updateAttendanceButton(personId);
}

QString FacilitatorWindow::countdownText() const
{
    return FacilitatorTimer::formatRemaining(m_timer->remainingMs());
}

void FacilitatorWindow::refresh()
{
    if (m_timer->phaseCount() == 0) {
        m_phase->setText(tr("This session has no phases: add them in the session editor."));
        m_countdown->setText(QString());
        return;
    }
    const SessionPhase phase = m_timer->currentPhase();
    m_phase->setText(
        tr("Phase %1 of %2: %3").arg(m_timer->currentIndex() + 1).arg(m_timer->phaseCount()).arg(phase.name));
    m_prompt->setText(phase.prompt);
    m_countdown->setText(countdownText());
    const auto warning = m_timer->warning();
    const char* colour = warning == FacilitatorTimer::Warning::Overrun      ? "#ff6b6b"
                         : warning == FacilitatorTimer::Warning::LastMinute ? "#ffc857"
                                                                            : "#e8eef3";
    m_countdown->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(colour)));
    m_warning->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(colour)));
    QString warningText = warning == FacilitatorTimer::Warning::Overrun      ? tr("Over time")
                          : warning == FacilitatorTimer::Warning::LastMinute ? tr("Last minute")
                                                                             : QString();
    if (!m_timer->isRunning())
        warningText = warningText.isEmpty() ? tr("Paused: Space starts") : warningText + tr(" · paused");
    m_warning->setText(warningText);
    if (m_timer->hasNext()) {
        const SessionPhase next = m_timer->phases().at(m_timer->currentIndex() + 1);
        m_next->setText(tr("Next: %1 (%n min)", nullptr, next.minutes).arg(next.name));
    } else {
        m_next->setText(tr("Last phase"));
    }
}

QString FacilitatorWindow::pairsText() const
{
    return m_pairs->text();
}

void FacilitatorWindow::showRound(int round)
{
    const auto rounds = m_pairing.rounds();
    if (rounds.isEmpty()) {
        m_pairs->setText(tr("No pairs for this meeting (plan them on the Pairings tab)."));
        return;
    }
    m_round = std::clamp(round, 0, int(rounds.size()) - 1);
    QStringList groups;
    for (const QList<qint64>& group : rounds.at(m_round)) {
        QStringList names;
        for (qint64 id : group)
            names << m_catalog.name(id);
        groups << names.join(QStringLiteral(" & "));
    }
    m_pairs->setText(tr("Round %1 of %2: ").arg(m_round + 1).arg(rounds.size())
                     + groups.join(QStringLiteral("   ·   ")));
}

void FacilitatorWindow::followPhaseWithRound()
{
    // A plan like think -> pair, round 1..N -> share has one middle phase per stored round: show that round.
    const int rounds = int(m_pairing.rounds().size());
    const int index = m_timer->currentIndex();
    if (rounds > 0 && m_timer->phaseCount() == rounds + 2 && index >= 1 && index <= rounds)
        showRound(index - 1);
}

void FacilitatorWindow::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Space:
        m_timer->toggle();
        break;
    case Qt::Key_Right:
        m_timer->next();
        followPhaseWithRound();
        break;
    case Qt::Key_Left:
        m_timer->previous();
        followPhaseWithRound();
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: // "+" without Shift on many layouts
        m_timer->addMinutes(1);
        break;
    case Qt::Key_Minus:
        m_timer->addMinutes(-1);
        break;
    case Qt::Key_Up:
        showRound(m_round - 1);
        break;
    case Qt::Key_Down:
        showRound(m_round + 1);
        break;
    case Qt::Key_Escape:
        close();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    refresh();
}

bool FacilitatorWindow::eventFilter(QObject* watched, QEvent* event)
{
    // Esc in a capture box gives the keys back to the timer.
    if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape) {
        setFocus();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void FacilitatorWindow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    const int h = std::max(height(), 300);
    auto sized = [](QLabel* label, int pixels, bool bold) {
        QFont font = label->font();
        font.setPixelSize(std::max(pixels, 10));
        font.setBold(bold);
        label->setFont(font);
    };
    sized(m_title, h / 36, false);
    sized(m_phase, h / 20, true);
    sized(m_prompt, h / 28, false);
    sized(m_countdown, h / 5, true);
    sized(m_warning, h / 24, true);
    sized(m_next, h / 32, false);
    sized(m_pairs, h / 34, false);
    sized(m_help, h / 60, false);
}

QString FacilitatorWindow::appended(const QString& text, const QString& addition)
{
    const QString extra = addition.trimmed();
    if (extra.isEmpty())
        return text;
    return text.trimmed().isEmpty() ? extra : text.trimmed() + QStringLiteral("\n\n") + extra;
}

Status FacilitatorWindow::writeBack()
{
    if (m_written || !m_loaded)
        return {};
    m_written = true;
    SessionCommandContent after = m_content;
    after.session.notes = appended(m_content.session.notes, m_notes->toPlainText());
    after.session.learnings = appended(m_content.session.learnings, m_learnings->toPlainText());
    QList<SessionAttendance> attendance;
    for (qint64 person : std::as_const(m_people)) {
        if (const auto status = attendanceOf(person))
            attendance.append({m_content.session.id, m_date, person, *status});
    }
    auto sorted = [](QList<SessionAttendance> list) {
        std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.personId < b.personId; });
        return list;
    };
    if (after == m_content && sorted(attendance) == sorted(m_storedAttendance))
        return {};
    return m_workspace.perform(std::make_unique<FinishFacilitatedSessionCommand>(
        m_workspace, m_content, after, m_storedAttendance, attendance));
}

void FacilitatorWindow::closeEvent(QCloseEvent* event)
{
    m_ticker->stop();
    if (Status s = writeBack(); !s)
        m_workspace.reportError(s.errorString());
    event->accept();
}

} // namespace steward
