# SPDX-License-Identifier: GPL-3.0-or-later
# The Pathway page's recognition and settings tabs and their dialogs (included from repertoire.cmake).
target_sources(steward_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/PathwaySettingsPanel.cpp ${CMAKE_CURRENT_LIST_DIR}/PathwaySettingsPanel.h
    ${CMAKE_CURRENT_LIST_DIR}/PathwayTables.cpp ${CMAKE_CURRENT_LIST_DIR}/PathwayTables.h
    ${CMAKE_CURRENT_LIST_DIR}/RecognitionDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/RecognitionDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/RecognitionPanel.cpp ${CMAKE_CURRENT_LIST_DIR}/RecognitionPanel.h
)
