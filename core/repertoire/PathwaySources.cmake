# SPDX-License-Identifier: GPL-3.0-or-later
# The pathway and recognition undo commands and `recognition confirm|dismiss` (included from repertoire.cmake).
set(_pathway_ws ${CMAKE_CURRENT_LIST_DIR}/../workspace)
target_sources(steward_core PRIVATE
    ${_pathway_ws}/DecideBadgeProposalCommand.cpp ${_pathway_ws}/DecideBadgeProposalCommand.h
    ${_pathway_ws}/GiveRecognitionCommand.cpp ${_pathway_ws}/GiveRecognitionCommand.h
    ${_pathway_ws}/RecordPathwayProposalsCommand.cpp ${_pathway_ws}/RecordPathwayProposalsCommand.h
    ${_pathway_ws}/SetPathwayCriteriaCommand.cpp ${_pathway_ws}/SetPathwayCriteriaCommand.h
    ${_pathway_ws}/SetPathwayStaffCommand.cpp ${_pathway_ws}/SetPathwayStaffCommand.h
    ${_pathway_ws}/SetPracticeSettingsCommand.cpp ${_pathway_ws}/SetPracticeSettingsCommand.h
)
set(_pathway_cli ${CMAKE_CURRENT_LIST_DIR}/../cli)
target_sources(steward_core PRIVATE
    ${_pathway_cli}/RecognitionConfirmCommand.cpp ${_pathway_cli}/RecognitionConfirmCommand.h
)
