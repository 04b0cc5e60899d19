// SPDX-License-Identifier: GPL-3.0-or-later
// The application: owns the window, the assets, the audio, the saves and the
// scene stack, and runs the loop. Nothing below App reads a clock or opens a
// window; scenes get what they need through SceneContext. Its loops (play,
// replay, screenshot) are in AppLoops.cpp.
#pragma once

#include "content/DataError.hpp"
#include "content/Languages.hpp"
#include "content/StringTable.hpp"
#include "core/CommandLine.hpp"
#include "core/FixedStep.hpp"
#include "core/KeyRepeat.hpp"
#include "core/SceneStack.hpp"
#include "platform/EventReplay.hpp"
#include "save/Settings.hpp"
#include "scenes/Scene.hpp"

#include <SFML/Graphics/RenderWindow.hpp>

#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace mobi {

class Assets;
class Audio;
class TextStyler;
class UserStore;
class VoiceDesk;
class VoiceOutput;

class App final : public AppControl {
public:
    App(Options options, std::filesystem::path dataDir);
    ~App() override;

    int play();        // opens the window and runs until the player quits
    int screenshot();  // draws one scene offscreen into a PNG
    int checkLayout(); // --check-layout: lists what overflows or overlaps

    void quit() override { m_quitRequested = true; }
    void settingsChanged() override { m_settingsDirty = true; }
    void profilesChanged() override { m_profilesDirty = true; }
    void levelEnded(const LevelSim& sim, const std::string& levelId) override;

private:
    bool prepare(bool readOnlyStore);
    void loadLanguage();
    void rebuildStyler();
    void applyPendingChanges();
    void showSaveNotices();
    void openWindow();
    void applyView();
    void applyFrameRate();
    // The one door for input: the window's events, a replayed events file and
    // the monkey all come through here, then go to the scene on top.
    void onEvent(const sf::Event& event);  // an event of the window (or of a replay), its repeats told apart
    void endOfEvents();                    // a batch of events is read: the key releases held back go on
    void dispatch(const sf::Event& event); // to the window's own handling and the top scene
    void handleWindowEvent(const sf::Event& event);
    int runReplay();
    // A focus loss that is still a loss once a frame's events are read reaches the scene.
    void settleFocus();
    bool aimReplayEvent(RecordedEvent& e);
    bool buildScene(const std::string& name); // as --screenshot and --check-layout start it
    void report(std::ostream& out) const;
    void afterInput();
    void stepTop();
    void drawScenes(sf::RenderTarget& target) const;
    bool topAnimating() const;
    // Mobi's voice (AppVoice.cpp): opened after prepare(); null output: the game's audio.
    void openVoice(bool stepClock, VoiceOutput* output = nullptr);
    std::vector<const TextBlock*> spokenBlocks() const; // the top scene's, empty ones left out
    void updateVoice();                                 // after every input and step, and each frame
    bool voiceInput(const sf::Event& event);            // the speaker button or F1: true when taken
    void drawVoice(sf::RenderTarget& target) const;
    int finishVoice(); // --speech-out: writes what was read last; the exit code

    Options m_options;
    std::filesystem::path m_dataDir;
    std::unique_ptr<UserStore> m_store;
    Settings m_session;     // saved settings with this run's command-line choices on top
    Settings m_lastApplied; // to tell which fields the player changed on screen
    std::vector<LanguageInfo> m_languages;
    Strings m_strings;
    ErrorList m_dataErrors;
    std::unique_ptr<Assets> m_assets;
    std::unique_ptr<TextStyler> m_styler;
    std::unique_ptr<Audio> m_audio;
    SceneStack<Scene> m_stack;
    std::unique_ptr<SceneContext> m_ctx;

    sf::RenderWindow m_window;
    bool m_windowFullscreen = false;
    bool m_softwareRenderer = false; // OpenGL drawn by the CPU (FramePacing.hpp)
    int m_frameRate = 60;            // images a second while something moves
    FixedStep m_fixedStep;
    bool m_quitRequested = false;
    bool m_settingsDirty = false;
    bool m_profilesDirty = false;
    bool m_needsRedraw = true;
    double m_kioskHold = -1;             // seconds the teacher's exit keys have been held, -1 when not held
    int m_stepsRun = 0;                  // fixed steps run so far: the clock of --events and --record
    const Scene* m_lastTop = nullptr;    // to tell when a scene gets covered
    std::optional<EventReplay> m_replay; // --events
    sf::Vector2f m_replayPointer;        // where the replay's last mouse event left the mouse
    std::unique_ptr<EventRecorder> m_recorder; // --record
    int m_exitCode = 0;
    bool m_focusLossPending = false;
    KeyRepeat m_heldKeys;                      // to let a held Space or Enter press a button once
    std::unique_ptr<VoiceOutput> m_benchVoice; // a benchmark's stand-in for a sound device
    std::unique_ptr<VoiceDesk> m_voice;        // after m_audio: it speaks through it
    // The texts last handed to the voice, by block and revision: the loop
    // compares these each frame, not the strings.
    std::vector<std::pair<const TextBlock*, std::uint64_t>> m_voiceTexts;
    const Scene* m_voiceScene = nullptr;
};

} // namespace mobi
