// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QtGlobal>

#include <random>

namespace steward {

/**
 * Randomness from a seed, identical on every platform: std::mt19937_64's output is fixed by the
 * standard, but std::*_distribution is not, so the draws below are our own.
 */
class SeededRandom
{
public:
    explicit SeededRandom(quint64 seed)
        : m_engine(seed)
    {
    }

    quint64 next() { return m_engine(); }
    /** Uniform in [0, bound); bound must be positive. Rejection sampling avoids modulo bias. */
    int bounded(int bound);
    /** Uniform in [low, high]. */
    int between(int low, int high) { return low + bounded(high - low + 1); }
    /** Uniform in [0, 1). */
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double probability) { return unit() < probability; }

    template <typename T> const T& pick(const QList<T>& items) { return items.at(bounded(int(items.size()))); }

    template <typename T> void shuffle(QList<T>& items)
    {
        for (qsizetype i = items.size() - 1; i > 0; --i)
            items.swapItemsAt(i, bounded(int(i + 1)));
    }

private:
    std::mt19937_64 m_engine;
};

inline int SeededRandom::bounded(int bound)
{
    const quint64 range = quint64(bound);
    const quint64 limit = std::numeric_limits<quint64>::max() - std::numeric_limits<quint64>::max() % range;
    quint64 value = next();
    while (value >= limit)
        value = next();
    return int(value % range);
}

} // namespace steward
