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
set(CPACK_PACKAGE_CONTACT "Mobi 2070 maintainers <maintainers@mobi2070.org>")
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
set(CPACK_DEBIAN_PACKAGE_SECTION games)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)           # libsfml-*, libbox2d, libtinyxml2, libespeak-ng1 from the binary
# Mobi's voice: eSpeak NG's library comes by shlibdeps, its voices are data.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "espeak-ng-data")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://mobi2070.org")
# The tarball: mobi2070-0.1.0-Linux-x86_64.tar.gz, one top folder.
set(CPACK_ARCHIVE_COMPONENT_INSTALL OFF)
set(CPACK_SYSTEM_NAME "Linux-${CMAKE_SYSTEM_PROCESSOR}")
include(CPack)
