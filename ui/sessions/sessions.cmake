# SPDX-License-Identifier: GPL-3.0-or-later
# The Sessions page, session editor and facilitator mode (included from ui/CMakeLists.txt).
target_sources(steward_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AttendanceHistoryView.cpp ${CMAKE_CURRENT_LIST_DIR}/AttendanceHistoryView.h
    ${CMAKE_CURRENT_LIST_DIR}/DoNotPairDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/DoNotPairDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/FacilitatorWindow.cpp ${CMAKE_CURRENT_LIST_DIR}/FacilitatorWindow.h
    ${CMAKE_CURRENT_LIST_DIR}/SessionAgendaView.cpp ${CMAKE_CURRENT_LIST_DIR}/SessionAgendaView.h
    ${CMAKE_CURRENT_LIST_DIR}/SessionAttendanceView.cpp ${CMAKE_CURRENT_LIST_DIR}/SessionAttendanceView.h
    ${CMAKE_CURRENT_LIST_DIR}/SessionCatalog.cpp ${CMAKE_CURRENT_LIST_DIR}/SessionCatalog.h
    ${CMAKE_CURRENT_LIST_DIR}/SessionEditor.cpp ${CMAKE_CURRENT_LIST_DIR}/SessionEditor.h
    ${CMAKE_CURRENT_LIST_DIR}/SessionMonthView.cpp ${CMAKE_CURRENT_LIST_DIR}/SessionMonthView.h
    ${CMAKE_CURRENT_LIST_DIR}/SessionOccurrenceDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/SessionOccurrenceDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/SessionPairingView.cpp ${CMAKE_CURRENT_LIST_DIR}/SessionPairingView.h
    ${CMAKE_CURRENT_LIST_DIR}/SessionRoleTable.cpp ${CMAKE_CURRENT_LIST_DIR}/SessionRoleTable.h
    ${CMAKE_CURRENT_LIST_DIR}/SessionRolesView.cpp ${CMAKE_CURRENT_LIST_DIR}/SessionRolesView.h
    ${CMAKE_CURRENT_LIST_DIR}/SessionsPage.cpp ${CMAKE_CURRENT_LIST_DIR}/SessionsPage.h
)
qt_add_resources(steward_ui steward_ui_sessions_icons
    PREFIX /icons
    BASE ${CMAKE_CURRENT_LIST_DIR}/icons
    FILES ${CMAKE_CURRENT_LIST_DIR}/icons/sessions.svg
)
