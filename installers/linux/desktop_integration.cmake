# SPDX-License-Identifier: GPL-3.0-or-later
# What a Linux desktop needs to list and launch the game: the .desktop entry,
# the AppStream metainfo and the icon in the hicolor theme (PNG sizes plus the
# SVG). Included from the root CMakeLists.txt on Linux.
set(MOBI_APP_ID org.mobi2070.Mobi2070)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/${MOBI_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/${MOBI_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
foreach(size 16 32 48 64 128 256)
    install(FILES ${PROJECT_SOURCE_DIR}/assets/icons/mobi2070-${size}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
            RENAME ${MOBI_APP_ID}.png)
endforeach()
install(FILES ${PROJECT_SOURCE_DIR}/assets/icons/mobi2070.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${MOBI_APP_ID}.svg)
