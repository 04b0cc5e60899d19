// SPDX-License-Identifier: GPL-3.0-or-later
// A stack of scenes whose changes are queued and applied after the update, so
// a scene can ask to be replaced while one of its own functions is running
// (SFML Game Development's pending changes; SuperTux's screen actions).
// It is a template so the ordering rules are unit-tested with plain structs,
// without SFML; the game instantiates it with its Scene interface.
#pragma once

#include <functional>
#include <memory>
#include <vector>

namespace mobi {

template <typename SceneT> class SceneStack {
public:
    using Factory = std::function<std::unique_ptr<SceneT>()>;

    // Requests, applied in the order they were made by applyPending().
    void push(Factory make) { m_pending.push_back({Action::Push, std::move(make)}); }
    void pop() { m_pending.push_back({Action::Pop, nullptr}); }
    void replaceTop(Factory make) { m_pending.push_back({Action::Replace, std::move(make)}); }
    void clearAndPush(Factory make) { m_pending.push_back({Action::ClearAndPush, std::move(make)}); }

    // Applies every queued change. Factories run here, after the update, so a
    // new scene is built from the state the old one left. Returns true if the
    // stack changed.
    bool applyPending() {
        bool changed = !m_pending.empty();
        // A factory may queue more changes; take the queue before running them.
        while (!m_pending.empty()) {
            auto batch = std::move(m_pending);
            m_pending.clear();
            for (auto& change : batch)
                apply(change);
        }
        return changed;
    }

    bool empty() const { return m_scenes.empty(); }
    std::size_t size() const { return m_scenes.size(); }
    bool hasPending() const { return !m_pending.empty(); }
    SceneT* top() const { return m_scenes.empty() ? nullptr : m_scenes.back().get(); }
    SceneT& at(std::size_t i) const { return *m_scenes[i]; }

    // Index of the lowest scene that must be drawn: scenes are drawn from there
    // up, so an overlay (pause, a dialog) shows the scene under it.
    template <typename IsOverlay> std::size_t firstVisible(IsOverlay isOverlay) const {
        std::size_t i = m_scenes.size();
        while (i > 0) {
            --i;
            if (!isOverlay(*m_scenes[i])) return i;
        }
        return 0;
    }

private:
    enum class Action { Push, Pop, Replace, ClearAndPush };
    struct Change {
        Action action;
        Factory make;
    };

    void apply(Change& change) {
        switch (change.action) {
        case Action::Push:
            pushNow(change.make);
            break;
        case Action::Pop:
            if (!m_scenes.empty()) m_scenes.pop_back();
            break;
        case Action::Replace:
            if (!m_scenes.empty()) m_scenes.pop_back();
            pushNow(change.make);
            break;
        case Action::ClearAndPush:
            m_scenes.clear();
            pushNow(change.make);
            break;
        }
    }
    void pushNow(const Factory& make) {
        if (auto scene = make()) m_scenes.push_back(std::move(scene));
    }

    std::vector<std::unique_ptr<SceneT>> m_scenes;
    std::vector<Change> m_pending;
};

} // namespace mobi
