# SPDX-License-Identifier: GPL-3.0-or-later
# The repertoire, review, pathway and recognition commands end to end (included from tests/cli/CMakeLists.txt).
steward_add_test(TestCliRepertoire SOURCES TestCliRepertoire.cpp LIBS steward_core Qt6::Sql)
add_dependencies(TestCliRepertoire steward-cli)
