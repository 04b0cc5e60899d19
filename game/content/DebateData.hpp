// SPDX-License-Identifier: GPL-3.0-or-later
// The debate after the vault opens, from levels/debate.xml: cards shown one
// at a time (feelings, what we learned, debate questions by age band, the
// commitment) and the promises a class or family may choose from.
#pragma once

#include "content/DataError.hpp"
#include "content/StringTable.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace mobi {

struct DebateCard {
    std::string id, kind, textId; // kind: feelings, learned, debate, commitment
    bool young = false, older = false;
};

struct PromiseDef {
    std::string id, textId;
};

struct Debate {
    std::vector<DebateCard> cards;
    std::vector<PromiseDef> promises;

    std::vector<const DebateCard*> cardsFor(bool young) const {
        std::vector<const DebateCard*> out;
        for (const auto& c : cards)
            if (young ? c.young : c.older) out.push_back(&c);
        return out;
    }
    const PromiseDef* promise(const std::string& id) const {
        for (const auto& p : promises)
            if (p.id == id) return &p;
        return nullptr;
    }
};

Debate loadDebate(const std::string& text, const std::string& name, const StringTable* strings,
                  ErrorList& errors);
Debate loadDebateFile(const std::filesystem::path& dataDir, const StringTable* strings, ErrorList& errors);

} // namespace mobi
