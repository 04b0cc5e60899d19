// SPDX-License-Identifier: GPL-3.0-or-later
// One screen of the game. Scenes handle input and fixed-step updates and draw
// themselves; they reach the rest of the game only through SceneContext.
#pragma once

#include "scenes/SceneContext.hpp"
#include "ui/UiEvent.hpp"

#include <SFML/Graphics/RenderTarget.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace mobi {

class TextBlock;

class Scene {
public:
    explicit Scene(SceneContext& ctx) : m_ctx(ctx) {}
    virtual ~Scene() = default;
    Scene(const Scene&) = delete;
    Scene& operator=(const Scene&) = delete;

    virtual void handleEvent(const UiEvent& e) = 0;
    // One fixed step of kStepSeconds; only called while isAnimating() or on top.
    virtual void update(double /*dt*/) {}
    virtual void draw(sf::RenderTarget& target) const = 0;
    // Rebuilds every text and widget (the language, font or text size changed).
    virtual void rebuild() = 0;

    // Drawn over the scene below it (pause, dialogs).
    virtual bool isOverlay() const { return false; }
    // The window lost the keyboard focus (another window came in front).
    virtual void focusLost() {}
    // Let go of held keys and buttons: this scene was covered by another one,
    // or the window lost the focus, so their releases will never come here.
    virtual void releaseInput() {}
    // A line of key=value pairs for a replay's report ("" for nothing to say).
    virtual std::string describe() const { return ""; }
    // Where the thing called `name` is on this screen, in logical pixels, for
    // an events file's "mouse-move @NAME"; nullopt when there is none.
    virtual std::optional<sf::Vector2f> pointOf(const std::string& /*name*/) const { return std::nullopt; }
    // True while something moves: the loop then runs at 60 Hz; otherwise it
    // sleeps until the next input and does not redraw (digital sobriety).
    virtual bool isAnimating() const { return false; }

    // What Mobi reads aloud on this screen, in reading order: Léo's e-mail, a
    // card, a question and its answers… (never counters or buttons). Empty
    // for a screen with nothing to read. App lights the word being said.
    virtual std::vector<const TextBlock*> spokenText() const { return {}; }
    // The centre of the speaker button that reads it again, in logical pixels:
    // by default at the bottom left, where most screens leave room.
    virtual sf::Vector2f speakerSpot() const { return {46.f, 674.f}; }

    // App calls this after each event and update. Work that rebuilds widgets
    // is queued with later(): doing it inside a button's own callback would
    // destroy the button while it runs.
    void runDeferred() {
        while (!m_deferred.empty()) {
            auto jobs = std::move(m_deferred);
            m_deferred.clear();
            for (auto& job : jobs)
                job();
        }
    }

protected:
    std::string tr(const std::string& id) const { return m_ctx.strings.get(id); }
    std::string tr(const std::string& id, const TextParams& params) const {
        return m_ctx.strings.get(id, params);
    }
    void later(std::function<void()> job) { m_deferred.push_back(std::move(job)); }
    void requestRebuild() {
        later([this] { rebuild(); });
    }

    // Navigation by scene name (see SceneRegistry). All are queued.
    void goTo(const std::string& name); // replaces the whole stack
    void open(const std::string& name); // on top of this one
    void close();                       // back to the scene below
    void showMessage(const std::string& titleId, const std::string& bodyId);

    SceneContext& m_ctx;

private:
    std::vector<std::function<void()>> m_deferred;
};

} // namespace mobi
