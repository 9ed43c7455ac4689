# SPDX-License-Identifier: GPL-3.0-or-later
# core/schedule: recurrence, iCalendar export and pairing (included from core/CMakeLists.txt).
target_sources(steward_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/IcsEvent.h
    ${CMAKE_CURRENT_LIST_DIR}/IcsPerson.h
    ${CMAKE_CURRENT_LIST_DIR}/IcsProperty.h
    ${CMAKE_CURRENT_LIST_DIR}/IcsReader.cpp ${CMAKE_CURRENT_LIST_DIR}/IcsReader.h
    ${CMAKE_CURRENT_LIST_DIR}/IcsTimeZone.cpp ${CMAKE_CURRENT_LIST_DIR}/IcsTimeZone.h
    ${CMAKE_CURRENT_LIST_DIR}/IcsWriter.cpp ${CMAKE_CURRENT_LIST_DIR}/IcsWriter.h
    ${CMAKE_CURRENT_LIST_DIR}/PairingCircle.cpp ${CMAKE_CURRENT_LIST_DIR}/PairingCircle.h
    ${CMAKE_CURRENT_LIST_DIR}/PairingCost.h
    ${CMAKE_CURRENT_LIST_DIR}/PairingGolfer.cpp ${CMAKE_CURRENT_LIST_DIR}/PairingGolfer.h
    ${CMAKE_CURRENT_LIST_DIR}/PairingHistory.cpp ${CMAKE_CURRENT_LIST_DIR}/PairingHistory.h
    ${CMAKE_CURRENT_LIST_DIR}/PairingParticipant.h
    ${CMAKE_CURRENT_LIST_DIR}/PairingPlan.cpp ${CMAKE_CURRENT_LIST_DIR}/PairingPlan.h
    ${CMAKE_CURRENT_LIST_DIR}/PairingPlanner.cpp ${CMAKE_CURRENT_LIST_DIR}/PairingPlanner.h
    ${CMAKE_CURRENT_LIST_DIR}/PairingRequest.h
    ${CMAKE_CURRENT_LIST_DIR}/PairingState.cpp ${CMAKE_CURRENT_LIST_DIR}/PairingState.h
    ${CMAKE_CURRENT_LIST_DIR}/PairingSwapSearch.cpp ${CMAKE_CURRENT_LIST_DIR}/PairingSwapSearch.h
    ${CMAKE_CURRENT_LIST_DIR}/Recurrence.cpp ${CMAKE_CURRENT_LIST_DIR}/Recurrence.h
    ${CMAKE_CURRENT_LIST_DIR}/RecurrenceException.h
    ${CMAKE_CURRENT_LIST_DIR}/RecurrenceOccurrence.h
    ${CMAKE_CURRENT_LIST_DIR}/RecurrenceRule.h
)
