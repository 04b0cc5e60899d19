// SPDX-License-Identifier: GPL-3.0-or-later
#include "save/SettingsXml.hpp"

#include "save/Profile.hpp"
#include "save/SaveXmlFormat.hpp"

namespace mobi {

namespace {

const char* fontName(FontChoice font) { return font == FontChoice::OpenDyslexic ? "opendyslexic" : "andika"; }

} // namespace

std::string settingsToXml(const Settings& s) {
    tinyxml2::XMLDocument doc;
    tinyxml2::XMLElement* root = newSaveRoot(doc, "settings", kSettingsFormat);
    root->SetAttribute("language", s.language.c_str());
    root->SetAttribute("fullscreen", boolText(s.fullscreen));
    root->SetAttribute("textSize", s.textSize);
    root->SetAttribute("font", fontName(s.font));
    root->SetAttribute("uppercase", boolText(s.uppercase));
    root->SetAttribute("music", s.musicVolume);
    root->SetAttribute("effects", s.effectsVolume);
    root->SetAttribute("lowDetail", boolText(s.lowDetail));
    root->SetAttribute("lastProfile", s.lastProfile);
    root->SetAttribute("codeSet", s.codeSet.c_str());
    root->SetAttribute("classSession", classSessionName(s.classSession));
    root->SetAttribute("readAloud", readAloudName(s.readAloud));
    root->SetAttribute("voice", s.voiceVolume);
    for (const auto& id : s.promises) {
        tinyxml2::XMLElement* promise = doc.NewElement("promise");
        promise->SetAttribute("id", id.c_str());
        root->InsertEndChild(promise);
    }
    return printSaveDocument(doc);
}

std::optional<Settings> settingsFromXml(const std::string& text, std::string& error) {
    tinyxml2::XMLDocument doc;
    const tinyxml2::XMLElement* root = openSaveRoot(doc, text, "settings", kSettingsFormat, error);
    if (!root) return std::nullopt;

    const Settings defaults;
    Settings s;
    // The language names a locale file, so only a plain code is accepted: a
    // hand-edited "../../x" must not become a path.
    const std::string language = readString(*root, "language", defaults.language);
    s.language = isPlainId(language, 16) ? language : defaults.language;
    s.fullscreen = readBool(*root, "fullscreen", defaults.fullscreen);
    s.textSize =
        readClampedInt(*root, "textSize", defaults.textSize, Settings::kTextSizeMin, Settings::kTextSizeMax);
    const std::string font = readString(*root, "font", "");
    s.font = font == "opendyslexic" ? FontChoice::OpenDyslexic
             : font == "andika"     ? FontChoice::Andika
                                    : defaults.font;
    s.uppercase = readBool(*root, "uppercase", defaults.uppercase);
    s.musicVolume = readClampedInt(*root, "music", defaults.musicVolume, 0, 100);
    s.effectsVolume = readClampedInt(*root, "effects", defaults.effectsVolume, 0, 100);
    s.lowDetail = readBool(*root, "lowDetail", defaults.lowDetail);
    // A slot index is not a quantity: clamping 12 to 7 would pick another
    // child's profile, so anything out of range means "nobody".
    const int last = readClampedInt(*root, "lastProfile", -1, -1, kMaxProfiles);
    s.lastProfile = last < kMaxProfiles ? last : -1;
    const std::string codeSet = readString(*root, "codeSet", defaults.codeSet);
    s.codeSet = isPlainId(codeSet, 32) ? codeSet : defaults.codeSet;
    s.classSession = classSessionFromName(readString(*root, "classSession", ""));
    s.readAloud = readAloudFromName(readString(*root, "readAloud", ""));
    s.voiceVolume = readClampedInt(*root, "voice", defaults.voiceVolume, 0, 100);
    // Promise ids name texts of the game's data: plain ids only, at most three.
    for (const tinyxml2::XMLElement* p = root->FirstChildElement("promise");
         p && s.promises.size() < Settings::kMaxPromises; p = p->NextSiblingElement("promise")) {
        const std::string id = readString(*p, "id", "");
        if (isPlainId(id, 32)) s.promises.push_back(id);
    }
    return s;
}

} // namespace mobi
