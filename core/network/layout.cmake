# SPDX-License-Identifier: GPL-3.0-or-later
# Network charts (issue 6): the layout engine and its cache (schema 7), and the read-only queries
# the dashboards chart. Included by core/CMakeLists.txt.
target_sources(steward_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/layout/LayoutFilterKey.cpp ${CMAKE_CURRENT_LIST_DIR}/layout/LayoutFilterKey.h
    ${CMAKE_CURRENT_LIST_DIR}/layout/LayoutPositions.h
    ${CMAKE_CURRENT_LIST_DIR}/layout/MoveNodeCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/layout/MoveNodeCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/layout/NetworkLayout.cpp ${CMAKE_CURRENT_LIST_DIR}/layout/NetworkLayout.h
    ${CMAKE_CURRENT_LIST_DIR}/layout/NetworkViewLoader.cpp ${CMAKE_CURRENT_LIST_DIR}/layout/NetworkViewLoader.h
    ${CMAKE_CURRENT_LIST_DIR}/layout/NetworkViewRequest.h
    ${CMAKE_CURRENT_LIST_DIR}/../storage/NetworkLayoutRepository.cpp ${CMAKE_CURRENT_LIST_DIR}/../storage/NetworkLayoutRepository.h
    ${CMAKE_CURRENT_LIST_DIR}/../storage/NetworkLayoutSchema.cpp ${CMAKE_CURRENT_LIST_DIR}/../storage/NetworkLayoutSchema.h
)
include(${CMAKE_CURRENT_LIST_DIR}/../dashboard/dashboard.cmake OPTIONAL)
