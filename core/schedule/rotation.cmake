# SPDX-License-Identifier: GPL-3.0-or-later
# The one rotation engine (hot seats, micro-teach, on-call, session roles), included by core/CMakeLists.txt.
target_sources(steward_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/RotationAbsence.h
    ${CMAKE_CURRENT_LIST_DIR}/RotationAvailability.cpp ${CMAKE_CURRENT_LIST_DIR}/RotationAvailability.h
    ${CMAKE_CURRENT_LIST_DIR}/RotationChange.h
    ${CMAKE_CURRENT_LIST_DIR}/RotationEdit.h
    ${CMAKE_CURRENT_LIST_DIR}/RotationEngine.cpp ${CMAKE_CURRENT_LIST_DIR}/RotationEngine.h
    ${CMAKE_CURRENT_LIST_DIR}/RotationMeeting.h
    ${CMAKE_CURRENT_LIST_DIR}/RotationPerson.h
    ${CMAKE_CURRENT_LIST_DIR}/RotationPlan.cpp ${CMAKE_CURRENT_LIST_DIR}/RotationPlan.h
    ${CMAKE_CURRENT_LIST_DIR}/RotationRequest.cpp ${CMAKE_CURRENT_LIST_DIR}/RotationRequest.h
    ${CMAKE_CURRENT_LIST_DIR}/RotationReview.cpp ${CMAKE_CURRENT_LIST_DIR}/RotationReview.h
    ${CMAKE_CURRENT_LIST_DIR}/RotationSeat.cpp ${CMAKE_CURRENT_LIST_DIR}/RotationSeat.h
    ${CMAKE_CURRENT_LIST_DIR}/RotationSeatRef.h
    ${CMAKE_CURRENT_LIST_DIR}/RotationViolation.cpp ${CMAKE_CURRENT_LIST_DIR}/RotationViolation.h
)
