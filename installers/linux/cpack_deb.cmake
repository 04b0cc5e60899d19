# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package and the portable tarball, made with `cpack` in a build
# folder (tools/package-linux does it all). Included from the root
# CMakeLists.txt on Linux; it ends with include(CPack).
#
# The .deb installs under /usr (configure with -DCMAKE_INSTALL_PREFIX=/usr):
# /usr/bin/mobi2070 and its data in /usr/share/mobi2070, found relative to the
# executable (game/core/DataDir.cpp). The tarball holds the same tree, so it
# runs from wherever it is unpacked (bin/mobi2070).
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_PACKAGE_NAME "mobi2070")
set(CPACK_PACKAGE_VENDOR "Mobi 2070")
# A placeholder contact until the project has a public home (README, "Publishing"):
# CPack and lintian need an address of this form; nobody reads it yet.
set(CPACK_PACKAGE_CONTACT "Mobi 2070 maintainers <maintainers@mobi2070.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "educational game: a smartphone's life, from the mine to its recycling")
set(CPACK_PACKAGE_DESCRIPTION
    "A message from 2070: the future lost its digital technology, and the ideas to\n"
    "save it are locked in a vault whose six digits are earned by following Mobi,\n"
    "a smartphone, through the six stages of its life. For children aged 6 to 12,\n"
    "at home or in class (class vote on quizzes, printable teacher guide). Works\n"
    "offline, in French and English, on old computers.")
string(CONCAT CPACK_PACKAGE_DESCRIPTION ${CPACK_PACKAGE_DESCRIPTION})
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)           # mobi2070_0.1.0_amd64.deb
# Education, not games: Debian's games section expects the program in /usr/games.
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)           # libsfml-*, libbox2d, libtinyxml2, libespeak-ng1 from the binary
# Mobi's voice: eSpeak NG's library comes by shlibdeps, its voices are data.
# The fonts: Debian's own packages, linked to (no copies: lintian's duplicate-font-file).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "espeak-ng-data, fonts-sil-andika, fonts-opendyslexic")
install(CODE "
    if(CMAKE_INSTALL_COMPONENT STREQUAL \"debian_fonts\")
        set(fonts \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${MOBI_INSTALL_DATADIR}/assets/fonts\")
        file(MAKE_DIRECTORY \"\${fonts}\")
        foreach(font truetype/andika/Andika-Regular.ttf truetype/andika/Andika-Bold.ttf
                     opentype/opendyslexic/OpenDyslexic-Regular.otf opentype/opendyslexic/OpenDyslexic-Bold.otf)
            get_filename_component(name \${font} NAME)
            file(CREATE_LINK ../../../fonts/\${font} \"\${fonts}/\${name}\" SYMBOLIC) # relative, as lintian asks
        endforeach()
    endif()" COMPONENT debian_fonts)
# What Debian asks of every package's doc folder, and the manual page.
set(MOBI_DOC_DIR ${CMAKE_INSTALL_DATADIR}/doc/mobi2070)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/copyright DESTINATION ${MOBI_DOC_DIR})
find_program(GZIP gzip REQUIRED)
add_custom_command(OUTPUT changelog.gz mobi2070.6.gz
                   COMMAND ${GZIP} -9nc ${CMAKE_CURRENT_LIST_DIR}/changelog > changelog.gz
                   COMMAND ${GZIP} -9nc ${CMAKE_CURRENT_LIST_DIR}/mobi2070.6 > mobi2070.6.gz
                   DEPENDS ${CMAKE_CURRENT_LIST_DIR}/changelog ${CMAKE_CURRENT_LIST_DIR}/mobi2070.6
                   COMMENT "Compressing the Debian changelog and the manual page")
add_custom_target(linux_docs ALL DEPENDS changelog.gz mobi2070.6.gz)
install(FILES ${CMAKE_BINARY_DIR}/changelog.gz DESTINATION ${MOBI_DOC_DIR})
install(FILES ${CMAKE_BINARY_DIR}/mobi2070.6.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man6)
# One package of each kind, made of these components (cpack_generators.cmake
# says which for each generator). The tarball: mobi2070-<version>-Linux-x86_64.tar.gz.
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_ARCHIVE_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE)
set(CPACK_PROJECT_CONFIG_FILE ${CMAKE_CURRENT_LIST_DIR}/cpack_generators.cmake)
set(CPACK_SYSTEM_NAME "Linux-${CMAKE_SYSTEM_PROCESSOR}")
include(CPack)
