// SPDX-License-Identifier: GPL-3.0-or-later
#include "SlotDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

namespace steward {

SlotDialog::SlotDialog(const QList<std::pair<qint64, QString>>& presenters,
                       QDate meeting,
                       const SlotContent& content,
                       const QList<Topic>& backlog,
                       QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Micro-teach Slot, %1").arg(meeting.toString(Qt::ISODate)));
    m_presenter = new QComboBox(this);
    m_presenter->setObjectName(QStringLiteral("slotPresenter"));
    for (const auto& [id, name] : presenters)
        m_presenter->addItem(name, id);
    m_presenter->setCurrentIndex(m_presenter->findData(content.presenter));
    m_topic = new QComboBox(this);
    m_topic->setObjectName(QStringLiteral("slotTopic"));
    m_topic->setEditable(true);
    m_topic->setInsertPolicy(QComboBox::NoInsert);
    m_topic->addItem(QString());
    // Open backlog topics to pick from; a typed topic need not be in the backlog.
    for (const Topic& topic : backlog) {
        if (topic.status == Topic::Status::Backlog || topic.title.compare(content.topic, Qt::CaseInsensitive) == 0)
            m_topic->addItem(topic.title, topic.id);
    }
    m_topic->setCurrentText(content.topic);
    m_artefact = new QLineEdit(content.artefact, this);
    m_artefact->setObjectName(QStringLiteral("slotArtefact"));
    m_artefact->setPlaceholderText(tr("Link to the slides, recording or notes"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("slotStatus"));
    const QList<std::pair<QString, RotationSeat::Status>> statuses = {{tr("Planned"), RotationSeat::Status::Planned},
                                                                      {tr("Done"), RotationSeat::Status::Done},
                                                                      {tr("Swapped"), RotationSeat::Status::Swapped},
                                                                      {tr("Skipped"), RotationSeat::Status::Skipped},
                                                                      {tr("Moved"), RotationSeat::Status::Moved}};
    for (const auto& [text, status] : statuses)
        m_status->addItem(text, int(status));
    m_status->setCurrentIndex(m_status->findData(int(content.status)));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Presenter"), m_presenter);
    form->addRow(tr("Topic"), m_topic);
    form->addRow(tr("Link"), m_artefact);
    form->addRow(tr("Status"), m_status);
    form->addRow(buttons);
    m_topic->setMinimumWidth(320);
}

SlotContent SlotDialog::content() const
{
    return {m_presenter->currentData().toLongLong(),
            m_topic->currentText().trimmed(),
            m_artefact->text().trimmed(),
            RotationSeat::Status(m_status->currentData().toInt())};
}

} // namespace steward
