// SPDX-License-Identifier: GPL-3.0-or-later
#include "levels/LevelLoad.hpp"

#include "content/Facts.hpp"
#include "content/Languages.hpp"
#include "content/LevelLoader.hpp"

namespace mobi {

std::optional<LoadedLevel> loadLevelById(const std::filesystem::path& dataDir, const std::string& id,
                                         ErrorList& errors) {
    const LevelInfo* info = findLevel(id);
    if (!info) {
        std::string known;
        for (const auto& l : allLevels())
            known += " " + l.id;
        errors.add(id, 0, "unknown level (levels:" + known + ")");
        return std::nullopt;
    }
    if (!info->built) {
        errors.add(id, 0, "this level is not built yet");
        return std::nullopt;
    }
    ErrorList checks; // problems in facts.xml or fr.xml are reported by --check-data, not here
    const FactBook facts = loadFactsFile((dataDir / "levels" / "facts.xml").u8string(), checks);
    const StringTable strings =
        loadStringTableFile(localeFile(dataDir, kReferenceLanguage).u8string(), checks);
    LevelCheckContext check{&info->params, checks.empty() ? &facts : nullptr,
                            checks.empty() ? &strings : nullptr, &info->needs};
    LoadedLevel level{info, loadLevelFile(info->file(dataDir).u8string(), check, errors)};
    const std::size_t before = errors.size();
    if (level.data.id != info->id && !level.data.id.empty())
        errors.add(level.data.file, 1,
                   "<level> attribute \"id\": expected \"" + info->id + "\", found \"" + level.data.id +
                       "\"");
    if (errors.size() > before || !errors.empty()) return std::nullopt;
    return level;
}

std::unique_ptr<LevelSim> startLevel(const LoadedLevel& level, const LevelOptions& options,
                                     std::uint32_t seed) {
    // A choice read from another level (the player's profile) that was never made takes its default.
    LevelOptions withDefaults = options;
    for (const UsedChoice& u : level.data.uses)
        withDefaults.choices.emplace(u.name, u.defaultValue);
    Params params =
        levelParams(level.data, level.info->params, withDefaults.choices, withDefaults.classVersion);
    auto rules = level.info->makeRules(params, withDefaults);
    return std::make_unique<LevelSim>(level.data, std::move(params), std::move(rules), withDefaults, seed);
}

bool checkOptions(const LoadedLevel& level, const LevelOptions& options, ErrorList& errors,
                  const std::string& where) {
    bool ok = true;
    for (const auto& [name, value] : options.choices) {
        std::string why;
        if (!knownChoice(level.data, name, value, why)) {
            errors.add(where, 0, why);
            ok = false;
        }
    }
    return ok;
}

LevelOptions optionsFromScript(const std::map<std::string, std::string>& scriptOptions) {
    LevelOptions options;
    for (const auto& [name, value] : scriptOptions) {
        if (name == "age")
            options.young = value != "older";
        else if (name == "challenge")
            options.challenge = value == "on";
        else if (name == "motion")
            options.lessMotion = value == "less";
        else if (name == "version")
            options.classVersion = value == "class";
        else
            options.choices[name] = value;
    }
    return options;
}

} // namespace mobi
