# SPDX-License-Identifier: GPL-3.0-or-later
# Rotations in the GUI (included from tests/ui/CMakeLists.txt): the Masterminds and Schedules pages on the
# sample, and the tool that renders their screenshots.
steward_add_test(TestMastermindsPage SOURCES TestMastermindsPage.cpp LIBS steward_ui GUI)

add_executable(steward_rotation_screenshots TestRotationScreenshots.cpp)
target_link_libraries(steward_rotation_screenshots PRIVATE steward_ui steward_uitestsupport)
steward_add_test(TestMicroTeachPage SOURCES TestMicroTeachPage.cpp LIBS steward_ui GUI)
# The micro-teach calendar goes through the shared checker (CI keeps shared/ beside the clone).
target_compile_definitions(TestMicroTeachPage PRIVATE
    STEWARD_ICS_CHECKER="${PROJECT_SOURCE_DIR}/../shared/checks/check_ics.py"
    STEWARD_PYTHON="/usr/bin/python3")
