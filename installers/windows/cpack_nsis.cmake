# SPDX-License-Identifier: GPL-3.0-or-later
# CPack settings of the Windows installer (NSIS), included from the root
# CMakeLists.txt on Windows builds only; installers/windows/build.sh runs
# `cpack -G NSIS` on a mingw-w64 cross build. The installed layout is the one of
# `cmake --install`: bin\mobi2070.exe and share\mobi2070\{assets,levels,locale},
# which the game finds relative to its executable (game/core/DataDir.cpp).
#
# What CMake's own NSIS template already does, checked in the generated
# project.nsi (CMake 3.25): run as an administrator (or a Power User), it calls
# SetShellVarContext all, so the program goes to "Program Files" and the
# shortcuts to every user's Start menu and desktop; run by a plain user, it
# installs in that user's Documents. /S (silent) and /D=folder work as in any
# NSIS installer.

# Values are written to CPackConfig.cmake as they are here: no double escaping
# of the backslashes and $ signs of the NSIS commands below.
set(CPACK_VERBATIM_VARIABLES ON)

set(CPACK_GENERATOR NSIS)
set(CPACK_PACKAGE_NAME "Mobi2070")
set(CPACK_PACKAGE_VENDOR "Mobi 2070")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Mobi 2070")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "Mobi2070")
set(CPACK_NSIS_PACKAGE_NAME "Mobi 2070")
set(CPACK_NSIS_DISPLAY_NAME "Mobi 2070")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
# A 64-bit Unicode installer: the game itself is 64-bit only, the French
# shortcut names need Unicode, and Debian's nsis ships the amd64-unicode stubs
# and plugins. (A 32-bit installer would also need 32-bit Wine to be tested.)
set(CPACK_NSIS_DEFINES "Target amd64-unicode")
set(CPACK_NSIS_COMPRESSOR "/SOLID lzma")
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
# Installing over an older version removes it first (silently with /S).
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# The licence page: a plain-text summary of LICENSE.md (its table would show
# as markdown; it starts with a UTF-8 byte-order mark, so NSIS reads its
# accents as UTF-8), then the GPL's own text (COPYING), with CRLF line ends so
# Windows' edit box shows them as lines.
file(READ ${CMAKE_CURRENT_LIST_DIR}/licence-page.txt MOBI_LICENSE_SUMMARY)
file(READ ${PROJECT_SOURCE_DIR}/COPYING MOBI_GPL_TEXT)
string(REPLACE "\n" "\r\n" MOBI_LICENSE_TEXT "${MOBI_LICENSE_SUMMARY}${MOBI_GPL_TEXT}")
file(WRITE ${PROJECT_BINARY_DIR}/LICENSE.txt "${MOBI_LICENSE_TEXT}")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_BINARY_DIR}/LICENSE.txt)
install(FILES ${PROJECT_BINARY_DIR}/LICENSE.txt DESTINATION ${MOBI_INSTALL_DATADIR}) # beside the .exe in the zip

set(MOBI_NSIS_ICON "${CMAKE_CURRENT_LIST_DIR}/mobi2070.ico")
set(CPACK_NSIS_MUI_ICON "${MOBI_NSIS_ICON}")
set(CPACK_NSIS_MUI_UNIICON "${MOBI_NSIS_ICON}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\mobi2070.exe") # shown in "Apps & features"

# Start menu: "Mobi 2070" (made by the template), then the two extra modes.
# The desktop shortcut is made here too: the template makes its own only when
# a page that a silent install never shows is ticked.
set(CPACK_PACKAGE_EXECUTABLES "mobi2070;Mobi 2070")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(MOBI_NSIS_EXE "$INSTDIR\\bin\\mobi2070.exe")
set(MOBI_NSIS_CLASS "Mobi 2070 — mode classe.lnk")      # --class: projected, fullscreen, no music
set(MOBI_NSIS_SAFE "Mobi 2070 — mode sans échec.lnk")   # --low-detail: for old or driverless PCs
set(CPACK_NSIS_CREATE_ICONS_EXTRA "
  CreateShortCut \"$SMPROGRAMS\\$STARTMENU_FOLDER\\${MOBI_NSIS_CLASS}\" \"${MOBI_NSIS_EXE}\" \"--class\"
  CreateShortCut \"$SMPROGRAMS\\$STARTMENU_FOLDER\\${MOBI_NSIS_SAFE}\" \"${MOBI_NSIS_EXE}\" \"--low-detail\"
  CreateShortCut \"$DESKTOP\\Mobi 2070.lnk\" \"${MOBI_NSIS_EXE}\"
")
# The uninstaller's name for the Start-menu folder is $MUI_TEMP.
set(CPACK_NSIS_DELETE_ICONS_EXTRA "
  Delete \"$SMPROGRAMS\\$MUI_TEMP\\${MOBI_NSIS_CLASS}\"
  Delete \"$SMPROGRAMS\\$MUI_TEMP\\${MOBI_NSIS_SAFE}\"
  Delete \"$DESKTOP\\Mobi 2070.lnk\"
")

include(CPack)
