# SPDX-License-Identifier: GPL-3.0-or-later
# Interactions derived from sessions, pairings and hot seats (issue 5).
steward_add_test(TestDerivedInteractions SOURCES TestDerivedInteractions.cpp LIBS steward_core Qt6::Sql)
