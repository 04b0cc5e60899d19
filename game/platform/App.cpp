#include "platform/App.hpp"

#include "content/AssetFiles.hpp"
#include "core/DataDir.hpp"
#include "core/FramePacing.hpp"
#include "core/Letterbox.hpp"
#include "levels/HeadlessRun.hpp"
#include "levels/LevelSim.hpp"
#include "platform/Assets.hpp"
#include "platform/Audio.hpp"
#include "platform/BenchRecorder.hpp"
#include "platform/EventReplay.hpp"
#include "platform/GlInfo.hpp"
#include "platform/Monkey.hpp"
#include "platform/SceneTypeName.hpp"
#include "platform/WindowEvents.hpp"
#include "save/SettingsChanges.hpp"
#include "save/UserDir.hpp"
#include "save/UserStore.hpp"
#include "scenes/MessageScene.hpp"
#include "scenes/SceneRegistry.hpp"
#include "ui/TextStyler.hpp"
#include "ui/Theme.hpp"

#include <SFML/Graphics/RenderTexture.hpp>
#include <SFML/System/Clock.hpp>
#include <SFML/System/Sleep.hpp>
#include <SFML/Window/Event.hpp>

#include <iostream>

namespace mobi {
namespace {

constexpr double kKioskExitHoldSeconds = 2.0;
// A static screen is still redrawn now and then: without a compositor, a
// window uncovered by another one would otherwise stay blank.
constexpr float kIdleRefreshSeconds = 3.0f;
constexpr int kIdlePollMilliseconds = 16;

void applyCommandLine(const Options& o, Settings& s) {
    if (o.language) s.language = *o.language;
    if (o.fullscreen) s.fullscreen = *o.fullscreen;
    if (o.lowDetail) s.lowDetail = *o.lowDetail;
    if (o.textSize) s.textSize = *o.textSize;
    if (o.font) s.font = *o.font == "opendyslexic" ? FontChoice::OpenDyslexic : FontChoice::Andika;
    if (o.uppercase) s.uppercase = *o.uppercase;
    if (o.codeSet) s.codeSet = *o.codeSet;
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
        if (Scene* top = m_stack.top()) {
            top->releaseInput();
            top->focusLost();
        }
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

void App::onEvent(const sf::Event& event) {
    if (m_recorder) m_recorder->record(event, m_window.getSize(), m_stepsRun);
    handleWindowEvent(event);
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

void App::report(std::ostream& out) const {
    out << "report step=" << m_stepsRun << " scenes=";
    for (std::size_t i = 0; i < m_stack.size(); ++i)
        out << (i ? ">" : "") << sceneTypeName(m_stack.at(i));
    for (std::size_t i = 0; i < m_stack.size(); ++i)
        if (const std::string state = m_stack.at(i).describe(); !state.empty()) out << " " << state;
    out << "\n";
}

bool App::anyAnimating() const {
    for (std::size_t i = 0; i < m_stack.size(); ++i)
        if (m_stack.at(i).isAnimating()) return true;
    return false;
}

void App::drawScenes(sf::RenderTarget& target) const {
    if (m_stack.empty()) return;
    const std::size_t first = m_stack.firstVisible([](const Scene& s) { return s.isOverlay(); });
    for (std::size_t i = first; i < m_stack.size(); ++i)
        m_stack.at(i).draw(target);
}

int App::play() {
    const bool monkey = m_options.mode == RunMode::Monkey;
    const bool bench = m_options.mode == RunMode::Bench || monkey; // the monkey runs for a set time too
    if (!m_options.eventsFile.empty()) {
        ErrorList errors;
        m_replay = EventReplay::load(m_options.eventsFile, errors);
        for (const auto& e : errors.all())
            std::cerr << "mobi2070: " << e.toString() << "\n";
        if (!m_replay) return 1;
    }
    // A replay runs many times faster than real time: its sounds would only be noise.
    m_audio = makeAudio(m_options.mute || bench || m_replay);
    // A benchmark never writes into the user folder.
    if (!prepare(bench)) return 1;
    if (!m_options.recordFile.empty()) {
        m_recorder = std::make_unique<EventRecorder>(m_options.recordFile);
        if (!m_recorder->ok()) {
            std::cerr << "mobi2070: cannot write the events file " << m_options.recordFile << "\n";
            return 1;
        }
    }
    m_audio->setVolumes(m_session.musicVolume, m_session.effectsVolume);
    m_audio->setMusicOn(m_session.musicVolume > 0);
    // The monkey's events come one batch a frame: keep its pace whatever the renderer.
    if (monkey && !m_options.fps) m_options.fps = kFullFrameRate;
    openWindow();
    if (bench && m_options.uncapped) m_window.setVerticalSyncEnabled(false);

    const std::string first = monkey                         ? "title"
                              : bench                        ? m_options.benchScene
                              : m_options.startScene.empty() ? "title"
                                                             : m_options.startScene;
    if (!startScene(*m_ctx, first)) {
        std::cerr << "mobi2070: unknown scene \"" << first << "\" (mobi2070 --list-scenes lists them)\n";
        return 2;
    }
    if (!m_dataErrors.empty()) m_stack.push([this] { return findSceneEntry("errors")->make(*m_ctx); });
    m_stack.applyPending();
    showSaveNotices();
    m_stack.applyPending();
    if (m_replay) return runReplay();

    sf::Clock clock, sinceDraw;
    BenchRecorder recorder;
    Monkey monkeyInput(m_options.monkeySeed);
    long long quitsIgnored = 0;
    bool firstFrame = true;
    while (m_window.isOpen() && !m_quitRequested) {
        if (bench && !firstFrame && recorder.done(m_options.benchSeconds)) break;
        const auto frameStart = BenchRecorder::Clock::now();
        sf::Event event;
        while (m_window.pollEvent(event)) {
            onEvent(event);
            if (m_quitRequested) break;
        }
        if (monkey) {
            for (const RecordedEvent& e : monkeyInput.frame())
                if (const auto windowEvent = toWindowEvent(e, m_window.getSize())) onEvent(*windowEvent);
            // The monkey presses Quit too: count it, and carry on from a random
            // scene, so the deep screens get their share of its time.
            if (m_quitRequested || m_stack.empty()) {
                ++quitsIgnored;
                m_quitRequested = false;
                const auto& entries = sceneEntries();
                startScene(
                    *m_ctx,
                    entries[static_cast<std::size_t>(monkeyInput.pickScene(static_cast<int>(entries.size())))]
                        .name);
                m_stack.applyPending();
            }
            m_needsRedraw = true;
        }
        if (m_stack.empty()) break;
        const double elapsed = clock.restart().asSeconds();
        if (m_kioskHold >= 0 && (m_kioskHold += elapsed) >= kKioskExitHoldSeconds) quit();

        if (anyAnimating()) {
            for (int i = m_fixedStep.advance(elapsed); i > 0; --i)
                stepTop();
            m_needsRedraw = true;
        } else if (bench && m_options.uncapped) {
            m_needsRedraw = true; // uncapped: measure what a redraw of this screen costs
        } else {
            // Nothing moves: no simulation, no redraw, and the CPU rests.
            m_fixedStep.reset();
            if (!m_needsRedraw && sinceDraw.getElapsedTime().asSeconds() < kIdleRefreshSeconds) {
                sf::sleep(sf::milliseconds(kIdlePollMilliseconds));
                continue;
            }
        }
        m_window.clear(theme::ink); // the letterbox bars
        drawScenes(m_window);
        m_window.display(); // waits for the 60 Hz frame limit
        m_needsRedraw = false;
        sinceDraw.restart();
        if (bench) {
            if (firstFrame)
                recorder.start();
            else
                recorder.frame(
                    std::chrono::duration<double, std::milli>(BenchRecorder::Clock::now() - frameStart)
                        .count());
        }
        firstFrame = false;
    }
    if (monkey)
        std::cout << "monkey seed=" << m_options.monkeySeed << " events=" << monkeyInput.events()
                  << " quits_ignored=" << quitsIgnored << " outcome=survived\n";
    else if (bench)
        std::cout << "renderer: " << glRenderer() << "\n"
                  << recorder.report(m_options.benchScene, m_options.uncapped ? 0 : m_frameRate);
    if (m_recorder) m_recorder->finish(m_stepsRun);
    m_window.close();
    return 0;
}

int App::runReplay() {
    // Every 30 steps an image is drawn, so the views run too, without the
    // replay waiting on the screen: a 3-minute level replays in seconds.
    constexpr int kDrawEverySteps = 30;
    m_window.setFramerateLimit(0);
    m_window.setVerticalSyncEnabled(false);
    int lastDrawn = -kDrawEverySteps;
    while (m_window.isOpen() && !m_quitRequested && !m_stack.empty()) {
        // The real window's own input is left out: only the file plays.
        sf::Event event;
        while (m_window.pollEvent(event))
            if (event.type == sf::Event::Closed) quit();
        while (const RecordedEvent* e = m_replay->nextDue(m_stepsRun)) {
            if (e->kind == RecordedEvent::Kind::Report || e->kind == RecordedEvent::Kind::End) {
                report(std::cout);
                if (e->kind == RecordedEvent::Kind::End) quit();
            } else if (const auto windowEvent = toWindowEvent(*e, m_window.getSize())) {
                onEvent(*windowEvent);
            }
            if (m_quitRequested || m_stack.empty()) break;
        }
        if (m_quitRequested || m_stack.empty()) break;
        if (m_replay->finished()) { // a file without "end" (a recording cut short): stop at its last event
            report(std::cout);
            break;
        }
        if (anyAnimating())
            stepTop();
        else
            m_stepsRun = m_replay->nextStep(m_stepsRun); // nothing moves until the next event: skip the wait
        if (m_stepsRun - lastDrawn >= kDrawEverySteps) {
            m_window.clear(theme::ink);
            drawScenes(m_window);
            m_window.display();
            lastDrawn = m_stepsRun;
        }
    }
    m_window.close();
    return m_exitCode;
}

int App::screenshot() {
    m_audio = makeAudio(true);
    // A screenshot never writes into the user folder.
    if (!prepare(true)) return 1;
    if (!startScene(*m_ctx, m_options.screenshotScene)) {
        std::cerr << "mobi2070: unknown scene \"" << m_options.screenshotScene
                  << "\" (mobi2070 --list-scenes lists them)\n";
        return 2;
    }
    m_stack.applyPending();
    showSaveNotices();
    m_stack.applyPending();
    for (int i = 0; i < m_options.steps.value_or(0); ++i)
        stepTop();

    sf::RenderTexture target;
    if (!target.create(static_cast<unsigned>(kLogicalWidth), static_cast<unsigned>(kLogicalHeight))) {
        std::cerr << "mobi2070: cannot create an offscreen image (is there an X display? try xvfb-run)\n";
        return 1;
    }
    target.clear(theme::paper);
    drawScenes(target);
    target.display();
    if (!target.getTexture().copyToImage().saveToFile(m_options.screenshotPath)) {
        std::cerr << "mobi2070: cannot write " << m_options.screenshotPath << "\n";
        return 1;
    }
    return 0;
}

} // namespace mobi
