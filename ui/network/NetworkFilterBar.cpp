// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkFilterBar.h"

#include "storage/Interaction.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>

namespace steward {

NetworkFilterBar::NetworkFilterBar(QWidget* parent)
    : QWidget(parent)
{
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("fromDateEdit"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("toDateEdit"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_quiet)
                emit reloadNeeded();
        });
    }
    row->addWidget(new QLabel(tr("From"), this));
    row->addWidget(m_from);
    row->addWidget(new QLabel(tr("to"), this));
    row->addWidget(m_to);
    m_kinds = choiceButton(tr("Kinds"), Interaction::kinds(), QStringLiteral("kindsToolButton"));
    m_platforms = choiceButton(tr("Platforms"), Interaction::platforms(), QStringLiteral("platformsToolButton"));
    m_channels = choiceButton(tr("Channels"), {}, QStringLiteral("channelsToolButton"));
    row->addWidget(m_kinds);
    row->addWidget(m_platforms);
    row->addWidget(m_channels);
    m_minimumWeight = new QDoubleSpinBox(this);
    m_minimumWeight->setObjectName(QStringLiteral("minimumWeightSpinBox"));
    m_minimumWeight->setRange(0, 1000);
    m_minimumWeight->setDecimals(1);
    m_minimumWeight->setPrefix(tr("Tie weight ≥ "));
    m_minimumWeight->setToolTip(tr("Leave out ties lighter than this (the summed weight of two people's "
                                   "interactions in the window)."));
    connect(m_minimumWeight, &QDoubleSpinBox::valueChanged, this, &NetworkFilterBar::reloadNeeded);
    row->addWidget(m_minimumWeight);
    m_hideIsolates = new QCheckBox(tr("Hide isolates"), this);
    m_hideIsolates->setObjectName(QStringLiteral("hideIsolatesCheckBox"));
    connect(m_hideIsolates, &QCheckBox::toggled, this, &NetworkFilterBar::viewChanged);
    row->addWidget(m_hideIsolates);
    m_coreness = new QSpinBox(this);
    m_coreness->setObjectName(QStringLiteral("corenessSpinBox"));
    m_coreness->setRange(0, 100);
    m_coreness->setPrefix(tr("k-core ≥ "));
    m_coreness->setToolTip(tr("Show only people in the k-core of at least this k: each of them has at least k "
                              "ties to others shown."));
    connect(m_coreness, &QSpinBox::valueChanged, this, &NetworkFilterBar::viewChanged);
    row->addWidget(m_coreness);
    row->addStretch(1);

    auto* months = new QHBoxLayout;
    months->setContentsMargins(0, 0, 0, 0);
    m_play = new QToolButton(this);
    m_play->setObjectName(QStringLiteral("playToolButton"));
    m_play->setCheckable(true);
    m_play->setText(tr("Play"));
    m_play->setToolTip(tr("Step through the months, one a second"));
    m_month = new QSlider(Qt::Horizontal, this);
    m_month->setObjectName(QStringLiteral("monthSlider"));
    m_month->setPageStep(1);
    m_monthLabel = new QLabel(this);
    m_monthLabel->setMinimumWidth(120);
    m_playTimer = new QTimer(this);
    m_playTimer->setInterval(1000);
    connect(m_playTimer, &QTimer::timeout, this, &NetworkFilterBar::stepMonth);
    connect(m_play, &QToolButton::toggled, this, [this](bool on) {
        m_play->setText(on ? tr("Pause") : tr("Play"));
        on ? m_playTimer->start() : m_playTimer->stop();
    });
    connect(m_month, &QSlider::valueChanged, this, &NetworkFilterBar::monthPicked);
    months->addWidget(new QLabel(tr("Month"), this));
    months->addWidget(m_play);
    months->addWidget(m_month, 1);
    months->addWidget(m_monthLabel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addLayout(months);
}

QToolButton* NetworkFilterBar::choiceButton(const QString& text, const QStringList& keys, const QString& objectName)
{
    auto* button = new QToolButton(this);
    button->setObjectName(objectName);
    button->setText(text);
    button->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(button);
    for (const QString& key : keys) {
        QAction* action = menu->addAction(key);
        action->setCheckable(true);
        action->setChecked(true);
        action->setData(key);
        connect(action, &QAction::toggled, this, &NetworkFilterBar::reloadNeeded);
    }
    button->setMenu(menu);
    return button;
}

QStringList NetworkFilterBar::checked(const QToolButton* button)
{
    QStringList keys;
    bool all = true;
    for (const QAction* action : button->menu()->actions()) {
        if (action->isChecked())
            keys.append(action->data().toString());
        else
            all = false;
    }
    // Everything ticked is "no filter": also lets interactions of kinds added later show.
    if (all)
        return {};
    // Nothing ticked: a key that matches nothing, so the network is empty as the boxes say.
    return keys.isEmpty() ? QStringList{QStringLiteral("-")} : keys;
}

void NetworkFilterBar::fillChannels(const QStringList& channels)
{
    QMenu* menu = m_channels->menu();
    menu->clear();
    for (const QString& channel : channels) {
        QAction* action = menu->addAction(channel);
        action->setCheckable(true);
        action->setChecked(true);
        action->setData(channel);
        connect(action, &QAction::toggled, this, &NetworkFilterBar::reloadNeeded);
    }
    m_channels->setEnabled(!channels.isEmpty());
}

void NetworkFilterBar::setChoices(const QStringList& channels, QDate first, QDate last)
{
    m_quiet = true;
    fillChannels(channels);
    m_first = first.isValid() ? QDate(first.year(), first.month(), 1) : QDate();
    const QSignalBlocker block(m_month);
    if (first.isValid() && last.isValid()) {
        // The last quarter: a whole year of ties draws everyone tied to everyone.
        m_from->setDate(qMax(first, last.addDays(-89)));
        m_to->setDate(last);
        const int months = (last.year() - first.year()) * 12 + last.month() - first.month();
        m_month->setRange(0, months);
        m_month->setValue(months);
        m_month->setEnabled(true);
    } else {
        m_month->setRange(0, 0);
        m_month->setEnabled(false);
    }
    m_monthLabel->setText(tr("last 90 days"));
    m_quiet = false;
}

InteractionFilter NetworkFilterBar::filter(qint64 communityId) const
{
    InteractionFilter f;
    f.communityId = communityId;
    f.from = m_from->date();
    f.to = m_to->date();
    f.kinds = checked(m_kinds);
    f.platforms = checked(m_platforms);
    if (!m_channels->menu()->actions().isEmpty())
        f.channels = checked(m_channels);
    return f;
}

double NetworkFilterBar::minimumWeight() const
{
    return m_minimumWeight->value();
}

bool NetworkFilterBar::hideIsolates() const
{
    return m_hideIsolates->isChecked();
}

int NetworkFilterBar::minimumCoreness() const
{
    return m_coreness->value();
}

QDate NetworkFilterBar::from() const
{
    return m_from->date();
}

QDate NetworkFilterBar::to() const
{
    return m_to->date();
}

void NetworkFilterBar::setWindow(QDate from, QDate to)
{
    m_quiet = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_quiet = false;
    emit reloadNeeded();
}

void NetworkFilterBar::stepMonth()
{
    if (m_month->maximum() <= 0) {
        m_play->setChecked(false);
        return;
    }
    m_month->setValue(m_month->value() >= m_month->maximum() ? 0 : m_month->value() + 1);
}

void NetworkFilterBar::monthPicked(int index)
{
    if (!m_first.isValid())
        return;
    const QDate start = m_first.addMonths(index);
    m_monthLabel->setText(QLocale().toString(start, QStringLiteral("MMMM yyyy")));
    setWindow(start, start.addMonths(1).addDays(-1));
}

} // namespace steward
