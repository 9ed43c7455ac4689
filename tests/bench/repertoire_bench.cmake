# SPDX-License-Identifier: GPL-3.0-or-later
# Repertoire full-text search on 20,000 generated artefacts (issue 9), included from tests/bench/CMakeLists.txt.
add_executable(bench_repertoire BenchRepertoire.cpp)
target_link_libraries(bench_repertoire PRIVATE steward_core)
steward_target_defaults(bench_repertoire)
