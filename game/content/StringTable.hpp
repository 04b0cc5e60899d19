// SPDX-License-Identifier: GPL-3.0-or-later
// Player-visible text: one table per language, loaded from locale/<code>.xml.
// French is the reference; a missing id falls back to French, and an id that
// exists nowhere is shown as a visible marker so nobody ships a blank button.
#pragma once

#include "content/DataError.hpp"

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace mobi {

struct StringEntry {
    std::string text;
    std::string note; // for translators: where the text appears, its tone, its length limits
    int line = 0;
};

struct StringTable {
    std::string language;     // the file's code, e.g. "fr"
    std::string languageName; // the language's own name, e.g. "Français"
    std::map<std::string, StringEntry> entries;

    const StringEntry* find(const std::string& id) const;
};

// Loads a table from text; `name` is the file name used in error messages.
StringTable loadStringTable(const std::string& text, const std::string& name, ErrorList& errors);
StringTable loadStringTableFile(const std::string& path, ErrorList& errors);

// The names inside {braces} of a text, sorted and unique: "{name} has {count}"
// gives {"count", "name"}.
std::vector<std::string> placeholdersOf(const std::string& text);

using TextParams = std::vector<std::pair<std::string, std::string>>;

// Replaces each {name} by its value; unknown names stay visible as {name}.
std::string fillPlaceholders(const std::string& text, const TextParams& params);

// The current language plus the French reference, with fallback.
class Strings {
public:
    Strings() = default;
    Strings(StringTable reference, StringTable current);

    // The text for `id`: current language, else the reference, else "[[id]]".
    std::string get(const std::string& id) const;
    std::string get(const std::string& id, const TextParams& params) const;
    bool has(const std::string& id) const;
    // In the current language itself, not only through the reference's fallback.
    bool hasOwn(const std::string& id) const;
    const std::string& language() const { return m_current.language; }
    const StringTable& reference() const { return m_reference; }

    static std::string missingMarker(const std::string& id) { return "[[" + id + "]]"; }

private:
    StringTable m_reference;
    StringTable m_current;
};

} // namespace mobi
