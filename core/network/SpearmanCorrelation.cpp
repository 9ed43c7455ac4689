// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpearmanCorrelation.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace steward {

std::vector<double> averageRanks(const std::vector<double>& values)
{
    std::vector<size_t> order(values.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&values](size_t a, size_t b) { return values[a] < values[b]; });
    std::vector<double> ranks(values.size());
    for (size_t i = 0; i < order.size();) {
        size_t j = i;
        while (j + 1 < order.size() && values[order[j + 1]] == values[order[i]])
            ++j;
        const double rank = (double(i) + double(j)) / 2 + 1;
        for (size_t k = i; k <= j; ++k)
            ranks[order[k]] = rank;
        i = j + 1;
    }
    return ranks;
}

std::optional<double> spearmanCorrelation(const std::vector<double>& x, const std::vector<double>& y)
{
    if (x.size() != y.size() || x.size() < 3)
        return std::nullopt;
    const std::vector<double> rx = averageRanks(x);
    const std::vector<double> ry = averageRanks(y);
    const double n = double(x.size());
    const double meanX = std::accumulate(rx.begin(), rx.end(), 0.0) / n;
    const double meanY = std::accumulate(ry.begin(), ry.end(), 0.0) / n;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (size_t i = 0; i < rx.size(); ++i) {
        sxy += (rx[i] - meanX) * (ry[i] - meanY);
        sxx += (rx[i] - meanX) * (rx[i] - meanX);
        syy += (ry[i] - meanY) * (ry[i] - meanY);
    }
    if (sxx <= 0 || syy <= 0)
        return std::nullopt;
    return sxy / std::sqrt(sxx * syy);
}

} // namespace steward
