// SPDX-License-Identifier: GPL-3.0-or-later
// What every scene may use, passed by reference from App (no singletons).
#pragma once

#include "content/DataError.hpp"
#include "content/Languages.hpp"
#include "content/StringTable.hpp"
#include "core/CommandLine.hpp"
#include "core/SceneStack.hpp"
#include "save/Profile.hpp"
#include "save/Settings.hpp"
#include "save/UserStore.hpp"
#include "ui/Theme.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace mobi {

class Assets;
class Audio;
class LevelSim;
class Scene;
class TextStyler;
class UserStore;

// Requests a scene may make of the application. They take effect after the
// current event or update, never in the middle of it.
class AppControl {
public:
    virtual ~AppControl() = default;
    virtual void quit() = 0;
    // The session settings changed (language, text, sound, screen): apply
    // them, save what changed, and rebuild every scene's text.
    virtual void settingsChanged() = 0;
    // The profiles changed: save them.
    virtual void profilesChanged() = 0;
    // A level was won or lost (a replay prints the result and ends there).
    virtual void levelEnded(const LevelSim& sim, const std::string& levelId) = 0;
};

// The seed of a level or a quiz: the --seed when runs must be reproducible
// (screenshots, tests, replays, recordings), else a new one each time.
std::uint32_t sessionSeed(const Options& options);

struct SceneContext {
    AppControl& app;
    Assets& assets;
    Audio& audio;
    const Strings& strings; // the current language (replaced in place when it changes)
    const TextStyler& text; // fonts and sizes for the current settings
    Settings& settings;     // this session's settings (saved ones plus command-line ones)
    ProfileBook& profiles;
    UserStore& store;
    const Options& options;
    SceneStack<Scene>& stack;
    const std::vector<LanguageInfo>& languages;
    const ErrorList& dataErrors; // problems found in the data at start-up

    bool classMode() const { return options.classMode; }
    bool kiosk() const { return options.kiosk; }
    // The player whose progress is shown and kept: in class mode the class's own
    // (never a child's); else the chosen player, or null when nobody is (screenshots).
    Profile* activeProfile() const {
        if (classMode()) return &store.classProfile(strings.get("class.player_name"), settings.codeSet);
        const int i = settings.lastProfile;
        if (i < 0 || i >= kMaxProfiles) return nullptr;
        auto& slot = profiles.slots[static_cast<std::size_t>(i)];
        return slot ? &*slot : nullptr;
    }
    // Cards speak to a child of 6–8 in a few short sentences: for a young
    // player, in class mode (read from the back of a room, sometimes aloud),
    // and when nobody is chosen. Older players get the full text and sources.
    bool youngReader() const {
        const Profile* p = activeProfile();
        return classMode() || !p || p->ageBand == AgeBand::Young;
    }
    // The string id to show for a card text: `id`.young for a young reader
    // when the language has it, else `id`.
    std::string forReader(const std::string& id) const {
        return youngReader() && !id.empty() && strings.hasOwn(id + ".young") ? id + ".young" : id;
    }
    // Mobi in the player's colour (sky blue when nobody is chosen), on every screen.
    sf::Color mobiColour() const {
        const Profile* p = activeProfile();
        return p ? theme::avatar[p->colour % kProfileColours] : theme::skyBlue;
    }
};

} // namespace mobi
