# SPDX-License-Identifier: GPL-3.0-or-later
# Repertoire, pathways and recognition in core (schema 8), included from tests/core/CMakeLists.txt.
# TestRepertoire renders Markdown with QTextDocument, so it runs with a QGuiApplication (offscreen).
steward_add_test(TestRepertoire SOURCES TestRepertoire.cpp LIBS steward_core Qt6::Sql Qt6::Gui)
steward_add_test(TestPathway SOURCES TestPathway.cpp LIBS steward_core Qt6::Sql)
steward_add_test(TestRecognition SOURCES TestRecognition.cpp LIBS steward_core Qt6::Sql)
add_dependencies(TestRecognition steward-cli) # recognition confirm|dismiss end to end
