# SPDX-License-Identifier: GPL-3.0-or-later
# The Repertoire and Pathway pages (included from tests/ui/CMakeLists.txt).
steward_add_test(TestRepertoirePage SOURCES TestRepertoirePage.cpp LIBS steward_ui GUI)
steward_add_test(TestRecognitionPage SOURCES TestRecognitionPage.cpp LIBS steward_ui GUI)
# Not a test: renders the Repertoire page and its dialogs for packaging/screenshots (run it under xvfb-run).
add_executable(steward_repertoire_screenshots RepertoireScreenshots.cpp)
target_link_libraries(steward_repertoire_screenshots PRIVATE steward_ui steward_uitestsupport)
steward_target_defaults(steward_repertoire_screenshots)
