// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/Facts.hpp"

#include "content/StringTable.hpp"
#include "content/XmlNode.hpp"

namespace mobi {

FactBook loadFacts(const std::string& text, const std::string& name, ErrorList& errors) {
    FactBook book;
    auto doc = XmlDocument::parse(text, name, errors);
    if (!doc) return book;
    auto root = doc->root("facts", errors);
    if (!root) return book;
    root->allowOnly({"version"}, {"fact"});
    root->requireInt("version", 1, 1);
    for (const XmlNode& f : root->children("fact")) {
        f.allowOnly({"id", "tag", "org", "orgText", "year", "document", "documentText", "via", "viaText"},
                    {});
        Fact fact;
        fact.id = f.requireString("id");
        fact.tag = f.requireChoice("tag", {"V", "S", "U"}).c_str()[0];
        if (f.has("org") == f.has("orgText"))
            f.error("<fact id=\"" + fact.id +
                    "\">: expected \"org\" (a name) or \"orgText\" (a string id), found " +
                    (f.has("org") ? "both" : "neither"));
        fact.org = f.optString("org", "");
        fact.orgText = f.optString("orgText", "");
        fact.year = f.optString("year", "");
        for (const char* pair : {"document", "via"}) {
            const std::string words = std::string(pair) + "Text";
            if (f.has(pair) && f.has(words.c_str()))
                f.error("<fact id=\"" + fact.id + "\">: expected \"" + pair + "\" (a name or title) or \"" +
                        words + "\" (a string id), found both");
        }
        fact.document = f.optString("document", "");
        fact.documentText = f.optString("documentText", "");
        fact.via = f.optString("via", "");
        fact.viaText = f.optString("viaText", "");
        fact.line = f.line();
        if (fact.id.empty()) continue;
        auto [it, inserted] = book.facts.emplace(fact.id, fact);
        if (!inserted)
            f.error("<fact id=\"" + fact.id + "\">: expected each id once, found it again (first at line " +
                    std::to_string(it->second.line) + ")");
    }
    return book;
}

std::vector<std::string> Fact::textIds() const {
    std::vector<std::string> ids;
    for (const std::string* text : {&orgText, &documentText, &viaText})
        if (!text->empty()) ids.push_back(*text);
    return ids;
}

std::string sourceOf(const Fact& fact, const Strings& strings) {
    // Between two titles or two relays: "; " in English, " ; " in French.
    const std::string separator = strings.get("source.separator") + " ";
    std::string line = fact.orgText.empty() ? fact.org : strings.get(fact.orgText);
    if (!fact.year.empty()) line += ", " + fact.year;
    if (!fact.documentText.empty()) {
        line += ", " + strings.get(fact.documentText);
    } else if (!fact.document.empty()) {
        // Each title in the language's quotes: « A » ; « B ».
        std::string titles;
        std::size_t from = 0;
        while (from <= fact.document.size()) {
            std::size_t to = fact.document.find("; ", from);
            if (to == std::string::npos) to = fact.document.size();
            titles += (titles.empty() ? "" : separator) +
                      strings.get("source.quoted", {{"title", fact.document.substr(from, to - from)}});
            from = to + 2;
        }
        line += ", " + titles;
    }
    std::string via = fact.viaText.empty() ? fact.via : strings.get(fact.viaText);
    for (std::size_t at = via.find("; "); fact.viaText.empty() && at != std::string::npos;
         at = via.find("; ", at + separator.size()))
        via.replace(at, 2, separator); // two relays: "Causette ; Yahoo"
    if (!via.empty()) line += " (" + strings.get("source.via", {{"via", via}}) + ")";
    return line;
}

std::string sourceLine(const Strings& strings, const FactBook& facts, const std::string& factId) {
    const Fact* f = facts.find(factId);
    if (!f) return "";
    return strings.get("logbook.source", {{"source", sourceOf(*f, strings)}});
}

FactBook loadFactsFile(const std::string& path, ErrorList& errors) {
    auto text = readTextFile(path);
    if (!text) {
        errors.add(path, 0, "cannot open the facts file (is it missing?)");
        return {};
    }
    return loadFacts(*text, path, errors);
}

} // namespace mobi
