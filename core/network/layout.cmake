# SPDX-License-Identifier: GPL-3.0-or-later
# Network charts (issue 6): the layout engine and its cache (schema 7), and the read-only queries
# the dashboards chart. Included by core/CMakeLists.txt.
target_sources(steward_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/../storage/NetworkLayoutSchema.cpp ${CMAKE_CURRENT_LIST_DIR}/../storage/NetworkLayoutSchema.h
)
