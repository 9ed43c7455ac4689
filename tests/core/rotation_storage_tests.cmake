# SPDX-License-Identifier: GPL-3.0-or-later
# Storage of rotations (issue 4): schema 2, mastermind groups, absences, stored plans, the sample's rotations.
steward_add_test(TestRotationStorage SOURCES TestRotationStorage.cpp LIBS steward_core Qt6::Sql)
