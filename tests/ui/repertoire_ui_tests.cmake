# SPDX-License-Identifier: GPL-3.0-or-later
# The Repertoire and Pathway pages (included from tests/ui/CMakeLists.txt).
steward_add_test(TestRepertoirePage SOURCES TestRepertoirePage.cpp LIBS steward_ui GUI)
steward_add_test(TestRecognitionPage SOURCES TestRecognitionPage.cpp LIBS steward_ui GUI)
