// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextDiff.h"

#include <QStringList>

#include <vector>

namespace steward {

QList<DiffLine> TextDiff::lines(const QString& older, const QString& newer)
{
    const QStringList a = older.split(QLatin1Char('\n'));
    const QStringList b = newer.split(QLatin1Char('\n'));
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..]. Artefacts are pages,
    // not books, so the quadratic table is fine.
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[i][j] = a.at(i) == b.at(j) ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    QList<DiffLine> diff;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n && j < m) {
        if (a.at(i) == b.at(j)) {
            diff.append({DiffLine::Change::Kept, a.at(i)});
            ++i;
            ++j;
        } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
            diff.append({DiffLine::Change::Removed, a.at(i++)});
        } else {
            diff.append({DiffLine::Change::Added, b.at(j++)});
        }
    }
    while (i < n)
        diff.append({DiffLine::Change::Removed, a.at(i++)});
    while (j < m)
        diff.append({DiffLine::Change::Added, b.at(j++)});
    return diff;
}

QString TextDiff::unified(const QList<DiffLine>& diff)
{
    QStringList out;
    for (const DiffLine& line : diff) {
        const char* mark = line.change == DiffLine::Change::Added     ? "+ "
                           : line.change == DiffLine::Change::Removed ? "- "
                                                                      : "  ";
        out.append(QLatin1String(mark) + line.text);
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace steward
