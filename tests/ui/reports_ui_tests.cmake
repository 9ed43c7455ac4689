# SPDX-License-Identifier: GPL-3.0-or-later
# The Reports page (issue 8) on the offscreen platform. Included by tests/ui/CMakeLists.txt.
steward_add_test(TestReportsPage SOURCES TestReportsPage.cpp LIBS steward_ui GUI)
