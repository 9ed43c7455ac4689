# SPDX-License-Identifier: GPL-3.0-or-later
# Activity import (issue 7): every format, the matching rules, undo/dry run/cancel, and hostile input.
# Included by tests/core/CMakeLists.txt.
steward_add_test(TestActivityImport SOURCES TestActivityImport.cpp LIBS steward_core Qt6::Sql QuaZip::QuaZip)
