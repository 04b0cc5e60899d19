// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/StringTable.hpp"

#include "content/XmlNode.hpp"

#include <algorithm>

namespace mobi {
namespace {

// Lower case, plus capitals for the ids that carry a FACTS.md id ("fact.E1").
bool isIdChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
           c == '_' || c == '-';
}

bool isPlaceholderChar(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; }

// Checks that every brace opens a well-formed {placeholder}.
bool bracesBalanced(const std::string& text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '}') return false;
        if (text[i] != '{') continue;
        std::size_t close = text.find('}', i);
        if (close == std::string::npos || close == i + 1) return false;
        for (std::size_t k = i + 1; k < close; ++k)
            if (!isPlaceholderChar(text[k])) return false;
        i = close;
    }
    return true;
}

} // namespace

const StringEntry* StringTable::find(const std::string& id) const {
    auto it = entries.find(id);
    return it == entries.end() ? nullptr : &it->second;
}

StringTable loadStringTable(const std::string& text, const std::string& name, ErrorList& errors) {
    StringTable table;
    auto doc = XmlDocument::parse(text, name, errors);
    if (!doc) return table;
    auto root = doc->root("strings", errors);
    if (!root) return table;
    root->allowOnly({"lang", "name", "version"}, {"string"});
    table.language = root->requireString("lang");
    table.languageName = root->requireString("name");
    root->requireInt("version", 1, 1);
    for (const XmlNode& s : root->children("string")) {
        s.allowOnly({"id", "note"}, {});
        std::string id = s.requireString("id");
        if (id.empty()) continue;
        if (!std::all_of(id.begin(), id.end(), isIdChar)) {
            s.error("<string> attribute \"id\": expected letters, digits and . _ -, found \"" + id + "\"");
            continue;
        }
        StringEntry entry{s.text(), s.optString("note", ""), s.line()};
        if (entry.text.empty())
            s.error("<string id=\"" + id + "\">: expected a text, found an empty element");
        if (!bracesBalanced(entry.text))
            s.error("<string id=\"" + id +
                    "\">: expected placeholders written {name} (a-z, 0-9, _), found \"" + entry.text + "\"");
        auto [it, inserted] = table.entries.emplace(id, entry);
        if (!inserted)
            s.error("<string id=\"" + id + "\">: expected each id once, found it again (first at line " +
                    std::to_string(it->second.line) + ")");
    }
    return table;
}

StringTable loadStringTableFile(const std::string& path, ErrorList& errors) {
    auto text = readTextFile(path);
    if (!text) {
        errors.add(path, 0, "cannot open the string table (is the file missing?)");
        return {};
    }
    return loadStringTable(*text, path, errors);
}

std::vector<std::string> placeholdersOf(const std::string& text) {
    std::vector<std::string> names;
    std::size_t i = 0;
    while ((i = text.find('{', i)) != std::string::npos) {
        std::size_t close = text.find('}', i);
        if (close == std::string::npos) break;
        names.push_back(text.substr(i + 1, close - i - 1));
        i = close + 1;
    }
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return names;
}

std::string fillPlaceholders(const std::string& text, const TextParams& params) {
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t open = text.find('{', i);
        if (open == std::string::npos) break;
        std::size_t close = text.find('}', open);
        if (close == std::string::npos) break;
        out.append(text, i, open - i);
        std::string key = text.substr(open + 1, close - open - 1);
        auto it = std::find_if(params.begin(), params.end(), [&](const auto& p) { return p.first == key; });
        out += it != params.end() ? it->second : text.substr(open, close - open + 1);
        i = close + 1;
    }
    out.append(text, i, std::string::npos);
    return out;
}

Strings::Strings(StringTable reference, StringTable current)
    : m_reference(std::move(reference)), m_current(std::move(current)) {}

std::string Strings::get(const std::string& id) const {
    if (const StringEntry* e = m_current.find(id)) return e->text;
    if (const StringEntry* e = m_reference.find(id)) return e->text;
    return missingMarker(id);
}

std::string Strings::get(const std::string& id, const TextParams& params) const {
    return fillPlaceholders(get(id), params);
}

bool Strings::hasOwn(const std::string& id) const { return m_current.find(id) != nullptr; }

bool Strings::has(const std::string& id) const {
    return m_current.find(id) != nullptr || m_reference.find(id) != nullptr;
}

} // namespace mobi
