# SPDX-License-Identifier: GPL-3.0-or-later
# The Imports page and the import wizard (issue 7) on the offscreen platform. Included by tests/ui/CMakeLists.txt.
steward_add_test(TestImportsPage SOURCES TestImportsPage.cpp LIBS steward_ui GUI)
