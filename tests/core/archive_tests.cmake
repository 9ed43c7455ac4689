# SPDX-License-Identifier: GPL-3.0-or-later
# Workspace archives (issue 8): backup, verified restore and every refusal, rolling backups.
steward_add_test(TestWorkspaceArchive SOURCES TestWorkspaceArchive.cpp LIBS steward_core Qt6::Sql QuaZip::QuaZip)
