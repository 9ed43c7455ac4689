# SPDX-License-Identifier: GPL-3.0-or-later
# steward-cli people merge end to end (issue 7, unmatched people). Included by tests/cli/CMakeLists.txt.
steward_add_test(TestCliPeopleMerge SOURCES TestCliPeopleMerge.cpp LIBS steward_core Qt6::Sql)
add_dependencies(TestCliPeopleMerge steward-cli)
