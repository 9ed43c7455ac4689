// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/InteractionFilter.h"

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QMenu;
class QSlider;
class QSpinBox;
class QTimer;
class QToolButton;

namespace steward {

/**
 * The network's filters: a time window (two date edits, and a month slider that plays through the
 * months), kinds, platforms and channels, minimum tie weight, hide isolates, k-core at least N.
 * reloadNeeded: the network itself changes; viewChanged: only what is hidden changes.
 */
class NetworkFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit NetworkFilterBar(QWidget* parent = nullptr);

    /** The channels the community's interactions use and the span of days they cover. */
    void setChoices(const QStringList& channels, QDate first, QDate last);
    /** The filter for a community: window, kinds, platforms, channels (empty lists mean all). */
    InteractionFilter filter(qint64 communityId) const;
    double minimumWeight() const;
    bool hideIsolates() const;
    int minimumCoreness() const;
    void setWindow(QDate from, QDate to);
    QDate from() const;
    QDate to() const;

signals:
    void reloadNeeded();
    void viewChanged();

private slots:
    void stepMonth();
    void monthPicked(int index);

private:
    QToolButton* choiceButton(const QString& text, const QStringList& keys, const QString& objectName);
    static QStringList checked(const QToolButton* button);
    void fillChannels(const QStringList& channels);

    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QToolButton* m_kinds = nullptr;
    QToolButton* m_platforms = nullptr;
    QToolButton* m_channels = nullptr;
    QDoubleSpinBox* m_minimumWeight = nullptr;
    QCheckBox* m_hideIsolates = nullptr;
    QSpinBox* m_coreness = nullptr;
    QSlider* m_month = nullptr;
    QToolButton* m_play = nullptr;
    QLabel* m_monthLabel = nullptr;
    QTimer* m_playTimer = nullptr;
    QDate m_first;
    bool m_quiet = false;
};

} // namespace steward
