# SPDX-License-Identifier: GPL-3.0-or-later
# Sessions: value types, storage (schema 3), command-line commands and the sample's sessions
# (included from core/CMakeLists.txt).
target_sources(steward_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/cli/ExportIcsCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/cli/ExportIcsCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/cli/SchedulePairsCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/cli/SchedulePairsCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/cli/SessionAddCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/cli/SessionAddCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/cli/SessionAttendCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/cli/SessionAttendCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/cli/SessionCommandInput.cpp ${CMAKE_CURRENT_LIST_DIR}/cli/SessionCommandInput.h
    ${CMAKE_CURRENT_LIST_DIR}/cli/SessionCommands.cpp ${CMAKE_CURRENT_LIST_DIR}/cli/SessionCommands.h
    ${CMAKE_CURRENT_LIST_DIR}/cli/SessionListCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/cli/SessionListCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/demo/SampleSessions.cpp ${CMAKE_CURRENT_LIST_DIR}/demo/SampleSessions.h
    ${CMAKE_CURRENT_LIST_DIR}/model/Session.cpp ${CMAKE_CURRENT_LIST_DIR}/model/Session.h
    ${CMAKE_CURRENT_LIST_DIR}/model/SessionAttendance.cpp ${CMAKE_CURRENT_LIST_DIR}/model/SessionAttendance.h
    ${CMAKE_CURRENT_LIST_DIR}/model/SessionFormat.cpp ${CMAKE_CURRENT_LIST_DIR}/model/SessionFormat.h
    ${CMAKE_CURRENT_LIST_DIR}/model/SessionOccurrence.h
    ${CMAKE_CURRENT_LIST_DIR}/model/SessionPairing.h
    ${CMAKE_CURRENT_LIST_DIR}/model/SessionPhase.h
    ${CMAKE_CURRENT_LIST_DIR}/model/SessionPhasePlan.cpp ${CMAKE_CURRENT_LIST_DIR}/model/SessionPhasePlan.h
    ${CMAKE_CURRENT_LIST_DIR}/model/SessionRole.cpp ${CMAKE_CURRENT_LIST_DIR}/model/SessionRole.h
    ${CMAKE_CURRENT_LIST_DIR}/storage/SessionAttendanceRepository.cpp
    ${CMAKE_CURRENT_LIST_DIR}/storage/SessionAttendanceRepository.h
    ${CMAKE_CURRENT_LIST_DIR}/storage/SessionPairingRepository.cpp
    ${CMAKE_CURRENT_LIST_DIR}/storage/SessionPairingRepository.h
    ${CMAKE_CURRENT_LIST_DIR}/storage/SessionRepository.cpp ${CMAKE_CURRENT_LIST_DIR}/storage/SessionRepository.h
    ${CMAKE_CURRENT_LIST_DIR}/storage/SessionSchema.cpp ${CMAKE_CURRENT_LIST_DIR}/storage/SessionSchema.h
)
# Session editing in the GUI (undoable commands) and facilitator mode's timer.
target_sources(steward_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/schedule/FacilitatorTimer.cpp ${CMAKE_CURRENT_LIST_DIR}/schedule/FacilitatorTimer.h
    ${CMAKE_CURRENT_LIST_DIR}/schedule/FacilitatorTimerClock.h
    ${CMAKE_CURRENT_LIST_DIR}/schedule/FacilitatorTimerSteadyClock.cpp
    ${CMAKE_CURRENT_LIST_DIR}/schedule/FacilitatorTimerSteadyClock.h
    ${CMAKE_CURRENT_LIST_DIR}/workspace/AddSessionCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/workspace/AddSessionCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/workspace/EditSessionCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/workspace/EditSessionCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/workspace/FinishFacilitatedSessionCommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/workspace/FinishFacilitatedSessionCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/workspace/RemoveSessionCommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/workspace/RemoveSessionCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/workspace/SaveSessionPairingCommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/workspace/SaveSessionPairingCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/workspace/SessionCommandContent.cpp
    ${CMAKE_CURRENT_LIST_DIR}/workspace/SessionCommandContent.h
    ${CMAKE_CURRENT_LIST_DIR}/workspace/SetSessionAttendanceCommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/workspace/SetSessionAttendanceCommand.h
)
# Single occurrences moved or cancelled and pairs marked as met, from the command line.
target_sources(steward_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/cli/SessionCancelCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/cli/SessionCancelCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/cli/SessionMoveCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/cli/SessionMoveCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/cli/SessionPairsMetCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/cli/SessionPairsMetCommand.h
)
target_sources(steward_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/workspace/SetSessionDoNotPairCommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/workspace/SetSessionDoNotPairCommand.h
)
# Rotating session roles (issue 4): a recurring session's facilitator and note-taker, planned by the rotation engine.
target_sources(steward_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/cli/ScheduleRolesCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/cli/ScheduleRolesCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/model/SessionRoleSeat.cpp ${CMAKE_CURRENT_LIST_DIR}/model/SessionRoleSeat.h
    ${CMAKE_CURRENT_LIST_DIR}/schedule/SessionRoleEdit.h
    ${CMAKE_CURRENT_LIST_DIR}/schedule/SessionRoleEdits.cpp ${CMAKE_CURRENT_LIST_DIR}/schedule/SessionRoleEdits.h
    ${CMAKE_CURRENT_LIST_DIR}/schedule/SessionRolePlan.cpp ${CMAKE_CURRENT_LIST_DIR}/schedule/SessionRolePlan.h
    ${CMAKE_CURRENT_LIST_DIR}/schedule/SessionRolePlanner.cpp ${CMAKE_CURRENT_LIST_DIR}/schedule/SessionRolePlanner.h
    ${CMAKE_CURRENT_LIST_DIR}/schedule/SessionRoleRequest.h
    ${CMAKE_CURRENT_LIST_DIR}/schedule/SessionRoleViolation.h
    ${CMAKE_CURRENT_LIST_DIR}/storage/SessionRoleSeatRepository.cpp
    ${CMAKE_CURRENT_LIST_DIR}/storage/SessionRoleSeatRepository.h
    ${CMAKE_CURRENT_LIST_DIR}/storage/SessionRoleSource.cpp ${CMAKE_CURRENT_LIST_DIR}/storage/SessionRoleSource.h
    ${CMAKE_CURRENT_LIST_DIR}/workspace/SessionRoleCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/workspace/SessionRoleCommand.h
)
