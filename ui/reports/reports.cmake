# SPDX-License-Identifier: GPL-3.0-or-later
# Reports (issue 8): PDF rendering of report content (QPdfWriter, QTextDocument, QPainter vectors) and the
# Reports page. Included by ui/CMakeLists.txt.
target_sources(steward_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/PdfReportRenderer.cpp ${CMAKE_CURRENT_LIST_DIR}/PdfReportRenderer.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportBlockObject.cpp ${CMAKE_CURRENT_LIST_DIR}/ReportBlockObject.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportJob.cpp ${CMAKE_CURRENT_LIST_DIR}/ReportJob.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportsPage.cpp ${CMAKE_CURRENT_LIST_DIR}/ReportsPage.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportChartPainter.cpp ${CMAKE_CURRENT_LIST_DIR}/ReportChartPainter.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportNetworkPainter.cpp ${CMAKE_CURRENT_LIST_DIR}/ReportNetworkPainter.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportPagePainter.cpp ${CMAKE_CURRENT_LIST_DIR}/ReportPagePainter.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportTextDocument.cpp ${CMAKE_CURRENT_LIST_DIR}/ReportTextDocument.h
)

qt_add_resources(steward_ui steward_ui_reports_icons
    PREFIX /icons
    BASE ${CMAKE_CURRENT_LIST_DIR}/icons
    FILES ${CMAKE_CURRENT_LIST_DIR}/icons/reports.svg
)
