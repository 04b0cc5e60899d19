#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fetches Debian's source packages of the game's libraries and cross-builds them
# as static Windows libraries into WORK/prefix. Called by build.sh; usable alone:
#   installers/windows/deps.sh WORK
# Everything lands in WORK (outside the repository). A package already fetched
# or built is reused, unless its options or the toolchain file changed.
set -euo pipefail

WORK=${1:?usage: deps.sh WORK}
HERE=$(cd "$(dirname "$0")" && pwd)
TOOLCHAIN=$HERE/mingw64.cmake
SRC=$WORK/src
PREFIX=$WORK/prefix
BUILD=$WORK/build-deps
APTDIR=$WORK/apt
STAMPS=$WORK/stamps
MIRROR=${MOBI_DEBIAN_MIRROR:-http://deb.debian.org}
JOBS=${MOBI_JOBS:-$(nproc)}
mkdir -p "$SRC" "$PREFIX/lib" "$BUILD" "$STAMPS"

log() { printf '\n== %s\n' "$*"; }

# A private apt configuration per suite (sources list, index and cache under
# WORK), so the system's own sources and indexes are never touched.
apt_suite() {
    local suite=$1; shift
    local dir=$APTDIR/$suite
    # Sandbox::User=root: the files land in root's cache, which the _apt user cannot write.
    apt-get -o Dir::Etc::SourceList="$dir/sources.list" -o Dir::Etc::SourceParts=/dev/null -o APT::Sandbox::User=root \
        -o Dir::State::Lists="$dir/lists" -o Dir::Cache="$dir/cache" "$@"
}
declare -A APT_UPDATED=()
apt_suite_update() {
    local suite=$1 dir=$APTDIR/$1
    [[ -n ${APT_UPDATED[$suite]:-} ]] && return 0
    mkdir -p "$dir/lists/partial" "$dir/cache/archives/partial"
    local key=/usr/share/keyrings/debian-archive-keyring.gpg
    {
        echo "deb-src [signed-by=$key] $MIRROR/debian $suite main"
        [[ $suite == bookworm ]] && echo "deb-src [signed-by=$key] $MIRROR/debian bookworm-updates main" \
            && echo "deb-src [signed-by=$key] $MIRROR/debian-security bookworm-security main"
    } > "$dir/sources.list"
    log "apt-get update (deb-src $suite, private list in $dir)"
    apt_suite "$suite" update -q
    APT_UPDATED[$suite]=1
}

# fetch NAME: Debian source package NAME, unpacked with Debian's patches into
# SRC/NAME/<dir>; sets DIR[NAME] to that directory.
#
# apt checks every file against the signed Sources index. If the bookworm files
# are missing on the mirror (seen here: openal-soft 1.19.1's tarballs answer
# 404), fall back to the next Debian release's upstream tarball, still checked
# by apt. It is built without Debian's patches: its .dsc and debian/ files
# were missing too, and a static Windows build needs no Linux packaging.
fetch() {
    local name=$1 dir=$SRC/$1
    if [[ -f $dir/.unpacked ]]; then DIR[$name]=$(cat "$dir/.unpacked"); return; fi
    rm -rf "$dir" && mkdir -p "$dir"
    apt_suite_update bookworm
    if (cd "$dir" && apt_suite bookworm source -q "$name"); then
        find "$dir" -mindepth 1 -maxdepth 1 -type d | head -n1 > "$dir/.unpacked"
    else
        echo "deps.sh: bookworm's source of $name cannot be fetched; trying trixie's upstream tarball" >&2
        rm -rf "$dir" && mkdir -p "$dir"
        apt_suite_update trixie
        # The .dsc may be missing too: download only, and keep the verified .orig.
        (cd "$dir" && apt_suite trixie source -q -d "$name") || true
        local orig
        orig=$(find "$dir" -maxdepth 1 -name "${name}_*.orig.tar.*" | head -n1)
        [[ -n $orig ]] || { echo "deps.sh: no source for $name on $MIRROR" >&2; exit 1; }
        (cd "$dir" && tar xf "$orig")
        find "$dir" -mindepth 1 -maxdepth 1 -type d | head -n1 > "$dir/.unpacked"
    fi
    DIR[$name]=$(cat "$dir/.unpacked")
}

# A build is redone when its source, its options or the toolchain change.
TOOLCHAIN_HASH=$(sha256sum < "$TOOLCHAIN" | cut -c1-16)

# build NAME SOURCE_DIR [CMAKE_ARGS...]: configure, build and install into PREFIX.
build() {
    local name=$1 src=$2; shift 2
    local stamp=$STAMPS/$name want="$TOOLCHAIN_HASH $(basename "$src") $*"
    if [[ -f $stamp && $(cat "$stamp") == "$want" ]]; then echo "$name: up to date"; return; fi
    log "building $name from $(basename "$src")"
    local start=$SECONDS
    rm -rf "${BUILD:?}/$name"
    local logfile=$BUILD/$name.log
    if ! { cmake -S "$src" -B "$BUILD/$name" -G Ninja -Wno-dev \
            -DCMAKE_TOOLCHAIN_FILE="$TOOLCHAIN" -DCMAKE_BUILD_TYPE=Release \
            -DCMAKE_INSTALL_PREFIX="$PREFIX" -DCMAKE_PREFIX_PATH="$PREFIX" -DCMAKE_FIND_ROOT_PATH="$PREFIX" \
            -DBUILD_SHARED_LIBS=OFF -DBUILD_TESTING=OFF "$@" &&
            cmake --build "$BUILD/$name" -j "$JOBS" && cmake --install "$BUILD/$name"; } > "$logfile" 2>&1; then
        tail -n 30 "$logfile"
        echo "deps.sh: building $name failed; the whole log is $logfile" >&2
        exit 1
    fi
    echo "$want" > "$stamp"
    echo "$name: built in $((SECONDS - start)) s"
}

# Fetch everything first, so a missing source stops the script before any build.
declare -A DIR=()
for pkg in libogg libvorbis flac freetype openal-soft box2d tinyxml2 libsfml espeak-ng; do
    fetch "$pkg"
    echo "$pkg: ${DIR[$pkg]}"
done

build libogg "${DIR[libogg]}" -DINSTALL_DOCS=OFF
build libvorbis "${DIR[libvorbis]}"
# No Ogg-FLAC (the game ships no sound files; SFML reads plain FLAC), no programs.
# The stack protector would need libssp at link time.
build flac "${DIR[flac]}" -DWITH_OGG=OFF -DBUILD_CXXLIBS=OFF -DBUILD_PROGRAMS=OFF -DBUILD_EXAMPLES=OFF \
    -DBUILD_DOCS=OFF -DINSTALL_MANPAGES=OFF -DWITH_STACK_PROTECTOR=OFF
# FreeType with its own zlib and no optional libraries: SFML only needs TrueType/OpenType.
build freetype "${DIR[freetype]}" -DFT_DISABLE_ZLIB=ON -DFT_DISABLE_BZIP2=ON -DFT_DISABLE_PNG=ON \
    -DFT_DISABLE_HARFBUZZ=ON -DFT_DISABLE_BROTLI=ON
# Trixie's OpenAL Soft (see fetch) links its private copy of fmt through
# $<BUILD_LOCAL_INTERFACE:>, new in CMake 3.26; bookworm has 3.25. With
# BUILD_INTERFACE fmt's objects still go into the static archive and stay out
# of the installed interface; only the build-tree export() (of no use here)
# would then list fmt, so it is removed.
sed -i -e 's/\$<BUILD_LOCAL_INTERFACE:/$<BUILD_INTERFACE:/' \
    -e '/^ *export(TARGETS OpenAL$/,/FILE OpenALTargets.cmake)/d' "${DIR[openal-soft]}/CMakeLists.txt"
build openal-soft "${DIR[openal-soft]}" -DLIBTYPE=STATIC -DALSOFT_UTILS=OFF -DALSOFT_EXAMPLES=OFF \
    -DALSOFT_TESTS=OFF -DALSOFT_NO_CONFIG_UTIL=ON -DALSOFT_INSTALL_CONFIG=OFF -DALSOFT_INSTALL_HRTF_DATA=OFF \
    -DALSOFT_INSTALL_AMBDEC_PRESETS=OFF -DALSOFT_INSTALL_EXAMPLES=OFF -DALSOFT_INSTALL_UTILS=OFF \
    -DALSOFT_UPDATE_BUILD_VERSION=OFF
build box2d "${DIR[box2d]}" -DBOX2D_BUILD_UNIT_TESTS=OFF -DBOX2D_BUILD_TESTBED=OFF -DBOX2D_BUILD_DOCS=OFF
build tinyxml2 "${DIR[tinyxml2]}" -Dtinyxml2_BUILD_TESTING=OFF
# SFML against the libraries above. AL_LIBTYPE_STATIC: OpenAL's headers must
# not declare its functions as DLL imports, since it is linked statically.
build libsfml "${DIR[libsfml]}" -DSFML_USE_SYSTEM_DEPS=ON -DSFML_BUILD_NETWORK=OFF -DSFML_BUILD_EXAMPLES=OFF \
    -DSFML_BUILD_DOCS=OFF -DCMAKE_CXX_FLAGS=-DAL_LIBTYPE_STATIC

# SFML's static config (SFMLConfigDependencies.cmake) asks for "-lOpenGL32"
# and looks for "openal32", but mingw ships libopengl32.a and OpenAL Soft makes
# libOpenAL32.a: on Linux file names are case-sensitive. build.sh adds
# -L PREFIX/lib to the game's link.
ln -sf /usr/x86_64-w64-mingw32/lib/libopengl32.a "$PREFIX/lib/libOpenGL32.a"
ln -sf libOpenAL32.a "$PREFIX/lib/libopenal32.a"

# eSpeak NG, Mobi's voice: the library only. Building its voice data runs the
# espeak-ng program just built, which cannot run when cross-built (upstream
# issue #1020); the compiled data is the same on every platform, so voice_data
# below takes Debian's. Bookworm's upstream tarball is missing on the mirror,
# so fetch() gives trixie's 1.52, whose compiled data has the same format
# (phondata version 0x014801) as bookworm's 1.51. No MBROLA, no sound output of
# its own, no asynchronous mode (the game plays the samples and has its own
# thread), no speech-player or Klatt voices (the game uses the default one);
# SONIC_* set to something keeps its CMake from downloading libsonic from GitHub.
build_espeak() {
    local src=${DIR[espeak-ng]} stamp=$STAMPS/espeak-ng
    local want="$TOOLCHAIN_HASH $(basename "$src") library-only"
    if [[ -f $stamp && $(cat "$stamp") == "$want" ]]; then echo "espeak-ng: up to date"; return; fi
    log "building espeak-ng (the library) from $(basename "$src")"
    local start=$SECONDS logfile=$BUILD/espeak-ng.log
    rm -rf "${BUILD:?}/espeak-ng"
    if ! { cmake -S "$src" -B "$BUILD/espeak-ng" -G Ninja -Wno-dev \
            -DCMAKE_TOOLCHAIN_FILE="$TOOLCHAIN" -DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=OFF \
            -DBUILD_TESTING=OFF -DUSE_MBROLA=OFF -DUSE_LIBSONIC=OFF -DUSE_LIBPCAUDIO=OFF -DUSE_ASYNC=OFF \
            -DUSE_KLATT=OFF -DUSE_SPEECHPLAYER=OFF -DSONIC_LIB=unused -DSONIC_INC=unused \
            -DFETCHCONTENT_FULLY_DISCONNECTED=ON &&
            cmake --build "$BUILD/espeak-ng" -j "$JOBS" --target espeak-ng ucd; } > "$logfile" 2>&1; then
        tail -n 30 "$logfile"
        echo "deps.sh: building espeak-ng failed; the whole log is $logfile" >&2
        exit 1
    fi
    mkdir -p "$PREFIX/include" "$PREFIX/lib"
    cp -r "$src/src/include/espeak-ng" "$PREFIX/include/"
    cp "$BUILD/espeak-ng/src/libespeak-ng/libespeak-ng.a" "$PREFIX/lib/"
    cp "$BUILD/espeak-ng/src/ucd-tools/libucd.a" "$PREFIX/lib/libespeak-ng-ucd.a"
    echo "$want" > "$stamp"
    echo "espeak-ng: built in $((SECONDS - start)) s"
}
build_espeak

# The French and English voices, compiled natively by Debian (espeak-ng-data,
# installed with libespeak-ng-dev by tools/setup): only what those two voices
# read, about 0.9 MB, into WORK/voice/espeak-ng-data for the game's data folder.
voice_data() {
    local from out=$WORK/voice/espeak-ng-data
    from=$(dpkg -L espeak-ng-data | grep '/espeak-ng-data/phondata$' | head -n1)
    from=${from%/phondata}
    [[ -d $from ]] || { echo "deps.sh: no espeak-ng-data on this machine (apt-get install espeak-ng-data)" >&2; exit 1; }
    rm -rf "$out" && mkdir -p "$out/lang/roa" "$out/lang/gmw"
    cp "$from"/{phondata,phonindex,phontab,intonations,fr_dict,en_dict} "$out/"
    cp "$from/lang/roa/fr" "$out/lang/roa/"
    cp "$from/lang/gmw/en" "$out/lang/gmw/"
    echo "voice data: fr and en from $from, $(du -sk "$out" | cut -f1) kB"
}
voice_data
