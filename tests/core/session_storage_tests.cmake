# SPDX-License-Identifier: GPL-3.0-or-later
# Sessions in storage (schema 3), included from tests/core/CMakeLists.txt.
steward_add_test(TestSessionStorage SOURCES TestSessionStorage.cpp LIBS steward_core Qt6::Sql)
# Rotating session roles: the planner's rules per role over many seeds, and the hand edits.
steward_add_test(TestSessionRoles SOURCES TestSessionRoles.cpp LIBS steward_core)
steward_add_test(TestSessionRoleStorage SOURCES TestSessionRoleStorage.cpp LIBS steward_core Qt6::Sql)
