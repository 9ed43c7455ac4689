# SPDX-License-Identifier: GPL-3.0-or-later
# Workspace archives (issue 8): backup, verified restore, rolling backups. Included by core/CMakeLists.txt.
target_sources(steward_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ArchiveFiles.cpp ${CMAKE_CURRENT_LIST_DIR}/ArchiveFiles.h
    ${CMAKE_CURRENT_LIST_DIR}/ArchiveManifest.cpp ${CMAKE_CURRENT_LIST_DIR}/ArchiveManifest.h
    ${CMAKE_CURRENT_LIST_DIR}/RollingBackup.cpp ${CMAKE_CURRENT_LIST_DIR}/RollingBackup.h
    ${CMAKE_CURRENT_LIST_DIR}/WorkspaceBackup.cpp ${CMAKE_CURRENT_LIST_DIR}/WorkspaceBackup.h
    ${CMAKE_CURRENT_LIST_DIR}/WorkspaceRestore.cpp ${CMAKE_CURRENT_LIST_DIR}/WorkspaceRestore.h
    ${CMAKE_CURRENT_LIST_DIR}/../cli/BackupCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/../cli/BackupCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/../cli/RestoreCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/../cli/RestoreCommand.h
)
