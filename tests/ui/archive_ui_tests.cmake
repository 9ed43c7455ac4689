# SPDX-License-Identifier: GPL-3.0-or-later
# File > Back Up…, Restore… and rolling backups (issue 8).
steward_add_test(TestArchiveActions SOURCES TestArchiveActions.cpp LIBS steward_ui Qt6::Sql GUI)
