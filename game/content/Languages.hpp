// SPDX-License-Identifier: GPL-3.0-or-later
// The languages the game can speak: one locale/<code>.xml file each, so adding
// a language is adding a file. French is the reference every other falls back to.
#pragma once

#include "content/DataError.hpp"
#include "content/StringTable.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace mobi {

constexpr const char* kReferenceLanguage = "fr";

struct LanguageInfo {
    std::string code; // file name without .xml
    std::string name; // the language's own name, from the file
};

// Every locale/*.xml whose root says its name, French first, then by code.
std::vector<LanguageInfo> listLanguages(const std::filesystem::path& dataDir);

// The reference table plus `code` (or French alone when `code` is French).
Strings loadStrings(const std::filesystem::path& dataDir, const std::string& code, ErrorList& errors);

std::filesystem::path localeFile(const std::filesystem::path& dataDir, const std::string& code);

} // namespace mobi
