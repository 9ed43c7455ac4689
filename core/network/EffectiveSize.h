// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

namespace steward {

class Network;

/**
 * Burt's effective size of each person's ego network, as networkx's effective_size() computes it
 * (igraph has no such function). Unweighted it is Borgatti's (1997) form, degree - 2t/degree, with t
 * the ties among the person's contacts (`triangles`, from igraph_adjacent_triangles). Weighted it is
 * Burt's general form: the sum over contacts j of 1 - sum over contacts q of p(i,q)·m(j,q), with
 * p(i,q) the share of i's tie weight going to q and m(j,q) j's tie to q over j's strongest tie.
 * Undefined (empty) for a person without ties.
 */
std::vector<std::optional<double>>
effectiveSizes(const Network& network, bool weighted, const std::vector<double>& triangles);

} // namespace steward
