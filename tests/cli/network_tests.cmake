# SPDX-License-Identifier: GPL-3.0-or-later
# The network commands end to end through steward-cli (issue 5). Included by tests/cli/CMakeLists.txt.
steward_add_test(TestCliNetwork SOURCES TestCliNetwork.cpp LIBS steward_core)
add_dependencies(TestCliNetwork steward-cli)
