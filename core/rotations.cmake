# SPDX-License-Identifier: GPL-3.0-or-later
# Rotations (issue 4): storage of mastermind groups, absences and rotation plans; the mastermind,
# absence and schedule commands; the sample's rotations. Included by core/CMakeLists.txt.
target_sources(steward_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/cli/AbsenceAddCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/cli/AbsenceAddCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/cli/AbsenceListCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/cli/AbsenceListCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/cli/GoalAddCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/cli/GoalAddCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/cli/GoalCheckInCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/cli/GoalCheckInCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/cli/GoalListCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/cli/GoalListCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/cli/OptOutAddCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/cli/OptOutAddCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/cli/OptOutListCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/cli/OptOutListCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/cli/TopicAddCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/cli/TopicAddCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/cli/TopicListCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/cli/TopicListCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/cli/GoalCommandInput.cpp ${CMAKE_CURRENT_LIST_DIR}/cli/GoalCommandInput.h
    ${CMAKE_CURRENT_LIST_DIR}/cli/MastermindAddCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/cli/MastermindAddCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/cli/MastermindRemoveCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/cli/MastermindRemoveCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/cli/MastermindListCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/cli/MastermindListCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/cli/ScheduleCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/cli/ScheduleCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/cli/ScheduleCommandOutput.cpp ${CMAKE_CURRENT_LIST_DIR}/cli/ScheduleCommandOutput.h
    ${CMAKE_CURRENT_LIST_DIR}/cli/ScheduleCommands.cpp ${CMAKE_CURRENT_LIST_DIR}/cli/ScheduleCommands.h
    ${CMAKE_CURRENT_LIST_DIR}/cli/ScheduleHotSeatCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/cli/ScheduleHotSeatCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/cli/ScheduleListCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/cli/ScheduleListCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/cli/ScheduleMicroTeachCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/cli/ScheduleMicroTeachCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/cli/ScheduleOnCallCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/cli/ScheduleOnCallCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/cli/ScheduleShowCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/cli/ScheduleShowCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/demo/SampleRotations.cpp ${CMAKE_CURRENT_LIST_DIR}/demo/SampleRotations.h
    ${CMAKE_CURRENT_LIST_DIR}/storage/Absence.h
    ${CMAKE_CURRENT_LIST_DIR}/storage/AccountabilitySchema.cpp ${CMAKE_CURRENT_LIST_DIR}/storage/AccountabilitySchema.h
    ${CMAKE_CURRENT_LIST_DIR}/storage/AbsenceRepository.cpp ${CMAKE_CURRENT_LIST_DIR}/storage/AbsenceRepository.h
    ${CMAKE_CURRENT_LIST_DIR}/storage/CheckIn.h
    ${CMAKE_CURRENT_LIST_DIR}/storage/Goal.cpp ${CMAKE_CURRENT_LIST_DIR}/storage/Goal.h
    ${CMAKE_CURRENT_LIST_DIR}/storage/GoalAccountability.cpp ${CMAKE_CURRENT_LIST_DIR}/storage/GoalAccountability.h
    ${CMAKE_CURRENT_LIST_DIR}/storage/GoalRepository.cpp ${CMAKE_CURRENT_LIST_DIR}/storage/GoalRepository.h
    ${CMAKE_CURRENT_LIST_DIR}/storage/OptOut.h
    ${CMAKE_CURRENT_LIST_DIR}/storage/OptOutRepository.cpp ${CMAKE_CURRENT_LIST_DIR}/storage/OptOutRepository.h
    ${CMAKE_CURRENT_LIST_DIR}/storage/Topic.cpp ${CMAKE_CURRENT_LIST_DIR}/storage/Topic.h
    ${CMAKE_CURRENT_LIST_DIR}/storage/TopicRepository.cpp ${CMAKE_CURRENT_LIST_DIR}/storage/TopicRepository.h
    ${CMAKE_CURRENT_LIST_DIR}/storage/MastermindGroup.h
    ${CMAKE_CURRENT_LIST_DIR}/storage/MastermindRepository.cpp ${CMAKE_CURRENT_LIST_DIR}/storage/MastermindRepository.h
    ${CMAKE_CURRENT_LIST_DIR}/storage/RotationCalendar.cpp ${CMAKE_CURRENT_LIST_DIR}/storage/RotationCalendar.h
    ${CMAKE_CURRENT_LIST_DIR}/storage/RotationCoverage.cpp ${CMAKE_CURRENT_LIST_DIR}/storage/RotationCoverage.h
    ${CMAKE_CURRENT_LIST_DIR}/storage/RotationRecord.cpp ${CMAKE_CURRENT_LIST_DIR}/storage/RotationRecord.h
    ${CMAKE_CURRENT_LIST_DIR}/storage/RotationRepository.cpp ${CMAKE_CURRENT_LIST_DIR}/storage/RotationRepository.h
    ${CMAKE_CURRENT_LIST_DIR}/storage/RotationSchema.cpp ${CMAKE_CURRENT_LIST_DIR}/storage/RotationSchema.h
    ${CMAKE_CURRENT_LIST_DIR}/storage/RotationTimeSchema.cpp ${CMAKE_CURRENT_LIST_DIR}/storage/RotationTimeSchema.h
    ${CMAKE_CURRENT_LIST_DIR}/storage/RotationSource.cpp ${CMAKE_CURRENT_LIST_DIR}/storage/RotationSource.h
    ${CMAKE_CURRENT_LIST_DIR}/storage/RotationWorkbench.cpp ${CMAKE_CURRENT_LIST_DIR}/storage/RotationWorkbench.h
    ${CMAKE_CURRENT_LIST_DIR}/workspace/RemoveMastermindCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/workspace/RemoveMastermindCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/workspace/SaveRotationSlotCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/workspace/SaveRotationSlotCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/workspace/SaveGoalCheckInCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/workspace/SaveGoalCheckInCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/workspace/SaveGoalCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/workspace/SaveGoalCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/workspace/SaveMastermindCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/workspace/SaveMastermindCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/workspace/SaveRotationAbsenceCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/workspace/SaveRotationAbsenceCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/workspace/SaveRotationCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/workspace/SaveRotationCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/workspace/SaveRotationTopicCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/workspace/SaveRotationTopicCommand.h
)
