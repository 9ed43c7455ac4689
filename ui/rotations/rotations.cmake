# SPDX-License-Identifier: GPL-3.0-or-later
# The Masterminds page (groups, hot seats, goals, absences) and the Schedules page (micro-teach with
# topics and coverage, on-call), their print/PDF document (included from ui/CMakeLists.txt).
target_sources(steward_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AbsencesView.cpp ${CMAKE_CURRENT_LIST_DIR}/AbsencesView.h
    ${CMAKE_CURRENT_LIST_DIR}/CoverageView.cpp ${CMAKE_CURRENT_LIST_DIR}/CoverageView.h
    ${CMAKE_CURRENT_LIST_DIR}/GoalDialogs.cpp ${CMAKE_CURRENT_LIST_DIR}/GoalDialogs.h
    ${CMAKE_CURRENT_LIST_DIR}/GoalsView.cpp ${CMAKE_CURRENT_LIST_DIR}/GoalsView.h
    ${CMAKE_CURRENT_LIST_DIR}/MastermindDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/MastermindDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/MastermindsPage.cpp ${CMAKE_CURRENT_LIST_DIR}/MastermindsPage.h
    ${CMAKE_CURRENT_LIST_DIR}/RotationDocument.cpp ${CMAKE_CURRENT_LIST_DIR}/RotationDocument.h
    ${CMAKE_CURRENT_LIST_DIR}/RotationEditor.cpp ${CMAKE_CURRENT_LIST_DIR}/RotationEditor.h
    ${CMAKE_CURRENT_LIST_DIR}/RotationTableModel.cpp ${CMAKE_CURRENT_LIST_DIR}/RotationTableModel.h
    ${CMAKE_CURRENT_LIST_DIR}/SlotDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/SlotDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/SchedulesPage.cpp ${CMAKE_CURRENT_LIST_DIR}/SchedulesPage.h
    ${CMAKE_CURRENT_LIST_DIR}/TopicBacklogView.cpp ${CMAKE_CURRENT_LIST_DIR}/TopicBacklogView.h
)
qt_add_resources(steward_ui steward_ui_rotations_icons
    PREFIX /icons
    BASE ${CMAKE_CURRENT_LIST_DIR}/icons
    FILES ${CMAKE_CURRENT_LIST_DIR}/icons/masterminds.svg ${CMAKE_CURRENT_LIST_DIR}/icons/schedules.svg
)
