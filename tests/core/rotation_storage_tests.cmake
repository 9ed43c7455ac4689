# SPDX-License-Identifier: GPL-3.0-or-later
# Storage of rotations (issue 4): schema 2, mastermind groups, absences, stored plans, the sample's rotations.
# Schema 5: goals, check-ins and their accountability, opt-outs, the micro-teach topic backlog.
steward_add_test(TestRotationStorage SOURCES TestRotationStorage.cpp LIBS steward_core Qt6::Sql)
steward_add_test(TestRotationGoals SOURCES TestRotationGoals.cpp LIBS steward_core Qt6::Sql)
