# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of core/schedule: recurrence, iCalendar export, pairing (included from tests/core/CMakeLists.txt).
steward_add_test(TestRecurrence SOURCES TestRecurrence.cpp LIBS steward_core)
