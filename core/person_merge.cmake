# SPDX-License-Identifier: GPL-3.0-or-later
# Merging a person into another (issue 7: the unmatched people an import created), undoable, and its
# steward-cli command. Included by core/CMakeLists.txt.
target_sources(steward_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/cli/PeopleMergeCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/cli/PeopleMergeCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/storage/PersonMerge.cpp ${CMAKE_CURRENT_LIST_DIR}/storage/PersonMerge.h
    ${CMAKE_CURRENT_LIST_DIR}/workspace/KeepUnmatchedPersonCommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/workspace/KeepUnmatchedPersonCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/workspace/MergePeopleCandidates.cpp ${CMAKE_CURRENT_LIST_DIR}/workspace/MergePeopleCandidates.h
    ${CMAKE_CURRENT_LIST_DIR}/workspace/MergePeopleCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/workspace/MergePeopleCommand.h
)
