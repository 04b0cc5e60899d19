// SPDX-License-Identifier: GPL-3.0-or-later
// Player profiles: up to eight named slots sharing one computer. A profile holds
// only a first name or nickname, an age band, an avatar colour and progress —
// no other personal data. The slot number, never the name, names anything on disk.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>

namespace mobi {

enum class AgeBand { Young, Older }; // 6–8 and 9–12 years

constexpr int kMaxProfiles = 8;
constexpr int kProfileColours = 8;          // indexes into the avatar palette
constexpr std::size_t kMaxNameLetters = 16; // code points, not bytes

constexpr int kMaxFootprintPercent = 200; // a jar can overflow (planes), but not without end

struct LevelProgress {
    bool done = false;
    int digit = -1;           // vault digit earned in this level, -1 until earned
    int footprintPercent = 0; // what this level put in Mobi's footprint jar, in % of its whole life's
};

struct Profile {
    std::string name; // already sanitised (see ProfileName.hpp)
    AgeBand ageBand = AgeBand::Young;
    int colour = 0;
    std::string codeSet = "A"; // which set of vault digits this player collects (levels/*.xml <vault>)
    std::map<std::string, LevelProgress> levels; // by level id ("mine", …)
    // Choices a level keeps for later ones (<choice keep="true">), by choice
    // name: L'Usine's "assembly" = "glue" | "screws", read by La Renaissance.
    std::map<std::string, std::string> choices;
};

// The player's journey started again: every level and choice forgotten (and so every
// vault digit and the footprint jar); who they are (name, age, colour, code set) stays.
inline void restartJourney(Profile& p) {
    p.levels.clear();
    p.choices.clear();
}

struct ProfileBook {
    std::array<std::optional<Profile>, kMaxProfiles> slots;

    int count() const {
        int n = 0;
        for (const auto& s : slots)
            n += s.has_value() ? 1 : 0;
        return n;
    }
    // The first empty slot, or -1 when all eight are taken.
    int firstFreeSlot() const {
        for (int i = 0; i < kMaxProfiles; ++i)
            if (!slots[static_cast<std::size_t>(i)]) return i;
        return -1;
    }
};

} // namespace mobi
