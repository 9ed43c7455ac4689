# SPDX-License-Identifier: GPL-3.0-or-later
# Network charts and dashboards (issue 6): the network page and the dashboard on the sample.
# Included by tests/ui/CMakeLists.txt.
steward_add_test(TestNetworkPage SOURCES TestNetworkPage.cpp LIBS steward_ui GUI)
steward_add_test(TestDashboardPage SOURCES TestDashboardPage.cpp LIBS steward_ui Qt6::Charts GUI)
