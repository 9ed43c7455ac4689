# SPDX-License-Identifier: GPL-3.0-or-later
# Repertoire, participation pathways and recognition: schema 8, repositories, logic, command-line
# commands, undo commands and the sample's repertoire (included from core/CMakeLists.txt).
set(_core ${CMAKE_CURRENT_LIST_DIR}/..)
target_sources(steward_core PRIVATE
    ${_core}/storage/RepertoireSchema.cpp ${_core}/storage/RepertoireSchema.h
)
target_sources(steward_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Artefact.cpp ${CMAKE_CURRENT_LIST_DIR}/Artefact.h
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
