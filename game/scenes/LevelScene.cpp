// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenes/LevelScene.hpp"

#include "core/Letterbox.hpp"
#include "levels/CarriedOver.hpp"
#include "levels/HeadlessRun.hpp"
#include "levels/ScriptAims.hpp"
#include "platform/Audio.hpp"
#include "scenes/LevelScreens.hpp"
#include "scenes/MessageScene.hpp"
#include "scenes/PauseScene.hpp"
#include "ui/Button.hpp"
#include "ui/Camera.hpp"
#include "ui/GestureHand.hpp"
#include "ui/Layout.hpp"
#include "ui/LayoutProbe.hpp"
#include "ui/Shapes.hpp"
#include "ui/TextStyler.hpp"

#include <SFML/Graphics/RectangleShape.hpp>

#include <algorithm>
#include <iostream>

namespace mobi {
namespace {
constexpr float kHudHeight = 64.f;
}

LevelOptions LevelScene::optionsFor(const SceneContext& ctx, std::map<std::string, std::string> choices,
                                    bool challenge) {
    LevelOptions o;
    o.choices = std::move(choices);
    const Profile* p = ctx.activeProfile();
    // Class mode and an unknown player get the gentle rules: no fail state.
    o.young = !p || p->ageBand == AgeBand::Young || ctx.classMode();
    o.challenge = challenge && !o.young;
    o.classVersion = ctx.classMode() && ctx.settings.shortClassSession();
    o.lessMotion = ctx.settings.lowDetail;
    return o;
}

LevelScene::LevelScene(SceneContext& ctx, std::string levelId, LevelOptions options)
    : Scene(ctx), m_levelId(std::move(levelId)), m_options(std::move(options)) {
    m_level = loadLevelForScene(ctx, m_levelId);
    // What the player's earlier levels left (L'Usine's glue, the jar); a
    // script's options, below, still have the last word.
    if (m_level && ctx.activeProfile()) carryInto(m_level->data, *ctx.activeProfile(), m_options);
    const RunMode mode = ctx.options.mode;
    if ((mode == RunMode::Screenshot || mode == RunMode::CheckLayout || mode == RunMode::Bench) &&
        !ctx.options.inputScript.empty()) {
        ErrorList errors;
        m_script = InputScript::load(ctx.options.inputScript, errors);
        if (m_level) checkScriptAims(*m_script, ctx.options.inputScript, m_level->data, errors);
        for (const auto& e : errors.all())
            std::cerr << "mobi2070: " << e.toString() << "\n";
        m_player.emplace(*m_script);
        for (const auto& [name, value] : optionsFromScript(m_script->options).choices)
            m_options.choices[name] = value;
    }
    if (m_level) {
        // Screenshots, tests and replays are reproducible; real games vary from one play to the next.
        const std::uint32_t seed = sessionSeed(ctx.options);
        m_sim = startLevel(*m_level, m_options, seed);
        m_view = makeLevelView(m_levelId);
        m_camera = Camera(m_level->data.worldWidth);
    }
    rebuild();
}

void LevelScene::rebuild() {
    const TextStyler& t = m_ctx.text;
    TextSpec name{theme::TextRole::Body, m_view ? m_view->titleWidth() : 270.f, theme::ink, Align::Left,
                  true};
    name.maxLines = 1;
    name.maxHeight = kHudHeight - 8.f;
    m_name.set(t, tr("level." + m_levelId + ".name"), name);
    m_name.centreVertically(20.f, 0.f, kHudHeight);
    m_hintId.clear(); // set again at the next step, at the new text size
    m_widgets.clear();
    m_widgets.onActivate = [this] { m_ctx.audio.play(Sfx::Click); };
    if (m_finished) {
        buildEndPanel();
        return;
    }
    m_widgets.add<Button>(
        t, tr("level.pause"), sf::FloatRect{1070.f, 7.f, 190.f, 50.f}, [this] { openPause(); },
        ButtonKind::Secondary);
}

void LevelScene::buildEndPanel() {
    const TextStyler& t = m_ctx.text;
    const bool won = m_sim->outcome() == Outcome::Won;
    m_endTitle.set(t, tr(won ? "level.won" : "level.lost"),
                   {theme::TextRole::Title, 700.f, theme::ink, Align::Centre, true});
    // A level's own words for what its pictures show, or the generic ones.
    std::string own = m_level ? m_level->data.endWonTextId : std::string();
    const std::string variant = m_sim->rules().endVariant();
    if (!own.empty() && !variant.empty() && m_ctx.strings.hasOwn(own + "." + variant)) own += "." + variant;
    const std::string endWords =
        tr(won ? (own.empty() ? "level.won_text" : m_ctx.forReader(own)) : "level.lost_text");
    TextSpec wordsSpec{theme::TextRole::Body, 700.f, theme::ink, Align::Centre};
    m_endText.set(t, endWords, wordsSpec);
    const float h = layout::buttonHeight(t.scale());
    // The largest text in capitals can make the words taller than the screen: they
    // shrink first, leaving the pictures their least room, so the card stays on screen.
    const bool hasPicture = won && m_view && m_view->hasEndPicture();
    const float fixed = 40.f + m_endTitle.size().y + 10.f + 30.f + h + 36.f;
    const float wordsRoom = std::max(kLeastWordsHeight, kLogicalHeight - 24.f - fixed -
                                                            (hasPicture ? kLeastPictureHeight + 16.f : 0.f));
    if (m_endText.size().y > wordsRoom) {
        wordsSpec.maxHeight = wordsRoom;
        m_endText.set(t, endWords, wordsSpec);
    }
    // Pictures first: what the child's choices did, before any words; smaller
    // when large text leaves less room, never pushing the card off the screen.
    const float words = 40.f + m_endTitle.size().y + 10.f + m_endText.size().y + 30.f + h + 36.f;
    const float room = std::min(kEndPictureHeight, kLogicalHeight - 24.f - words - 16.f);
    const bool pictured = hasPicture && room >= 110.f;
    const float picture = pictured ? room + 16.f : 0.f;
    const float height = words + picture;
    m_endCard = {
        kLogicalWidth / 2.f - 400.f,
        std::max(12.f, std::min((kLogicalHeight - height) / 2.f + 20.f, kLogicalHeight - 12.f - height)),
        800.f, height};
    m_endTitle.setPosition({m_endCard.left + 50.f, m_endCard.top + 30.f});
    const float pictureTop = m_endCard.top + 40.f + m_endTitle.size().y;
    m_endPicture = pictured ? sf::FloatRect{m_endCard.left + 50.f, pictureTop, 700.f, room} : sf::FloatRect{};
    m_endText.setPosition({m_endCard.left + 50.f, pictureTop + picture});
    const float top = m_endCard.top + m_endCard.height - h - 32.f;
    SceneContext* ctx = &m_ctx;
    const std::string id = m_levelId;
    if (won) {
        m_widgets.add<Button>(t, tr("common.continue"),
                              sf::FloatRect{kLogicalWidth / 2.f - 180.f, top, 360.f, h},
                              [ctx, id] { openAfterLevel(*ctx, id); });
    } else {
        auto slots = layout::row(kLogicalWidth / 2.f, top, 340.f, h, 30.f, 2);
        LevelOptions again = m_options;
        m_widgets.add<Button>(t, tr("level.retry"), slots[0],
                              [ctx, id, again] { replaceWithLevel(*ctx, id, again); });
        LevelOptions relaxed = m_options;
        relaxed.challenge = false;
        m_widgets.add<Button>(
            t, tr("level.no_timer"), slots[1], [ctx, id, relaxed] { replaceWithLevel(*ctx, id, relaxed); },
            ButtonKind::Secondary);
    }
    m_widgets.setFocus(0);
}

void LevelScene::finish() {
    m_finished = true;
    if (m_sim->outcome() == Outcome::Won) {
        recordLevelDone(m_ctx, *m_sim);
        m_ctx.audio.play(Sfx::Success);
    } else {
        m_ctx.audio.play(Sfx::Error);
    }
    m_input.releaseAll();
    rebuild();
    m_ctx.app.levelEnded(*m_sim, m_levelId);
}

void LevelScene::handleEvent(const UiEvent& e) {
    // The end panel (and a level that could not load) is a card like any other.
    if (!playing()) {
        if (!m_widgets.handle(e) && m_sim == nullptr && (e.isBackKey() || e.isKey(sf::Keyboard::P)))
            openPause();
        return;
    }
    // While the level plays, it owns the keyboard: arrows, Space, Enter and
    // Tab are play keys, never the Pause button's, which the mouse reaches.
    if (e.type == UiEvent::Type::KeyDown || e.type == UiEvent::Type::KeyUp) {
        handlePlayKey(e);
        return;
    }
    if (m_widgets.handle(e)) return;
    handlePointer(e);
}

void LevelScene::handlePlayKey(const UiEvent& e) {
    using K = sf::Keyboard;
    const bool down = e.type == UiEvent::Type::KeyDown;
    auto playKey = [&](PlayKey key) { down ? m_input.press(key) : m_input.release(key); };
    switch (e.key) {
    case K::Left:
        playKey(PlayKey::Left);
        break;
    case K::Right:
        playKey(PlayKey::Right);
        break;
    case K::Up:
        playKey(PlayKey::Up);
        break;
    case K::Down:
        playKey(PlayKey::Down);
        break;
    case K::Space:
    case K::Enter:
        playKey(PlayKey::Action);
        break;
    case K::Tab:
        if (down) m_input.cycle();
        break;
    case K::Escape:
    case K::P:
        if (down) openPause(); // covered: App makes this scene let go of what it holds
        break;
    default:
        break;
    }
}

std::optional<sf::Vector2f> LevelScene::pointOf(const std::string& name) const {
    float x = 0.f, y = 0.f;
    if (!m_sim || !m_sim->locate(name, x, y)) return std::nullopt;
    return m_camera.toScreen(x, y); // whole pixels: locate() snaps to the screen's grid
}

void LevelScene::handlePointer(const UiEvent& e) {
    const sf::Vector2f world = m_camera.toWorld(e.pos);
    switch (e.type) {
    case UiEvent::Type::MouseMove:
        m_input.pointerMove(world.x, world.y);
        break;
    case UiEvent::Type::MouseDown:
        if (e.rightButton) break;
        // The HUD band is not part of the world: a press there grabs nothing.
        if (e.pos.y > kHudHeight)
            m_input.pointerDown(world.x, world.y);
        else
            m_input.pointerMove(world.x, world.y);
        break;
    case UiEvent::Type::MouseUp:
        if (!e.rightButton) m_input.pointerUp();
        break;
    default:
        break;
    }
}

std::string LevelScene::describe() const {
    if (!m_sim) return "level=" + m_levelId + " not_loaded";
    const std::string rules = m_sim->rules().describe();
    return levelResultLine(m_levelId, *m_sim) + (rules.empty() ? "" : " " + rules);
}

void LevelScene::openPause() {
    SceneContext* ctx = &m_ctx;
    std::function<void()> skip;
    // A teacher short of time skips the rest of the game: the class still gets
    // the information card, the logbook page and the vote. Nothing is won.
    if (m_ctx.classMode() && playing()) {
        const std::string id = m_levelId;
        skip = [ctx, id] { openAfterLevel(*ctx, id); };
    }
    m_ctx.stack.push([ctx, skip] { return std::make_unique<PauseScene>(*ctx, skip); });
}

void LevelScene::focusLost() {
    // A teacher switching windows, a child clicking away: the level waits.
    if (isAnimating()) openPause();
}

void LevelScene::playSounds() {
    int collected = 0;
    for (const LevelEvent& ev : m_sim->events()) {
        switch (ev.kind) {
        case LevelEvent::Kind::Collected:
            ++collected;
            break;
        case LevelEvent::Kind::Grabbed:
            m_ctx.audio.play(Sfx::Pickup);
            break;
        case LevelEvent::Kind::Released:
            m_ctx.audio.play(Sfx::Drop);
            break;
        case LevelEvent::Kind::Success:
            m_ctx.audio.play(Sfx::Success);
            if (!m_ctx.settings.lowDetail)
                m_particles.burst(m_camera.toScreen(ev.x, ev.y), m_sim->outcome() == Outcome::Won ? 90 : 28,
                                  m_ctx.mobiColour());
            break;
        case LevelEvent::Kind::Oops:
            m_ctx.audio.play(Sfx::Error);
            break; // gentle, never harsh
        case LevelEvent::Kind::Phase:
            m_ctx.audio.play(Sfx::Digit);
            break;
        default:
            break;
        }
    }
    if (collected > 0) m_ctx.audio.play(Sfx::Pickup);
}

void LevelScene::update(double dt) {
    m_particles.step(static_cast<float>(dt));
    if (!m_sim || m_finished) return;
    m_time += dt;
    m_sim->step(m_player ? m_player->frame(m_sim->steps(), m_sim->locator()) : m_input.take());
    playSounds();
    if (m_view) {
        const std::string hint = m_sim->hint();
        const sf::FloatRect area = m_view->hintArea(*m_sim);
        if (hint != m_hintId || area != m_hintArea) {
            // The hint fits the room the level keeps free for it, smaller if need be.
            m_hintId = hint;
            m_hintArea = area;
            TextSpec spec{theme::TextRole::Body, area.width - 32.f, theme::ink, Align::Centre, true};
            spec.maxHeight = area.height - 20.f;
            m_hint.set(m_ctx.text, hint.empty() ? "" : tr(hint), spec);
            m_hint.setPosition({area.left + 16.f, area.top + 10.f});
        }
    }
    if (m_sim->outcome() != Outcome::Running) finish();
}

void LevelScene::drawHand(sf::RenderTarget& target) const {
    // One hand for every level: a ring where the keyboard hand is, so a
    // player without a mouse sees it, and a light one where the mouse holds.
    const Grabber& g = m_sim->grabber();
    const b2Vec2 h = g.hand();
    const sf::Vector2f c = m_camera.toScreen(h.x, h.y);
    if (g.keyboardActive() && m_sim->rules().usesKeyboardHand()) {
        drawCircle(target, c, 18.f, sf::Color(0xFF, 0xFF, 0xFF, 0xB0), theme::focus, 5.f);
        drawCircle(target, c, 4.f, theme::focus);
    } else if (m_sim->world().grabbed()) {
        drawCircle(target, c, 14.f, sf::Color(0xFF, 0xFF, 0xFF, 0xC0), theme::ink, 3.f);
    }
}

void LevelScene::draw(sf::RenderTarget& target) const {
    if (!m_sim || !m_view) {
        target.clear(theme::paper);
        return;
    }
    const ViewContext vc{
        m_ctx.text,         m_ctx.strings, m_ctx.settings.lowDetail, m_time,
        m_ctx.mobiColour(), m_camera,      m_sim->mood().feeling(),  m_sim->mood().strength()};
    m_view->draw(target, *m_sim, vc);
    drawHand(target);
    if (!m_finished) drawGestureHand(target, m_sim->cue(), m_camera, m_time);
    // HUD band: nothing of the world may reach under it (--check-layout sees it as a panel).
    sf::RectangleShape band({kLogicalWidth, kHudHeight});
    band.setFillColor(sf::Color(0xFF, 0xFF, 0xFF, 0xD8));
    target.draw(band);
    if (LayoutProbe* probe = LayoutProbe::of(target)) probe->panel({0.f, 0.f, kLogicalWidth, kHudHeight});
    sf::RectangleShape rule({kLogicalWidth, 3.f});
    rule.setPosition(0, kHudHeight);
    rule.setFillColor(theme::ink);
    target.draw(rule);
    target.draw(m_name);
    m_view->drawHud(target, *m_sim, vc);
    if (!m_hintId.empty() && !m_finished) {
        const sf::FloatRect box{m_hintArea.left, m_hintArea.top, m_hintArea.width,
                                std::min(m_hintArea.height, m_hint.size().y + 20.f)};
        drawPanel(target, box, 18.f, theme::yellow, theme::ink, 3.f);
        target.draw(m_hint);
    }
    if (m_finished) {
        drawVeil(target);
        drawPanel(target, m_endCard, 28.f, theme::card, theme::ink, theme::outline);
        target.draw(m_endTitle);
        target.draw(m_endText);
        if (m_endPicture.width > 0.f) m_view->drawEndPicture(target, *m_sim, vc, m_endPicture);
    }
    m_particles.draw(target); // over the end card too: the win is celebrated
    m_widgets.draw(target);
}

} // namespace mobi
