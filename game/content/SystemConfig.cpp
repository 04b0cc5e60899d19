// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/SystemConfig.hpp"

#include "content/XmlNode.hpp"

#include <algorithm>
#include <cstdlib>
#include <system_error>

namespace mobi {

namespace fs = std::filesystem;

std::vector<fs::path> systemConfigCandidates(const fs::path& exeDir, const char* programData) {
    std::vector<fs::path> out;
#ifdef _WIN32
    if (programData && programData[0] != '\0')
        out.push_back(fs::u8path(programData) / "Mobi2070" / "system.xml");
#else
    (void)programData;
    out.push_back("/etc/mobi2070/system.xml");
#endif
    if (!exeDir.empty()) out.push_back(exeDir / "system.xml");
    return out;
}

SystemConfig loadSystemConfig(const std::string& text, const std::string& name, ErrorList& errors) {
    SystemConfig config;
    config.file = name;
    auto doc = XmlDocument::parse(text, name, errors);
    if (!doc) return config;
    auto root = doc->root("system", errors);
    if (!root) return config;
    root->allowOnly({"version", "class", "kiosk", "mute", "language", "fullscreen", "lowDetail", "textSize",
                     "font", "uppercase", "codeSet", "classSession", "readAloud", "voiceVolume", "saves"},
                    {});
    root->requireInt("version", 1, 1);
    config.classMode = root->optBool("class", false);
    config.kiosk = root->optBool("kiosk", false);
    config.mute = root->optBool("mute", false);
    if (root->has("language")) config.language = root->requireString("language");
    if (root->has("fullscreen")) config.fullscreen = root->optBool("fullscreen", false);
    if (root->has("lowDetail")) config.lowDetail = root->optBool("lowDetail", false);
    if (root->has("uppercase")) config.uppercase = root->optBool("uppercase", false);
    if (root->has("textSize")) config.textSize = root->optInt("textSize", 0, -1, 3);
    if (root->has("font")) config.font = root->requireChoice("font", {"andika", "opendyslexic"});
    if (root->has("codeSet")) config.codeSet = root->requireString("codeSet");
    if (root->has("classSession"))
        config.classSession = root->requireChoice("classSession", {"short", "full"});
    if (root->has("readAloud")) config.readAloud = root->requireChoice("readAloud", {"auto", "on", "off"});
    if (root->has("voiceVolume")) config.voiceVolume = root->optInt("voiceVolume", 100, 0, 100);
    config.saves = root->optString("saves", "");
    return config;
}

std::optional<SystemConfig> findSystemConfig(const std::vector<fs::path>& candidates, ErrorList& errors) {
    for (const auto& path : candidates) {
        std::error_code ec;
        if (!fs::is_regular_file(path, ec)) continue;
        const std::string name = path.u8string();
        const auto text = readTextFile(name);
        if (!text) {
            errors.add(name, 0, "cannot read the system configuration (permissions?)");
            return std::nullopt;
        }
        return loadSystemConfig(*text, name, errors);
    }
    return std::nullopt;
}

std::optional<SystemConfig> findSystemConfigFor(const Options& options, const fs::path& exeDir,
                                                ErrorList& errors) {
    if (!options.systemConfig.empty()) {
        const fs::path path = fs::u8path(options.systemConfig);
        auto config = findSystemConfig({path}, errors);
        if (!config) errors.add(options.systemConfig, 0, "no such file (given with --system-config)");
        return config;
    }
    return findSystemConfig(systemConfigCandidates(exeDir, std::getenv("ProgramData")), errors);
}

std::string loginName() {
#ifdef _WIN32
    const char* names[] = {"USERNAME"};
#else
    const char* names[] = {"USER", "LOGNAME"};
#endif
    for (const char* name : names)
        if (const char* value = std::getenv(name); value && value[0] != '\0') return value;
    return "";
}

std::string folderSafeUserName(const std::string& name) {
    std::string safe;
    for (char c : name) {
        const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                          c == '.' || c == '-' || c == '_';
        safe += keep ? c : '_';
    }
    // "." and ".." would name a folder above the saves.
    if (safe.empty() || safe == "." || safe == "..") return "player";
    return safe;
}

void applySystemConfig(const SystemConfig& config, const std::vector<std::string>& languages,
                       const std::string& userName, Options& options) {
    options.classMode |= config.classMode;
    options.kiosk |= config.kiosk;
    options.mute |= config.mute;
    if (!options.language && config.language &&
        std::find(languages.begin(), languages.end(), *config.language) != languages.end())
        options.language = config.language;
    if (!options.fullscreen) options.fullscreen = config.fullscreen;
    if (!options.lowDetail) options.lowDetail = config.lowDetail;
    if (!options.uppercase) options.uppercase = config.uppercase;
    if (!options.textSize) options.textSize = config.textSize;
    if (!options.font) options.font = config.font;
    if (!options.codeSet) options.codeSet = config.codeSet;
    if (!options.classSession) options.classSession = config.classSession;
    if (!options.readAloud) options.readAloud = config.readAloud;
    if (!options.voiceVolume) options.voiceVolume = config.voiceVolume;
    if (options.userDir.empty() && !config.saves.empty()) {
        std::string folder = config.saves;
        const std::string tag = "{user}", user = folderSafeUserName(userName);
        for (auto at = folder.find(tag); at != std::string::npos; at = folder.find(tag, at + user.size()))
            folder.replace(at, tag.size(), user);
        options.userDir = folder;
    }
}

} // namespace mobi
