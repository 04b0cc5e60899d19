// SPDX-License-Identifier: GPL-3.0-or-later
// The logbook of the journey: one row per stage, in life-cycle order, with the
// vault digit found there (or where it will come from) and the fact behind it.
// Opened from the vault at a stage whose digit was wrong, it shows that row's
// hint question too. Three stages a page, so each fact is read at a size a
// child can read, whatever the text size.
#pragma once

#include "scenes/Scene.hpp"
#include "ui/TextBlock.hpp"
#include "ui/WidgetGroup.hpp"

#include <optional>
#include <vector>

namespace mobi {

class DigitLogbookScene : public Scene {
public:
    // `hintLevel`: the stage whose hint question to show ("" for none).
    DigitLogbookScene(SceneContext& ctx, std::string hintLevel = "");

    void handleEvent(const UiEvent& e) override;
    void draw(sf::RenderTarget& target) const override;
    void rebuild() override;
    std::vector<const TextBlock*> spokenText() const override {
        std::vector<const TextBlock*> spoken{&m_title};
        for (const Row& r : m_rows)
            for (const TextBlock* t : {&r.name, &r.text})
                spoken.push_back(t);
        return spoken;
    }

private:
    struct Row {
        std::string stage;
        std::optional<int> digit;
        bool built = false, highlighted = false;
        TextBlock name, text, digitText;
        float top = 0, height = 0;
    };

    static constexpr std::size_t kRowsPerPageNormal = 3, kRowsPerPageLargeText = 2;

    std::string m_hintLevel;
    std::size_t m_page = 0;
    bool m_pageChosen = false; // the page of the hint is shown first, once
    std::vector<Row> m_rows;   // the rows of this page
    TextBlock m_title, m_digitsText;
    WidgetGroup m_widgets;
};

} // namespace mobi
