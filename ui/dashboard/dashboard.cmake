# SPDX-License-Identifier: GPL-3.0-or-later
# Dashboards (issue 6): the Qt Charts page. Included by ui/network/network.cmake.
target_sources(steward_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DashboardCharts.cpp ${CMAKE_CURRENT_LIST_DIR}/DashboardCharts.h
    ${CMAKE_CURRENT_LIST_DIR}/DashboardPage.cpp ${CMAKE_CURRENT_LIST_DIR}/DashboardPage.h
)
