# SPDX-License-Identifier: GPL-3.0-or-later
# Activity import (issue 7): Slack export ZIP, Discord and Teams JSON, GitHub pull-request reviews and
# survey CSV become interactions, one undoable batch per file. Included by core/CMakeLists.txt.
target_sources(steward_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/../storage/ActivityImportSchema.cpp ${CMAKE_CURRENT_LIST_DIR}/../storage/ActivityImportSchema.h
)
