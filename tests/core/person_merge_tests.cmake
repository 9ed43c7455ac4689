# SPDX-License-Identifier: GPL-3.0-or-later
# Merging people (issue 7, unmatched people): every referencing table, conflicts, undo. Included by
# tests/core/CMakeLists.txt.
steward_add_test(TestPersonMerge SOURCES TestPersonMerge.cpp LIBS steward_core Qt6::Sql)
