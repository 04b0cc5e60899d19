// The facts the game may show, from levels/facts.xml. Each carries the id of
// ../shared/FACTS.md, its source (organisation, year, document) and its tag:
// V verified, S one relay only (word it carefully), U unverified (never shown).
// The sentences themselves are in locale/ as "fact.<ID>".
#pragma once

#include "content/DataError.hpp"

#include <map>
#include <string>

namespace mobi {

struct Fact {
    std::string id;       // "E1"
    char tag = 'U';       // 'V', 'S' or 'U'
    std::string org;      // "ADEME"
    std::string year;     // "2022" (a string: some are lists such as "2014, 2024"); "" if unknown
    std::string document; // the document's title; "" when it has none
    std::string via;      // the relay that reported it ("20 Minutes"); "" when read at the source
    int line = 0;
};

struct FactBook {
    std::map<std::string, Fact> facts;
    const Fact* find(const std::string& id) const {
        auto it = facts.find(id);
        return it == facts.end() ? nullptr : &it->second;
    }
};

// "ADEME, 2022, « Longue vie à notre smartphone »" — the parts that exist, with
// the quoting and the relay phrase given by the language ({title}, {via}).
std::string sourceOf(const Fact& fact, const std::string& quoteTemplate, const std::string& viaTemplate);

class Strings;
// The whole line shown under a fact ("Source : ADEME, 2022, « … »") in the
// current language, or "" when the fact is unknown.
std::string sourceLine(const Strings& strings, const FactBook& facts, const std::string& factId);

FactBook loadFacts(const std::string& text, const std::string& name, ErrorList& errors);
FactBook loadFactsFile(const std::string& path, ErrorList& errors);

} // namespace mobi
