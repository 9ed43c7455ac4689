# SPDX-License-Identifier: GPL-3.0-or-later
# Network charts (issue 6): the layout engine, its cache and the undoable drag. Included by tests/core/CMakeLists.txt.
steward_add_test(TestNetworkLayout SOURCES TestNetworkLayout.cpp LIBS steward_core Qt6::Sql)
