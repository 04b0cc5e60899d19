// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/Languages.hpp"

#include "content/XmlNode.hpp"

#include <tinyxml2.h>

#include <algorithm>

namespace mobi {

std::filesystem::path localeFile(const std::filesystem::path& dataDir, const std::string& code) {
    return dataDir / "locale" / std::filesystem::u8path(code + ".xml");
}

std::vector<LanguageInfo> listLanguages(const std::filesystem::path& dataDir) {
    std::vector<LanguageInfo> out;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(dataDir / "locale", ec)) {
        if (entry.path().extension() != ".xml") continue;
        // Only the root's attributes are needed here; the full check is --check-data's.
        tinyxml2::XMLDocument doc;
        auto text = readTextFile(entry.path().u8string());
        if (!text || doc.Parse(text->data(), text->size()) != tinyxml2::XML_SUCCESS) continue;
        const tinyxml2::XMLElement* root = doc.RootElement();
        if (!root || std::string(root->Name()) != "strings" || !root->Attribute("name")) continue;
        out.push_back({entry.path().stem().u8string(), root->Attribute("name")});
    }
    std::sort(out.begin(), out.end(), [](const LanguageInfo& a, const LanguageInfo& b) {
        if ((a.code == kReferenceLanguage) != (b.code == kReferenceLanguage))
            return a.code == kReferenceLanguage;
        return a.code < b.code;
    });
    return out;
}

Strings loadStrings(const std::filesystem::path& dataDir, const std::string& code, ErrorList& errors) {
    StringTable reference = loadStringTableFile(localeFile(dataDir, kReferenceLanguage).u8string(), errors);
    if (code == kReferenceLanguage) return Strings(reference, reference);
    StringTable current = loadStringTableFile(localeFile(dataDir, code).u8string(), errors);
    return Strings(std::move(reference), std::move(current));
}

} // namespace mobi
