# SPDX-License-Identifier: GPL-3.0-or-later
# Repertoire, participation pathways and recognition: schema 8, repositories, logic, command-line
# commands, undo commands and the sample's repertoire (included from core/CMakeLists.txt).
set(_core ${CMAKE_CURRENT_LIST_DIR}/..)
target_sources(steward_core PRIVATE
    ${_core}/storage/RepertoireSchema.cpp ${_core}/storage/RepertoireSchema.h
)
