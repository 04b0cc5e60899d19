// SPDX-License-Identifier: GPL-3.0-or-later
// Reading and crash-safe writing of the small files the game saves (settings,
// profiles). A family PC may be switched off at the wall in the middle of a
// save; whatever the moment, either the file or its ".bak" copy must still
// hold a complete, good version, so a child's progress is never lost.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

namespace mobi {

// Writes `content` to `target` so that a crash or power cut at any point
// leaves a complete file behind:
//   1. write `target`.tmp, flush it and sync it to the disk;
//   2. if `target` exists, rename it to `target`.bak (the previous good copy,
//      replacing the older .bak);
//   3. rename `target`.tmp to `target`, then sync the folder (POSIX).
// Between steps 2 and 3 only the .bak exists, and it is complete: loaders
// restore from it (see UserStore). The folder must already exist.
// On failure returns false, leaves `target` (or its .bak) untouched, removes
// the .tmp and, if `error` is given, describes what went wrong.
bool writeFileAtomically(const std::filesystem::path& target, const std::string& content, std::string* error);

// Save files are small; anything bigger than this is not one of ours and is
// treated as damaged rather than read into memory.
constexpr std::uintmax_t kMaxSaveFileBytes = 16u * 1024u * 1024u;

// Reads a whole file (at most kMaxSaveFileBytes) into `out`. Returns false and
// describes why in `error` when it is missing, unreadable, not a regular file
// or too big.
bool readWholeFile(const std::filesystem::path& file, std::string& out, std::string* error);

} // namespace mobi
