# SPDX-License-Identifier: GPL-3.0-or-later
# Read by cpack once for each generator: which install components go in.
# The Debian package links to Debian's fonts; the tarball carries its own.
if(CPACK_GENERATOR STREQUAL "DEB")
    set(CPACK_COMPONENTS_ALL Unspecified debian_fonts)
else()
    set(CPACK_COMPONENTS_ALL Unspecified bundled_fonts)
endif()
