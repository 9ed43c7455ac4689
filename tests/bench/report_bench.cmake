# SPDX-License-Identifier: GPL-3.0-or-later
# Report speed (issue 8): the sample's community health report and a 2,000-member community, built and
# rendered to PDF. Included from tests/bench/CMakeLists.txt.
add_executable(bench_report BenchReport.cpp)
target_link_libraries(bench_report PRIVATE steward_ui steward_core)
steward_target_defaults(bench_report)
