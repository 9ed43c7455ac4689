# SPDX-License-Identifier: GPL-3.0-or-later
# CPack settings: a Debian package and a tarball of the installed tree.
# Included from packaging/CMakeLists.txt; `cpack` runs from the top of the build directory.

set(CPACK_VERBATIM_VARIABLES ON) # values reach cpack exactly as written here
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_PACKAGE_NAME "steward")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "The Steward developers")
set(CPACK_PACKAGE_CONTACT "The Steward developers <steward@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "tools for stewards of communities of practice")
# Wrapped by hand: a Debian description is shown as written, lines under 80 columns.
set(CPACK_PACKAGE_DESCRIPTION [=[
Steward helps the people who look after communities of practice: guilds,
chapters and other groups that learn together across teams. It keeps
people, memberships and participation levels in one local SQLite file,
plans sessions and rotations, shows the community's network and prints
reports.

This package contains the desktop application (steward) and its
command-line companion (steward-cli).]=])
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON) # the build type keeps debug info; packages ship stripped binaries
set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/\\.cache/" "/build[^/]*/" "\\.swp$" "~$")

# Debian
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # steward_<version>-<release>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# Libraries the binaries use come from dpkg-shlibdeps, with the version bounds of Debian's
# symbols files, plus libc6, libstdc++6 and libgcc-s1. It lists only libraries whose symbols
# are used (libqt6gui6 arrives through libqt6widgets6), so the list follows the code.
# What Qt only loads at run time has to be named by hand: the SQLite driver plugin and
# the SVG icon engine (in libqt6svg6; dpkg-shlibdeps may list that one too, which is harmless).
set(STEWARD_RUNTIME_PLUGIN_PACKAGES "libqt6sql6-sqlite" "libqt6svg6")
# The linked libraries by name, used only where dpkg-shlibdeps (dpkg-dev) is missing.
set(STEWARD_LINKED_LIBRARY_PACKAGES
    "libqt6core6" "libqt6gui6" "libqt6widgets6" "libqt6sql6" "libqt6concurrent6" "libqt6charts6"
    "libqt6printsupport6" "libqt6svg6" "libquazip1-qt6-1" "libigraph3")
find_program(STEWARD_DPKG_SHLIBDEPS_EXECUTABLE dpkg-shlibdeps)
mark_as_advanced(STEWARD_DPKG_SHLIBDEPS_EXECUTABLE)
if(STEWARD_DPKG_SHLIBDEPS_EXECUTABLE)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(_steward_depends ${STEWARD_RUNTIME_PLUGIN_PACKAGES})
else()
    message(STATUS "dpkg-shlibdeps not found (package dpkg-dev): the .deb gets unversioned Depends")
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS OFF)
    set(_steward_depends ${STEWARD_LINKED_LIBRARY_PACKAGES} ${STEWARD_RUNTIME_PLUGIN_PACKAGES})
    list(REMOVE_DUPLICATES _steward_depends)
endif()
list(JOIN _steward_depends ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
# Wayland sessions run through XWayland without qt6-wayland; Qt's own translations.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")

include(CPack)
