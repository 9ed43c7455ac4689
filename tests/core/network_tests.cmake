# SPDX-License-Identifier: GPL-3.0-or-later
# Network analysis (issue 5): the metrics engine against published and hand-checked values, against
# networkx (through /usr/bin/python3), and the storage of interactions. Included by tests/core/CMakeLists.txt.
steward_add_test(TestNetworkMetrics SOURCES TestNetworkMetrics.cpp LIBS steward_core igraph::igraph)
steward_add_test(TestNetworkReference SOURCES TestNetworkReference.cpp LIBS steward_core)
steward_add_test(TestNetworkStorage SOURCES TestNetworkStorage.cpp LIBS steward_core Qt6::Sql)
steward_add_test(TestNetworkFindings SOURCES TestNetworkFindings.cpp LIBS steward_core)
