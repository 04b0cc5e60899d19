// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped string tables: complete, matching, and covering every id the
// code asks for. These run on the real locale/ files of the source tree.
#include "content/DataCheck.hpp"
#include "content/Languages.hpp"
#include "content/StringTable.hpp"
#include "levels/LevelRegistry.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

using namespace mobi;
namespace fs = std::filesystem;

namespace {
const fs::path kSource = fs::u8path(MOBI_SOURCE_DIR);

StringTable load(const std::string& code) {
    ErrorList errors;
    StringTable t = loadStringTableFile((kSource / "locale" / (code + ".xml")).u8string(), errors);
    INFO(errors.toString());
    REQUIRE(errors.empty());
    return t;
}

// Every string id written literally in the game's code: tr("id"), get("id"),
// showMessage("id", "id"), and ids kept in arrays such as kParagraphIds.
std::set<std::string> idsUsedInCode() {
    std::set<std::string> ids;
    const std::regex call(
        R"re(\b(?:tr|get|showMessage)\("([a-z0-9_]+\.[a-z0-9_.]+)"(?:,\s*"([a-z0-9_]+\.[a-z0-9_.]+)")?)re");
    const std::regex listed(
        R"re("((?:mail|settings|age|profiles|map|menu|soon|title|common|errors|save|pause|profile_edit|game)\.[a-z0-9_.]+)")re");
    for (const auto& entry : fs::recursive_directory_iterator(kSource / "game")) {
        if (!entry.is_regular_file()) continue;
        std::ifstream in(entry.path());
        std::stringstream ss;
        ss << in.rdbuf();
        const std::string text = ss.str();
        for (std::sregex_iterator it(text.begin(), text.end(), call), end; it != end; ++it) {
            // An id ending in "." is a prefix the code completes ("level." + id): checked below.
            if (std::string((*it)[1]).back() != '.') ids.insert((*it)[1]);
            if ((*it)[2].matched) ids.insert((*it)[2]);
        }
        for (std::sregex_iterator it(text.begin(), text.end(), listed), end; it != end; ++it) {
            const std::string id = (*it)[1];
            if (id.find(".xml") == std::string::npos) ids.insert(id); // file names such as "settings.xml"
        }
    }
    return ids;
}
} // namespace

TEST_CASE("French and English have the same ids and the same placeholders", "[locale]") {
    const StringTable fr = load("fr");
    const StringTable en = load("en");
    REQUIRE(fr.entries.size() > 50);
    for (const auto& [id, entry] : fr.entries) {
        INFO("id " << id);
        const StringEntry* other = en.find(id);
        REQUIRE(other != nullptr);
        CHECK(placeholdersOf(entry.text) == placeholdersOf(other->text));
        CHECK_FALSE(entry.note.empty()); // translators need to know where each text appears
    }
    for (const auto& [id, entry] : en.entries) {
        INFO("id only in en.xml: " << id);
        CHECK(fr.find(id) != nullptr);
    }
}

TEST_CASE("every string id used by the code exists in the reference table", "[locale]") {
    const StringTable fr = load("fr");
    const auto used = idsUsedInCode();
    REQUIRE(used.size() > 40); // the scan itself must find the code's ids
    for (const auto& id : used) {
        INFO("id used in code but missing from locale/fr.xml: " << id);
        CHECK(fr.find(id) != nullptr);
    }
    // Ids the code builds from a prefix and a value.
    for (const auto& level : allLevels()) {
        CHECK(fr.find("level." + level.id + ".name"));
        CHECK(fr.find("level." + level.id + ".stage"));
    }
    for (const char* kind : {"feelings", "learned", "debate", "commitment"})
        CHECK(fr.find(std::string("debate.kind.") + kind));
    for (int i = 1; i <= 5; ++i)
        CHECK(fr.find("fiver." + std::to_string(i)));
    for (int i = 1; i <= 6; ++i)
        CHECK(fr.find("reply." + std::to_string(i)));
}

TEST_CASE("French text uses narrow no-break spaces before double punctuation", "[locale]") {
    // "Bonjour !" with an ordinary space may break the line before "!".
    const StringTable fr = load("fr");
    for (const auto& [id, entry] : fr.entries) {
        INFO("id " << id << ": " << entry.text);
        for (const char* bad : {" !", " ?", " :", " ;"})
            CHECK(entry.text.find(bad) == std::string::npos);
    }
}

TEST_CASE("the shipped languages are listed, French first", "[locale]") {
    const auto languages = listLanguages(kSource);
    REQUIRE(languages.size() >= 2);
    CHECK(languages[0].code == "fr");
    CHECK(languages[0].name == "Français");
    bool hasEnglish = false;
    for (const auto& l : languages)
        hasEnglish |= l.code == "en" && l.name == "English";
    CHECK(hasEnglish);
}

TEST_CASE("the shipped data passes the data check", "[data]") {
    const DataCheckReport report = checkGameData(kSource);
    INFO(report.errors.toString());
    CHECK(report.errors.empty());
    CHECK(report.filesChecked >= 7);
}

TEST_CASE("the data check names broken files with file and line", "[data]") {
    // A copy of the data folder with a broken English table and a missing font.
    const fs::path dir =
        fs::temp_directory_path() /
        ("mobi_datacheck_" + std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
    fs::remove_all(dir);
    fs::create_directories(dir / "locale");
    fs::copy(kSource / "locale" / "fr.xml", dir / "locale" / "fr.xml");
    fs::copy(kSource / "assets", dir / "assets", fs::copy_options::recursive);
    fs::remove(dir / "assets" / "fonts" / "Andika-Bold.ttf");
    std::ofstream(dir / "locale" / "en.xml")
        << "<strings lang=\"en\" name=\"English\" version=\"1\">\n"
           "  <string id=\"menu.play\" note=\"n\">Play</string>\n"
           "  <string id=\"menu.player\" note=\"n\">{nom} plays</string>\n"
           "  <string id=\"not.in.french\" note=\"n\">x</string>\n"
           "</strings>\n";
    const DataCheckReport report = checkGameData(dir);
    const std::string all = report.errors.toString();
    fs::remove_all(dir);
    CHECK(all.find("en.xml:3: <string id=\"menu.player\">: expected the same {placeholders}") !=
          std::string::npos);
    CHECK(all.find("en.xml:4: <string id=\"not.in.french\">") != std::string::npos);
    CHECK(all.find("Andika-Bold.ttf: expected this asset file, found it missing") != std::string::npos);
    // Warnings, not errors: texts not translated yet (French shows), stages with no quiz yet.
    const auto untranslated =
        std::count_if(report.warnings.begin(), report.warnings.end(), [](const std::string& w) {
            return w.find("en.xml: 2") != std::string::npos ||
                   w.find("not translated yet") != std::string::npos;
        });
    CHECK(untranslated == 1);
}
