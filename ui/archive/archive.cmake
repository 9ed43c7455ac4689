# SPDX-License-Identifier: GPL-3.0-or-later
# File > Back Up…, Restore…, Automatic Backups… and the rolling backup on open (issue 8).
target_sources(steward_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ArchiveActions.cpp ${CMAKE_CURRENT_LIST_DIR}/ArchiveActions.h
)
