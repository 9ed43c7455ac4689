# SPDX-License-Identifier: GPL-3.0-or-later
# The session commands end to end (included from tests/cli/CMakeLists.txt). The contract checkers live in
# shared/checks beside the clone; the test fails with a clear message without them.
steward_add_test(TestCliSessions SOURCES TestCliSessions.cpp LIBS steward_core Qt6::Sql)
target_compile_definitions(TestCliSessions PRIVATE STEWARD_CHECKS_DIR="${PROJECT_SOURCE_DIR}/../shared/checks")
add_dependencies(TestCliSessions steward-cli)
# schedule roles: a recurring session's rotating facilitator and note-taker, checked with the shared checker.
steward_add_test(TestCliSessionRoles SOURCES TestCliSessionRoles.cpp LIBS steward_core Qt6::Sql)
target_compile_definitions(TestCliSessionRoles PRIVATE STEWARD_CHECKS_DIR="${PROJECT_SOURCE_DIR}/../shared/checks")
add_dependencies(TestCliSessionRoles steward-cli)
