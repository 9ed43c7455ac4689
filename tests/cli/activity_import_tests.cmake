# SPDX-License-Identifier: GPL-3.0-or-later
# The activity import commands end to end through steward-cli (issue 7). Included by tests/cli/CMakeLists.txt.
steward_add_test(TestCliActivityImport SOURCES TestCliActivityImport.cpp LIBS steward_core QuaZip::QuaZip)
add_dependencies(TestCliActivityImport steward-cli)
