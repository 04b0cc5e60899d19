// SPDX-License-Identifier: GPL-3.0-or-later
// What a French player or teacher reads is in French: no English words of
// source lines ("organising committee", "relayed by") in the texts or in the
// source lines built from levels/facts.xml, and no note meant for the team
// (translator notes, "source not seen", "probably") ever reaches the screen.
#include "content/Facts.hpp"
#include "content/Languages.hpp"

#include <catch2/catch.hpp>

#include <cctype>
#include <regex>

using namespace mobi;
namespace fs = std::filesystem;

namespace {
const fs::path kSource = fs::u8path(MOBI_SOURCE_DIR);

// Names that are English words but proper names, kept as they are in French.
const char* const kProperNames[] = {"The Shift Project",  "Basel Action Network",   "Bio Innovation Service",
                                    "Harris Interactive", "Global E-waste Monitor", "Carbon Brief",
                                    "Daily Times",        "Citi Newsroom",          "Learning Lab",
                                    "Epoch AI",           "OpenAI DevDay",          "UC Riverside",
                                    "Action Network"};

// Common English words of source lines and documents' descriptions, never French.
const char* const kEnglishWords[] = {
    "the",           "and",       "of",           "by",           "with",       "for",       "from",
    "study",         "report",    "reported",     "relayed",      "citing",     "committee", "organising",
    "organizing",    "teardown",  "announcement", "keynote",      "blog post",  "probably",  "footnoted",
    "seen",          "co-author", "interview",    "refurbishers", "survey",     "sector",    "infographic",
    "factcheck",     "hearing",   "senate",       "ministry",     "regulation", "data",      "box",
    "material-flow", "according"};

// Notes for the team, not for readers: in a source line, and in any text.
const char* const kSourceNotes[] = {"not seen", "probably", "footnoted",   "unverified",
                                    "re-check", "to check", "from memory", "I did not",
                                    "TODO",     "FACTS.md", "(blog)"};
const char* const kTextNotes[] = {
    "not seen", "footnoted", "re-check",   "from memory", "I did not",
    "TODO",     "FACTS.md",  "translator", "note=",       "Shown huge on a projector"};

// The text with quoted titles (« … »), proper names and {placeholders} taken
// out: titles and names stay in their own language, placeholders are never shown.
std::string withoutTitlesAndNames(std::string text) {
    text = std::regex_replace(text, std::regex("«[^»]*»"), " ");
    text = std::regex_replace(text, std::regex("\\{[a-z_]+\\}"), " ");
    for (const char* name : kProperNames)
        for (std::size_t at; (at = text.find(name)) != std::string::npos;)
            text.replace(at, std::string(name).size(), " ");
    return text;
}

// The English words found in `text`, whole words, any case.
std::vector<std::string> englishWordsIn(const std::string& text) {
    std::string lower = withoutTitlesAndNames(text);
    for (char& c : lower)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::vector<std::string> found;
    for (const char* word : kEnglishWords) {
        const std::string w(word);
        for (std::size_t at = lower.find(w); at != std::string::npos; at = lower.find(w, at + 1)) {
            auto letter = [&](std::size_t i) {
                return std::isalpha(static_cast<unsigned char>(lower[i])) || lower[i] == '-';
            };
            const bool startsWord = at == 0 || !letter(at - 1);
            const bool endsWord = at + w.size() >= lower.size() || !letter(at + w.size());
            if (startsWord && endsWord) {
                found.push_back(w);
                break;
            }
        }
    }
    return found;
}

std::string joined(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words)
        out += (out.empty() ? "" : ", ") + w;
    return out;
}
} // namespace

TEST_CASE("the word scan finds English words of source lines, and leaves titles and names alone",
          "[locale]") {
    CHECK(englishWordsIn("Tokyo 2020 organising committee (relayé par dig.watch)") ==
          std::vector<std::string>{"committee", "organising"});
    CHECK(englishWordsIn("de Vries, Joule 2023 (relayed by the IEA)") ==
          std::vector<std::string>{"the", "by", "relayed"});
    CHECK(englishWordsIn("The Shift Project, 2019, « Lean ICT – Pour une sobriété numérique »").empty());
    CHECK(englishWordsIn("Fraunhofer IZM, 2020, « Life Cycle Assessment of the Fairphone 3 »").empty());
    CHECK(englishWordsIn("les données et les théories").empty()); // "données", "théories": not "data", "the"
}

TEST_CASE("no text shown in French holds English words of source lines", "[locale][facts]") {
    ErrorList errors;
    const Strings fr = loadStrings(kSource, "fr", errors);
    const FactBook facts = loadFactsFile((kSource / "levels" / "facts.xml").u8string(), errors);
    INFO(errors.toString());
    REQUIRE(errors.empty());
    // Every text of the French table (the game, the quizzes, the logbook, the guide)…
    for (const auto& [id, entry] : fr.reference().entries) {
        INFO("locale/fr.xml id " << id << ": " << entry.text);
        CHECK(joined(englishWordsIn(entry.text)) == "");
    }
    // …and every source line, as the logbook, the quiz and the guide build it.
    REQUIRE(facts.facts.size() > 50);
    for (const auto& [id, fact] : facts.facts) {
        const std::string line = sourceOf(fact, fr);
        INFO("levels/facts.xml:" << fact.line << " fact " << id << ", in French: " << line);
        CHECK(joined(englishWordsIn(line)) == "");
        CHECK(line.find("[[") == std::string::npos); // no missing string id
    }
}

TEST_CASE("no note meant for the team reaches the screen, in any language", "[locale][facts]") {
    ErrorList errors;
    const FactBook facts = loadFactsFile((kSource / "levels" / "facts.xml").u8string(), errors);
    REQUIRE(errors.empty());
    for (const char* language : {"fr", "en"}) {
        const Strings strings = loadStrings(kSource, language, errors);
        REQUIRE(errors.empty());
        const StringTable table =
            loadStringTableFile((kSource / "locale" / (std::string(language) + ".xml")).u8string(), errors);
        REQUIRE(errors.empty());
        for (const auto& [id, fact] : facts.facts) {
            const std::string line = sourceOf(fact, strings);
            INFO(language << ": levels/facts.xml:" << fact.line << " fact " << id << ": " << line);
            for (const char* note : kSourceNotes)
                CHECK(line.find(note) == std::string::npos);
        }
        for (const auto& [id, entry] : table.entries) {
            INFO(language << ": id " << id << ": " << entry.text);
            for (const char* note : kTextNotes)
                CHECK(entry.text.find(note) == std::string::npos);
            // A translator's note is never pasted into the text it explains.
            if (entry.note.size() > 30) CHECK(entry.text.find(entry.note) == std::string::npos);
        }
    }
}
