// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

namespace steward {

/**
 * Spearman's rank correlation: Pearson's correlation of the ranks, ties given their average rank
 * (as scipy.stats.spearmanr does). Empty for fewer than 3 pairs or when either side is constant.
 */
std::optional<double> spearmanCorrelation(const std::vector<double>& x, const std::vector<double>& y);

/** Ranks from 1, ties sharing their average rank. */
std::vector<double> averageRanks(const std::vector<double>& values);

} // namespace steward
