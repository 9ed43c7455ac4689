# SPDX-License-Identifier: GPL-3.0-or-later
# The network view (issue 6): layout, opening from the cache, repaint frame time. Included by tests/bench/CMakeLists.txt.
add_executable(bench_network_view BenchNetworkView.cpp)
target_link_libraries(bench_network_view PRIVATE steward_ui steward_core)
steward_target_defaults(bench_network_view)
