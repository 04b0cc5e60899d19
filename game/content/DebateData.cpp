// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/DebateData.hpp"

#include "content/XmlNode.hpp"

#include <set>
#include <sstream>

namespace mobi {

Debate loadDebate(const std::string& text, const std::string& name, const StringTable* strings,
                  ErrorList& errors) {
    Debate debate;
    auto doc = XmlDocument::parse(text, name, errors);
    if (!doc) return debate;
    auto root = doc->root("debate", errors);
    if (!root) return debate;
    root->allowOnly({"version"}, {"card", "promise"});
    root->requireInt("version", 1, 1);
    auto checkText = [&](const XmlNode& n) {
        std::string id = n.requireString("text");
        if (strings && !id.empty() && !strings->find(id))
            n.error(std::string("<") + n.name() +
                    "> attribute \"text\": expected a string id of locale/fr.xml, found \"" + id + "\"");
        return id;
    };
    std::set<std::string> ids;
    for (const XmlNode& c : root->children("card")) {
        c.allowOnly({"id", "kind", "ages", "text"}, {});
        DebateCard card;
        card.id = c.requireString("id");
        card.kind = c.requireChoice("kind", {"feelings", "learned", "debate", "commitment"});
        card.textId = checkText(c);
        std::istringstream ages(c.requireString("ages"));
        for (std::string w; ages >> w;) {
            if (w == "young")
                card.young = true;
            else if (w == "older")
                card.older = true;
            else
                c.error("<card> attribute \"ages\": expected \"young\", \"older\" or both, found \"" + w +
                        "\"");
        }
        if (!ids.insert("card:" + card.id).second)
            c.error("<card>: expected each id once, found \"" + card.id + "\" again");
        debate.cards.push_back(card);
    }
    for (const XmlNode& p : root->children("promise")) {
        p.allowOnly({"id", "text"}, {});
        PromiseDef promise{p.requireString("id"), checkText(p)};
        if (!ids.insert("promise:" + promise.id).second)
            p.error("<promise>: expected each id once, found \"" + promise.id + "\" again");
        debate.promises.push_back(promise);
    }
    if (debate.promises.size() < 3)
        root->error("<debate>: expected at least 3 promises to choose from, found " +
                    std::to_string(debate.promises.size()));
    return debate;
}

Debate loadDebateFile(const std::filesystem::path& dataDir, const StringTable* strings, ErrorList& errors) {
    const auto path = (dataDir / "levels" / "debate.xml").u8string();
    auto text = readTextFile(path);
    if (!text) {
        errors.add(path, 0, "cannot open the debate file (is it missing?)");
        return {};
    }
    return loadDebate(*text, path, strings, errors);
}

} // namespace mobi
