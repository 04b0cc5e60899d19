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
        f.allowOnly({"id", "tag", "org", "year", "document", "via"}, {});
        Fact fact;
        fact.id = f.requireString("id");
        fact.tag = f.requireChoice("tag", {"V", "S", "U"}).c_str()[0];
        fact.org = f.requireString("org");
        fact.year = f.optString("year", "");
        fact.document = f.optString("document", "");
        fact.via = f.optString("via", "");
        fact.line = f.line();
        if (fact.id.empty()) continue;
        auto [it, inserted] = book.facts.emplace(fact.id, fact);
        if (!inserted)
            f.error("<fact id=\"" + fact.id + "\">: expected each id once, found it again (first at line " +
                    std::to_string(it->second.line) + ")");
    }
    return book;
}

std::string sourceOf(const Fact& fact, const std::string& quoteTemplate, const std::string& viaTemplate) {
    std::string line = fact.org;
    if (!fact.year.empty()) line += ", " + fact.year;
    if (!fact.document.empty()) line += ", " + fillPlaceholders(quoteTemplate, {{"title", fact.document}});
    if (!fact.via.empty()) line += " (" + fillPlaceholders(viaTemplate, {{"via", fact.via}}) + ")";
    return line;
}

std::string sourceLine(const Strings& strings, const FactBook& facts, const std::string& factId) {
    const Fact* f = facts.find(factId);
    if (!f) return "";
    return strings.get("logbook.source",
                       {{"source", sourceOf(*f, strings.get("source.quoted"), strings.get("source.via"))}});
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
