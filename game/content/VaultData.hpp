// SPDX-License-Identifier: GPL-3.0-or-later
// The 2070 digital vault's code sets, from levels/vault.xml. A set gives one
// digit per level, in life-cycle order, each tied to a fact of that level and
// to a hint question (for a child whose digit is wrong). A teacher can add a
// set by editing the file; a profile or a class session uses one set.
#pragma once

#include "content/DataError.hpp"
#include "content/Facts.hpp"
#include "content/StringTable.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace mobi {

struct VaultDigitDef {
    std::string level; // a level id of the registry
    int value = 0;     // 0–9
    std::string factId;
    std::string hintId; // string id of the hint question
    // The logbook's key sentence for this digit, a string id; "" when it is the
    // level's own (<logbook text>), as for set A, whose digits rest on the key facts.
    std::string textId;
    int line = 0;
};

struct CodeSet {
    std::string id;                    // "A", "B", …
    std::vector<VaultDigitDef> digits; // one per level, in life-cycle order
    int line = 0;

    const VaultDigitDef* digitFor(const std::string& level) const {
        for (const auto& d : digits)
            if (d.level == level) return &d;
        return nullptr;
    }
};

struct VaultBook {
    std::vector<CodeSet> sets;
    const CodeSet* find(const std::string& id) const {
        for (const auto& s : sets)
            if (s.id == id) return &s;
        return nullptr;
    }
    // The set of `id`, else set A, else the first (never null if the book loaded).
    const CodeSet* setOrDefault(const std::string& id) const {
        if (const CodeSet* s = find(id)) return s;
        if (const CodeSet* a = find("A")) return a;
        return sets.empty() ? nullptr : &sets.front();
    }
};

struct VaultCheckContext {
    const FactBook* facts = nullptr;
    const StringTable* strings = nullptr;
};

VaultBook loadVault(const std::string& text, const std::string& name, const VaultCheckContext& check,
                    ErrorList& errors);
VaultBook loadVaultFile(const std::string& path, const VaultCheckContext& check, ErrorList& errors);
std::filesystem::path vaultFile(const std::filesystem::path& dataDir);

// The digit a level gives in a player's code set (set A when that set is not
// in the file), or -1 when the vault file cannot be read.
int vaultDigit(const std::filesystem::path& dataDir, const std::string& set, const std::string& level);
// The whole digit of `level` in `set` (its fact, its logbook text), or nullopt.
std::optional<VaultDigitDef> vaultDigitDef(const std::filesystem::path& dataDir, const std::string& set,
                                           const std::string& level);

} // namespace mobi
