# SPDX-License-Identifier: GPL-3.0-or-later
# Repertoire, participation pathways and recognition: schema 8, repositories, logic, command-line
# commands, undo commands and the sample's repertoire (included from core/CMakeLists.txt).
set(_core ${CMAKE_CURRENT_LIST_DIR}/..)
target_sources(steward_core PRIVATE
    ${_core}/storage/RepertoireSchema.cpp ${_core}/storage/RepertoireSchema.h
    ${_core}/storage/ReviewVerdictSchema.cpp ${_core}/storage/ReviewVerdictSchema.h
)
target_sources(steward_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Artefact.cpp ${CMAKE_CURRENT_LIST_DIR}/Artefact.h
    ${CMAKE_CURRENT_LIST_DIR}/ArtefactFilterSql.cpp ${CMAKE_CURRENT_LIST_DIR}/ArtefactFilterSql.h
    ${CMAKE_CURRENT_LIST_DIR}/ArtefactRepository.cpp ${CMAKE_CURRENT_LIST_DIR}/ArtefactRepository.h
    ${CMAKE_CURRENT_LIST_DIR}/ArtefactSearch.cpp ${CMAKE_CURRENT_LIST_DIR}/ArtefactSearch.h
    ${CMAKE_CURRENT_LIST_DIR}/Review.cpp ${CMAKE_CURRENT_LIST_DIR}/Review.h
    ${CMAKE_CURRENT_LIST_DIR}/ReviewRepository.cpp ${CMAKE_CURRENT_LIST_DIR}/ReviewRepository.h
    ${CMAKE_CURRENT_LIST_DIR}/SafeMarkdown.cpp ${CMAKE_CURRENT_LIST_DIR}/SafeMarkdown.h
    ${CMAKE_CURRENT_LIST_DIR}/TextDiff.cpp ${CMAKE_CURRENT_LIST_DIR}/TextDiff.h
)
target_sources(steward_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ActivityLedger.cpp ${CMAKE_CURRENT_LIST_DIR}/ActivityLedger.h
    ${CMAKE_CURRENT_LIST_DIR}/CommunityPathway.cpp ${CMAKE_CURRENT_LIST_DIR}/CommunityPathway.h
    ${CMAKE_CURRENT_LIST_DIR}/Pathway.cpp ${CMAKE_CURRENT_LIST_DIR}/Pathway.h
    ${CMAKE_CURRENT_LIST_DIR}/PathwayEvaluator.cpp ${CMAKE_CURRENT_LIST_DIR}/PathwayEvaluator.h
    ${CMAKE_CURRENT_LIST_DIR}/PathwayRepository.cpp ${CMAKE_CURRENT_LIST_DIR}/PathwayRepository.h
    ${CMAKE_CURRENT_LIST_DIR}/PathwayStatistics.cpp ${CMAKE_CURRENT_LIST_DIR}/PathwayStatistics.h
)
target_sources(steward_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/CommunityRecognition.cpp ${CMAKE_CURRENT_LIST_DIR}/CommunityRecognition.h
    ${CMAKE_CURRENT_LIST_DIR}/Recognition.h
    ${CMAKE_CURRENT_LIST_DIR}/RecognitionRepository.cpp ${CMAKE_CURRENT_LIST_DIR}/RecognitionRepository.h
)
set(_cli ${CMAKE_CURRENT_LIST_DIR}/../cli)
target_sources(steward_core PRIVATE
    ${_cli}/ArtefactAddCommand.cpp ${_cli}/ArtefactAddCommand.h
    ${_cli}/ArtefactCommandInput.cpp ${_cli}/ArtefactCommandInput.h
    ${_cli}/ArtefactCommands.cpp ${_cli}/ArtefactCommands.h
    ${_cli}/ArtefactEditCommand.cpp ${_cli}/ArtefactEditCommand.h
    ${_cli}/ArtefactHistoryCommand.cpp ${_cli}/ArtefactHistoryCommand.h
    ${_cli}/ArtefactListCommand.cpp ${_cli}/ArtefactListCommand.h
    ${_cli}/ArtefactRestoreCommand.cpp ${_cli}/ArtefactRestoreCommand.h
    ${_cli}/ArtefactSearchCommand.cpp ${_cli}/ArtefactSearchCommand.h
    ${_cli}/ArtefactShowCommand.cpp ${_cli}/ArtefactShowCommand.h
    ${_cli}/PathwayCriteriaCommand.cpp ${_cli}/PathwayCriteriaCommand.h
    ${_cli}/PathwayDecideCommand.cpp ${_cli}/PathwayDecideCommand.h
    ${_cli}/PathwayMoveCommand.cpp ${_cli}/PathwayMoveCommand.h
    ${_cli}/PathwayShowCommand.cpp ${_cli}/PathwayShowCommand.h
    ${_cli}/RecognitionAddCommand.cpp ${_cli}/RecognitionAddCommand.h
    ${_cli}/RecognitionListCommand.cpp ${_cli}/RecognitionListCommand.h
    ${_cli}/ReviewAddCommand.cpp ${_cli}/ReviewAddCommand.h
)
target_sources(steward_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/../demo/SampleRepertoire.cpp ${CMAKE_CURRENT_LIST_DIR}/../demo/SampleRepertoire.h
)
target_sources(steward_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/../workspace/PathwayDecisionCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/../workspace/PathwayDecisionCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/../workspace/SaveArtefactCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/../workspace/SaveArtefactCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/../workspace/AddArtefactCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/../workspace/AddArtefactCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/../workspace/EditArtefactCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/../workspace/EditArtefactCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/../workspace/AddReviewCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/../workspace/AddReviewCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/../workspace/AddFeedbackTemplateCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/../workspace/AddFeedbackTemplateCommand.h
)
include(${CMAKE_CURRENT_LIST_DIR}/PathwaySources.cmake)
