# SPDX-License-Identifier: GPL-3.0-or-later
# Sessions in the GUI (included from tests/ui/CMakeLists.txt): the page, the editor, facilitator mode, and the
# facilitator timer (core, headless) with an injected clock.
steward_add_test(TestFacilitatorTimer SOURCES TestFacilitatorTimer.cpp LIBS steward_core)
steward_add_test(TestSessionsPage SOURCES TestSessionsPage.cpp LIBS steward_ui GUI)
steward_add_test(TestFacilitatorWindow SOURCES TestFacilitatorWindow.cpp LIBS steward_ui GUI)

# Not a test: renders the Sessions page and facilitator mode on the sample (run it under xvfb-run).
add_executable(steward_sessions_screenshots TestSessionsScreenshotTool.cpp)
target_link_libraries(steward_sessions_screenshots PRIVATE steward_ui steward_testsupport)
steward_target_defaults(steward_sessions_screenshots)
# The Roles tab: a recurring session's rotating facilitator and note-taker.
steward_add_test(TestSessionRolesView SOURCES TestSessionRolesView.cpp LIBS steward_ui GUI)
