# SPDX-License-Identifier: GPL-3.0-or-later
# The Imports page and the import wizard (issue 7) on the offscreen platform. Included by tests/ui/CMakeLists.txt.
steward_add_test(TestImportsPage SOURCES TestImportsPage.cpp LIBS steward_ui GUI)

# Not a test: renders the wizard and the Imports page for packaging/screenshots (run it under xvfb-run).
add_executable(steward_imports_screenshots TestImportsScreenshots.cpp)
target_link_libraries(steward_imports_screenshots PRIVATE steward_ui steward_uitestsupport)
steward_target_defaults(steward_imports_screenshots)

# Merging unmatched people from the Imports page, and files dropped on the main window (issue 7).
steward_add_test(TestMergePeopleUi SOURCES TestMergePeopleUi.cpp LIBS steward_ui Qt6::Sql GUI)

# Not a test: the Unmatched view with the Merge Into… dialog, for packaging/screenshots (run it under xvfb-run).
add_executable(steward_merge_screenshot MergeScreenshotTool.cpp)
target_link_libraries(steward_merge_screenshot PRIVATE steward_ui steward_uitestsupport)
steward_target_defaults(steward_merge_screenshot)
