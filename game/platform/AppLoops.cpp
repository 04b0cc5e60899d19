// SPDX-License-Identifier: GPL-3.0-or-later
// App's loops: play (with the benchmark and the monkey), the replay of an
// events file, and the one-image screenshot. App.cpp has the rest of App.
#include "platform/App.hpp"

#include "core/FramePacing.hpp"
#include "core/Letterbox.hpp"
#include "narration/VoiceDesk.hpp"
#include "platform/Audio.hpp"
#include "platform/BenchRecorder.hpp"
#include "platform/GlInfo.hpp"
#include "platform/Monkey.hpp"
#include "platform/WindowEvents.hpp"
#include "scenes/SceneRegistry.hpp"
#include "ui/LayoutProbe.hpp"
#include "ui/Theme.hpp"

#include <SFML/Graphics/RenderTexture.hpp>
#include <SFML/System/Clock.hpp>
#include <SFML/System/Sleep.hpp>

#include <iostream>

namespace mobi {
namespace {
constexpr double kKioskExitHoldSeconds = 2.0;
// A static screen is still redrawn now and then: without a compositor, a
// window uncovered by another one would otherwise stay blank.
constexpr float kIdleRefreshSeconds = 3.0f;
constexpr int kIdlePollMilliseconds = 16;
} // namespace

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
    if (bench) { // no sound in a benchmark, but the voice keeps the time it would take
        m_benchVoice = std::make_unique<TimedSilentVoice>();
        openVoice(false, m_benchVoice.get());
    } else {
        openVoice(m_replay.has_value()); // a replay's clock is its steps
    }
    if (!m_options.recordFile.empty()) {
        m_recorder = std::make_unique<EventRecorder>(m_options.recordFile);
        if (!m_recorder->ok()) {
            std::cerr << "mobi2070: cannot write the events file " << m_options.recordFile << "\n";
            return 1;
        }
    }
    m_audio->setVolumes(m_session.musicVolume, m_session.effectsVolume);
    m_audio->setVoiceVolume(m_session.voiceVolume);
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
        endOfEvents();
        settleFocus();
        updateVoice(); // the word being said moves on, even when nothing else does
        if (monkey) {
            for (const RecordedEvent& e : monkeyInput.frame())
                if (const auto windowEvent = toWindowEvent(e, m_window.getSize())) onEvent(*windowEvent);
            endOfEvents();
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

        if (topAnimating()) {
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
    if (bench && m_voice && m_voice->lastLatencyMs() && m_voice->lastSpeech()) {
        const Narration& n = *m_voice->lastSpeech();
        std::cout << "narration scene=" << m_options.benchScene << " language=" << n.language
                  << " first_sound_ms=" << *m_voice->lastLatencyMs() << " words=" << n.words.size()
                  << " speech_s=" << n.speech.seconds() << "\n";
    }
    if (m_recorder) m_recorder->finish(m_stepsRun);
    m_window.close();
    return finishVoice();
}

// A mouse event aimed at a body or zone by name takes its pixels from the
// scene on top; one with no point, from where the last one left the mouse.
bool App::aimReplayEvent(RecordedEvent& e) {
    using Kind = RecordedEvent::Kind;
    if (e.kind != Kind::MouseMove && e.kind != Kind::MouseDown && e.kind != Kind::MouseUp) return true;
    if (!e.target.empty()) {
        const Scene* top = m_stack.top();
        // "@speaker": the speaker button of a screen with something to read.
        const bool speaker = e.target == "speaker" && !spokenBlocks().empty();
        const auto point = !top      ? std::nullopt
                           : speaker ? std::optional<sf::Vector2f>(top->speakerSpot())
                                     : top->pointOf(e.target);
        if (!point) {
            std::cerr << "mobi2070: " << m_options.eventsFile << ":" << e.line << ": @" << e.target
                      << ": expected a body or zone of the level on screen, found none of that name at step "
                      << e.step << "\n";
            return false;
        }
        e.x = point->x;
        e.y = point->y;
    } else if (e.atPointer) {
        e.x = m_replayPointer.x;
        e.y = m_replayPointer.y;
    }
    m_replayPointer = {e.x, e.y};
    return true;
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
        updateVoice(); // the screen as the file's next event finds it: read as it appears
        while (const RecordedEvent* e = m_replay->nextDue(m_stepsRun)) {
            if (e->kind == RecordedEvent::Kind::Report || e->kind == RecordedEvent::Kind::End) {
                report(std::cout);
                if (e->kind == RecordedEvent::Kind::End) quit();
            } else {
                RecordedEvent aimed = *e;
                if (!aimReplayEvent(aimed)) {
                    m_exitCode = 1;
                    quit();
                } else if (const auto windowEvent = toWindowEvent(aimed, m_window.getSize())) {
                    onEvent(*windowEvent);
                }
            }
            if (m_quitRequested || m_stack.empty()) break;
        }
        endOfEvents();
        settleFocus();
        if (m_quitRequested || m_stack.empty()) break;
        if (m_replay->finished()) { // a file without "end" (a recording cut short): stop at its last event
            report(std::cout);
            break;
        }
        if (topAnimating())
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
    const int voice = finishVoice();
    return m_exitCode ? m_exitCode : voice;
}

bool App::buildScene(const std::string& name) {
    if (!startScene(*m_ctx, name)) {
        std::cerr << "mobi2070: unknown scene \"" << name << "\" (mobi2070 --list-scenes lists them)\n";
        return false;
    }
    m_stack.applyPending();
    showSaveNotices();
    m_stack.applyPending();
    updateVoice(); // read from step 0, as the scene appears
    for (int i = 0; i < m_options.steps.value_or(0); ++i)
        stepTop();
    return true;
}

int App::screenshot() {
    m_audio = makeAudio(true);
    // A screenshot never writes into the user folder.
    if (!prepare(true)) return 1;
    openVoice(true);
    if (!buildScene(m_options.screenshotScene)) return 2;
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
    return finishVoice();
}

int App::checkLayout() {
    m_audio = makeAudio(true);
    if (!prepare(true)) return 1; // never writes into the user folder
    openVoice(true);              // the speaker button must find its place too
    std::vector<std::string> scenes = m_options.layoutScenes;
    if (scenes.size() == 1 && scenes.front() == "all") {
        scenes.clear();
        for (const auto& entry : sceneEntries())
            scenes.push_back(entry.name);
    }
    LayoutProbeTarget target;
    if (!target.create(static_cast<unsigned>(kLogicalWidth), static_cast<unsigned>(kLogicalHeight))) {
        std::cerr << "mobi2070: cannot create an offscreen image (is there an X display? try xvfb-run)\n";
        return 1;
    }
    std::size_t problems = 0;
    for (const std::string& name : scenes) {
        if (!buildScene(name)) return 2;
        target.probe.clear();
        target.clear(theme::paper);
        drawScenes(target);
        for (const std::string& p : target.probe.problems())
            std::cout << name << ": " << p << "\n";
        problems += target.probe.problems().size();
    }
    std::cout << scenes.size() << (scenes.size() == 1 ? " scene" : " scenes") << " checked, " << problems
              << (problems == 1 ? " problem" : " problems") << "\n";
    return problems == 0 ? 0 : 1;
}

} // namespace mobi
