# SPDX-License-Identifier: GPL-3.0-or-later
# Activity import (issue 7): a generated Slack export imported as steward-cli does. Included by
# tests/bench/CMakeLists.txt.
add_executable(bench_activity_import BenchActivityImport.cpp)
target_link_libraries(bench_activity_import PRIVATE steward_core QuaZip::QuaZip)
steward_target_defaults(bench_activity_import)
