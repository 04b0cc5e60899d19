// The logbook of the journey: one row per stage, in life-cycle order, with the
// vault digit found there (or where it will come from) and the fact behind it.
// Opened from the vault at a stage whose digit was wrong, it shows that row's
// hint question too.
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

private:
    struct Row {
        std::string stage;
        std::optional<int> digit;
        bool built = false, highlighted = false;
        TextBlock name, text;
        float top = 0, height = 0;
    };

    std::string m_hintLevel;
    std::vector<Row> m_rows;
    TextBlock m_title;
    WidgetGroup m_widgets;
};

} // namespace mobi
