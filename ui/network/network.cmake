# SPDX-License-Identifier: GPL-3.0-or-later
# Network charts and dashboards (issue 6): the network page and view, the dashboard page. Included by
# ui/CMakeLists.txt.
target_sources(steward_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ComparisonPanel.cpp ${CMAKE_CURRENT_LIST_DIR}/ComparisonPanel.h
    ${CMAKE_CURRENT_LIST_DIR}/IgraphPool.cpp ${CMAKE_CURRENT_LIST_DIR}/IgraphPool.h
    ${CMAKE_CURRENT_LIST_DIR}/NetworkExport.cpp ${CMAKE_CURRENT_LIST_DIR}/NetworkExport.h
    ${CMAKE_CURRENT_LIST_DIR}/NetworkFilterBar.cpp ${CMAKE_CURRENT_LIST_DIR}/NetworkFilterBar.h
    ${CMAKE_CURRENT_LIST_DIR}/NetworkLoadTask.cpp ${CMAKE_CURRENT_LIST_DIR}/NetworkLoadTask.h
    ${CMAKE_CURRENT_LIST_DIR}/NetworkMetricsModel.cpp ${CMAKE_CURRENT_LIST_DIR}/NetworkMetricsModel.h
    ${CMAKE_CURRENT_LIST_DIR}/NetworkPage.cpp ${CMAKE_CURRENT_LIST_DIR}/NetworkPage.h
    ${CMAKE_CURRENT_LIST_DIR}/NetworkPainter.cpp ${CMAKE_CURRENT_LIST_DIR}/NetworkPainter.h
    ${CMAKE_CURRENT_LIST_DIR}/NetworkPicture.h
    ${CMAKE_CURRENT_LIST_DIR}/NetworkPictureBuilder.cpp ${CMAKE_CURRENT_LIST_DIR}/NetworkPictureBuilder.h
    ${CMAKE_CURRENT_LIST_DIR}/NetworkView.cpp ${CMAKE_CURRENT_LIST_DIR}/NetworkView.h
    ${CMAKE_CURRENT_LIST_DIR}/PersonPanel.cpp ${CMAKE_CURRENT_LIST_DIR}/PersonPanel.h
)
include(${CMAKE_CURRENT_LIST_DIR}/../dashboard/dashboard.cmake OPTIONAL)

# Sidebar icons of the network and dashboard pages.
qt_add_resources(steward_ui steward_ui_network_icons
    PREFIX /icons
    BASE ${CMAKE_CURRENT_LIST_DIR}/icons
    FILES
        ${CMAKE_CURRENT_LIST_DIR}/icons/network.svg
        ${CMAKE_CURRENT_LIST_DIR}/icons/dashboard.svg
)
