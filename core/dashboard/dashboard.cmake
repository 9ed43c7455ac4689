# SPDX-License-Identifier: GPL-3.0-or-later
# Dashboards (issue 6): read-only queries the charts draw. Included by core/network/layout.cmake.
target_sources(steward_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/CommunityTrendQuery.cpp ${CMAKE_CURRENT_LIST_DIR}/CommunityTrendQuery.h
    ${CMAKE_CURRENT_LIST_DIR}/InteractionChoices.cpp ${CMAKE_CURRENT_LIST_DIR}/InteractionChoices.h
    ${CMAKE_CURRENT_LIST_DIR}/NetworkTrendQuery.cpp ${CMAKE_CURRENT_LIST_DIR}/NetworkTrendQuery.h
)
