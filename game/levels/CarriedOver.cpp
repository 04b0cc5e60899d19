// SPDX-License-Identifier: GPL-3.0-or-later
#include "levels/CarriedOver.hpp"

#include "levels/LevelRegistry.hpp"

#include <algorithm>
#include <cmath>

namespace mobi {

void carryInto(const LevelData& level, const Profile& profile, LevelOptions& options) {
    for (const UsedChoice& used : level.uses) {
        auto it = profile.choices.find(used.name);
        // A value the level does not know (a hand-edited save, a newer game's
        // option) would be refused when the level starts: the default is kinder.
        if (it != profile.choices.end() &&
            std::find(used.values.begin(), used.values.end(), it->second) != used.values.end())
            options.choices[used.name] = it->second;
    }
    options.footprintBefore = footprintBefore(profile, level.number);
}

void keepFromWin(const LevelData& level, const LevelOptions& options, float footprintAdded, Profile& profile,
                 const std::map<std::string, std::string>& madeInPlay) {
    for (const LevelChoice& choice : level.choices) {
        auto it = options.choices.find(choice.name);
        if (choice.keep && it != options.choices.end()) profile.choices[choice.name] = it->second;
    }
    for (const auto& [name, value] : madeInPlay)
        profile.choices[level.id + "-" + name] = value;
    const long percent = std::lround(std::max(0.f, footprintAdded) * 100.f);
    profile.levels[level.id].footprintPercent =
        static_cast<int>(std::min<long>(percent, kMaxFootprintPercent));
}

void keepFromWin(const LevelSim& sim, Profile& profile) {
    keepFromWin(sim.data(), sim.options(), sim.footprintAdded(), profile, sim.rules().choicesMade());
}

float footprintBefore(const Profile& profile, int levelNumber) {
    int percent = 0;
    for (const auto& [id, progress] : profile.levels) {
        const LevelInfo* info = findLevel(id);
        // A level this build does not know (a newer game's) cannot be placed in order: left out.
        if (info && (levelNumber == 0 || info->number < levelNumber)) percent += progress.footprintPercent;
    }
    return static_cast<float>(percent) / 100.f;
}

std::vector<float> tripClouds(const Profile& profile, float planeCloud) {
    std::vector<float> clouds;
    for (const char* leg : {"journey-leg1", "journey-leg2", "journey-leg3"}) {
        auto it = profile.choices.find(leg);
        if (it == profile.choices.end()) continue;
        if (it->second == "plane")
            clouds.push_back(planeCloud);
        else if (it->second == "ship" || it->second == "train")
            clouds.push_back(1.f);
    }
    return clouds;
}

} // namespace mobi
