# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of core/schedule: recurrence, iCalendar export, pairing (included from tests/core/CMakeLists.txt).
# The contract checkers live in shared/checks beside the clone; the tests fail with a clear message without them.
set(STEWARD_SHARED_CHECKS ${PROJECT_SOURCE_DIR}/../shared/checks)

steward_add_test(TestRecurrence SOURCES TestRecurrence.cpp LIBS steward_core)

steward_add_test(TestIcsWriter SOURCES TestIcsWriter.cpp LIBS steward_core)
target_compile_definitions(TestIcsWriter PRIVATE STEWARD_CHECK_ICS="${STEWARD_SHARED_CHECKS}/check_ics.py")

steward_add_test(TestPairingPlanner SOURCES TestPairingPlanner.cpp LIBS steward_core)
target_compile_definitions(TestPairingPlanner PRIVATE STEWARD_CHECK_PAIRS="${STEWARD_SHARED_CHECKS}/check_pairs.py")

steward_add_test(TestPairingProperties SOURCES TestPairingProperties.cpp LIBS steward_core)
