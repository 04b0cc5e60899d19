// SPDX-License-Identifier: GPL-3.0-or-later
#include "save/AtomicFile.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <system_error>

#ifdef _WIN32
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <io.h>
#include <windows.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace mobi {

namespace fs = std::filesystem;

namespace {

std::string describe(const fs::path& p) { return "\"" + p.u8string() + "\""; }

std::string lastErrorText() {
#ifdef _WIN32
    // MoveFileExW reports through GetLastError, not errno.
    return std::system_category().message(static_cast<int>(GetLastError()));
#else
    return std::strerror(errno);
#endif
}

void setError(std::string* error, const std::string& text) {
    if (error) *error = text;
}

// path::c_str() is wide on Windows, so names in any script open correctly there.
std::FILE* openForWriting(const fs::path& p) {
#ifdef _WIN32
    return _wfopen(p.c_str(), L"wb");
#else
    return std::fopen(p.c_str(), "wb");
#endif
}

// Pushes the file's bytes from the OS cache to the disk. Without this a power
// cut shortly after the rename can leave a renamed but empty file on ext4/NTFS.
bool syncToDisk(std::FILE* f) {
    if (std::fflush(f) != 0) return false;
#ifdef _WIN32
    return _commit(_fileno(f)) == 0;
#else
    return fsync(fileno(f)) == 0;
#endif
}

// Replaces `to` if it exists, in one step. std::filesystem::rename does not
// promise to replace an existing file on every Windows standard library.
bool renameReplacing(const fs::path& from, const fs::path& to) {
#ifdef _WIN32
    return MoveFileExW(from.c_str(), to.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH) != 0;
#else
    return std::rename(from.c_str(), to.c_str()) == 0;
#endif
}

// Makes the renames themselves durable (POSIX keeps directory entries in the
// folder's own data). Not every file system can sync a folder (some network and
// FAT mounts refuse), and by now both files are complete, so a failure here
// is not an error. On Windows MOVEFILE_WRITE_THROUGH already did this.
void syncFolder(const fs::path& folder) {
#ifndef _WIN32
    const fs::path dir = folder.empty() ? fs::path(".") : folder;
    int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;
    (void)fsync(fd);
    ::close(fd);
#else
    (void)folder;
#endif
}

fs::path withSuffix(const fs::path& p, const char* suffix) {
    fs::path out = p;
    out += suffix;
    return out;
}

} // namespace

bool writeFileAtomically(const fs::path& target, const std::string& content, std::string* error) {
    const fs::path tmp = withSuffix(target, ".tmp");
    const fs::path bak = withSuffix(target, ".bak");

    // 1. The new content goes to a side file; the target is not touched yet,
    // so a crash here costs nothing but a stray .tmp (overwritten next time).
    std::FILE* f = openForWriting(tmp);
    if (!f) {
        setError(error, "cannot create " + describe(tmp) + ": " + std::strerror(errno));
        return false;
    }
    // Keep the first failure's reason; a full disk often shows up only at the
    // flush or the close, not at fwrite.
    std::string writeError;
    if (std::fwrite(content.data(), 1, content.size(), f) != content.size())
        writeError = std::strerror(errno);
    if (writeError.empty() && !syncToDisk(f)) writeError = std::strerror(errno);
    if (std::fclose(f) != 0 && writeError.empty()) writeError = std::strerror(errno);
    if (!writeError.empty()) {
        setError(error, "cannot write " + describe(tmp) + ": " + writeError);
        std::error_code ignored;
        fs::remove(tmp, ignored);
        return false;
    }

    // 2. Keep the current good copy as .bak. From here until step 3 the target
    // name is empty but the .bak is complete, so nothing is ever lost.
    std::error_code ec;
    const bool hadTarget = fs::exists(target, ec);
    if (ec) {
        // Unknown state (e.g. no permission to look): do not risk replacing
        // the target without keeping its copy.
        setError(error, "cannot check " + describe(target) + ": " + ec.message());
        std::error_code ignored;
        fs::remove(tmp, ignored);
        return false;
    }
    if (hadTarget && !renameReplacing(target, bak)) {
        setError(error,
                 "cannot rename " + describe(target) + " to " + describe(bak) + ": " + lastErrorText());
        std::error_code ignored;
        fs::remove(tmp, ignored);
        return false;
    }

    // 3. Put the new file in place.
    if (!renameReplacing(tmp, target)) {
        setError(error,
                 "cannot rename " + describe(tmp) + " to " + describe(target) + ": " + lastErrorText());
        std::error_code ignored;
        fs::remove(tmp, ignored);
        // Put the previous copy back under its own name; if even that fails,
        // it is still complete in the .bak, where loading looks for it.
        if (hadTarget) (void)renameReplacing(bak, target);
        return false;
    }
    syncFolder(target.parent_path());
    return true;
}

bool readWholeFile(const fs::path& file, std::string& out, std::string* error) {
    out.clear();
    std::error_code ec;
    const fs::file_status st = fs::status(file, ec);
    if (!fs::exists(st)) {
        setError(error, describe(file) + " does not exist");
        return false;
    }
    if (!fs::is_regular_file(st)) {
        setError(error, describe(file) + " is not a regular file");
        return false;
    }
    const std::uintmax_t size = fs::file_size(file, ec);
    if (ec || size > kMaxSaveFileBytes) {
        setError(error, describe(file) + (ec ? " has no readable size" : " is far too big for a save file"));
        return false;
    }
#ifdef _WIN32
    std::FILE* f = _wfopen(file.c_str(), L"rb");
#else
    std::FILE* f = std::fopen(file.c_str(), "rb");
#endif
    if (!f) {
        setError(error, "cannot open " + describe(file) + ": " + std::strerror(errno));
        return false;
    }
    // Read until the end rather than trusting the size: the file may change
    // between the two calls, and the cap still bounds the memory used.
    char buffer[8192];
    std::size_t n = 0;
    bool tooBig = false;
    while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) {
        if (out.size() + n > kMaxSaveFileBytes) {
            tooBig = true;
            break;
        }
        out.append(buffer, n);
    }
    const bool failed = std::ferror(f) != 0;
    std::fclose(f);
    if (failed || tooBig) {
        setError(error, "cannot read " + describe(file) + (tooBig ? ": far too big" : ": read error"));
        out.clear();
        return false;
    }
    return true;
}

} // namespace mobi
