# SPDX-License-Identifier: GPL-3.0-or-later
# Sessions in storage (schema 3), included from tests/core/CMakeLists.txt.
steward_add_test(TestSessionStorage SOURCES TestSessionStorage.cpp LIBS steward_core Qt6::Sql)
