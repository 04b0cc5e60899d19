// SPDX-License-Identifier: GPL-3.0-or-later
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
#include "ui/LayoutProbe.hpp"
#include "ui/Shapes.hpp"
#include "ui/StageIcons.hpp"
#include "ui/TextStyler.hpp"
#include "vault/VaultCode.hpp"

namespace mobi {
namespace {
constexpr float kDigitX = 395.f, kDigitRadius = 30.f; // the digit's disc, between the name and the words
constexpr float kTextLeft = 445.f;
} // namespace

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
    // The title in the middle, the page counter on its right.
    TextSpec title{theme::TextRole::Heading, 780.f, theme::ink, Align::Centre, true};
    title.maxLines = 1;
    m_title.set(t, tr("digits.title"), title);
    m_title.setPosition({250.f, 10.f});
    m_rows.clear();
    m_widgets.clear();
    m_widgets.onActivate = [this] { m_ctx.audio.play(Sfx::Click); };
    const float h = layout::buttonHeight(t.scale());
    const float buttonsTop = kLogicalHeight - h - 14.f;
    const std::size_t stages = set ? set->digits.size() : 0;
    // Three stages a page; two at the largest text sizes, so the facts keep their room.
    const std::size_t rowsPerPage = t.scale() > 1.25f ? kRowsPerPageLargeText : kRowsPerPageNormal;
    const std::size_t pages = std::max<std::size_t>(1, (stages + rowsPerPage - 1) / rowsPerPage);
    if (!m_pageChosen && set) {
        for (std::size_t i = 0; i < stages; ++i)
            if (set->digits[i].level == m_hintLevel) m_page = i / rowsPerPage;
        m_pageChosen = true;
    }
    m_page = std::min(m_page, pages - 1);
    if (set) {
        const auto found = foundDigits(*set, m_ctx.activeProfile());
        // The rows share the height between the title and the buttons.
        const float top = 20.f + m_title.size().y;
        const float rowH = (buttonsTop - 12.f - top) / static_cast<float>(rowsPerPage);
        m_rows.reserve(rowsPerPage);
        for (std::size_t i = m_page * rowsPerPage; i < std::min(stages, (m_page + 1) * rowsPerPage); ++i) {
            const VaultDigitDef& d = set->digits[i];
            const LevelInfo* level = findLevel(d.level);
            Row& row = m_rows.emplace_back();
            row.stage = level ? level->stage : "";
            row.built = level && level->built;
            row.digit = found[i];
            row.highlighted = d.level == m_hintLevel;
            row.top = top + rowH * static_cast<float>(i % rowsPerPage);
            row.height = rowH - 10.f;
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
            // Left to right: the stage's picture, its name, its digit, then the words.
            TextSpec name{theme::TextRole::Small, 230.f, theme::ink, Align::Left, true};
            name.maxHeight = row.height - 10.f;
            row.name.set(t, tr("level." + d.level + ".name"), name);
            row.name.centreVertically(120.f, row.top, row.height);
            TextSpec words{theme::TextRole::Body, 1220.f - kTextLeft - 10.f, theme::ink, Align::Left};
            words.maxHeight = row.height - 12.f;
            row.text.set(t, text, words);
            row.text.centreVertically(kTextLeft, row.top, row.height);
            TextSpec digit{theme::TextRole::Button, 2.f * kDigitRadius,
                           row.digit ? theme::ink : theme::inkSoft, Align::Centre, true};
            digit.maxHeight = 2.f * kDigitRadius;
            row.digitText.set(t, row.digit ? std::to_string(*row.digit) : "?", digit);
            row.digitText.centreVertically(kDigitX - kDigitRadius, row.top, row.height);
        }
    }
    TextSpec pageSpec{theme::TextRole::Small, 200.f, theme::inkSoft, Align::Right, true};
    pageSpec.maxLines = 1;
    m_digitsText.set(
        t,
        pages > 1 ? tr("digits.page", {{"n", std::to_string(m_page + 1)}, {"total", std::to_string(pages)}})
                  : "",
        pageSpec);
    m_digitsText.setPosition(
        {kLogicalWidth - 30.f - 200.f, 10.f + (m_title.size().y - m_digitsText.size().y) / 2.f});
    // Back in the middle; the other page on either side.
    auto slots = layout::row(kLogicalWidth / 2.f, buttonsTop, 360.f, h, 30.f, 3);
    if (m_page > 0)
        m_widgets.add<Button>(
            t, tr("digits.previous"), slots[0],
            [this] {
                --m_page;
                requestRebuild();
            },
            ButtonKind::Secondary);
    m_widgets.add<Button>(t, tr("common.back"), slots[1], [this] { close(); });
    if (m_page + 1 < pages)
        m_widgets.add<Button>(
            t, tr("digits.next"), slots[2],
            [this] {
                ++m_page;
                requestRebuild();
            },
            ButtonKind::Secondary);
    m_widgets.setFocus(m_page > 0 ? 1 : 0);
}

void DigitLogbookScene::handleEvent(const UiEvent& e) {
    if (m_widgets.handle(e)) return;
    if (e.isBackKey()) close();
}

void DigitLogbookScene::draw(sf::RenderTarget& target) const {
    drawBackdrop(target, m_ctx.settings.lowDetail);
    target.draw(m_title);
    target.draw(m_digitsText);
    for (const Row& row : m_rows) {
        const sf::FloatRect box{30.f, row.top, 1220.f, row.height};
        drawPanel(target, box, 16.f, row.highlighted ? theme::yellow : theme::card, theme::ink,
                  row.highlighted ? 5.f : 3.f);
        const float cy = row.top + row.height / 2.f;
        drawStageIcon(target, row.stage, {70.f, cy}, std::min(56.f, row.height - 10.f));
        // The digit: glowing when found, a question mark when not yet.
        drawCircle(target, {kDigitX, cy}, kDigitRadius, row.digit ? theme::yellow : theme::shade, theme::ink,
                   3.f);
        probeFigure(target,
                    {kDigitX - kDigitRadius, cy - kDigitRadius, 2.f * kDigitRadius, 2.f * kDigitRadius},
                    "digit disc");
        target.draw(row.digitText);
        target.draw(row.name);
        target.draw(row.text);
    }
    m_widgets.draw(target);
}

} // namespace mobi
