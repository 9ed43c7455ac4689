// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace steward {

/** One line of a line diff: kept, added (only in the newer text) or removed (only in the older one). */
struct DiffLine
{
    enum class Change
    {
        Kept,
        Added,
        Removed,
    };
    Change change = Change::Kept;
    QString text;

    bool operator==(const DiffLine&) const = default;
};

/** A line diff of two texts (longest common subsequence of lines), as two versions of an artefact are compared. */
class TextDiff
{
public:
    static QList<DiffLine> lines(const QString& older, const QString& newer);
    /** The diff as text: "  kept", "- removed", "+ added", one line each. */
    static QString unified(const QList<DiffLine>& diff);
};

} // namespace steward
