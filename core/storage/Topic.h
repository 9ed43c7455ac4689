// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QMetaType>
#include <QString>

#include <optional>

namespace steward {

/** A micro-teach topic in a community's backlog: who suggested it, who might teach it, where it stands. */
struct Topic
{
    enum class Status
    {
        Backlog,
        Planned,
        Done,
        Dropped
    };

    qint64 id = 0;
    qint64 communityId = 0;
    QString title;                // unique within the community
    qint64 suggestedBy = 0;       // 0: nobody recorded
    qint64 proposedPresenter = 0; // 0: open
    QString suggestedByName;      // read from the person; ignored when writing
    QString proposedPresenterName;
    Status status = Status::Backlog;
    QString artefact; // a link to slides, a recording or notes
    QDate created;

    bool operator==(const Topic&) const = default;

    static QString statusKey(Status status);
    static std::optional<Status> statusFromKey(const QString& key);
    static QString statusLabel(Status status);
};

} // namespace steward

Q_DECLARE_METATYPE(steward::Topic)
