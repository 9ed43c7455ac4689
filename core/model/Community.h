// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace steward {

/** A community of practice: its domain, its channel, its cadence of rituals and its norms. */
struct Community
{
    qint64 id = 0;
    QString name; // unique
    QString domain;
    QString description;
    QString channel;
    QString cadence;
    QString norms;

    bool operator==(const Community&) const = default;
};

} // namespace steward

Q_DECLARE_METATYPE(steward::Community)
