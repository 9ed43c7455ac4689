# SPDX-License-Identifier: GPL-3.0-or-later
# The Repertoire page (artefact list, search, editor) and the Pathway page (funnel, proposals, recognition),
# included from ui/CMakeLists.txt.
target_sources(steward_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ArtefactAuthorsPicker.cpp ${CMAKE_CURRENT_LIST_DIR}/ArtefactAuthorsPicker.h
    ${CMAKE_CURRENT_LIST_DIR}/ArtefactDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/ArtefactDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/ArtefactEditor.cpp ${CMAKE_CURRENT_LIST_DIR}/ArtefactEditor.h
    ${CMAKE_CURRENT_LIST_DIR}/ArtefactFromSessionDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/ArtefactFromSessionDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/ArtefactMarkdownEdit.cpp ${CMAKE_CURRENT_LIST_DIR}/ArtefactMarkdownEdit.h
    ${CMAKE_CURRENT_LIST_DIR}/PathwayPage.cpp ${CMAKE_CURRENT_LIST_DIR}/PathwayPage.h
    ${CMAKE_CURRENT_LIST_DIR}/RepertoirePage.cpp ${CMAKE_CURRENT_LIST_DIR}/RepertoirePage.h
    ${CMAKE_CURRENT_LIST_DIR}/ReviewDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/ReviewDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/ReviewTemplateDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/ReviewTemplateDialog.h
)
qt_add_resources(steward_ui steward_ui_repertoire_badges
    PREFIX /badges
    BASE ${CMAKE_CURRENT_LIST_DIR}/badges
    FILES
        ${CMAKE_CURRENT_LIST_DIR}/badges/first-artefact.svg
        ${CMAKE_CURRENT_LIST_DIR}/badges/first-micro-teach.svg
        ${CMAKE_CURRENT_LIST_DIR}/badges/five-sessions.svg
        ${CMAKE_CURRENT_LIST_DIR}/badges/helping-hand.svg
        ${CMAKE_CURRENT_LIST_DIR}/badges/star.svg
        ${CMAKE_CURRENT_LIST_DIR}/badges/ten-reviews.svg
)
qt_add_resources(steward_ui steward_ui_repertoire_icons
    PREFIX /icons
    BASE ${CMAKE_CURRENT_LIST_DIR}/icons
    FILES ${CMAKE_CURRENT_LIST_DIR}/icons/repertoire.svg ${CMAKE_CURRENT_LIST_DIR}/icons/pathway.svg
)
include(${CMAKE_CURRENT_LIST_DIR}/PathwaySources.cmake)
