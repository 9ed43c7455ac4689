// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionOccurrenceDialog.h"

#include "workspace/EditSessionCommand.h"
#include "workspace/Workspace.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace steward {

SessionOccurrenceDialog::SessionOccurrenceDialog(Workspace& workspace,
                                                 SessionCommandContent content,
                                                 QDate date,
                                                 QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_content(std::move(content))
    , m_date(date)
{
    setObjectName(QStringLiteral("sessionOccurrenceDialog"));
    setWindowTitle(tr("Move or Cancel One Occurrence"));
    const Session& s = m_content.session;
    const auto occurrence = s.occurrenceOn(date);
    auto* heading = new QLabel(tr("\"%1\" of %2").arg(s.title, QLocale().toString(date, QLocale::LongFormat)), this);
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);
    m_move = new QRadioButton(tr("&Move it to:"), this);
    m_move->setObjectName(QStringLiteral("moveRadioButton"));
    m_cancel = new QRadioButton(tr("&Cancel it (the rest of the series stays)"), this);
    m_cancel->setObjectName(QStringLiteral("cancelRadioButton"));
    m_restore = new QRadioButton(tr("&Put it back where the series has it"), this);
    m_restore->setObjectName(QStringLiteral("restoreRadioButton"));
    const bool hasException = std::any_of(
        s.exceptions.cbegin(), s.exceptions.cend(), [date](const auto& e) { return e.originalDate == date; });
    m_restore->setEnabled(hasException);
    m_move->setChecked(true);
    m_to = new QDateTimeEdit(this);
    m_to->setObjectName(QStringLiteral("moveToDateTimeEdit"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QDateTime start = occurrence ? occurrence->start : s.localStart();
    m_to->setDateTime(QDateTime(start.date(), start.time()));
    m_minutes = new QSpinBox(this);
    m_minutes->setRange(1, 24 * 60);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setValue(occurrence ? int(occurrence->start.secsTo(occurrence->end) / 60) : s.minutes);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_errorLabel->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SessionOccurrenceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout;
    form->addRow(m_move, m_to);
    form->addRow(tr("Length:"), m_minutes);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_cancel);
    layout->addWidget(m_restore);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    connect(m_move, &QRadioButton::toggled, m_to, &QWidget::setEnabled);
    connect(m_move, &QRadioButton::toggled, m_minutes, &QWidget::setEnabled);
}

Result<SessionCommandContent> SessionOccurrenceDialog::changed() const
{
    using R = Result<SessionCommandContent>;
    SessionCommandContent content = m_content;
    auto series = content.session.recurrence();
    if (!series)
        return R::failure(series.errorString());
    Recurrence next = series->withoutException(m_date);
    if (!m_restore->isChecked()) {
        const int minutes = m_minutes->value() == content.session.minutes ? 0 : m_minutes->value();
        const RecurrenceException exception =
            m_cancel->isChecked() ? RecurrenceException::cancel(m_date)
                                  : RecurrenceException::move(m_date, m_to->date(), m_to->time(), minutes);
        auto withException = next.withException(exception);
        if (!withException)
            return R::failure(withException.errorString());
        next = *withException;
    }
    content.session.exceptions = next.exceptions();
    return content;
}

void SessionOccurrenceDialog::accept()
{
    auto content = changed();
    Status status = content ? Status() : Status::failure(content.errorString());
    if (status && !(*content == m_content)) {
        const QString text = m_cancel->isChecked() ? tr("Cancel %1 on %2") : tr("Move %1 on %2");
        status = m_workspace.perform(std::make_unique<EditSessionCommand>(
            m_workspace,
            m_content,
            *content,
            text.arg(m_content.session.title, QLocale().toString(m_date, QLocale::ShortFormat))));
    }
    if (!status) {
        m_errorLabel->setText(status.errorString());
        m_errorLabel->show();
        return;
    }
    QDialog::accept();
}

} // namespace steward
