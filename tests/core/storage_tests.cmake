# SPDX-License-Identifier: GPL-3.0-or-later
# Storage suites: opening/refusing/migrating files, repositories, undo through the workspace, and
# crash safety (a writer process killed with SIGKILL again and again over one file).
steward_add_test(TestDatabase SOURCES TestDatabase.cpp LIBS steward_core Qt6::Sql)
steward_add_test(TestRepositories SOURCES TestRepositories.cpp LIBS steward_core Qt6::Sql)
steward_add_test(TestWorkspaceUndo SOURCES TestWorkspaceUndo.cpp LIBS steward_core Qt6::Sql)

# The process TestCrashSafety starts and kills; its path is compiled into the test.
add_executable(steward_crash_writer CrashWriter.cpp)
target_link_libraries(steward_crash_writer PRIVATE steward_core)
steward_target_defaults(steward_crash_writer)

steward_add_test(TestCrashSafety SOURCES TestCrashSafety.cpp LIBS steward_core Qt6::Sql)
target_compile_definitions(TestCrashSafety PRIVATE STEWARD_CRASH_WRITER="$<TARGET_FILE:steward_crash_writer>")
add_dependencies(TestCrashSafety steward_crash_writer)
set_tests_properties(TestCrashSafety PROPERTIES TIMEOUT 120)
