// SPDX-License-Identifier: GPL-3.0-or-later
// The facts the game may show, from levels/facts.xml. Each carries the id of
// ../shared/FACTS.md, its source (organisation, year, document) and its tag:
// V verified, S one relay only (word it carefully), U unverified (never shown).
// The sentences themselves are in locale/ as "fact.<ID>".
#pragma once

#include "content/DataError.hpp"

#include <map>
#include <string>
#include <vector>

namespace mobi {

// A source line is made of names and titles, which stay as they are in every
// language, and of words, which are string ids of locale/ (source.<ID>.…) so a
// French reader never reads "organising committee". Each part is one or the
// other: org or orgText, document or documentText, via or viaText.
struct Fact {
    std::string id;           // "E1"
    char tag = 'U';           // 'V', 'S' or 'U'
    std::string org;          // a name, "ADEME"; "" when orgText is given
    std::string orgText;      // a string id for an organisation said in words
    std::string year;         // "2022" (a string: some are lists such as "2014, 2024"); "" if unknown
    std::string document;     // the document's title(s), "; " between two; "" when it has none
    std::string documentText; // a string id for a document said in words ("iFixit's teardown")
    std::string via;          // the relay's name ("20 Minutes"); "" when read at the source
    std::string viaText;      // a string id for a relay said in words
    int line = 0;

    // The string ids this fact's source line uses.
    std::vector<std::string> textIds() const;
};

struct FactBook {
    std::map<std::string, Fact> facts;
    const Fact* find(const std::string& id) const {
        auto it = facts.find(id);
        return it == facts.end() ? nullptr : &it->second;
    }
};

class Strings;

// "ADEME, 2022, « Longue vie à notre smartphone »" — the parts that exist, in
// the language of `strings`: its quotes (source.quoted), its relay phrase
// (source.via), its list separator (source.separator) and its words for
// the parts given as string ids.
std::string sourceOf(const Fact& fact, const Strings& strings);

// The whole line shown under a fact ("Source : ADEME, 2022, « … »") in the
// current language, or "" when the fact is unknown.
std::string sourceLine(const Strings& strings, const FactBook& facts, const std::string& factId);

FactBook loadFacts(const std::string& text, const std::string& name, ErrorList& errors);
FactBook loadFactsFile(const std::string& path, ErrorList& errors);

} // namespace mobi
