// SPDX-License-Identifier: GPL-3.0-or-later
// The player-facing settings of the game (one set per computer, not per
// profile). Each is also a command-line flag and a key in settings.xml.
#pragma once

#include <string>
#include <vector>

namespace mobi {

enum class FontChoice { Andika, OpenDyslexic };

struct Settings {
    std::string language = "fr"; // a locale/<code>.xml file name
    bool fullscreen = false;
    int textSize = 0; // steps from the default size, kTextSizeMin..kTextSizeMax
    FontChoice font = FontChoice::Andika;
    bool uppercase = false;    // every text in capitals, for 6–7-year-olds learning to read
    int musicVolume = 40;      // percent
    int effectsVolume = 80;    // percent
    bool lowDetail = false;    // no particles or decorative animation, for old PCs
    int lastProfile = -1;      // slot index of the player who played last, -1 for none
    std::string codeSet = "A"; // the vault code set of a class session (a player uses their own)
    // A class session's length: Short plays each level's class version (about 3
    // minutes) with one vote question, for one 45-minute session; Full plays the
    // whole levels and their quizzes, over two sessions.
    enum class ClassSession { Short, Full } classSession = ClassSession::Short;
    bool shortClassSession() const { return classSession == ClassSession::Short; }
    // Mobi reads each card aloud as it appears: Auto does for a 6–8 profile and
    // not for 9–12 nor in class mode (there the teacher sets On or Off). The
    // speaker button and the Tab key read a card again whatever this says.
    enum class ReadAloud {
        Auto,
        On,
        Off
    } readAloud = ReadAloud::Auto; // in this order on the Settings screen
    int voiceVolume = 100;         // percent (steps of 20 on screen): the voice over the effects
    // The promises the class or family chose after the debate (ids of
    // levels/debate.xml), shown on the title screen. At most kMaxPromises.
    std::vector<std::string> promises;
    static constexpr std::size_t kMaxPromises = 3;

    static constexpr int kTextSizeMin = -1;
    static constexpr int kTextSizeMax = 3;

    // Multiplier applied to every font size at a step; 1.0 at the default one.
    static constexpr float textScaleAt(int step) { return 1.0f + 0.15f * static_cast<float>(step); }
    float textScale() const { return textScaleAt(textSize); }
};

// "short" or "full": the word in settings.xml, the system configuration and --class-session.
inline const char* classSessionName(Settings::ClassSession s) {
    return s == Settings::ClassSession::Full ? "full" : "short";
}
// The other way round; any other word is the default, Short.
inline Settings::ClassSession classSessionFromName(const std::string& name) {
    return name == "full" ? Settings::ClassSession::Full : Settings::ClassSession::Short;
}

// "auto", "on" or "off": the word in settings.xml, the system configuration and --read-aloud.
inline const char* readAloudName(Settings::ReadAloud r) {
    return r == Settings::ReadAloud::On ? "on" : r == Settings::ReadAloud::Off ? "off" : "auto";
}
// The other way round; any other word is the default, Auto.
inline Settings::ReadAloud readAloudFromName(const std::string& name) {
    return name == "on"    ? Settings::ReadAloud::On
           : name == "off" ? Settings::ReadAloud::Off
                           : Settings::ReadAloud::Auto;
}
// Whether a card is read aloud as it appears, for this player and room.
inline bool readsOnArrival(Settings::ReadAloud r, bool youngProfile, bool classMode) {
    if (r != Settings::ReadAloud::Auto) return r == Settings::ReadAloud::On;
    return youngProfile && !classMode;
}

} // namespace mobi
