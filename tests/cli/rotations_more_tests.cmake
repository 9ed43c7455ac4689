# SPDX-License-Identifier: GPL-3.0-or-later
# steward-cli goal / opt-out / topic and export ics --plan end to end (issue 4), the calendar checked by
# the shared checker.
steward_add_test(TestCliRotationsMore SOURCES TestCliRotationsMore.cpp LIBS steward_core)
add_dependencies(TestCliRotationsMore steward-cli)
target_compile_definitions(TestCliRotationsMore PRIVATE
    STEWARD_ICS_CHECKER="${PROJECT_SOURCE_DIR}/../shared/checks/check_ics.py"
    STEWARD_PYTHON="/usr/bin/python3")
