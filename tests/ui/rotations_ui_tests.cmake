# SPDX-License-Identifier: GPL-3.0-or-later
# Rotations in the GUI (included from tests/ui/CMakeLists.txt): the Masterminds and Schedules pages on the
# sample, and the tool that renders their screenshots.
steward_add_test(TestMastermindsPage SOURCES TestMastermindsPage.cpp LIBS steward_ui GUI)

add_executable(steward_rotation_screenshots TestRotationScreenshots.cpp)
target_link_libraries(steward_rotation_screenshots PRIVATE steward_ui steward_testsupport)
steward_add_test(TestMicroTeachPage SOURCES TestMicroTeachPage.cpp LIBS steward_ui GUI)
