// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionEditor.h"

#include "model/SessionPhasePlan.h"
#include "sessions/SessionCatalog.h"
#include "storage/SessionRepository.h"
#include "workspace/AddSessionCommand.h"
#include "workspace/EditSessionCommand.h"
#include "workspace/Workspace.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace steward {

namespace {

enum RepeatChoice
{
    NoRepeat,
    Weekly,
    EveryNWeeks,
    MonthlyNthWeekday,
};

// The zone a new session keeps: the system's when the zone database knows it by name, else UTC.
QTimeZone userZone()
{
    const QByteArray system = QTimeZone::systemTimeZoneId();
    if (!system.isEmpty() && QTimeZone::isTimeZoneIdAvailable(system))
        return QTimeZone(system);
    return QTimeZone(QByteArrayLiteral("UTC"));
}

} // namespace

SessionEditor::SessionEditor(Workspace& workspace,
                             const SessionCatalog& catalog,
                             std::optional<SessionCommandContent> existing,
                             QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_catalog(catalog)
    , m_existing(std::move(existing))
{
    setObjectName(QStringLiteral("sessionEditor"));
    setWindowTitle(m_existing ? tr("Edit Session") : tr("New Session"));
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("sessionEditorTabs"));
    tabs->addTab(createSessionTab(), tr("Session"));
    tabs->addTab(createRolesTab(), tr("Roles"));
    tabs->addTab(createRepeatTab(), tr("Repeat"));
    tabs->addTab(createPhasesTab(), tr("Phases"));
    tabs->addTab(createNotesTab(), tr("Agenda and Notes"));

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_errorLabel->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SessionEditor::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);

    if (m_existing) {
        load(*m_existing);
    } else {
        QDateTime start(workspace.clock().today().addDays(7), QTime(10, 0));
        m_start->setDateTime(start);
        m_minutes->setValue(SessionPhasePlan::usualMinutes(SessionFormat::CaseRound));
        resetPhases();
    }
    updateRepeatControls();
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 34);
}

QWidget* SessionEditor::createSessionTab()
{
    auto* tab = new QWidget(this);
    m_format = new QComboBox(tab);
    m_format->setObjectName(QStringLiteral("formatComboBox"));
    for (SessionFormat format : allSessionFormats())
        m_format->addItem(sessionFormatDisplayName(format), int(format));
    m_title = new QLineEdit(tab);
    m_title->setObjectName(QStringLiteral("titleLineEdit"));
    m_start = new QDateTimeEdit(tab);
    m_start->setObjectName(QStringLiteral("startDateTimeEdit"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_minutes = new QSpinBox(tab);
    m_minutes->setObjectName(QStringLiteral("minutesSpinBox"));
    m_minutes->setRange(1, 24 * 60);
    m_minutes->setSuffix(tr(" min"));
    m_place = new QLineEdit(tab);
    m_place->setObjectName(QStringLiteral("placeLineEdit"));
    m_link = new QLineEdit(tab);
    m_link->setObjectName(QStringLiteral("linkLineEdit"));
    m_link->setPlaceholderText(tr("https://…"));
    m_facilitator = new QComboBox(tab);
    m_facilitator->setObjectName(QStringLiteral("facilitatorComboBox"));
    m_facilitator->addItem(tr("(nobody yet)"), qint64(0));
    for (const Member& member : m_catalog.members())
        m_facilitator->addItem(member.personName, member.membership.personId);
    m_confidential = new QCheckBox(tr("Confidential: notes and learnings stay in the app"), tab);
    m_confidential->setObjectName(QStringLiteral("confidentialCheckBox"));

    auto* form = new QFormLayout(tab);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Start:"), m_start);
    form->addRow(tr("&Length:"), m_minutes);
    form->addRow(tr("&Place:"), m_place);
    form->addRow(tr("Lin&k:"), m_link);
    form->addRow(tr("F&acilitator:"), m_facilitator);
    form->addRow(QString(), m_confidential);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_existing)
            m_minutes->setValue(SessionPhasePlan::usualMinutes(SessionFormat(m_format->currentData().toInt())));
        resetPhases();
    });
    return tab;
}

QWidget* SessionEditor::createRolesTab()
{
    auto* tab = new QWidget(this);
    m_roles = new QTreeWidget(tab);
    m_roles->setObjectName(QStringLiteral("rolesTreeWidget"));
    QStringList labels{tr("Member")};
    for (SessionRole role : allSessionRoles())
        labels << sessionRoleDisplayName(role);
    m_roles->setHeaderLabels(labels);
    m_roles->setRootIsDecorated(false);
    m_roles->setAlternatingRowColors(true);
    m_roles->header()->setStretchLastSection(false);
    m_roles->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_roles->header()->setSectionResizeMode(0, QHeaderView::Stretch); // every role column stays in view
    for (const Member& member : m_catalog.members()) {
        auto* item = new QTreeWidgetItem(m_roles, {member.personName});
        item->setData(0, Qt::UserRole, member.membership.personId);
        for (int column = 1; column < labels.size(); ++column)
            item->setCheckState(column, Qt::Unchecked);
    }
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(new QLabel(tr("Presenters, note-takers, observers and co-leads of this session:"), tab));
    layout->addWidget(m_roles, 1);
    return tab;
}

QWidget* SessionEditor::createRepeatTab()
{
    auto* tab = new QWidget(this);
    m_repeat = new QComboBox(tab);
    m_repeat->setObjectName(QStringLiteral("repeatComboBox"));
    m_repeat->addItems({tr("Does not repeat"), tr("Weekly"), tr("Every N weeks"), tr("Monthly on the n-th weekday")});
    m_interval = new QSpinBox(tab);
    m_interval->setObjectName(QStringLiteral("intervalSpinBox"));
    m_interval->setRange(1, 52);
    m_weekOfMonth = new QComboBox(tab);
    m_weekOfMonth->setObjectName(QStringLiteral("weekOfMonthComboBox"));
    m_weekOfMonth->addItem(tr("as on the first date"), 0);
    const QStringList nth{tr("first"), tr("second"), tr("third"), tr("fourth"), tr("fifth")};
    for (int n = 1; n <= 5; ++n)
        m_weekOfMonth->addItem(nth.at(n - 1), n);
    m_weekOfMonth->addItem(tr("last"), -1);
    m_byCount = new QRadioButton(tr("After a number of sessions:"), tab);
    m_byCount->setObjectName(QStringLiteral("byCountRadioButton"));
    m_byUntil = new QRadioButton(tr("On or before this day:"), tab);
    m_byUntil->setObjectName(QStringLiteral("byUntilRadioButton"));
    m_byCount->setChecked(true);
    m_count = new QSpinBox(tab);
    m_count->setObjectName(QStringLiteral("countSpinBox"));
    m_count->setRange(1, 520);
    m_count->setValue(10);
    m_until = new QDateEdit(tab);
    m_until->setObjectName(QStringLiteral("untilDateEdit"));
    m_until->setCalendarPopup(true);
    m_until->setDate(m_workspace.clock().today().addMonths(6));
    auto* form = new QFormLayout(tab);
    form->addRow(tr("&Repeats:"), m_repeat);
    form->addRow(tr("&Every:"), m_interval);
    form->addRow(tr("&Weekday of the month:"), m_weekOfMonth);
    form->addRow(m_byCount, m_count);
    form->addRow(m_byUntil, m_until);
    form->addRow(new QLabel(tr("Single occurrences are moved or cancelled from the Sessions page."), tab));
    connect(m_repeat, &QComboBox::currentIndexChanged, this, &SessionEditor::updateRepeatControls);
    connect(m_byCount, &QRadioButton::toggled, this, &SessionEditor::updateRepeatControls);
    return tab;
}

QWidget* SessionEditor::createPhasesTab()
{
    auto* tab = new QWidget(this);
    m_phases = new QTableWidget(0, 3, tab);
    m_phases->setObjectName(QStringLiteral("phasesTableWidget"));
    m_phases->setHorizontalHeaderLabels({tr("Phase"), tr("Minutes"), tr("Prompt")});
    m_phases->horizontalHeader()->setStretchLastSection(true);
    m_phases->verticalHeader()->hide();
    m_phases->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto* add = new QPushButton(tr("&Add Phase"), tab);
    add->setObjectName(QStringLiteral("addPhaseButton"));
    auto* remove = new QPushButton(tr("Re&move"), tab);
    auto* up = new QPushButton(tr("&Up"), tab);
    auto* down = new QPushButton(tr("&Down"), tab);
    auto* reset = new QPushButton(tr("&Format's Plan"), tab);
    reset->setToolTip(tr("Replace the phases by the format's plan, fitted to the session's length"));
    connect(add, &QPushButton::clicked, this, [this] {
        loadPhases(phases() + QList<SessionPhase>{{tr("New phase"), 5, QString()}});
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_phases->currentRow() >= 0)
            m_phases->removeRow(m_phases->currentRow());
    });
    connect(up, &QPushButton::clicked, this, [this] { movePhase(-1); });
    connect(down, &QPushButton::clicked, this, [this] { movePhase(1); });
    connect(reset, &QPushButton::clicked, this, &SessionEditor::resetPhases);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {add, remove, up, down})
        buttons->addWidget(button);
    buttons->addStretch(1);
    buttons->addWidget(reset);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(m_phases, 1);
    layout->addLayout(buttons);
    return tab;
}

QWidget* SessionEditor::createNotesTab()
{
    auto* tab = new QWidget(this);
    m_agenda = new QPlainTextEdit(tab);
    m_agenda->setObjectName(QStringLiteral("agendaTextEdit"));
    m_notes = new QPlainTextEdit(tab);
    m_notes->setObjectName(QStringLiteral("notesTextEdit"));
    m_learnings = new QPlainTextEdit(tab);
    m_learnings->setObjectName(QStringLiteral("learningsTextEdit"));
    auto* form = new QFormLayout(tab);
    form->addRow(tr("A&genda:"), m_agenda);
    form->addRow(tr("&Notes:"), m_notes);
    form->addRow(tr("Lea&rnings:"), m_learnings);
    return tab;
}

void SessionEditor::load(const SessionCommandContent& content)
{
    const Session& s = content.session;
    m_format->setCurrentIndex(m_format->findData(int(s.format)));
    m_title->setText(s.title);
    const QDateTime local = s.localStart();
    m_start->setDateTime(QDateTime(local.date(), local.time()));
    m_minutes->setValue(s.minutes);
    m_place->setText(s.place);
    m_link->setText(s.link);
    int facilitator = m_facilitator->findData(s.facilitatorId);
    if (facilitator < 0 && s.facilitatorId > 0) {
        m_facilitator->addItem(m_catalog.name(s.facilitatorId), s.facilitatorId);
        facilitator = m_facilitator->count() - 1;
    }
    m_facilitator->setCurrentIndex(std::max(facilitator, 0));
    m_confidential->setChecked(s.confidential);
    m_agenda->setPlainText(s.agenda);
    m_notes->setPlainText(s.notes);
    m_learnings->setPlainText(s.learnings);
    loadRepeat(s);
    loadRoles(content.roles);
    loadPhases(content.phases);
}

void SessionEditor::loadRepeat(const Session& session)
{
    if (!session.repeat) {
        m_repeat->setCurrentIndex(NoRepeat);
        return;
    }
    const RecurrenceRule& rule = *session.repeat;
    if (rule.frequency == RecurrenceFrequency::MonthlyByWeekday)
        m_repeat->setCurrentIndex(MonthlyNthWeekday);
    else
        m_repeat->setCurrentIndex(rule.interval > 1 ? EveryNWeeks : Weekly);
    m_interval->setValue(rule.interval);
    m_weekOfMonth->setCurrentIndex(std::max(0, m_weekOfMonth->findData(rule.weekOfMonth)));
    if (rule.count) {
        m_byCount->setChecked(true);
        m_count->setValue(*rule.count);
    } else {
        m_byUntil->setChecked(true);
        m_until->setDate(rule.until);
    }
}

void SessionEditor::loadRoles(const QList<SessionRoleAssignment>& roles)
{
    const QList<SessionRole> all = allSessionRoles();
    for (const SessionRoleAssignment& role : roles) {
        QTreeWidgetItem* row = nullptr;
        for (int i = 0; i < m_roles->topLevelItemCount() && !row; ++i) {
            if (m_roles->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == role.personId)
                row = m_roles->topLevelItem(i);
        }
        if (!row) { // someone who has left the community keeps their role
            row = new QTreeWidgetItem(m_roles, {m_catalog.name(role.personId)});
            row->setData(0, Qt::UserRole, role.personId);
            for (int column = 1; column <= all.size(); ++column)
                row->setCheckState(column, Qt::Unchecked);
        }
        row->setCheckState(int(all.indexOf(role.role)) + 1, Qt::Checked);
    }
}

void SessionEditor::loadPhases(const QList<SessionPhase>& phases)
{
    m_phases->setRowCount(0);
    for (const SessionPhase& phase : phases) {
        const int row = m_phases->rowCount();
        m_phases->insertRow(row);
        m_phases->setItem(row, 0, new QTableWidgetItem(phase.name));
        auto* minutes = new QTableWidgetItem;
        minutes->setData(Qt::EditRole, phase.minutes);
        m_phases->setItem(row, 1, minutes);
        m_phases->setItem(row, 2, new QTableWidgetItem(phase.prompt));
    }
    m_phases->resizeColumnToContents(0);
    m_phases->resizeColumnToContents(1);
}

void SessionEditor::resetPhases()
{
    const auto format = SessionFormat(m_format->currentData().toInt());
    loadPhases(SessionPhasePlan::fitted(SessionPhasePlan::defaultFor(format), m_minutes->value()));
}

void SessionEditor::movePhase(int by)
{
    const int row = m_phases->currentRow();
    QList<SessionPhase> list = phases();
    if (row < 0 || row + by < 0 || row + by >= list.size())
        return;
    list.swapItemsAt(row, row + by);
    loadPhases(list);
    m_phases->selectRow(row + by);
}

void SessionEditor::updateRepeatControls()
{
    const int choice = m_repeat->currentIndex();
    const bool repeats = choice != NoRepeat;
    m_interval->setEnabled(choice == EveryNWeeks || choice == MonthlyNthWeekday);
    m_interval->setSuffix(choice == MonthlyNthWeekday ? tr(" month(s)") : tr(" week(s)"));
    if (choice == Weekly)
        m_interval->setValue(1);
    else if (choice == EveryNWeeks && m_interval->value() < 2)
        m_interval->setValue(2);
    m_weekOfMonth->setEnabled(choice == MonthlyNthWeekday);
    m_byCount->setEnabled(repeats);
    m_byUntil->setEnabled(repeats);
    m_count->setEnabled(repeats && m_byCount->isChecked());
    m_until->setEnabled(repeats && m_byUntil->isChecked());
}

std::optional<RecurrenceRule> SessionEditor::repeatRule() const
{
    const int choice = m_repeat->currentIndex();
    if (choice == NoRepeat)
        return std::nullopt;
    RecurrenceRule rule = choice == MonthlyNthWeekday
                              ? RecurrenceRule::monthly(m_weekOfMonth->currentData().toInt(), m_interval->value())
                              : RecurrenceRule::weekly(choice == Weekly ? 1 : m_interval->value());
    if (m_byCount->isChecked())
        rule.setCount(m_count->value());
    else
        rule.setUntil(m_until->date());
    return rule;
}

QList<SessionRoleAssignment> SessionEditor::roles() const
{
    QList<SessionRoleAssignment> result;
    const QList<SessionRole> all = allSessionRoles();
    for (int i = 0; i < m_roles->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* row = m_roles->topLevelItem(i);
        for (int r = 0; r < all.size(); ++r) {
            if (row->checkState(r + 1) == Qt::Checked)
                result.append({row->data(0, Qt::UserRole).toLongLong(), all.at(r)});
        }
    }
    return result;
}

QList<SessionPhase> SessionEditor::phases() const
{
    QList<SessionPhase> result;
    for (int row = 0; row < m_phases->rowCount(); ++row) {
        auto text = [this, row](int column) {
            const QTableWidgetItem* item = m_phases->item(row, column);
            return item ? item->data(Qt::EditRole) : QVariant();
        };
        result.append({text(0).toString().trimmed(), text(1).toInt(), text(2).toString().trimmed()});
    }
    return result;
}

SessionCommandContent SessionEditor::content() const
{
    SessionCommandContent content = m_existing.value_or(SessionCommandContent{});
    Session& s = content.session;
    if (!m_existing) {
        s.communityId = m_catalog.communityId();
        s.timeZone = QString::fromUtf8(userZone().id());
    }
    s.format = SessionFormat(m_format->currentData().toInt());
    s.title = m_title->text();
    s.start = Recurrence::wallClock(m_start->date(), m_start->time(), s.zone());
    s.minutes = m_minutes->value();
    s.place = m_place->text();
    s.link = m_link->text();
    s.facilitatorId = m_facilitator->currentData().toLongLong();
    s.confidential = m_confidential->isChecked();
    s.agenda = m_agenda->toPlainText();
    s.notes = m_notes->toPlainText();
    s.learnings = m_learnings->toPlainText();
    s.repeat = repeatRule();
    if (!s.repeat)
        s.exceptions.clear(); // a one-off has no occurrences to move
    content.roles = roles();
    content.phases = phases();
    return content;
}

void SessionEditor::accept()
{
    const SessionCommandContent entered = content();
    for (const SessionPhase& phase : entered.phases) {
        if (phase.name.isEmpty() || phase.minutes < 1)
            return showError(tr("Every phase needs a name and at least one minute."));
    }
    auto valid = SessionRepository::validated(entered.session);
    if (!valid)
        return showError(valid.errorString());
    if (!m_existing) {
        auto command = std::make_unique<AddSessionCommand>(m_workspace, entered);
        AddSessionCommand* raw = command.get();
        if (Status s = m_workspace.perform(std::move(command)); !s)
            return showError(s.errorString());
        m_savedId = raw->sessionId();
    } else if (!(entered == *m_existing)) {
        const QString text = tr("Edit session %1").arg(entered.session.title);
        if (Status s =
                m_workspace.perform(std::make_unique<EditSessionCommand>(m_workspace, *m_existing, entered, text));
            !s)
            return showError(s.errorString());
        m_savedId = entered.session.id;
    } else {
        m_savedId = entered.session.id;
    }
    QDialog::accept();
}

void SessionEditor::showError(const QString& message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

} // namespace steward
