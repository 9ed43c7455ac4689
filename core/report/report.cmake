# SPDX-License-Identifier: GPL-3.0-or-later
# Reports (issue 8): report content (sections, tables, chart data, network picture) with no drawing,
# the HTML writer and the renderer hook the PDF renderer in ui/reports installs. Included by core/CMakeLists.txt.
target_sources(steward_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/../cli/ReportCommandOptions.cpp ${CMAKE_CURRENT_LIST_DIR}/../cli/ReportCommandOptions.h
    ${CMAKE_CURRENT_LIST_DIR}/../cli/ReportCommands.cpp ${CMAKE_CURRENT_LIST_DIR}/../cli/ReportCommands.h
    ${CMAKE_CURRENT_LIST_DIR}/../cli/ReportCommunityCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/../cli/ReportCommunityCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/../cli/ReportMastermindCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/../cli/ReportMastermindCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/../cli/ReportNetworkCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/../cli/ReportNetworkCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/../cli/ReportScheduleCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/../cli/ReportScheduleCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/AppendixSection.cpp ${CMAKE_CURRENT_LIST_DIR}/AppendixSection.h
    ${CMAKE_CURRENT_LIST_DIR}/CommunityHealthReport.cpp ${CMAKE_CURRENT_LIST_DIR}/CommunityHealthReport.h
    ${CMAKE_CURRENT_LIST_DIR}/CoverageSection.cpp ${CMAKE_CURRENT_LIST_DIR}/CoverageSection.h
    ${CMAKE_CURRENT_LIST_DIR}/MastermindSummaryReport.cpp ${CMAKE_CURRENT_LIST_DIR}/MastermindSummaryReport.h
    ${CMAKE_CURRENT_LIST_DIR}/NetworkReport.cpp ${CMAKE_CURRENT_LIST_DIR}/NetworkReport.h
    ${CMAKE_CURRENT_LIST_DIR}/RunSheetReport.cpp ${CMAKE_CURRENT_LIST_DIR}/RunSheetReport.h
    ${CMAKE_CURRENT_LIST_DIR}/ScheduleReport.cpp ${CMAKE_CURRENT_LIST_DIR}/ScheduleReport.h
    ${CMAKE_CURRENT_LIST_DIR}/InterventionSection.cpp ${CMAKE_CURRENT_LIST_DIR}/InterventionSection.h
    ${CMAKE_CURRENT_LIST_DIR}/NetworkSection.cpp ${CMAKE_CURRENT_LIST_DIR}/NetworkSection.h
    ${CMAKE_CURRENT_LIST_DIR}/NetworkSnapshot.cpp ${CMAKE_CURRENT_LIST_DIR}/NetworkSnapshot.h
    ${CMAKE_CURRENT_LIST_DIR}/OutcomesSection.cpp ${CMAKE_CURRENT_LIST_DIR}/OutcomesSection.h
    ${CMAKE_CURRENT_LIST_DIR}/ParticipationSection.cpp ${CMAKE_CURRENT_LIST_DIR}/ParticipationSection.h
    ${CMAKE_CURRENT_LIST_DIR}/PersonNames.cpp ${CMAKE_CURRENT_LIST_DIR}/PersonNames.h
    ${CMAKE_CURRENT_LIST_DIR}/RecognitionSection.cpp ${CMAKE_CURRENT_LIST_DIR}/RecognitionSection.h
    ${CMAKE_CURRENT_LIST_DIR}/RepertoireSection.cpp ${CMAKE_CURRENT_LIST_DIR}/RepertoireSection.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportHtml.cpp ${CMAKE_CURRENT_LIST_DIR}/ReportHtml.h
    ${CMAKE_CURRENT_LIST_DIR}/PdfInfoUpdate.cpp ${CMAKE_CURRENT_LIST_DIR}/PdfInfoUpdate.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportPalette.cpp ${CMAKE_CURRENT_LIST_DIR}/ReportPalette.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportRenderer.cpp ${CMAKE_CURRENT_LIST_DIR}/ReportRenderer.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportContent.cpp ${CMAKE_CURRENT_LIST_DIR}/ReportContent.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportOptions.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportPeriod.cpp ${CMAKE_CURRENT_LIST_DIR}/ReportPeriod.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportRequest.cpp ${CMAKE_CURRENT_LIST_DIR}/ReportRequest.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportScope.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportScopeLoader.cpp ${CMAKE_CURRENT_LIST_DIR}/ReportScopeLoader.h
    ${CMAKE_CURRENT_LIST_DIR}/SessionsSection.cpp ${CMAKE_CURRENT_LIST_DIR}/SessionsSection.h
    ${CMAKE_CURRENT_LIST_DIR}/SmallGroupSuppression.cpp ${CMAKE_CURRENT_LIST_DIR}/SmallGroupSuppression.h
)
