# SPDX-License-Identifier: GPL-3.0-or-later
# CMake toolchain file: cross-compile for 64-bit Windows on Debian with mingw-w64.
# The "-posix" compilers use winpthreads, which gives std::thread and std::mutex
# (OpenAL Soft needs them); the "-win32" variant does not.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(MINGW_TRIPLET x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${MINGW_TRIPLET}-gcc-posix)
set(CMAKE_CXX_COMPILER ${MINGW_TRIPLET}-g++-posix)
set(CMAKE_RC_COMPILER ${MINGW_TRIPLET}-windres)

# Look for headers and libraries only in the mingw sysroot and in the folder of
# cross-built dependencies (CMAKE_PREFIX_PATH / CMAKE_FIND_ROOT_PATH given by
# build.sh), never in the Linux system's /usr.
list(APPEND CMAKE_FIND_ROOT_PATH /usr/${MINGW_TRIPLET})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# Prefer static archives: the game ships as one .exe without DLLs.
set(CMAKE_FIND_LIBRARY_SUFFIXES .a .lib)
