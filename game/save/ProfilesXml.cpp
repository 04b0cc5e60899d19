// SPDX-License-Identifier: GPL-3.0-or-later
#include "save/ProfilesXml.hpp"

#include "save/ProfileName.hpp"
#include "save/SaveXmlFormat.hpp"

namespace mobi {

namespace {

// Level ids come from the game's data ("mine", "factory", …). Ids this build
// does not know are kept, since a newer game may have more levels.
constexpr std::size_t kMaxLevelIdLength = 32;
constexpr std::size_t kMaxKeptChoices = 32; // a few per level; more is a hand-edited file

const char* ageText(AgeBand band) { return band == AgeBand::Older ? "9-12" : "6-8"; }

Profile readProfile(const tinyxml2::XMLElement& e) {
    Profile p;
    // Re-sanitised on the way in: the file may have been edited by hand or
    // written by a build with looser rules.
    p.name = sanitizeProfileName(readString(e, "name", ""));
    p.ageBand = readString(e, "age", "") == "9-12" ? AgeBand::Older : AgeBand::Young;
    p.colour = readClampedInt(e, "colour", 0, 0, kProfileColours - 1);
    // A code set is a short plain id ("A", "B", or one a teacher added to levels/vault.xml).
    const std::string set = readString(e, "codeSet", "A");
    p.codeSet = isPlainId(set, kMaxLevelIdLength) ? set : "A";
    for (const tinyxml2::XMLElement* level = e.FirstChildElement("level"); level;
         level = level->NextSiblingElement("level")) {
        const std::string id = readString(*level, "id", "");
        if (!isPlainId(id, kMaxLevelIdLength) || p.levels.count(id) > 0) continue;
        LevelProgress progress;
        progress.done = readBool(*level, "done", false);
        progress.digit = readClampedInt(*level, "digit", -1, -1, 9);
        progress.footprintPercent = readClampedInt(*level, "footprint", 0, 0, kMaxFootprintPercent);
        p.levels.emplace(id, progress);
    }
    // Version 1 files have none: a choice never made takes the level's default.
    for (const tinyxml2::XMLElement* choice = e.FirstChildElement("choice"); choice;
         choice = choice->NextSiblingElement("choice")) {
        const std::string name = readString(*choice, "name", "");
        const std::string value = readString(*choice, "value", "");
        if (isPlainId(name, kMaxLevelIdLength) && isPlainId(value, kMaxLevelIdLength) &&
            p.choices.size() < kMaxKeptChoices)
            p.choices.emplace(name, value);
    }
    return p;
}

} // namespace

std::string profilesToXml(const ProfileBook& book) {
    tinyxml2::XMLDocument doc;
    tinyxml2::XMLElement* root = newSaveRoot(doc, "profiles", kProfilesFormat);
    for (int slot = 0; slot < kMaxProfiles; ++slot) {
        const auto& maybe = book.slots[static_cast<std::size_t>(slot)];
        if (!maybe) continue;
        const Profile& p = *maybe;
        tinyxml2::XMLElement* e = doc.NewElement("profile");
        e->SetAttribute("slot", slot);
        e->SetAttribute("name", p.name.c_str()); // tinyxml2 escapes & < > "
        e->SetAttribute("age", ageText(p.ageBand));
        e->SetAttribute("colour", p.colour);
        e->SetAttribute("codeSet", p.codeSet.c_str());
        for (const auto& [id, progress] : p.levels) {
            tinyxml2::XMLElement* level = doc.NewElement("level");
            level->SetAttribute("id", id.c_str());
            level->SetAttribute("done", boolText(progress.done));
            level->SetAttribute("digit", progress.digit);
            level->SetAttribute("footprint", progress.footprintPercent);
            e->InsertEndChild(level);
        }
        for (const auto& [name, value] : p.choices) {
            tinyxml2::XMLElement* choice = doc.NewElement("choice");
            choice->SetAttribute("name", name.c_str());
            choice->SetAttribute("value", value.c_str());
            e->InsertEndChild(choice);
        }
        root->InsertEndChild(e);
    }
    return printSaveDocument(doc);
}

std::optional<ProfileBook> profilesFromXml(const std::string& text, std::string& error) {
    tinyxml2::XMLDocument doc;
    const tinyxml2::XMLElement* root = openSaveRoot(doc, text, "profiles", kProfilesFormat, error);
    if (!root) return std::nullopt;

    ProfileBook book;
    for (const tinyxml2::XMLElement* e = root->FirstChildElement("profile"); e;
         e = e->NextSiblingElement("profile")) {
        // -1 marks a missing or malformed slot; clamping would move a profile
        // into another child's slot, so out-of-range slots are skipped instead.
        const int slot = readClampedInt(*e, "slot", -1, -1, kMaxProfiles);
        if (slot < 0 || slot >= kMaxProfiles) continue;
        auto& target = book.slots[static_cast<std::size_t>(slot)];
        if (target) continue; // a repeated slot: the first one wins
        target = readProfile(*e);
    }
    return book;
}

} // namespace mobi
