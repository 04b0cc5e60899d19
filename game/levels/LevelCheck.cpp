// SPDX-License-Identifier: GPL-3.0-or-later
#include "levels/LevelCheck.hpp"

#include "levels/LevelLoad.hpp"

#include <stdexcept>

namespace mobi {
namespace {
constexpr int kTrialSteps = 60;
} // namespace

int checkLevels(const std::filesystem::path& dataDir, ErrorList& errors) {
    int files = 0;
    for (const LevelInfo& info : allLevels()) {
        if (!info.built) continue;
        ++files;
        auto level = loadLevelById(dataDir, info.id, errors);
        if (!level) continue;
        // Every option of every choice, for both age bands.
        std::vector<LevelOptions> trials;
        for (bool young : {true, false}) {
            LevelOptions o;
            o.young = young;
            trials.push_back(o);
            for (const LevelChoice& c : level->data.choices)
                for (const LevelChoiceOption& option : c.options) {
                    o.choices = {{c.name, option.id}};
                    trials.push_back(o);
                }
        }
        for (const LevelOptions& o : trials) {
            try {
                auto sim = startLevel(*level, o, 1);
                for (int i = 0; i < kTrialSteps; ++i)
                    sim->step({});
            } catch (const std::exception& e) {
                errors.add(level->data.file, 0, std::string("the level does not play: ") + e.what());
                break;
            }
        }
    }
    return files;
}

} // namespace mobi
