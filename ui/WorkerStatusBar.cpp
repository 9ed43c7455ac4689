// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkerStatusBar.h"

#include "WorkerProgress.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

namespace steward {

WorkerStatusBar::WorkerStatusBar(const QString& namePrefix, QWidget* parent)
    : QWidget(parent)
{
    m_message = new QLabel(this);
    m_message->setObjectName(namePrefix + QStringLiteral("StatusLabel"));
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(namePrefix + QStringLiteral("ProgressBar"));
    m_bar->setMaximumWidth(240);
    m_bar->hide();
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelPushButton"));
    m_cancel->hide();
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_message, 1);
    row->addWidget(m_bar);
    row->addWidget(m_cancel);

    m_pollTimer = new QTimer(this);
    m_pollTimer->setInterval(100);
    connect(m_pollTimer, &QTimer::timeout, this, &WorkerStatusBar::poll);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_progress)
            m_progress->cancel();
    });
}

void WorkerStatusBar::track(std::shared_ptr<WorkerProgress> progress, const QString& message)
{
    m_progress = std::move(progress);
    m_message->setText(message);
    m_bar->setRange(0, 0);
    m_bar->show();
    m_cancel->show();
    m_pollTimer->start();
}

void WorkerStatusBar::setMessage(const QString& message)
{
    m_message->setText(message);
}

void WorkerStatusBar::finish(const QString& message)
{
    m_pollTimer->stop();
    m_progress.reset();
    m_bar->hide();
    m_cancel->hide();
    m_message->setText(message);
}

bool WorkerStatusBar::isRunning() const
{
    return m_pollTimer->isActive();
}

void WorkerStatusBar::poll()
{
    if (!m_progress)
        return;
    const qint64 total = m_progress->total();
    m_bar->setRange(0, int(qMax<qint64>(total, 0)));
    if (total > 0)
        m_bar->setValue(int(m_progress->done()));
    if (const QString stage = m_progress->stage(); !stage.isEmpty())
        m_message->setText(stage + QStringLiteral("…"));
}

} // namespace steward
