// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/VaultData.hpp"

#include "content/LevelList.hpp"
#include "content/XmlNode.hpp"

#include <algorithm>
#include <set>

namespace mobi {

std::filesystem::path vaultFile(const std::filesystem::path& dataDir) {
    return dataDir / "levels" / "vault.xml";
}

VaultBook loadVault(const std::string& text, const std::string& name, const VaultCheckContext& check,
                    ErrorList& errors) {
    VaultBook book;
    auto doc = XmlDocument::parse(text, name, errors);
    if (!doc) return book;
    auto root = doc->root("vault", errors);
    if (!root) return book;
    root->allowOnly({"version"}, {"set"});
    root->requireInt("version", 1, 1);
    const auto& levels = levelList();
    for (const XmlNode& s : root->children("set")) {
        s.allowOnly({"id"}, {"digit"});
        CodeSet set;
        set.line = s.line();
        set.id = s.requireString("id");
        if (book.find(set.id)) s.error("<set>: expected each id once, found \"" + set.id + "\" again");
        for (const XmlNode& d : s.children("digit")) {
            d.allowOnly({"level", "value", "fact", "hint", "text"}, {});
            VaultDigitDef digit;
            digit.line = d.line();
            digit.level = d.requireString("level");
            digit.value = d.requireInt("value", 0, 9);
            digit.factId = d.requireString("fact");
            digit.hintId = d.requireString("hint");
            digit.textId = d.optString("text", "");
            if (!digit.level.empty() && !findLevelEntry(digit.level))
                d.error("<digit> attribute \"level\": expected a level id (mine, factory, journey, pocket, "
                        "drawer, rebirth), "
                        "found \"" +
                        digit.level + "\"");
            if (check.facts && !digit.factId.empty()) {
                const Fact* f = check.facts->find(digit.factId);
                if (!f)
                    d.error("<digit> attribute \"fact\": expected a fact id of levels/facts.xml, found \"" +
                            digit.factId + "\"");
                else if (f->tag == 'U')
                    d.error("<digit> attribute \"fact\": expected a verified fact, found \"" + digit.factId +
                            "\", tagged U");
            }
            if (check.strings && !digit.hintId.empty() && !check.strings->find(digit.hintId))
                d.error("<digit> attribute \"hint\": expected a string id of locale/fr.xml, found \"" +
                        digit.hintId + "\"");
            if (check.strings && !digit.textId.empty() && !check.strings->find(digit.textId))
                d.error("<digit> attribute \"text\": expected a string id of locale/fr.xml, found \"" +
                        digit.textId + "\"");
            set.digits.push_back(digit);
        }
        // One digit per level, in the order of the journey.
        std::vector<std::string> got, expected;
        for (const auto& d : set.digits)
            got.push_back(d.level);
        for (const auto& l : levels)
            expected.push_back(l.id);
        if (got != expected) {
            std::string list;
            for (const auto& l : expected)
                list += (list.empty() ? "" : ", ") + l;
            s.error("<set id=\"" + set.id + "\">: expected one digit per level in this order: " + list);
        }
        book.sets.push_back(set);
    }
    if (!book.find("A")) root->error("<vault>: expected a code set with id \"A\", found none");
    return book;
}

std::optional<VaultDigitDef> vaultDigitDef(const std::filesystem::path& dataDir, const std::string& setId,
                                           const std::string& level) {
    ErrorList ignored; // vault.xml problems are reported by --check-data
    const VaultBook book = loadVaultFile(vaultFile(dataDir).u8string(), {}, ignored);
    const CodeSet* set = book.setOrDefault(setId);
    const VaultDigitDef* digit = set ? set->digitFor(level) : nullptr;
    if (!digit) return std::nullopt;
    return *digit;
}

int vaultDigit(const std::filesystem::path& dataDir, const std::string& setId, const std::string& level) {
    const auto digit = vaultDigitDef(dataDir, setId, level);
    return digit ? digit->value : -1;
}

VaultBook loadVaultFile(const std::string& path, const VaultCheckContext& check, ErrorList& errors) {
    auto text = readTextFile(path);
    if (!text) {
        errors.add(path, 0, "cannot open the vault file (is it missing?)");
        return {};
    }
    return loadVault(*text, path, check, errors);
}

} // namespace mobi
