// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RotationDocument.h"
#include "SlotDialog.h"
#include "schedule/RotationSeat.h"
#include "schedule/RotationSeatRef.h"
#include "storage/RotationRecord.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimeEdit;

namespace steward {

class RotationTableModel;
class Workspace;

/**
 * The editor of one stored rotation (a group's hot seats, a community's micro-teach slots or on-call
 * shifts): the meetings × seats table, generate / regenerate the future (held turns and pins stay),
 * drag a seat onto another to swap, mark a seat done, skipped or moved, print, export a one-page PDF
 * or an iCalendar file. Every change is an undoable command on the workspace.
 */
class RotationEditor : public QWidget
{
    Q_OBJECT

public:
    RotationEditor(RotationKind kind, QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    /** The group (hot seats) or community the rotation belongs to; 0 shows nothing. */
    void setOwner(qint64 ownerId, const QString& ownerName, bool confidential = false);
    /** Extra notes for print and PDF (the group's goals); confidential lines only when the user ticks the box. */
    void setSectionsProvider(std::function<QList<RotationDocument::Section>()> provider);

    RotationTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QTimeEdit* startTimeEdit() const { return m_startTime; }
    QSpinBox* lengthBox() const { return m_length; }
    QLineEdit* skipEdit() const { return m_skip; }
    /** Whether the user ticked "Include confidential notes" for the next print or export. */
    bool includeConfidential() const;
    void setIncludeConfidential(bool include);

public slots:
    void reload();
    /** Plans the future with the settings in the form; the past and the pins stay. */
    bool regenerate();
    bool swapSeats(steward::RotationSeatRef from, steward::RotationSeatRef to);
    bool markSelected(steward::RotationSeat::Status status);
    /** Opens the selected micro-teach slot: topic (from the backlog or typed), link, status. */
    void editSelectedSlot();
    /** Stores a slot's topic, link and status (undoable); a backlog topic of that title is marked taken. */
    bool setSlotContent(steward::RotationSeatRef ref, const steward::SlotContent& content);
    /**
     * Stores when the meetings (on-call: handovers) start and how long a meeting lasts (undoable); an
     * invalid time or 0 minutes: those of the community's recurring meeting, else a default.
     */
    bool setMeetingTime(QTime start, int minutes);
    /** Writes the one-page PDF; the page's button asks for the path first. */
    Status exportPdf(const QString& path) const;
    Status exportIcs(const QString& path) const;
    void print();

signals:
    void planChanged();

private:
    QWidget* createGenerateRow();
    QWidget* createActionRow();
    QWidget* createTimeFields(QWidget* row);
    QTime formStartTime() const;
    /** Where `personId` sits in the meeting of `ref` after being seated there; topics and links follow. */
    static RotationSeatRef movedSeat(RotationRecord& record, RotationSeatRef ref, qint64 personId);
    /** The holidays typed in the form, or a message naming the first one that is not a date. */
    Result<QList<QDate>> formSkipDays() const;
    Result<std::pair<std::optional<Topic>, std::optional<Topic>>> backlogChange(const SlotContent& content) const;
    void fillSettings();
    void updateActions();
    RotationDocument document() const;
    bool perform(const Result<RotationRecord>& next, const QString& text);
    void showError(const QString& message);

    RotationKind m_kind;
    QPointer<Workspace> m_workspace;
    qint64 m_ownerId = 0;
    QString m_ownerName;
    bool m_confidential = false;
    std::function<QList<RotationDocument::Section>()> m_sections;
    std::optional<RotationRecord> m_stored;
    RotationTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QDateEdit* m_from = nullptr;
    QSpinBox* m_meetings = nullptr;
    QSpinBox* m_every = nullptr;
    QSpinBox* m_perMeeting = nullptr;
    QSpinBox* m_responseTarget = nullptr;
    QTimeEdit* m_startTime = nullptr;
    QSpinBox* m_length = nullptr;
    QLineEdit* m_skip = nullptr;
    QPushButton* m_editSlot = nullptr;
    QPushButton* m_generate = nullptr;
    QList<QPushButton*> m_statusButtons;
    QPushButton* m_print = nullptr;
    QPushButton* m_pdf = nullptr;
    QPushButton* m_ics = nullptr;
    QCheckBox* m_includeConfidential = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace steward
