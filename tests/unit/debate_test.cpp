// SPDX-License-Identifier: GPL-3.0-or-later
// The debate cards, the promises, and keeping the promises in settings.xml.
#include "content/DebateData.hpp"
#include "content/Languages.hpp"
#include "save/SettingsXml.hpp"

#include <catch2/catch.hpp>

using namespace mobi;

TEST_CASE("the shipped debate has cards for both age bands and promises, every text in both languages",
          "[debate]") {
    const auto data = std::filesystem::u8path(MOBI_SOURCE_DIR);
    ErrorList errors;
    const StringTable fr = loadStringTableFile((data / "locale" / "fr.xml").u8string(), errors);
    const StringTable en = loadStringTableFile((data / "locale" / "en.xml").u8string(), errors);
    const Debate debate = loadDebateFile(data, &fr, errors);
    INFO(errors.toString());
    REQUIRE(errors.empty());
    for (bool young : {true, false}) {
        const auto cards = debate.cardsFor(young);
        REQUIRE(cards.size() >= 4);
        CHECK(cards.front()->kind == "feelings");
        CHECK(cards.back()->kind == "commitment");
        bool debates = false;
        for (const auto* c : cards)
            debates |= c->kind == "debate";
        CHECK(debates);
    }
    CHECK(debate.promises.size() >= 6);
    for (const auto& c : debate.cards)
        CHECK(en.find(c.textId));
    for (const auto& p : debate.promises)
        CHECK(en.find(p.textId));
}

TEST_CASE("debate mistakes are named with file and line", "[debate]") {
    ErrorList errors;
    loadDebate("<debate version=\"1\">\n<card id=\"a\" kind=\"chat\" ages=\"young\" text=\"x\"/>\n"
               "<promise id=\"p\" text=\"x\"/>\n</debate>\n",
               "debate.xml", nullptr, errors);
    const std::string all = errors.toString();
    CHECK(all.find("debate.xml:2: <card> attribute \"kind\": expected one of") != std::string::npos);
    CHECK(all.find("debate.xml:1: <debate>: expected at least 3 promises") != std::string::npos);
}

TEST_CASE("the chosen promises are saved and restored", "[debate][save]") {
    Settings s;
    s.promises = {"keep_longer", "bisou", "bring_back"};
    s.codeSet = "B";
    std::string error;
    const auto back = settingsFromXml(settingsToXml(s), error);
    REQUIRE(back);
    CHECK(back->promises == s.promises);
    CHECK(back->codeSet == "B");
    // A hand-edited file with too many promises or a path-like id keeps only safe ones.
    const auto edited =
        settingsFromXml("<settings version=\"1\"><promise id=\"a\"/><promise id=\"../x\"/>"
                        "<promise id=\"b\"/><promise id=\"c\"/><promise id=\"d\"/></settings>",
                        error);
    REQUIRE(edited);
    CHECK(edited->promises == std::vector<std::string>{"a", "b", "c"});
}
