# SPDX-License-Identifier: GPL-3.0-or-later
# Activity import (issue 7): Slack export ZIP, Discord and Teams JSON, GitHub pull-request reviews and
# survey CSV become interactions, one undoable batch per file. Included by core/CMakeLists.txt.
target_sources(steward_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/../storage/ActivityImportSchema.cpp ${CMAKE_CURRENT_LIST_DIR}/../storage/ActivityImportSchema.h
    ${CMAKE_CURRENT_LIST_DIR}/../storage/InteractionBulkInsert.cpp ${CMAKE_CURRENT_LIST_DIR}/../storage/InteractionBulkInsert.h
    ${CMAKE_CURRENT_LIST_DIR}/activity/ActivityChunkQueue.cpp ${CMAKE_CURRENT_LIST_DIR}/activity/ActivityChunkQueue.h
    ${CMAKE_CURRENT_LIST_DIR}/activity/ActivityQueueSink.cpp ${CMAKE_CURRENT_LIST_DIR}/activity/ActivityQueueSink.h
    ${CMAKE_CURRENT_LIST_DIR}/activity/ActivityFormat.cpp ${CMAKE_CURRENT_LIST_DIR}/activity/ActivityFormat.h
    ${CMAKE_CURRENT_LIST_DIR}/activity/ActivityImportSummary.cpp ${CMAKE_CURRENT_LIST_DIR}/activity/ActivityImportSummary.h
    ${CMAKE_CURRENT_LIST_DIR}/activity/ActivityImporter.cpp ${CMAKE_CURRENT_LIST_DIR}/activity/ActivityImporter.h
    ${CMAKE_CURRENT_LIST_DIR}/activity/ActivityRecords.h
    ${CMAKE_CURRENT_LIST_DIR}/activity/ActivitySink.cpp ${CMAKE_CURRENT_LIST_DIR}/activity/ActivitySink.h
    ${CMAKE_CURRENT_LIST_DIR}/activity/ActivityWriter.cpp ${CMAKE_CURRENT_LIST_DIR}/activity/ActivityWriter.h
    ${CMAKE_CURRENT_LIST_DIR}/activity/DiscordParser.cpp ${CMAKE_CURRENT_LIST_DIR}/activity/DiscordParser.h
    ${CMAKE_CURRENT_LIST_DIR}/activity/GithubReviewsParser.cpp ${CMAKE_CURRENT_LIST_DIR}/activity/GithubReviewsParser.h
    ${CMAKE_CURRENT_LIST_DIR}/activity/JsonFields.cpp ${CMAKE_CURRENT_LIST_DIR}/activity/JsonFields.h
    ${CMAKE_CURRENT_LIST_DIR}/activity/JsonInput.cpp ${CMAKE_CURRENT_LIST_DIR}/activity/JsonInput.h
    ${CMAKE_CURRENT_LIST_DIR}/activity/PersonMatcher.cpp ${CMAKE_CURRENT_LIST_DIR}/activity/PersonMatcher.h
    ${CMAKE_CURRENT_LIST_DIR}/activity/SafeZipReader.cpp ${CMAKE_CURRENT_LIST_DIR}/activity/SafeZipReader.h
    ${CMAKE_CURRENT_LIST_DIR}/activity/SlackExportParser.cpp ${CMAKE_CURRENT_LIST_DIR}/activity/SlackExportParser.h
    ${CMAKE_CURRENT_LIST_DIR}/activity/SurveyCsvParser.cpp ${CMAKE_CURRENT_LIST_DIR}/activity/SurveyCsvParser.h
    ${CMAKE_CURRENT_LIST_DIR}/activity/TeamsParser.cpp ${CMAKE_CURRENT_LIST_DIR}/activity/TeamsParser.h
    ${CMAKE_CURRENT_LIST_DIR}/activity/WindowedFileReader.cpp ${CMAKE_CURRENT_LIST_DIR}/activity/WindowedFileReader.h
)
target_sources(steward_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/../cli/ActivityImportCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/../cli/ActivityImportCommand.h
)
# InteractionRepository::addBulk talks to SQLite directly (the same library Qt's driver loads).
find_package(SQLite3 REQUIRED)
target_link_libraries(steward_core PRIVATE SQLite::SQLite3)
