// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/App.hpp"

#include "content/AssetFiles.hpp"
#include "core/DataDir.hpp"
#include "core/FramePacing.hpp"
#include "core/Letterbox.hpp"
#include "levels/HeadlessRun.hpp"
#include "levels/LevelSim.hpp"
#include "narration/VoiceDesk.hpp"
#include "platform/Assets.hpp"
#include "platform/Audio.hpp"
#include "platform/EventReplay.hpp"
#include "platform/GlInfo.hpp"
#include "platform/SceneTypeName.hpp"
#include "platform/WindowEvents.hpp"
#include "save/SettingsChanges.hpp"
#include "save/UserDir.hpp"
#include "save/UserStore.hpp"
#include "scenes/MessageScene.hpp"
#include "scenes/SceneRegistry.hpp"
#include "ui/SpeakerButton.hpp"
#include "ui/TextStyler.hpp"
#include "ui/Theme.hpp"

#include <SFML/Window/Event.hpp>

#include <iostream>

namespace mobi {
namespace {

void applyCommandLine(const Options& o, Settings& s) {
    if (o.language) s.language = *o.language;
    if (o.fullscreen) s.fullscreen = *o.fullscreen;
    if (o.lowDetail) s.lowDetail = *o.lowDetail;
    if (o.textSize) s.textSize = *o.textSize;
    if (o.font) s.font = *o.font == "opendyslexic" ? FontChoice::OpenDyslexic : FontChoice::Andika;
    if (o.uppercase) s.uppercase = *o.uppercase;
    if (o.codeSet) s.codeSet = *o.codeSet;
    if (o.classSession) s.classSession = classSessionFromName(*o.classSession);
    if (o.readAloud) s.readAloud = readAloudFromName(*o.readAloud);
    if (o.voiceVolume) s.voiceVolume = *o.voiceVolume;
    if (o.classMode) {
        // Class mode: projected, fullscreen unless asked otherwise, no music over the teacher.
        if (!o.fullscreen) s.fullscreen = true;
        s.musicVolume = 0;
    }
}

} // namespace

App::App(Options options, std::filesystem::path dataDir)
    : m_options(std::move(options)), m_dataDir(std::move(dataDir)) {}

App::~App() = default;

bool App::prepare(bool readOnlyStore) {
    const UserDirChoice choice = resolveUserDir(m_options.userDir, executableDir());
    if (choice.why == UserDirChoice::Why::PortableReadOnly)
        std::cerr << "mobi2070: this portable copy cannot write beside itself; saving in "
                  << choice.dir.u8string() << " instead\n";
    const std::filesystem::path& userDir = choice.dir;
    m_store = std::make_unique<UserStore>(userDir, readOnlyStore);
    m_store->load();
    for (const auto& n : m_store->notices())
        std::cerr << "mobi2070: save folder " << userDir.u8string() << ": " << n.detail << "\n";

    m_session = m_store->settings();
    applyCommandLine(m_options, m_session);
    m_lastApplied = m_session;
    m_languages = listLanguages(m_dataDir);
    bool known = false;
    for (const auto& l : m_languages)
        known |= l.code == m_session.language;
    if (!known) {
        if (m_options.language) {
            std::string list;
            for (const auto& l : m_languages)
                list += " " + l.code;
            std::cerr << "mobi2070: unknown language \"" << *m_options.language << "\" (available:" << list
                      << ")\n";
            return false;
        }
        m_session.language = kReferenceLanguage; // a saved language whose file was removed
    }
    loadLanguage();

    m_assets = std::make_unique<Assets>(m_dataDir);
    rebuildStyler();
    if (!m_styler->font(false)) {
        std::cerr << "mobi2070: no font could be loaded from " << (m_dataDir / "assets" / "fonts").u8string()
                  << "; the game cannot show any text. Reinstall the game or pass --data-dir.\n";
        return false;
    }
    m_ctx = std::make_unique<SceneContext>(SceneContext{*this, *m_assets, *m_audio, m_strings, *m_styler,
                                                        m_session, m_store->profiles(), *m_store, m_options,
                                                        m_stack, m_languages, m_dataErrors});
    return true;
}

void App::loadLanguage() {
    ErrorList errors;
    m_strings = loadStrings(m_dataDir, m_session.language, errors);
    for (const auto& e : errors.all())
        std::cerr << "mobi2070: " << e.toString() << "\n";
    // Shown once on the error screen; a later language switch adds its own problems.
    m_dataErrors.append(errors);
}

void App::rebuildStyler() {
    // SceneContext holds a reference to the styler: assign in place.
    if (m_styler)
        *m_styler = TextStyler(*m_assets, m_session, m_options.classMode);
    else
        m_styler = std::make_unique<TextStyler>(*m_assets, m_session, m_options.classMode);
}

void App::applyPendingChanges() {
    if (m_settingsDirty) {
        m_settingsDirty = false;
        const Settings before = m_lastApplied;
        if (before.language != m_session.language) loadLanguage();
        rebuildStyler();
        m_audio->setVolumes(m_session.musicVolume, m_session.effectsVolume);
        m_audio->setVoiceVolume(m_session.voiceVolume);
        m_audio->setMusicOn(m_session.musicVolume > 0);
        if (m_window.isOpen() && m_session.fullscreen != m_windowFullscreen) openWindow();
        if (m_window.isOpen()) applyFrameRate(); // low detail draws at 30 images a second
        if (copyChangedSettings(before, m_session, m_store->settings())) m_store->saveSettings();
        m_lastApplied = m_session;
        for (std::size_t i = 0; i < m_stack.size(); ++i)
            m_stack.at(i).rebuild();
        showSaveNotices();
        m_needsRedraw = true;
    }
    if (m_profilesDirty) {
        m_profilesDirty = false;
        m_store->saveProfiles();
        for (std::size_t i = 0; i < m_stack.size(); ++i)
            m_stack.at(i).rebuild();
        showSaveNotices();
        m_needsRedraw = true;
    }
}

void App::showSaveNotices() {
    if (m_store->notices().empty()) return;
    std::string body;
    bool writeFailed = false;
    for (const auto& n : m_store->notices()) {
        const TextParams params = {{"file", n.file}, {"aside", n.asideName}};
        switch (n.kind) {
        case SaveNotice::Kind::SetAside:
            body += m_strings.get("save.set_aside", params);
            break;
        case SaveNotice::Kind::RestoredFromBackup:
            body += m_strings.get("save.restored", params);
            break;
        case SaveNotice::Kind::StartedFresh:
            body += m_strings.get("save.fresh", params);
            break;
        case SaveNotice::Kind::WriteFailed:
            body += m_strings.get("save.write_failed", params);
            writeFailed = true;
            break;
        }
        body += "\n";
    }
    body += m_strings.get("save.folder", {{"folder", m_store->dir().u8string()}});
    m_store->clearNotices();
    const std::string title = m_strings.get(writeFailed ? "save.write_failed_title" : "save.damaged_title");
    SceneContext* ctx = m_ctx.get();
    m_stack.push([ctx, title, body] { return std::make_unique<MessageScene>(*ctx, title, body); });
}

void App::openWindow() {
    const sf::VideoMode desktop = sf::VideoMode::getDesktopMode();
    sf::ContextSettings gl;
    gl.antialiasingLevel = 0; // software OpenGL on old PCs: keep it cheap
    const std::string title = m_strings.get("game.window_title");
    if (m_replay) {
        // A replay's mouse positions map to whole pixels one to one: the same on every screen.
        m_window.create(
            sf::VideoMode(static_cast<unsigned>(kLogicalWidth), static_cast<unsigned>(kLogicalHeight)),
            toSfString(title), sf::Style::Default, gl);
    } else if (m_session.fullscreen) {
        m_window.create(desktop, toSfString(title), sf::Style::Fullscreen, gl);
    } else {
        // The logical size when it fits, else the largest 16:9 window that does.
        float scale = std::min({1.f, static_cast<float>(desktop.width) * 0.92f / kLogicalWidth,
                                static_cast<float>(desktop.height) * 0.88f / kLogicalHeight});
        if (desktop.width == 0 || desktop.height == 0) scale = 1.f;
        m_window.create(sf::VideoMode(static_cast<unsigned>(kLogicalWidth * scale),
                                      static_cast<unsigned>(kLogicalHeight * scale)),
                        toSfString(title), sf::Style::Default, gl);
    }
    m_windowFullscreen = m_session.fullscreen;
    m_softwareRenderer = isSoftwareRenderer(glRenderer());
    applyFrameRate();
    m_window.setKeyRepeatEnabled(true);
    if (auto icon = m_assets->image(assetfiles::windowIcon))
        m_window.setIcon(icon->getSize().x, icon->getSize().y, icon->getPixelsPtr());
    if (m_options.kiosk) m_window.setMouseCursorVisible(true);
    applyView();
    m_needsRedraw = true;
}

void App::applyFrameRate() {
    m_frameRate = chooseFrameRate(m_options.fps, m_softwareRenderer, m_session.lowDetail);
    const bool uncappedBench = m_options.mode == RunMode::Bench && m_options.uncapped;
    m_window.setFramerateLimit(uncappedBench ? 0 : static_cast<unsigned>(m_frameRate));
}

void App::applyView() {
    sf::View view({0.f, 0.f, kLogicalWidth, kLogicalHeight});
    const ViewportRect v = letterboxViewport(m_window.getSize().x, m_window.getSize().y);
    view.setViewport({v.left, v.top, v.width, v.height});
    m_window.setView(view);
}

void App::handleWindowEvent(const sf::Event& event) {
    switch (event.type) {
    case sf::Event::Closed:
        // In kiosk mode small hands must not close the game by accident.
        if (!m_options.kiosk) quit();
        break;
    case sf::Event::Resized:
        applyView();
        break;
    case sf::Event::LostFocus:
        // Keys held now will be released in another window: their releases never come.
        if (Scene* top = m_stack.top()) top->releaseInput();
        m_focusLossPending = true; // told to the scene once the events of this frame are read
        break;
    case sf::Event::GainedFocus:
        // Lost and found in the same frame (what X servers send as a window opens): nothing to pause.
        m_focusLossPending = false;
        break;
    case sf::Event::KeyPressed:
        if (event.key.code == sf::Keyboard::F11) {
            m_session.fullscreen = !m_session.fullscreen;
            settingsChanged();
        }
        if (m_options.kiosk && event.key.code == sf::Keyboard::F12 && event.key.control && event.key.shift &&
            m_kioskHold < 0)
            m_kioskHold = 0;
        break;
    case sf::Event::KeyReleased:
        if (event.key.code == sf::Keyboard::F12) m_kioskHold = -1;
        break;
    default:
        break;
    }
    m_needsRedraw = true;
}

namespace {
// The keys that press the focused button: their repeats must not (core/KeyRepeat.hpp).
bool activates(sf::Keyboard::Key key) { return key == sf::Keyboard::Space || key == sf::Keyboard::Enter; }
// Keys whose repeats are dropped: a held one acts once.
bool actsOnce(sf::Keyboard::Key key) { return activates(key) || key == kReadAgainKey; }
} // namespace

void App::onEvent(const sf::Event& event) {
    if (m_recorder) m_recorder->record(event, m_window.getSize(), m_stepsRun);
    if (event.type == sf::Event::KeyPressed) {
        if (!m_heldKeys.press(event.key.code) && actsOnce(event.key.code)) return;
    } else if (event.type == sf::Event::KeyReleased) {
        if (activates(event.key.code)) {
            m_heldKeys.releaseLater(event.key.code); // passed on by endOfEvents(), unless a repeat
            return;
        }
        m_heldKeys.release(event.key.code);
    } else if (event.type == sf::Event::LostFocus) {
        endOfEvents(); // what was let go before the focus went
        m_heldKeys.clear();
    }
    dispatch(event);
}

void App::endOfEvents() {
    for (int key : m_heldKeys.endOfBatch()) {
        sf::Event up;
        up.type = sf::Event::KeyReleased;
        up.key = {static_cast<sf::Keyboard::Key>(key), false, false, false, false};
        dispatch(up);
    }
}

void App::dispatch(const sf::Event& event) {
    handleWindowEvent(event);
    if (!voiceInput(event))
        if (const auto ui = toUiEvent(event, m_window.getSize()))
            if (Scene* top = m_stack.top()) top->handleEvent(*ui);
    afterInput();
}

void App::afterInput() {
    for (std::size_t i = 0; i < m_stack.size(); ++i)
        m_stack.at(i).runDeferred();
    if (m_stack.applyPending()) m_needsRedraw = true;
    applyPendingChanges();
    if (m_stack.applyPending()) m_needsRedraw = true;
    // A scene covered by another (pause, settings, a message) gets no more
    // events until it is on top again: what it held is let go now, or a key
    // released under the pause menu would stay held when play resumes.
    if (m_stack.top() != m_lastTop) {
        for (std::size_t i = 0; i + 1 < m_stack.size(); ++i)
            m_stack.at(i).releaseInput();
        m_lastTop = m_stack.top();
    }
    updateVoice(); // a new screen, or new text on it: the voice stops, or reads it
}

void App::stepTop() {
    if (Scene* top = m_stack.top()) top->update(kStepSeconds);
    ++m_stepsRun;
    afterInput();
}

void App::levelEnded(const LevelSim& sim, const std::string& levelId) {
    if (!m_replay) return;
    // A replayed level prints what --headless prints, and the replay ends.
    std::cout << levelResultLine(levelId, sim) << "\n";
    if (sim.outcome() == Outcome::Lost) m_exitCode = 2;
    quit();
}

void App::settleFocus() {
    if (!m_focusLossPending) return;
    m_focusLossPending = false;
    if (Scene* top = m_stack.top()) top->focusLost(); // a level pauses: the child is elsewhere
}

void App::report(std::ostream& out) const {
    out << "report step=" << m_stepsRun << " loop=" << (topAnimating() ? "running" : "resting") << " scenes=";
    for (std::size_t i = 0; i < m_stack.size(); ++i)
        out << (i ? ">" : "") << sceneTypeName(m_stack.at(i));
    for (std::size_t i = 0; i < m_stack.size(); ++i)
        if (const std::string state = m_stack.at(i).describe(); !state.empty()) out << " " << state;
    if (m_voice) out << " " << m_voice->describe();
    out << "\n";
}

bool App::topAnimating() const {
    // Only the scene on top is stepped, so only it can change what is drawn: a
    // level under the pause card waits, and the loop rests instead of
    // redrawing the same image 60 times a second.
    return !m_stack.empty() && m_stack.top()->isAnimating();
}

void App::drawScenes(sf::RenderTarget& target) const {
    if (m_stack.empty()) return;
    const std::size_t first = m_stack.firstVisible([](const Scene& s) { return s.isOverlay(); });
    for (std::size_t i = first; i < m_stack.size(); ++i)
        m_stack.at(i).draw(target);
    drawVoice(target);
}

} // namespace mobi
