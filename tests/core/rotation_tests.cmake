# SPDX-License-Identifier: GPL-3.0-or-later
# The rotation engine's suites, included by tests/core/CMakeLists.txt.
steward_add_test(TestRotationEngine SOURCES TestRotationEngine.cpp LIBS steward_core)
