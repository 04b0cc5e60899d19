#include "scenes/DigitLogbookScene.hpp"

#include "content/Facts.hpp"
#include "content/VaultData.hpp"
#include "core/Letterbox.hpp"
#include "levels/LevelRegistry.hpp"
#include "platform/Assets.hpp"
#include "platform/Audio.hpp"
#include "scenes/LevelScreens.hpp"
#include "ui/Backdrop.hpp"
#include "ui/Button.hpp"
#include "ui/Layout.hpp"
#include "ui/Shapes.hpp"
#include "ui/StageIcons.hpp"
#include "ui/TextStyler.hpp"
#include "vault/VaultCode.hpp"

namespace mobi {

DigitLogbookScene::DigitLogbookScene(SceneContext& ctx, std::string hintLevel)
    : Scene(ctx), m_hintLevel(std::move(hintLevel)) {
    rebuild();
}

void DigitLogbookScene::rebuild() {
    const TextStyler& t = m_ctx.text;
    ErrorList ignored; // problems in these files are reported by --check-data
    const auto dataDir = m_ctx.assets.dataDir();
    const FactBook facts = loadFactsFile((dataDir / "levels" / "facts.xml").u8string(), ignored);
    const VaultBook book = loadVaultFile(vaultFile(dataDir).u8string(), {}, ignored);
    const CodeSet* set = book.setOrDefault(currentCodeSet(m_ctx));
    m_title.set(t, tr("digits.title"), {theme::TextRole::Heading, 1100.f, theme::ink, Align::Centre, true});
    m_title.setPosition({90.f, 10.f});
    m_rows.clear();
    m_widgets.clear();
    m_widgets.onActivate = [this] { m_ctx.audio.play(Sfx::Click); };
    const float h = layout::buttonHeight(t.scale());
    if (set) {
        const auto found = foundDigits(*set, m_ctx.activeProfile());
        // Rows share the height between the title and the button.
        float y = 20.f + m_title.size().y;
        const float rowH = (kLogicalHeight - h - 30.f - y) / static_cast<float>(set->digits.size());
        for (std::size_t i = 0; i < set->digits.size(); ++i) {
            const VaultDigitDef& d = set->digits[i];
            const LevelInfo* level = findLevel(d.level);
            Row row;
            row.stage = level ? level->stage : "";
            row.built = level && level->built;
            row.digit = found[i];
            row.highlighted = d.level == m_hintLevel;
            row.name.set(t, tr("level." + d.level + ".name"),
                         {theme::TextRole::Small, 230.f, theme::ink, Align::Left, true});
            std::string text;
            if (row.highlighted)
                text = tr(d.hintId); // the question that leads to the digit
            else if (row.digit) {
                // The fact, with a short source (the full one is on the level's logbook page).
                text = tr("fact." + d.factId);
                if (const Fact* f = facts.find(d.factId))
                    text += " (" + f->org + (f->year.empty() ? "" : ", " + f->year) + ")";
            } else
                text = tr(row.built ? "digits.to_find" : "digits.not_built");
            row.text.set(t, text, {theme::TextRole::Small, 760.f, theme::ink, Align::Left});
            row.top = y;
            row.height = rowH - 6.f;
            row.name.centreVertically(120.f, y, row.height);
            row.text.centreVertically(470.f, y, row.height);
            m_rows.push_back(std::move(row));
            y += rowH;
        }
    }
    m_widgets.add<Button>(t, tr("common.back"),
                          sf::FloatRect{kLogicalWidth / 2.f - 180.f, kLogicalHeight - h - 14.f, 360.f, h},
                          [this] { close(); });
    m_widgets.setFocus(0);
}

void DigitLogbookScene::handleEvent(const UiEvent& e) {
    if (m_widgets.handle(e)) return;
    if (e.isBackKey()) close();
}

void DigitLogbookScene::draw(sf::RenderTarget& target) const {
    drawBackdrop(target, m_ctx.settings.lowDetail);
    target.draw(m_title);
    for (const Row& row : m_rows) {
        const sf::FloatRect box{30.f, row.top, 1220.f, row.height};
        drawPanel(target, box, 16.f, row.highlighted ? theme::yellow : theme::card, theme::ink,
                  row.highlighted ? 5.f : 3.f);
        const float cy = row.top + row.height / 2.f;
        drawStageIcon(target, row.stage, {70.f, cy}, std::min(56.f, row.height - 10.f));
        // The digit: glowing when found, a question mark when not yet.
        drawCircle(target, {415.f, cy}, std::min(28.f, row.height / 2.f - 4.f),
                   row.digit ? theme::yellow : theme::shade, theme::ink, 3.f);
        TextBlock digit(
            m_ctx.text, row.digit ? std::to_string(*row.digit) : "?",
            {theme::TextRole::Button, 60.f, row.digit ? theme::ink : theme::inkSoft, Align::Centre, true});
        digit.centreVertically(385.f, row.top, row.height);
        target.draw(digit);
        target.draw(row.name);
        target.draw(row.text);
    }
    m_widgets.draw(target);
}

} // namespace mobi
