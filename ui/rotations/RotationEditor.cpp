// SPDX-License-Identifier: GPL-3.0-or-later
#include "RotationEditor.h"

#include "RotationTableModel.h"
#include "TableCsvExport.h"
#include "schedule/IcsWriter.h"
#include "storage/PersonRepository.h"
#include "storage/RotationCalendar.h"
#include "storage/RotationWorkbench.h"
#include "storage/TopicRepository.h"
#include "workspace/SaveRotationCommand.h"
#include "workspace/SaveRotationSlotCommand.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QTableView>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace steward {

RotationEditor::RotationEditor(RotationKind kind, QWidget* parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_model(new RotationTableModel(this))
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("rotationTable"));
    m_table->setModel(m_model);
    TableCsvExport::install(m_table, tr("schedule"));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setDragDropMode(QAbstractItemView::DragDrop);
    m_table->setDefaultDropAction(Qt::CopyAction);
    m_table->setDragDropOverwriteMode(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setToolTip(tr("Drag a person onto another to swap their turns."));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("rotationSummary"));
    m_summary->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createGenerateRow());
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(createActionRow());
    // Queued: the swap reloads the model, which must not happen inside the view's drop handling.
    connect(m_model, &RotationTableModel::swapRequested, this, &RotationEditor::swapSeats, Qt::QueuedConnection);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &RotationEditor::updateActions);
    updateActions();
}

QWidget* RotationEditor::createGenerateRow()
{
    auto* row = new QWidget(this);
    m_from = new QDateEdit(row);
    m_from->setObjectName(QStringLiteral("rotationFrom"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_meetings = new QSpinBox(row);
    m_meetings->setObjectName(QStringLiteral("rotationMeetings"));
    m_meetings->setRange(1, 500);
    m_every = new QSpinBox(row);
    m_every->setObjectName(QStringLiteral("rotationEvery"));
    m_every->setRange(1, m_kind == RotationKind::OnCall ? 60 : 12);
    m_perMeeting = new QSpinBox(row);
    m_perMeeting->setObjectName(QStringLiteral("rotationPerMeeting"));
    m_perMeeting->setRange(1, 20);
    m_generate = new QPushButton(tr("&Regenerate"), row);
    m_generate->setObjectName(QStringLiteral("regenerateButton"));
    m_generate->setToolTip(tr("Plans the meetings from the first day on. Held turns and seats pinned by hand stay."));
    const bool onCall = m_kind == RotationKind::OnCall;
    QList<std::pair<QString, QWidget*>> fields = {{tr("From"), m_from},
                                                  {onCall ? tr("Shifts") : tr("Meetings"), m_meetings},
                                                  {onCall ? tr("Days per shift") : tr("Every (weeks)"), m_every},
                                                  {onCall ? tr("People per shift") : tr("Per meeting"), m_perMeeting}};
    if (onCall) {
        m_responseTarget = new QSpinBox(row);
        m_responseTarget->setObjectName(QStringLiteral("responseTarget"));
        m_responseTarget->setRange(0, 10080);
        m_responseTarget->setSuffix(tr(" min"));
        m_responseTarget->setSpecialValueText(tr("no target"));
        m_responseTarget->setToolTip(tr("How fast the expert on call should answer in the channel."));
        fields.append({tr("Response target"), m_responseTarget});
    }
    fields.append({onCall ? tr("Handover at") : tr("Starts at"), createTimeFields(row)});
    if (m_length)
        fields.append({tr("Length"), m_length});
    if (!onCall) {
        m_skip = new QLineEdit(row);
        m_skip->setObjectName(QStringLiteral("rotationSkip"));
        m_skip->setPlaceholderText(tr("YYYY-MM-DD, …"));
        m_skip->setToolTip(tr("Holidays: days of the pattern without a meeting, comma-separated. They do not count "
                              "towards the number of meetings."));
        fields.append({tr("Skip"), m_skip});
    }
    // Three fields a line, so the editor fits a small window.
    auto* layout = new QGridLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < fields.size(); ++i) {
        layout->addWidget(new QLabel(fields.at(i).first, row), i / 3, (i % 3) * 2, Qt::AlignRight);
        layout->addWidget(fields.at(i).second, i / 3, (i % 3) * 2 + 1);
    }
    layout->setColumnStretch(6, 1);
    layout->addWidget(m_generate, 0, 7);
    connect(m_generate, &QPushButton::clicked, this, &RotationEditor::regenerate);
    return row;
}

QWidget* RotationEditor::createTimeFields(QWidget* row)
{
    m_startTime = new QTimeEdit(row);
    m_startTime->setObjectName(QStringLiteral("rotationStartTime"));
    m_startTime->setDisplayFormat(QStringLiteral("HH:mm"));
    // Midnight stands for "not set": no meeting of a rotation starts then.
    m_startTime->setMinimumTime(QTime(0, 0));
    m_startTime->setSpecialValueText(tr("auto"));
    m_startTime->setToolTip(tr("When the meetings start, for calendar exports. Auto: the time of the community's "
                               "recurring meeting that day, else 09:00."));
    connect(m_startTime, &QTimeEdit::editingFinished, this, [this] {
        if (m_stored)
            setMeetingTime(formStartTime(), m_length ? m_length->value() : 0);
    });
    if (m_kind != RotationKind::OnCall) {
        m_length = new QSpinBox(row);
        m_length->setObjectName(QStringLiteral("rotationLength"));
        m_length->setRange(0, 24 * 60);
        m_length->setSuffix(tr(" min"));
        m_length->setSpecialValueText(tr("auto"));
        m_length->setToolTip(tr("How long a meeting lasts, for calendar exports. Auto: the length of the "
                                "community's recurring meeting that day, else a default."));
        connect(m_length, &QSpinBox::editingFinished, this, [this] {
            if (m_stored)
                setMeetingTime(formStartTime(), m_length->value());
        });
    }
    return m_startTime;
}

Result<QList<QDate>> RotationEditor::formSkipDays() const
{
    QList<QDate> days;
    const QString text = m_skip ? m_skip->text() : QString();
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QDate day = QDate::fromString(part.trimmed(), Qt::ISODate);
        if (!day.isValid())
            return Result<QList<QDate>>::failure(
                tr("Skip: '%1' is not a date in the form YYYY-MM-DD.").arg(part.trimmed()));
        days.append(day);
    }
    return days;
}

QTime RotationEditor::formStartTime() const
{
    return m_startTime->time() == QTime(0, 0) ? QTime() : m_startTime->time();
}

QWidget* RotationEditor::createActionRow()
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    // One button with a menu keeps the row narrow enough for a small window.
    auto* mark = new QPushButton(tr("&Mark Turn"), row);
    mark->setObjectName(QStringLiteral("markButton"));
    auto* menu = new QMenu(mark);
    const QList<std::pair<QString, RotationSeat::Status>> marks = {{tr("Done"), RotationSeat::Status::Done},
                                                                   {tr("Skipped"), RotationSeat::Status::Skipped},
                                                                   {tr("Swapped"), RotationSeat::Status::Swapped},
                                                                   {tr("Moved"), RotationSeat::Status::Moved},
                                                                   {tr("Planned"), RotationSeat::Status::Planned}};
    for (const auto& [text, status] : marks) {
        QAction* action = menu->addAction(text, this, [this, status = status] { markSelected(status); });
        action->setObjectName(QStringLiteral("mark_") + RotationSeat::statusKey(status));
    }
    mark->setMenu(menu);
    m_statusButtons.append(mark);
    layout->addWidget(mark);
    if (m_kind == RotationKind::MicroTeach) {
        m_editSlot = new QPushButton(tr("&Edit Slot…"), row);
        m_editSlot->setObjectName(QStringLiteral("editSlotButton"));
        m_editSlot->setToolTip(
            tr("The slot's topic (from the backlog or typed), link to the slides or notes, and status."));
        connect(m_editSlot, &QPushButton::clicked, this, &RotationEditor::editSelectedSlot);
        connect(m_table, &QTableView::doubleClicked, this, &RotationEditor::editSelectedSlot);
        m_statusButtons.append(m_editSlot);
        layout->addWidget(m_editSlot);
    }
    layout->addStretch(1);
    m_includeConfidential = new QCheckBox(tr("Include confidential notes"), row);
    m_includeConfidential->setObjectName(QStringLiteral("includeConfidential"));
    m_includeConfidential->setToolTip(
        tr("For the next print or export only; confidential notes stay in the app otherwise."));
    m_includeConfidential->setVisible(m_kind == RotationKind::HotSeat);
    m_print = new QPushButton(tr("Print…"), row);
    m_pdf = new QPushButton(tr("Export PDF…"), row);
    m_pdf->setObjectName(QStringLiteral("exportPdfButton"));
    m_ics = new QPushButton(tr("Export iCalendar…"), row);
    m_ics->setObjectName(QStringLiteral("exportIcsButton"));
    for (QWidget* w : {static_cast<QWidget*>(m_includeConfidential),
                       static_cast<QWidget*>(m_print),
                       static_cast<QWidget*>(m_pdf),
                       static_cast<QWidget*>(m_ics)})
        layout->addWidget(w);
    connect(m_print, &QPushButton::clicked, this, &RotationEditor::print);
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export PDF"), m_ownerName + QStringLiteral(".pdf"), tr("PDF files (*.pdf)"));
        if (Status s = path.isEmpty() ? Status() : exportPdf(path); !s)
            showError(s.errorString());
        setIncludeConfidential(false);
    });
    connect(m_ics, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export iCalendar"), m_ownerName + QStringLiteral(".ics"), tr("iCalendar files (*.ics)"));
        if (Status s = path.isEmpty() ? Status() : exportIcs(path); !s)
            showError(s.errorString());
    });
    return row;
}

void RotationEditor::setWorkspace(Workspace* workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    m_ownerId = 0;
    m_stored.reset();
    if (workspace)
        connect(workspace, &Workspace::rotationsChanged, this, &RotationEditor::reload);
    reload();
}

void RotationEditor::setOwner(qint64 ownerId, const QString& ownerName, bool confidential)
{
    m_ownerId = ownerId;
    m_ownerName = ownerName;
    m_confidential = confidential;
    reload();
    fillSettings();
}

void RotationEditor::setSectionsProvider(std::function<QList<RotationDocument::Section>()> provider)
{
    m_sections = std::move(provider);
}

bool RotationEditor::includeConfidential() const
{
    return m_includeConfidential->isChecked();
}

void RotationEditor::setIncludeConfidential(bool include)
{
    m_includeConfidential->setChecked(include);
}

void RotationEditor::reload()
{
    m_stored.reset();
    RotationPlan plan;
    if (m_workspace && m_ownerId > 0) {
        RotationWorkbench workbench(m_workspace->database());
        auto stored = workbench.stored(m_kind, m_ownerId);
        if (stored && stored->has_value()) {
            auto shown = workbench.plan(**stored);
            if (shown) {
                m_stored = **stored;
                plan = *shown;
            } else {
                showError(shown.errorString());
            }
        } else if (!stored) {
            showError(stored.errorString());
        }
    }
    const QDate today = m_workspace ? m_workspace->clock().today() : QDate::currentDate();
    RotationRecord unsaved;
    unsaved.kind = m_kind;
    m_model->setPlan(m_stored.value_or(unsaved), plan, today);
    m_table->resizeColumnsToContents();
    if (const int upcoming = m_model->firstUpcomingRow(); upcoming >= 0 && !m_table->currentIndex().isValid())
        m_table->scrollTo(m_model->index(upcoming, 0), QAbstractItemView::PositionAtTop);
    QString summary;
    if (!m_stored) {
        summary = m_ownerId > 0 ? tr("No rotation yet: choose the first day and the number of meetings, then generate.")
                                : QString();
    } else {
        summary = tr("%n meeting(s).", nullptr, int(plan.meetings.size()));
        if (!plan.violations.isEmpty())
            summary += QLatin1Char(' ')
                       + tr("%n rule(s) could not be kept, first: %1", nullptr, int(plan.violations.size()))
                             .arg(plan.violations.constFirst().reason);
    }
    m_summary->setText(summary);
    m_generate->setText(m_stored ? tr("&Regenerate") : tr("&Generate"));
    // The time is the stored rotation's, so an undo shows the time it brings back.
    if (m_stored) {
        m_startTime->setTime(m_stored->startTime.isValid() ? m_stored->startTime : QTime(0, 0));
        if (m_length)
            m_length->setValue(m_stored->minutes);
    }
    updateActions();
}

void RotationEditor::fillSettings()
{
    const QDate today = m_workspace ? m_workspace->clock().today() : QDate::currentDate();
    RotationSettings settings;
    settings.from = today;
    if (m_stored)
        settings = RotationWorkbench::continuing(*m_stored, today);
    m_from->setDate(settings.from);
    m_meetings->setValue(settings.meetings);
    m_every->setValue(m_kind == RotationKind::OnCall ? settings.daysPerShift : settings.everyWeeks);
    m_perMeeting->setValue(settings.seatsPerMeeting);
    if (m_responseTarget)
        m_responseTarget->setValue(settings.responseTargetMinutes);
    if (m_skip) {
        QStringList days;
        for (QDate day : std::as_const(settings.skip))
            days << day.toString(Qt::ISODate);
        m_skip->setText(days.join(QStringLiteral(", ")));
    }
    if (!m_stored) {
        m_startTime->setTime(QTime(0, 0));
        if (m_length)
            m_length->setValue(0);
    }
}

void RotationEditor::updateActions()
{
    const bool owner = m_workspace && m_ownerId > 0;
    m_generate->setEnabled(owner);
    const bool seat = m_stored && m_model->seatRef(m_table->currentIndex()).seat >= 0;
    for (QPushButton* button : std::as_const(m_statusButtons))
        button->setEnabled(seat);
    for (QWidget* w : {static_cast<QWidget*>(m_print), static_cast<QWidget*>(m_pdf), static_cast<QWidget*>(m_ics)})
        w->setEnabled(m_stored.has_value());
}

bool RotationEditor::perform(const Result<RotationRecord>& next, const QString& text)
{
    if (!next) {
        showError(next.errorString());
        return false;
    }
    Status s = m_workspace->perform(std::make_unique<SaveRotationCommand>(*m_workspace, m_stored, *next, text));
    if (!s) {
        showError(s.errorString());
        return false;
    }
    emit planChanged();
    return true;
}

bool RotationEditor::regenerate()
{
    if (!m_workspace || m_ownerId <= 0)
        return false;
    RotationSettings settings;
    settings.from = m_from->date();
    settings.meetings = m_meetings->value();
    settings.everyWeeks = m_every->value();
    settings.daysPerShift = m_every->value();
    settings.seatsPerMeeting = m_perMeeting->value();
    settings.responseTargetMinutes = m_responseTarget ? m_responseTarget->value() : 0;
    const auto skip = formSkipDays();
    if (!skip) {
        showError(skip.errorString());
        return false;
    }
    settings.skip = *skip;
    QStringList notes;
    auto next = RotationWorkbench(m_workspace->database())
                    .regenerated(m_kind, m_ownerId, settings, m_workspace->clock().now(), &notes);
    if (next) {
        next->startTime = formStartTime();
        next->minutes = m_length ? m_length->value() : 0;
    }
    const bool done =
        perform(next, m_stored ? tr("Regenerate %1").arg(m_ownerName) : tr("Generate %1").arg(m_ownerName));
    if (done && !notes.isEmpty())
        m_summary->setText(m_summary->text() + QLatin1Char(' ') + notes.join(QLatin1Char(' ')));
    return done;
}

bool RotationEditor::swapSeats(RotationSeatRef from, RotationSeatRef to)
{
    if (!m_workspace || !m_stored)
        return false;
    return perform(RotationWorkbench(m_workspace->database()).swapped(*m_stored, from, to), tr("Swap turns"));
}

bool RotationEditor::markSelected(RotationSeat::Status status)
{
    const RotationSeatRef ref = m_model->seatRef(m_table->currentIndex());
    if (!m_workspace || !m_stored || ref.seat < 0)
        return false;
    const QModelIndex current = m_table->currentIndex();
    const bool done = perform(RotationWorkbench(m_workspace->database()).withStatus(*m_stored, ref, status),
                              tr("Mark turn %1").arg(RotationSeat::statusKey(status)));
    m_table->setCurrentIndex(m_model->index(current.row(), current.column()));
    return done;
}

void RotationEditor::editSelectedSlot()
{
    const RotationSeatRef ref = m_model->seatRef(m_table->currentIndex());
    if (!m_workspace || !m_stored || ref.seat < 0 || m_kind != RotationKind::MicroTeach)
        return;
    const RotationSeat& seat = m_model->plan().meetings.at(ref.meeting).seats.at(ref.seat);
    auto backlog = TopicRepository(m_workspace->database()).forCommunity(m_ownerId);
    if (!backlog) {
        showError(backlog.errorString());
        return;
    }
    const int slot = int(ref.seat + 1);
    const SlotContent current{
        seat.personId, m_stored->topic(seat.date, slot), m_stored->artefact(seat.date, slot), seat.status};
    QList<std::pair<qint64, QString>> presenters;
    if (seat.isEmpty())
        presenters.append({0, tr("(nobody)")});
    for (const RotationPerson& person : m_model->plan().request.people)
        presenters.append({person.id, m_model->plan().displayName(person.id)});
    SlotDialog dialog(presenters, seat.date, current, *backlog, this);
    if (dialog.exec() == QDialog::Accepted)
        setSlotContent(ref, dialog.content());
}

Result<std::pair<std::optional<Topic>, std::optional<Topic>>>
RotationEditor::backlogChange(const SlotContent& content) const
{
    using Change = std::pair<std::optional<Topic>, std::optional<Topic>>;
    auto backlog = TopicRepository(m_workspace->database()).forCommunity(m_ownerId);
    if (!backlog)
        return Result<Change>::failure(backlog.errorString());
    for (const Topic& topic : std::as_const(*backlog)) {
        if (content.topic.isEmpty() || topic.title.compare(content.topic, Qt::CaseInsensitive) != 0)
            continue;
        Topic taken = topic;
        // A topic given a slot is taken; one taught is done. A dropped topic picked again is taken again.
        if (content.status == RotationSeat::Status::Done)
            taken.status = Topic::Status::Done;
        else if (topic.status != Topic::Status::Done)
            taken.status = Topic::Status::Planned;
        if (taken.artefact.isEmpty())
            taken.artefact = content.artefact;
        return taken == topic ? Change{} : Change{topic, taken};
    }
    return Change{};
}

RotationSeatRef RotationEditor::movedSeat(RotationRecord& record, RotationSeatRef ref, qint64 personId)
{
    // A pinned seat goes before the generated ones of its meeting: the slot's topic and link go with it.
    const RotationMeeting& meeting = record.meetings.at(ref.meeting);
    RotationSeatRef moved = ref;
    for (qsizetype i = 0; i < meeting.seats.size(); ++i) {
        if (meeting.seats.at(i).personId == personId)
            moved.seat = i;
    }
    if (moved.seat != ref.seat) {
        const RotationRecord::SeatKey from{meeting.date, int(ref.seat + 1)};
        const RotationRecord::SeatKey to{meeting.date, int(moved.seat + 1)};
        for (QMap<RotationRecord::SeatKey, QString>* map : {&record.topics, &record.artefacts}) {
            const QString a = map->take(from);
            const QString b = map->take(to);
            if (!a.isEmpty())
                map->insert(to, a);
            if (!b.isEmpty())
                map->insert(from, b);
        }
    }
    return moved;
}

bool RotationEditor::setSlotContent(RotationSeatRef ref, const SlotContent& content)
{
    if (!m_workspace || !m_stored || ref.meeting < 0 || ref.meeting >= m_model->plan().meetings.size())
        return false;
    const RotationMeeting& meeting = m_model->plan().meetings.at(ref.meeting);
    if (ref.seat < 0 || ref.seat >= meeting.seats.size())
        return false;
    const RotationWorkbench workbench(m_workspace->database());
    Result<RotationRecord> next(*m_stored);
    RotationSeatRef target = ref;
    // The presenter first: a new person in the seat then gets the status the dialog gives.
    if (content.presenter > 0 && meeting.seats.at(ref.seat).personId != content.presenter) {
        next = workbench.withPerson(*m_stored, ref, content.presenter);
        if (next)
            target = movedSeat(*next, ref, content.presenter);
    }
    if (next && next->meetings.at(target.meeting).seats.at(target.seat).status != content.status)
        next = workbench.withStatus(*next, target, content.status);
    auto topics = backlogChange(content);
    if (!next || !topics) {
        showError(next ? topics.errorString() : next.errorString());
        return false;
    }
    const RotationRecord::SeatKey key{meeting.date, int(target.seat + 1)};
    for (auto [map, text] : {std::pair{&next->topics, content.topic}, std::pair{&next->artefacts, content.artefact}}) {
        if (text.isEmpty())
            map->remove(key);
        else
            map->insert(key, text);
    }
    if (*next == *m_stored)
        return true; // nothing to undo
    const QModelIndex current = m_table->currentIndex();
    const Status s = m_workspace->perform(
        std::make_unique<SaveRotationSlotCommand>(*m_workspace,
                                                  *m_stored,
                                                  *next,
                                                  topics->first,
                                                  topics->second,
                                                  tr("Edit slot on %1").arg(meeting.date.toString(Qt::ISODate))));
    if (!s) {
        showError(s.errorString());
        return false;
    }
    m_table->setCurrentIndex(m_model->index(current.row(), current.column()));
    emit planChanged();
    return true;
}

bool RotationEditor::setMeetingTime(QTime start, int minutes)
{
    if (!m_workspace || !m_stored)
        return false;
    RotationRecord next = *m_stored;
    next.startTime = start;
    next.minutes = m_kind == RotationKind::OnCall ? 0 : minutes;
    if (next == *m_stored)
        return true;
    const QString text = start.isValid()
                             ? tr("Meetings of %1 at %2").arg(m_ownerName, start.toString(QStringLiteral("HH:mm")))
                             : tr("Meetings of %1 at the meeting's time").arg(m_ownerName);
    return perform(next, text);
}

RotationDocument RotationEditor::document() const
{
    QString title;
    switch (m_kind) {
    case RotationKind::HotSeat:
        title = tr("Hot seats: %1").arg(m_ownerName);
        break;
    case RotationKind::MicroTeach:
        title = tr("Micro-teach: %1").arg(m_ownerName);
        break;
    case RotationKind::OnCall:
        title = tr("On call: %1").arg(m_ownerName);
        break;
    }
    QString subtitle;
    if (m_kind == RotationKind::OnCall && m_stored && m_stored->responseTargetMinutes > 0)
        subtitle = tr("Response-time target: %n minute(s)", nullptr, m_stored->responseTargetMinutes);
    RotationDocument document(title, subtitle, m_model->record(), m_model->plan());
    if (m_sections) {
        for (const RotationDocument::Section& section : m_sections())
            document.addSection(section);
    }
    document.setIncludeConfidential(includeConfidential());
    return document;
}

Status RotationEditor::exportPdf(const QString& path) const
{
    if (!m_stored)
        return Status::failure(tr("There is no rotation to export."));
    return document().exportPdf(path);
}

Status RotationEditor::exportIcs(const QString& path) const
{
    if (!m_stored || !m_workspace)
        return Status::failure(tr("There is no rotation to export."));
    auto people = m_workspace->people().all();
    if (!people)
        return Status::failure(people.errorString());
    QHash<qint64, IcsPerson> byId;
    for (const Person& person : std::as_const(*people))
        byId.insert(person.id, {person.name, person.email});
    const QTimeZone zone = QTimeZone::systemTimeZone();
    auto attached = RotationCalendar::attachedTimes(m_workspace->database(), *m_stored);
    if (!attached)
        return Status::failure(attached.errorString());
    const QList<IcsEvent> events =
        RotationCalendar::events(*m_stored, m_model->plan(), m_ownerName, m_confidential, byId, zone, *attached);
    IcsWriter writer(m_workspace->clock());
    writer.setTimeZone(QTimeZone::systemTimeZone());
    writer.setCalendarName(m_ownerName);
    auto bytes = writer.write(events);
    if (!bytes)
        return Status::failure(bytes.errorString());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

void RotationEditor::print()
{
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted && !document().render(printer))
        showError(tr("Could not print."));
    setIncludeConfidential(false);
}

void RotationEditor::showError(const QString& message)
{
    if (m_workspace)
        m_workspace->reportError(message);
}

} // namespace steward
