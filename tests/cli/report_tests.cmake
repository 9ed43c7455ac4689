# SPDX-License-Identifier: GPL-3.0-or-later
# The report commands end to end through steward-cli (issue 8), checked with poppler's pdftotext, pdfinfo
# and pdffonts. Included by tests/cli/CMakeLists.txt.
steward_add_test(TestCliReport SOURCES TestCliReport.cpp LIBS steward_core)
add_dependencies(TestCliReport steward-cli)
