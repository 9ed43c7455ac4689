# SPDX-License-Identifier: GPL-3.0-or-later
# steward-cli mastermind / absence / schedule end to end (issue 4), checked by the shared rotation checker.
steward_add_test(TestCliSchedules SOURCES TestCliSchedules.cpp LIBS steward_core)
add_dependencies(TestCliSchedules steward-cli)
# CI keeps shared/ beside the clone; a missing checker fails the test with its path.
target_compile_definitions(TestCliSchedules PRIVATE
    STEWARD_ROTATION_CHECKER="${PROJECT_SOURCE_DIR}/../shared/checks/check_rotation.py"
    STEWARD_PYTHON="/usr/bin/python3")
