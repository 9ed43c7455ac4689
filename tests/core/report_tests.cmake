# SPDX-License-Identifier: GPL-3.0-or-later
# Reports (issue 8): report content on the sample - sections, figures, privacy, confidential notes, HTML.
# Included by tests/core/CMakeLists.txt.
steward_add_test(TestReportContent SOURCES TestReportContent.cpp LIBS steward_core)
