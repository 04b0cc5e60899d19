// SPDX-License-Identifier: GPL-3.0-or-later
// Translators' catalogues (tools/po): every language file of the game goes out
// as a .po and comes back the same: every id, text and note, in order.
#include "content/Languages.hpp"
#include "content/PoFile.hpp"
#include "content/StringTable.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace mobi;

namespace {
const std::filesystem::path kSource = std::filesystem::u8path(MOBI_SOURCE_DIR);

StringTable shipped(const std::string& code) {
    ErrorList errors;
    StringTable t = loadStringTableFile(localeFile(kSource, code).u8string(), errors);
    INFO(errors.toString());
    REQUIRE(errors.empty());
    return t;
}
} // namespace

TEST_CASE("every language goes out as a .po file and comes back with every id, text and note", "[po]") {
    const StringTable reference = shipped("fr");
    for (const std::string code : {"fr", "en"}) {
        INFO(code);
        const StringTable original = shipped(code);
        const std::string po = writePo(reference, &original, "test");
        ErrorList errors;
        const PoCatalogue catalogue = readPo(po, code + ".po", errors);
        INFO(errors.toString());
        REQUIRE(errors.empty());
        CHECK(catalogue.language == code);
        CHECK(catalogue.languageName == original.languageName);
        int leftOut = -1;
        const std::string xml = localeXml(catalogue, leftOut);
        const StringTable back = loadStringTable(xml, code + ".xml", errors);
        INFO(errors.toString());
        REQUIRE(errors.empty());
        CHECK(back.language == original.language);
        CHECK(back.languageName == original.languageName);
        REQUIRE(back.entries.size() == original.entries.size());
        // Missing French ids of this language are left out (shown in French), nothing else.
        CHECK(static_cast<std::size_t>(leftOut) + original.entries.size() >= reference.entries.size());
        for (const auto& [id, entry] : original.entries) {
            INFO(id);
            const StringEntry* again = back.find(id);
            REQUIRE(again);
            CHECK(again->text == entry.text);
            CHECK(again->note == entry.note);
        }
    }
}

TEST_CASE("the template has every French id and note and no translation", "[po]") {
    const StringTable reference = shipped("fr");
    const std::string pot = writePo(reference, nullptr, "test");
    ErrorList errors;
    const PoCatalogue catalogue = readPo(pot, "mobi2070.pot", errors);
    // A template has no language yet: that is the one thing the reader asks for.
    REQUIRE(errors.size() == 2);
    REQUIRE(catalogue.entries.size() == reference.entries.size());
    for (const PoEntry& e : catalogue.entries) {
        INFO(e.id);
        const StringEntry* french = reference.find(e.id);
        REQUIRE(french);
        CHECK(e.source == french->text);
        CHECK(e.note == french->note);
        CHECK(e.translation.empty());
    }
}

TEST_CASE("a translator's catalogue: continued lines, escapes, fuzzy entries and mistakes", "[po]") {
    const std::string po = "# a translator's comment\n"
                           "msgid \"\"\n"
                           "msgstr \"\"\n"
                           "\"Language: de\\n\"\n"
                           "\"X-Mobi-Language-Name: Deutsch\\n\"\n"
                           "\n"
                           "#. Title screen.\n"
                           "msgctxt \"game.subtitle\"\n"
                           "msgid \"le voyage\"\n"
                           "msgstr \"\"\n"
                           "\"die Reise \"\n"
                           "\"eines \\\"Smartphones\\\"\"\n"
                           "\n"
                           "#, fuzzy\n"
                           "msgctxt \"menu.play\"\n"
                           "msgid \"Jouer\"\n"
                           "msgstr \"Spielen\"\n"
                           "\n"
                           "msgctxt \"menu.credits\"\n"
                           "msgid \"Crédits\"\n"
                           "msgstr \"Tom & Léa <3 \\\"merci\\\"\"\n"
                           "\n"
                           "msgctxt \"menu.quit\"\n"
                           "msgid \"Quitter\"\n"
                           "msgstr \"\"\n";
    ErrorList errors;
    const PoCatalogue c = readPo(po, "de.po", errors);
    INFO(errors.toString());
    REQUIRE(errors.empty());
    REQUIRE(c.entries.size() == 4);
    CHECK(c.entries[0].id == "game.subtitle");
    CHECK(c.entries[0].translation == "die Reise eines \"Smartphones\"");
    CHECK(c.entries[0].note == "Title screen.");
    CHECK(c.entries[1].fuzzy);
    int leftOut = 0;
    const std::string xml = localeXml(c, leftOut);
    CHECK(leftOut == 2); // the fuzzy guess and the untranslated one: shown in French
    const StringTable t = loadStringTable(xml, "de.xml", errors);
    REQUIRE(errors.empty());
    CHECK(t.language == "de");
    CHECK(t.find("game.subtitle")->text == "die Reise eines \"Smartphones\"");
    CHECK_FALSE(t.find("menu.play"));
    // What XML holds special is written so that it reads back the same.
    REQUIRE(t.find("menu.credits"));
    CHECK(t.find("menu.credits")->text == "Tom & Léa <3 \"merci\"");

    ErrorList broken;
    readPo(
        "msgid \"\"\nmsgstr \"\"\n\"Language: de\\n\"\n\"X-Mobi-Language-Name: Deutsch\\n\"\n\nmsgid \"x\"\n"
        "msgstr \"y\"\nmsgid_plural \"z\"\n",
        "de.po", broken);
    REQUIRE(broken.size() >= 2); // no msgctxt (the id) for "x", and a plural
    bool plural = false;
    for (const auto& e : broken.all())
        plural |= e.line == 8 && e.message.find("msgid_plural") != std::string::npos;
    CHECK(plural);
}
