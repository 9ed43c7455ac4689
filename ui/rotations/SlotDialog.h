// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/RotationSeat.h"
#include "storage/Topic.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace steward {

/** What a micro-teach slot holds besides its presenter: the topic, the link to what was taught, the status. */
struct SlotContent
{
    qint64 presenter = 0;
    QString topic;
    QString artefact;
    RotationSeat::Status status = RotationSeat::Status::Planned;
};

/**
 * Edits one micro-teach slot: its presenter (any eligible person; pinned there), its topic (picked from
 * the community's open backlog or typed), a link to the slides, recording or notes, and whether it was
 * done, swapped or skipped.
 */
class SlotDialog : public QDialog
{
    Q_OBJECT

public:
    SlotDialog(const QList<std::pair<qint64, QString>>& presenters,
               QDate meeting,
               const SlotContent& content,
               const QList<Topic>& backlog,
               QWidget* parent = nullptr);
    SlotContent content() const;

    QComboBox* presenterBox() const { return m_presenter; }
    QComboBox* topicBox() const { return m_topic; }
    QLineEdit* artefactEdit() const { return m_artefact; }
    QComboBox* statusBox() const { return m_status; }

private:
    QComboBox* m_presenter = nullptr;
    QComboBox* m_topic = nullptr;
    QLineEdit* m_artefact = nullptr;
    QComboBox* m_status = nullptr;
};

} // namespace steward
