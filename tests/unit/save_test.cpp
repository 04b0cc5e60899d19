// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the save system: atomic writes, profile-name cleaning, the XML of
// settings.xml and profiles.xml, the user folder, and UserStore's promise
// that progress is never lost (damaged files kept aside, .bak restored).
// Every test works in its own temporary folder, removed at the end.
#include "save/AtomicFile.hpp"
#include "save/ProfileName.hpp"
#include "save/ProfilesXml.hpp"
#include "save/SaveXmlFormat.hpp"
#include "save/SettingsXml.hpp"
#include "save/UserDir.hpp"
#include "save/UserStore.hpp"

#include "core/Unicode.hpp"

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <sstream>

using namespace mobi;
namespace fs = std::filesystem;

namespace {

// A fresh, uniquely named folder under the system temp folder, removed
// (with everything in it) when the test ends.
class TempDir {
public:
    TempDir() {
        static std::atomic<int> counter{0};
        std::random_device rd;
        const auto tick = std::chrono::steady_clock::now().time_since_epoch().count();
        m_path = fs::temp_directory_path() / ("mobi-save-test-" + std::to_string(tick) + "-" +
                                              std::to_string(rd()) + "-" + std::to_string(counter++));
        fs::create_directories(m_path);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(m_path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const fs::path& path() const { return m_path; }
    fs::path operator/(const std::string& name) const { return m_path / name; }

private:
    fs::path m_path;
};

void writeRaw(const fs::path& p, const std::string& content) {
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    REQUIRE(out.good());
}

std::string readRaw(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    REQUIRE(in.good());
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// Every file in the folder, by name, with its content.
std::map<std::string, std::string> snapshot(const fs::path& dir) {
    std::map<std::string, std::string> files;
    for (const auto& entry : fs::directory_iterator(dir))
        files[pathToUtf8(entry.path().filename())] = readRaw(entry.path());
    return files;
}

std::vector<std::string> namesStartingWith(const fs::path& dir, const std::string& prefix) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir)) {
        const std::string name = pathToUtf8(entry.path().filename());
        if (name.rfind(prefix, 0) == 0) names.push_back(name);
    }
    return names;
}

Settings sampleSettings() {
    Settings s;
    s.language = "en";
    s.fullscreen = true;
    s.textSize = 2;
    s.font = FontChoice::OpenDyslexic;
    s.uppercase = true;
    s.musicVolume = 7;
    s.effectsVolume = 93;
    s.lowDetail = true;
    s.lastProfile = 3;
    s.codeSet = "B";
    s.classSession = Settings::ClassSession::Full;
    s.readAloud = Settings::ReadAloud::Off;
    s.voiceVolume = 60;
    return s;
}

ProfileBook sampleBook() {
    ProfileBook book;
    Profile lea;
    lea.name = "Léa";
    lea.colour = 2;
    lea.levels["mine"] = {true, 5, 0};
    lea.levels["factory"] = {true, 3, 75};
    lea.choices["assembly"] = "glue";
    book.slots[0] = lea;
    Profile arabic;
    arabic.name = "محمد";
    arabic.ageBand = AgeBand::Older;
    arabic.colour = 7;
    arabic.levels["drawer"] = {true, 2, 0};
    book.slots[3] = arabic;
    Profile chinese;
    chinese.name = "小明 🦊 Zoé & Max"; // & must be escaped in the XML
    chinese.ageBand = AgeBand::Older;
    book.slots[7] = chinese;
    return book;
}

void requireSameSettings(const Settings& a, const Settings& b) {
    CHECK(a.language == b.language);
    CHECK(a.fullscreen == b.fullscreen);
    CHECK(a.textSize == b.textSize);
    CHECK(a.font == b.font);
    CHECK(a.uppercase == b.uppercase);
    CHECK(a.musicVolume == b.musicVolume);
    CHECK(a.effectsVolume == b.effectsVolume);
    CHECK(a.lowDetail == b.lowDetail);
    CHECK(a.lastProfile == b.lastProfile);
    CHECK(a.codeSet == b.codeSet);
    CHECK(a.classSession == b.classSession);
    CHECK(a.readAloud == b.readAloud);
    CHECK(a.voiceVolume == b.voiceVolume);
}

void requireSameBook(const ProfileBook& a, const ProfileBook& b) {
    for (std::size_t i = 0; i < a.slots.size(); ++i) {
        INFO("slot " << i);
        REQUIRE(a.slots[i].has_value() == b.slots[i].has_value());
        if (!a.slots[i]) continue;
        const Profile& pa = *a.slots[i];
        const Profile& pb = *b.slots[i];
        CHECK(pa.name == pb.name);
        CHECK(pa.ageBand == pb.ageBand);
        CHECK(pa.colour == pb.colour);
        REQUIRE(pa.levels.size() == pb.levels.size());
        for (const auto& [id, progress] : pa.levels) {
            REQUIRE(pb.levels.count(id) == 1);
            CHECK(pb.levels.at(id).done == progress.done);
            CHECK(pb.levels.at(id).digit == progress.digit);
            CHECK(pb.levels.at(id).footprintPercent == progress.footprintPercent);
        }
        CHECK(pa.choices == pb.choices);
    }
}

// The kinds of damage a save file meets in the wild, for a file whose root
// element is `root` and whose good text is `good`.
const char* const kDamageNames[] = {"garbage bytes", "truncated XML",      "empty file",
                                    "wrong root",    "unknown version 99", "missing version"};
std::string damaged(int kind, const std::string& root, const std::string& good) {
    switch (kind) {
    case 0:
        return std::string("\x89PNG\r\n\x1a\n\0\0\xff\xfe garbage", 20);
    case 1:
        return good.substr(0, good.size() / 2);
    case 2:
        return "";
    case 3:
        return "<?xml version=\"1.0\"?>\n<config version=\"1\"/>\n";
    case 4:
        return "<" + root + " version=\"99\"/>";
    default:
        return "<" + root + "/>";
    }
}

// "<file>.corrupt-YYYYMMDD-HHMMSS" (std::regex is avoided: GCC 12 warns inside it
// under the sanitizer build).
bool isStampedAsideName(const std::string& aside, const std::string& file) {
    const std::string prefix = file + ".corrupt-";
    if (aside.size() != prefix.size() + 15 || aside.compare(0, prefix.size(), prefix) != 0) return false;
    for (std::size_t i = 0; i < 15; ++i) {
        const char c = aside[prefix.size() + i];
        if (i == 8 ? c != '-' : (c < '0' || c > '9')) return false;
    }
    return true;
}

std::size_t countKind(const std::vector<SaveNotice>& notices, SaveNotice::Kind kind) {
    std::size_t n = 0;
    for (const auto& notice : notices)
        n += notice.kind == kind ? 1 : 0;
    return n;
}

const SaveNotice* findNotice(const std::vector<SaveNotice>& notices, SaveNotice::Kind kind,
                             const std::string& file) {
    for (const auto& notice : notices)
        if (notice.kind == kind && notice.file == file) return &notice;
    return nullptr;
}

} // namespace

// ---------------------------------------------------------------- AtomicFile

TEST_CASE("writeFileAtomically writes the content and leaves no temporary file", "[save]") {
    TempDir dir;
    const fs::path target = dir / "settings.xml";
    std::string error;
    REQUIRE(writeFileAtomically(target, "first", &error));
    CHECK(error.empty());
    CHECK(readRaw(target) == "first");
    CHECK_FALSE(fs::exists(dir / "settings.xml.tmp"));
    CHECK_FALSE(fs::exists(dir / "settings.xml.bak")); // nothing to keep yet
}

TEST_CASE("writeFileAtomically keeps the previous good copy as .bak", "[save]") {
    TempDir dir;
    const fs::path target = dir / "profiles.xml";
    REQUIRE(writeFileAtomically(target, "one", nullptr));
    REQUIRE(writeFileAtomically(target, "two", nullptr));
    CHECK(readRaw(target) == "two");
    CHECK(readRaw(dir / "profiles.xml.bak") == "one");
    REQUIRE(writeFileAtomically(target, "three", nullptr));
    CHECK(readRaw(target) == "three");
    CHECK(readRaw(dir / "profiles.xml.bak") == "two");
    CHECK(snapshot(dir.path()).size() == 2); // no .tmp or anything else left
}

TEST_CASE("writeFileAtomically keeps bytes exactly and handles non-ASCII file names", "[save]") {
    TempDir dir;
    const fs::path target = dir.path() / pathFromUtf8("données-Léa-小明.xml");
    const std::string bytes("a\0b\r\n\xff\xc3\xa9", 8);
    REQUIRE(writeFileAtomically(target, bytes, nullptr));
    CHECK(readRaw(target) == bytes);
    CHECK(pathToUtf8(target.filename()) == "données-Léa-小明.xml");
}

TEST_CASE("writeFileAtomically replaces a stale .tmp left by a crash", "[save]") {
    TempDir dir;
    writeRaw(dir / "settings.xml.tmp", "half-written junk from a power cut");
    REQUIRE(writeFileAtomically(dir / "settings.xml", "good", nullptr));
    CHECK(readRaw(dir / "settings.xml") == "good");
    CHECK_FALSE(fs::exists(dir / "settings.xml.tmp"));
}

TEST_CASE("writeFileAtomically fails cleanly when the folder does not exist", "[save]") {
    TempDir dir;
    std::string error;
    CHECK_FALSE(writeFileAtomically(dir / "missing" / "settings.xml", "x", &error));
    CHECK_FALSE(error.empty());
    CHECK_FALSE(fs::exists(dir / "missing"));
}

TEST_CASE("readWholeFile reads files and refuses what is not one", "[save]") {
    TempDir dir;
    std::string out, error;
    writeRaw(dir / "a.xml", "hello");
    CHECK(readWholeFile(dir / "a.xml", out, &error));
    CHECK(out == "hello");
    CHECK_FALSE(readWholeFile(dir / "nope.xml", out, &error));
    CHECK(out.empty());
    CHECK_FALSE(error.empty());
    fs::create_directory(dir / "folder.xml");
    CHECK_FALSE(readWholeFile(dir / "folder.xml", out, &error));
}

// --------------------------------------------------------------- ProfileName

TEST_CASE("Profile names keep letters of every script", "[save]") {
    for (const char* name :
         {"Léa", "Noël", "Œdipe", "محمد", "小明", "Миша", "Ἀθηνᾶ", "🦊 Renard", "Zoé & Max"}) {
        INFO(name);
        CHECK(sanitizeProfileName(name) == name);
    }
}

TEST_CASE("Profile names lose control, invisible and bidi characters", "[save]") {
    CHECK(sanitizeProfileName("Lé\x01"
                              "a\x7f\x1b[31m") == "Léa[31m");
    CHECK(sanitizeProfileName("Léa\u0085") == "Léa");
    // U+202E would display "txt.exe" reversed; U+2066 and U+200B hide in the name.
    CHECK(sanitizeProfileName("abc\u202Etxt.exe") == "abctxt.exe");
    CHECK(sanitizeProfileName("\u2066Max\u2069\u200B\u200D\uFEFF") == "Max");
    CHECK(sanitizeProfileName("Ti\u00ADna") == "Tina"); // soft hyphen
}

TEST_CASE("Profile names lose path characters", "[save]") {
    CHECK(sanitizeProfileName("../../etc/passwd") == "....etcpasswd");
    CHECK(sanitizeProfileName("a/b\\c:d*e?f\"g<h>i|j") == "abcdefghij");
    CHECK(sanitizeProfileName("C:\\Users\\Léa") == "CUsersLéa");
}

TEST_CASE("Profile names have single spaces and no spaces at the ends", "[save]") {
    CHECK(sanitizeProfileName("  Léa   \u00A0\t Marie  ") == "Léa Marie");
    CHECK(sanitizeProfileName("Léa\nMarie") == "Léa Marie"); // a new line separates, it does not glue
    CHECK(sanitizeProfileName("Léa \u202E Marie") == "Léa Marie");
    CHECK(sanitizeProfileName("小明\u3000🦊") == "小明 🦊");
    CHECK(sanitizeProfileName(" \t\u2003 ").empty());
}

TEST_CASE("Profile names are cut at kMaxNameLetters code points, not bytes", "[save]") {
    REQUIRE(kMaxNameLetters == 16);
    CHECK(sanitizeProfileName(std::string(40, 'a')) == std::string(16, 'a'));

    std::string chinese;
    for (int i = 0; i < 20; ++i)
        chinese += "明"; // 3 bytes each
    const std::string cutChinese = sanitizeProfileName(chinese);
    CHECK(countCodePoints(cutChinese) == 16);
    CHECK(cutChinese.size() == 48);

    std::string emoji;
    for (int i = 0; i < 17; ++i)
        emoji += "🦊"; // 4 bytes each
    CHECK(countCodePoints(sanitizeProfileName(emoji)) == 16);

    // Cut right after a word: no trailing space.
    CHECK(sanitizeProfileName("abcdefghijklmno pqr") == "abcdefghijklmno");
    CHECK(sanitizeProfileName("abcdefghijklmn pqr") == "abcdefghijklmn p");
}

TEST_CASE("Profile names repair invalid UTF-8", "[save]") {
    const std::string cleaned = sanitizeProfileName("L\xC3"
                                                    "a\xFF\xC0\xAF"
                                                    "na\xE2\x82");
    CHECK(cleaned == "Lana");
    // The result decodes without a single replacement character.
    for (char32_t c : decodeUtf8(sanitizeProfileName("\xED\xA0\x80"
                                                     "é\xF4\x90\x80\x80"
                                                     "a")))
        CHECK(c != 0xFFFD);
    CHECK(sanitizeProfileName("\xED\xA0\x80"
                              "é\xF4\x90\x80\x80"
                              "a") == "éa");
}

TEST_CASE("Cleaning a clean profile name changes nothing", "[save]") {
    for (const char* raw :
         {"  Léa\t\tMarie ", "abc\u202Edef/ghi", "\xffZ\xC3", "小明小明小明小明小明小明小明小明 x"}) {
        const std::string once = sanitizeProfileName(raw);
        CHECK(sanitizeProfileName(once) == once);
    }
}

// ---------------------------------------------------------------- SettingsXml

TEST_CASE("Settings survive a round trip through settings.xml", "[save]") {
    const Settings original = sampleSettings();
    const std::string xml = settingsToXml(original);
    CHECK(xml.find("<settings version=\"1\"") != std::string::npos);
    CHECK(xml.find("font=\"opendyslexic\"") != std::string::npos);
    std::string error;
    const auto back = settingsFromXml(xml, error);
    REQUIRE(back);
    CHECK(error.empty());
    requireSameSettings(*back, original);

    const auto defaults = settingsFromXml(settingsToXml(Settings()), error);
    REQUIRE(defaults);
    requireSameSettings(*defaults, Settings());
}

TEST_CASE("A version 1 settings.xml with unknown additions still reads", "[save]") {
    std::string text, error;
    REQUIRE(readWholeFile(fs::path(MOBI_TEST_DATA_DIR) / "saves" / "settings_v1.xml", text, &error));
    const auto s = settingsFromXml(text, error);
    REQUIRE(s);
    Settings expected = sampleSettings();
    expected.musicVolume = 15;
    expected.effectsVolume = 65;
    expected.codeSet = "A"; // written before code sets and class sessions: their defaults
    expected.classSession = Settings::ClassSession::Short;
    expected.readAloud = Settings::ReadAloud::Auto; // and before Mobi read aloud
    expected.voiceVolume = Settings().voiceVolume;
    requireSameSettings(*s, expected);
}

TEST_CASE("Settings values out of range are clamped and bad ones get defaults", "[save]") {
    std::string error;
    auto s = settingsFromXml(R"(<settings version="1" music="250" effects="-3" textSize="99"
        lastProfile="12" fullscreen="maybe" font="comic" language="../../etc" lowDetail="1"/>)",
                             error);
    REQUIRE(s);
    CHECK(s->musicVolume == 100);
    CHECK(s->effectsVolume == 0);
    CHECK(s->textSize == Settings::kTextSizeMax);
    CHECK(s->lastProfile == -1); // a slot is not clamped onto another child's profile
    CHECK(s->fullscreen == Settings().fullscreen);
    CHECK(s->font == FontChoice::Andika);
    CHECK(s->language == "fr"); // a language names a file: no paths
    CHECK(s->lowDetail);

    s = settingsFromXml(
        R"(<settings version="1" textSize="-9" music="loud" effects="99999999999999999999"/>)", error);
    REQUIRE(s);
    CHECK(s->textSize == Settings::kTextSizeMin);
    CHECK(s->musicVolume == Settings().musicVolume);
    CHECK(s->effectsVolume == 100);
}

TEST_CASE("Damaged settings.xml text is refused with a reason", "[save]") {
    const std::string good = settingsToXml(sampleSettings());
    for (int kind = 0; kind < 6; ++kind) {
        INFO(kDamageNames[kind]);
        std::string error;
        CHECK_FALSE(settingsFromXml(damaged(kind, "settings", good), error));
        CHECK_FALSE(error.empty());
    }
    std::string error;
    CHECK_FALSE(settingsFromXml("<settings version=\"0\"/>", error));
    CHECK_FALSE(settingsFromXml("<settings version=\"1abc\"/>", error));
    CHECK(settingsFromXml("<settings version=\"1\"/>", error));
}

// ---------------------------------------------------------------- ProfilesXml

TEST_CASE("Profiles survive a round trip through profiles.xml", "[save]") {
    const ProfileBook original = sampleBook();
    const std::string xml = profilesToXml(original);
    CHECK(xml.find("<profiles version=\"2\"") != std::string::npos);
    CHECK(xml.find("Zoé &amp; Max") != std::string::npos);
    std::string error;
    const auto back = profilesFromXml(xml, error);
    REQUIRE(back);
    requireSameBook(*back, original);
    CHECK(back->count() == 3);

    const auto empty = profilesFromXml(profilesToXml(ProfileBook()), error);
    REQUIRE(empty);
    CHECK(empty->count() == 0);
}

TEST_CASE("A version 1 profiles.xml with unknown additions still reads", "[save]") {
    std::string text, error;
    REQUIRE(readWholeFile(fs::path(MOBI_TEST_DATA_DIR) / "saves" / "profiles_v1.xml", text, &error));
    const auto book = profilesFromXml(text, error);
    REQUIRE(book);
    CHECK(book->count() == 3);
    REQUIRE(book->slots[0]);
    CHECK(book->slots[0]->name == "Léa");
    CHECK(book->slots[0]->colour == 3);
    CHECK(book->slots[0]->levels.size() == 3);
    CHECK(book->slots[0]->levels.at("factory").digit == 3);
    CHECK_FALSE(book->slots[0]->levels.at("journey").done);
    REQUIRE(book->slots[3]);
    CHECK(book->slots[3]->name == "محمد");
    CHECK(book->slots[3]->ageBand == AgeBand::Older);
    REQUIRE(book->slots[5]);
    CHECK(book->slots[5]->name == "小明 🦊");
    // Version 1 knew nothing of kept choices or the jar: none, so every level's default applies.
    CHECK(book->slots[0]->choices.empty());
    CHECK(book->slots[0]->levels.at("factory").footprintPercent == 0);
}

TEST_CASE("A version 2 profile keeps its choices and jar leniently; a newer version is refused", "[save]") {
    std::string error;
    const auto book = profilesFromXml(R"(<profiles version="2">
        <profile slot="1" name="Inès">
            <level id="factory" done="true" digit="3" footprint="75"/>
            <level id="journey" done="true" footprint="9000"/>
            <level id="pocket" footprint="-4"/>
            <choice name="assembly" value="screws"/>
            <choice name="assembly" value="glue"/>
            <choice name="../x" value="glue"/>
            <choice name="transport" value="a b"/>
            <choice value="glue"/>
        </profile>
    </profiles>)",
                                      error);
    REQUIRE(book);
    const Profile& ines = *book->slots[1];
    CHECK(ines.levels.at("factory").footprintPercent == 75);
    CHECK(ines.levels.at("journey").footprintPercent == kMaxFootprintPercent);
    CHECK(ines.levels.at("pocket").footprintPercent == 0);
    CHECK(ines.choices == std::map<std::string, std::string>{{"assembly", "screws"}}); // the first one wins

    CHECK_FALSE(profilesFromXml("<profiles version=\"3\"/>", error));
    CHECK(error.find("reads 1 to 2") != std::string::npos);
    CHECK(profilesFromXml("<profiles version=\"1\"/>", error));
}

TEST_CASE("Profiles are read leniently: bad slots skipped, values clamped, names cleaned", "[save]") {
    std::string error;
    const auto book = profilesFromXml(R"(<profiles version="1" extra="x">
        <profile slot="2" name="First" colour="42" age="adult">
            <level id="mine" done="true" digit="12"/>
            <level id="mine" done="false" digit="1"/>
            <level id="../x" done="true" digit="1"/>
            <level done="true"/>
            <level id="rebirth" digit="-7"/>
        </profile>
        <profile slot="2" name="Second"/>
        <profile slot="8" name="Nine"/>
        <profile slot="-1" name="Minus"/>
        <profile slot="one" name="Word"/>
        <profile name="NoSlot"/>
        <profile slot="4" name="  Bad&#x202E;Name&#9;/x  "/>
        <unknown slot="5" name="Other"/>
    </profiles>)",
                                      error);
    REQUIRE(book);
    CHECK(book->count() == 2);
    REQUIRE(book->slots[2]);
    const Profile& first = *book->slots[2];
    CHECK(first.name == "First"); // the first of a repeated slot wins
    CHECK(first.colour == kProfileColours - 1);
    CHECK(first.ageBand == AgeBand::Young);
    REQUIRE(first.levels.size() == 2);
    CHECK(first.levels.at("mine").done);
    CHECK(first.levels.at("mine").digit == 9);
    CHECK(first.levels.at("rebirth").digit == -1);
    CHECK_FALSE(first.levels.at("rebirth").done);
    REQUIRE(book->slots[4]);
    CHECK(book->slots[4]->name == "BadName x");
}

TEST_CASE("Damaged profiles.xml text is refused with a reason", "[save]") {
    const std::string good = profilesToXml(sampleBook());
    for (int kind = 0; kind < 6; ++kind) {
        INFO(kDamageNames[kind]);
        std::string error;
        CHECK_FALSE(profilesFromXml(damaged(kind, "profiles", good), error));
        CHECK_FALSE(error.empty());
    }
    std::string error;
    CHECK_FALSE(profilesFromXml("<settings version=\"1\"/>", error)); // the other file's root
    CHECK(error.find("settings") != std::string::npos);
}

// -------------------------------------------------------------------- UserDir

TEST_CASE("userDirFrom follows the platform's rules", "[save]") {
#ifdef _WIN32
    CHECK(userDirFrom("/xdg", "C:\\Users\\Léa", "C:\\Users\\Léa\\AppData\\Roaming") ==
          pathFromUtf8("C:\\Users\\Léa\\AppData\\Roaming") / "Mobi2070");
    CHECK(userDirFrom(nullptr, "C:\\Users\\Léa", "") ==
          pathFromUtf8("C:\\Users\\Léa") / "AppData" / "Roaming" / "Mobi2070");
    CHECK(userDirFrom(nullptr, nullptr, nullptr).empty());
#else
    CHECK(userDirFrom("/data/xdg", "/home/léa", "C:\\ignored") == fs::path("/data/xdg/mobi2070"));
    // Relative or empty XDG_DATA_HOME is ignored, as the XDG spec requires.
    CHECK(userDirFrom("relative/xdg", "/home/léa", nullptr) == fs::path("/home/léa/.local/share/mobi2070"));
    CHECK(userDirFrom("", "/home/léa", nullptr) == fs::path("/home/léa/.local/share/mobi2070"));
    CHECK(userDirFrom(nullptr, "/home/léa", nullptr) == fs::path("/home/léa/.local/share/mobi2070"));
    CHECK(userDirFrom(nullptr, nullptr, "C:\\appdata").empty());
    CHECK(userDirFrom("", "", nullptr).empty());
    CHECK(pathToUtf8(userDirFrom("/données/小明", nullptr, nullptr)) == "/données/小明/mobi2070");
    CHECK(defaultUserDir().filename() == "mobi2070");
#endif
    CHECK_FALSE(defaultUserDir().empty());
}

TEST_CASE("UTF-8 paths convert both ways unchanged", "[save]") {
    for (const char* p : {"saves/Léa", "données/محمد/小明🦊"})
        CHECK(pathToUtf8(pathFromUtf8(p)) == p);
}

// ------------------------------------------------------------------ UserStore

TEST_CASE("UserStore starts quietly from defaults in a new folder and saves there", "[save]") {
    TempDir tmp;
    const fs::path dir = tmp / "deeper" / "mobi2070"; // does not exist yet
    UserStore store(dir, false);
    store.load();
    CHECK(store.notices().empty());
    requireSameSettings(store.settings(), Settings());
    CHECK(store.profiles().count() == 0);
    CHECK_FALSE(fs::exists(dir)); // loading creates nothing

    store.settings() = sampleSettings();
    store.profiles() = sampleBook();
    REQUIRE(store.saveSettings());
    REQUIRE(store.saveProfiles());
    CHECK(store.notices().empty());
    const auto files = snapshot(dir);
    CHECK(files.size() == 2);
    CHECK(files.count(kSettingsFileName) == 1);
    CHECK(files.count(kProfilesFileName) == 1);

    UserStore again(dir, false);
    again.load();
    CHECK(again.notices().empty());
    requireSameSettings(again.settings(), sampleSettings());
    requireSameBook(again.profiles(), sampleBook());
}

TEST_CASE("UserStore sets a damaged file aside, keeps it intact and restores the .bak", "[save]") {
    const bool profilesCase = GENERATE(false, true);
    const int kind = GENERATE(range(0, 6));
    const std::string name = profilesCase ? kProfilesFileName : kSettingsFileName;
    const std::string root = profilesCase ? "profiles" : "settings";
    const std::string good = profilesCase ? profilesToXml(sampleBook()) : settingsToXml(sampleSettings());
    const std::string bad = damaged(kind, root, good);
    INFO(name << ", " << kDamageNames[kind]);

    TempDir dir;
    writeRaw(dir / name, bad);
    writeRaw(dir / (name + ".bak"), good);
    // The other file is good (settings' last player is a slot of sampleBook()).
    if (profilesCase)
        writeRaw(dir / kSettingsFileName, settingsToXml(sampleSettings()));
    else
        writeRaw(dir / kProfilesFileName, profilesToXml(sampleBook()));

    UserStore store(dir.path(), false);
    store.load();

    // The damaged file is kept under its .corrupt- name, byte for byte.
    const auto aside = namesStartingWith(dir.path(), name + ".corrupt-");
    REQUIRE(aside.size() == 1);
    CHECK(isStampedAsideName(aside[0], name));
    CHECK(readRaw(dir / aside[0]) == bad);
    const SaveNotice* setAside = findNotice(store.notices(), SaveNotice::Kind::SetAside, name);
    REQUIRE(setAside);
    CHECK(setAside->asideName == aside[0]);
    CHECK_FALSE(setAside->detail.empty());
    CHECK(findNotice(store.notices(), SaveNotice::Kind::RestoredFromBackup, name));
    CHECK(countKind(store.notices(), SaveNotice::Kind::StartedFresh) == 0);

    // The backup's values are in use and written back as the main file.
    if (profilesCase)
        requireSameBook(store.profiles(), sampleBook());
    else
        requireSameSettings(store.settings(), sampleSettings());
    CHECK(readRaw(dir / name) == good);
    CHECK(readRaw(dir / (name + ".bak")) == good);

    // The next start is quiet again.
    UserStore next(dir.path(), false);
    next.load();
    CHECK(next.notices().empty());
}

TEST_CASE("UserStore starts fresh when the file and its .bak are both damaged", "[save]") {
    const int kind = GENERATE(range(0, 6));
    INFO(kDamageNames[kind]);
    const std::string good = profilesToXml(sampleBook());
    const std::string bad = damaged(kind, "profiles", good);
    const std::string badBak = "<profiles version=\"1\"><profile slot=\"0\""; // cut short

    TempDir dir;
    writeRaw(dir / kProfilesFileName, bad);
    writeRaw(dir / "profiles.xml.bak", badBak);
    UserStore store(dir.path(), false);
    store.load();

    CHECK(store.profiles().count() == 0);
    const auto aside = namesStartingWith(dir.path(), "profiles.xml.corrupt-");
    REQUIRE(aside.size() == 1);
    CHECK(readRaw(dir / aside[0]) == bad);
    const auto bakAside = namesStartingWith(dir.path(), "profiles.xml.bak.corrupt-");
    REQUIRE(bakAside.size() == 1);
    CHECK(readRaw(dir / bakAside[0]) == badBak);
    CHECK(countKind(store.notices(), SaveNotice::Kind::SetAside) == 2);
    CHECK(findNotice(store.notices(), SaveNotice::Kind::StartedFresh, kProfilesFileName));
    CHECK(countKind(store.notices(), SaveNotice::Kind::RestoredFromBackup) == 0);
    // Settings were simply absent: nothing to say about them.
    CHECK_FALSE(findNotice(store.notices(), SaveNotice::Kind::StartedFresh, kSettingsFileName));

    // Saving afterwards writes a new file and leaves the kept copies alone.
    store.profiles().slots[1] = Profile{"Nouveau", AgeBand::Young, 1, "A", {}, {}};
    REQUIRE(store.saveProfiles());
    CHECK(readRaw(dir / aside[0]) == bad);
    CHECK(readRaw(dir / bakAside[0]) == badBak);
}

TEST_CASE("UserStore starts fresh, with notices, when only a damaged file exists", "[save]") {
    TempDir dir;
    writeRaw(dir / kSettingsFileName, "");
    UserStore store(dir.path(), false);
    store.load();
    requireSameSettings(store.settings(), Settings());
    CHECK(findNotice(store.notices(), SaveNotice::Kind::SetAside, kSettingsFileName));
    CHECK(findNotice(store.notices(), SaveNotice::Kind::StartedFresh, kSettingsFileName));
    CHECK_FALSE(fs::exists(dir / kSettingsFileName));
    CHECK(namesStartingWith(dir.path(), "settings.xml.corrupt-").size() == 1);
    store.clearNotices();
    CHECK(store.notices().empty());
}

TEST_CASE("UserStore restores a missing file from its .bak (a crash between the two renames)", "[save]") {
    TempDir dir;
    const std::string good = profilesToXml(sampleBook());
    writeRaw(dir / "profiles.xml.bak", good);
    writeRaw(dir / "profiles.xml.tmp", "<profiles version=\"1\"><prof"); // the interrupted write
    UserStore store(dir.path(), false);
    store.load();
    requireSameBook(store.profiles(), sampleBook());
    const SaveNotice* restored =
        findNotice(store.notices(), SaveNotice::Kind::RestoredFromBackup, kProfilesFileName);
    REQUIRE(restored);
    CHECK(restored->detail.find("missing") != std::string::npos);
    CHECK(countKind(store.notices(), SaveNotice::Kind::SetAside) == 0);
    CHECK(readRaw(dir / kProfilesFileName) == good);
}

TEST_CASE("UserStore never overwrites an earlier set-aside file", "[save]") {
    TempDir dir;
    writeRaw(dir / kSettingsFileName, "first damage");
    UserStore(dir.path(), false).load();
    writeRaw(dir / kSettingsFileName, "second damage");
    UserStore(dir.path(), false).load();
    writeRaw(dir / kSettingsFileName, "third damage");
    UserStore(dir.path(), false).load();

    std::set<std::string> contents;
    for (const auto& name : namesStartingWith(dir.path(), "settings.xml.corrupt-"))
        contents.insert(readRaw(dir / name));
    CHECK(contents == std::set<std::string>{"first damage", "second damage", "third damage"});
}

TEST_CASE("corruptAsideName stamps the local time and avoids taken names", "[save]") {
    TempDir dir;
    std::tm when{};
    when.tm_year = 2025 - 1900;
    when.tm_mon = 2;
    when.tm_mday = 14;
    when.tm_hour = 9;
    when.tm_min = 30;
    when.tm_sec = 5;
    when.tm_isdst = -1;
    const std::time_t t = std::mktime(&when);
    const std::string base = "profiles.xml.corrupt-20250314-093005";
    CHECK(corruptAsideName(dir.path(), "profiles.xml", t) == base);
    writeRaw(dir / base, "x");
    CHECK(corruptAsideName(dir.path(), "profiles.xml", t) == base + "-2");
    writeRaw(dir / (base + "-2"), "x");
    CHECK(corruptAsideName(dir.path(), "profiles.xml", t) == base + "-3");
}

TEST_CASE("A read-only UserStore reads the folder but changes nothing in it", "[save]") {
    TempDir dir;
    const std::string goodBak = settingsToXml(sampleSettings());
    writeRaw(dir / kSettingsFileName, "<settings version=\"99\"/>");
    writeRaw(dir / "settings.xml.bak", goodBak);
    writeRaw(dir / kProfilesFileName, profilesToXml(sampleBook()));
    const auto before = snapshot(dir.path());

    UserStore store(dir.path(), true);
    store.load();
    requireSameSettings(store.settings(), sampleSettings()); // from the .bak, in memory
    requireSameBook(store.profiles(), sampleBook());
    CHECK(findNotice(store.notices(), SaveNotice::Kind::RestoredFromBackup, kSettingsFileName));
    CHECK(countKind(store.notices(), SaveNotice::Kind::SetAside) == 0); // nothing was moved

    store.settings().musicVolume = 1;
    store.profiles().slots[6] = Profile{"Test", AgeBand::Older, 4, "B", {}, {}};
    CHECK(store.saveSettings());
    CHECK(store.saveProfiles());
    CHECK(snapshot(dir.path()) == before);

    UserStore nowhere(dir / "not-created", true);
    nowhere.load();
    CHECK(nowhere.saveSettings());
    CHECK(nowhere.saveProfiles());
    CHECK_FALSE(fs::exists(dir / "not-created"));
}

TEST_CASE("UserStore reports a failed write once and keeps the values", "[save]") {
    TempDir dir;
    writeRaw(dir / "occupied", "a file where the folder should be");
    UserStore store(dir / "occupied", false);
    store.load();
    store.settings().musicVolume = 12;
    CHECK_FALSE(store.saveSettings());
    CHECK_FALSE(store.saveSettings());
    CHECK_FALSE(store.saveProfiles());
    CHECK(countKind(store.notices(), SaveNotice::Kind::WriteFailed) == 2); // one per file
    const SaveNotice* failed = findNotice(store.notices(), SaveNotice::Kind::WriteFailed, kSettingsFileName);
    REQUIRE(failed);
    CHECK_FALSE(failed->detail.empty());
    CHECK(store.settings().musicVolume == 12);
    CHECK(readRaw(dir / "occupied") == "a file where the folder should be");
}

TEST_CASE("UserStore forgets a last player whose slot is empty", "[save]") {
    TempDir dir;
    Settings s;
    s.lastProfile = 5;
    writeRaw(dir / kSettingsFileName, settingsToXml(s));
    writeRaw(dir / kProfilesFileName, profilesToXml(sampleBook())); // slots 0, 3, 7
    UserStore store(dir.path(), true);
    store.load();
    CHECK(store.settings().lastProfile == -1);

    s.lastProfile = 3;
    writeRaw(dir / kSettingsFileName, settingsToXml(s));
    store.load();
    CHECK(store.settings().lastProfile == 3);
}

TEST_CASE("UserStore saves rotate the previous copy into .bak", "[save]") {
    TempDir dir;
    UserStore store(dir.path(), false);
    store.load();
    store.settings().musicVolume = 10;
    REQUIRE(store.saveSettings());
    store.settings().musicVolume = 20;
    REQUIRE(store.saveSettings());
    std::string error;
    const auto bak = settingsFromXml(readRaw(dir / "settings.xml.bak"), error);
    const auto main = settingsFromXml(readRaw(dir / kSettingsFileName), error);
    REQUIRE(bak);
    REQUIRE(main);
    CHECK(bak->musicVolume == 10);
    CHECK(main->musicVolume == 20);
}

TEST_CASE("A class session keeps its own player in class.xml, apart from the children's", "[save]") {
    TempDir dir;
    UserStore store(dir.path(), false);
    store.load();
    store.profiles() = sampleBook();
    CHECK_FALSE(store.hasClassProfile());
    Profile& cls = store.classProfile("La classe", "B");
    cls.levels["mine"].done = true;
    cls.levels["mine"].digit = 7;
    REQUIRE(store.saveProfiles());
    CHECK(fs::exists(dir / kClassFileName));
    // The children's players are exactly as they were: nothing of the class's went into them.
    UserStore again(dir.path(), false);
    again.load();
    CHECK(again.notices().empty());
    requireSameBook(again.profiles(), sampleBook());
    REQUIRE(again.hasClassProfile());
    Profile& back = again.classProfile("ignored", "B");
    CHECK(back.name == "La classe");
    CHECK(back.codeSet == "B");
    CHECK(back.levels.at("mine").done);
    CHECK(back.levels.at("mine").digit == 7);
    // A damaged class.xml is set aside and reported like the others; the children's stay.
    writeRaw(dir / kClassFileName, "<profiles version=\"2\"><profile slot=\"0\"");
    fs::remove(dir / (std::string(kClassFileName) + ".bak"));
    UserStore damaged(dir.path(), false);
    damaged.load();
    CHECK(findNotice(damaged.notices(), SaveNotice::Kind::SetAside, kClassFileName));
    CHECK(namesStartingWith(dir.path(), std::string(kClassFileName) + ".corrupt-").size() == 1);
    requireSameBook(damaged.profiles(), sampleBook());
}

TEST_CASE("a card is read on arrival for a 6–8 player, not for 9–12 nor in class unless the teacher says",
          "[settings]") {
    using R = Settings::ReadAloud;
    CHECK(readsOnArrival(R::Auto, true, false));
    CHECK_FALSE(readsOnArrival(R::Auto, false, false));
    CHECK_FALSE(readsOnArrival(R::Auto, true, true)); // class mode: the teacher decides
    CHECK(readsOnArrival(R::On, false, true));
    CHECK_FALSE(readsOnArrival(R::Off, true, false));
    CHECK(readAloudFromName(readAloudName(R::Off)) == R::Off);
    CHECK(readAloudFromName("loud") == R::Auto);
}
