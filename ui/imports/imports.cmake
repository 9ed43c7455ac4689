# SPDX-License-Identifier: GPL-3.0-or-later
# Activity imports in the GUI (issue 7): the import wizard and the Imports page. Included by ui/CMakeLists.txt.
target_sources(steward_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ActivityImportJob.cpp ${CMAKE_CURRENT_LIST_DIR}/ActivityImportJob.h
    ${CMAKE_CURRENT_LIST_DIR}/ImportFilePage.cpp ${CMAKE_CURRENT_LIST_DIR}/ImportFilePage.h
    ${CMAKE_CURRENT_LIST_DIR}/ImportPreviewPage.cpp ${CMAKE_CURRENT_LIST_DIR}/ImportPreviewPage.h
    ${CMAKE_CURRENT_LIST_DIR}/ImportSummaryPage.cpp ${CMAKE_CURRENT_LIST_DIR}/ImportSummaryPage.h
    ${CMAKE_CURRENT_LIST_DIR}/ImportWizard.cpp ${CMAKE_CURRENT_LIST_DIR}/ImportWizard.h
    ${CMAKE_CURRENT_LIST_DIR}/ImportsPage.cpp ${CMAKE_CURRENT_LIST_DIR}/ImportsPage.h
    ${CMAKE_CURRENT_LIST_DIR}/ImportDropHandler.cpp ${CMAKE_CURRENT_LIST_DIR}/ImportDropHandler.h
    ${CMAKE_CURRENT_LIST_DIR}/MergePeopleDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/MergePeopleDialog.h
)

qt_add_resources(steward_ui steward_ui_imports_icons
    PREFIX /icons
    BASE ${CMAKE_CURRENT_LIST_DIR}/icons
    FILES ${CMAKE_CURRENT_LIST_DIR}/icons/imports.svg
)
