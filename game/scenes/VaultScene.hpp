// SPDX-License-Identifier: GPL-3.0-or-later
// The 2070 digital vault: six dials, one per life-cycle stage, in order. The
// player drags the digits found in the levels onto the dials (or turns a dial
// with ▲ ▼ or the arrow keys, or types a digit). A wrong digit makes its dial
// wobble and shows the hint question with the fact behind it: never a dead end.
// A stage whose level is not built yet says so kindly; in class mode the
// teacher's C key shows the whole code, so the ending can still be run.
#pragma once

#include "content/Facts.hpp"
#include "content/VaultData.hpp"
#include "scenes/Scene.hpp"
#include "ui/TextBlock.hpp"
#include "ui/WidgetGroup.hpp"

#include <array>
#include <optional>
#include <vector>

namespace mobi {

class VaultScene : public Scene {
public:
    explicit VaultScene(SceneContext& ctx);

    void handleEvent(const UiEvent& e) override;
    void update(double dt) override;
    void draw(sf::RenderTarget& target) const override;
    void rebuild() override;
    bool isAnimating() const override;
    std::vector<const TextBlock*> spokenText() const override { return {&m_title, &m_help}; }

    // For screenshots: fill every dial with the right digit (what C does in class mode).
    void showCode();

private:
    void tryOpen();
    void showHint(std::size_t dial);
    int dialAt(sf::Vector2f p) const;
    sf::FloatRect dialRect(std::size_t i) const;
    sf::FloatRect tileRect(std::size_t i) const;

    VaultBook m_book;
    FactBook m_facts;
    const CodeSet* m_set = nullptr;
    std::vector<std::optional<int>> m_entered; // per dial
    std::vector<std::optional<int>> m_found;   // the digits the player has earned, per level
    std::vector<bool> m_built;                 // per dial: can its digit be earned?
    std::array<double, 6> m_wobble{};          // seconds of wobble left, per dial
    std::optional<std::size_t> m_dragging;     // the tile being dragged (index into m_found)
    sf::Vector2f m_dragPos;
    std::size_t m_firstDial = 0; // index of the first dial widget
    sf::FloatRect m_door;
    float m_iconY = 0.f, m_dialTop = 0.f, m_dialHeight = 0.f, m_tileTop = 0.f;
    TextBlock m_title, m_help;
    std::vector<TextBlock> m_names, m_digits, m_tiles;
    WidgetGroup m_widgets;
};

} // namespace mobi
