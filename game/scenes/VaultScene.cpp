// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenes/VaultScene.hpp"

#include "content/Languages.hpp"
#include "core/Letterbox.hpp"
#include "levels/LevelRegistry.hpp"
#include "platform/Assets.hpp"
#include "platform/Audio.hpp"
#include "scenes/DigitLogbookScene.hpp"
#include "scenes/LevelScreens.hpp"
#include "scenes/MessageScene.hpp"
#include "scenes/VaultOpenScene.hpp"
#include "ui/Backdrop.hpp"
#include "ui/Button.hpp"
#include "ui/ColumnFit.hpp"
#include "ui/Layout.hpp"
#include "ui/LayoutProbe.hpp"
#include "ui/Shapes.hpp"
#include "ui/StageIcons.hpp"
#include "ui/TextStyler.hpp"
#include "vault/VaultCode.hpp"

#include <algorithm>
#include <cmath>

namespace mobi {
namespace {

constexpr double kWobbleSeconds = 0.7;

// One dial: ▲ and ▼ turn it, and it shows its digit (or ? when empty),
// shaking while its wobble lasts (the scene owns the wobble and the digit).
class DialWidget : public Widget {
public:
    DialWidget(sf::FloatRect area, const TextBlock& digit, const double& wobble, bool built,
               std::function<void(int)> onTurn)
        : m_digit(digit), m_wobble(wobble), m_built(built), m_onTurn(std::move(onTurn)) {
        rect = area;
    }
    void click(sf::Vector2f p) override { m_onTurn(p.y < rect.top + rect.height / 2.f ? +1 : -1); }
    void activate() override { m_onTurn(+1); }
    bool key(const UiEvent& e) override {
        if (e.isKey(sf::Keyboard::Up))
            m_onTurn(+1);
        else if (e.isKey(sf::Keyboard::Down))
            m_onTurn(-1);
        else
            return false;
        return true;
    }
    void draw(sf::RenderTarget& target, bool focused) const override {
        const float shake =
            m_wobble > 0 ? static_cast<float>(std::sin(m_wobble * 40.0) * 10.0 * m_wobble) : 0.f;
        sf::FloatRect r = rect;
        r.left += shake;
        const sf::Color fill = !m_built ? theme::disabled : focused ? theme::yellow : theme::card;
        target.draw(roundedRect(r, 22.f, fill, theme::ink, theme::outline));
        if (focused) drawFocusRing(target, r);
        // ▲ and ▼: the halves of the dial that turn it up and down.
        for (int dir : {-1, 1}) {
            const float cx = r.left + r.width / 2.f, cy = dir < 0 ? r.top + 18.f : r.top + r.height - 18.f;
            sf::ConvexShape tri(3);
            tri.setPoint(0, {cx, cy + static_cast<float>(dir) * 10.f});
            tri.setPoint(1, {cx - 14.f, cy - static_cast<float>(dir) * 8.f});
            tri.setPoint(2, {cx + 14.f, cy - static_cast<float>(dir) * 8.f});
            tri.setFillColor(theme::ink);
            target.draw(tri);
        }
        TextBlock digit = m_digit;
        digit.setPosition({digit.position().x + shake, digit.position().y});
        target.draw(digit);
    }

private:
    const TextBlock& m_digit;
    const double& m_wobble;
    bool m_built;
    std::function<void(int)> m_onTurn;
};

} // namespace

VaultScene::VaultScene(SceneContext& ctx) : Scene(ctx) {
    ErrorList errors;
    const auto dataDir = ctx.assets.dataDir();
    m_facts = loadFactsFile((dataDir / "levels" / "facts.xml").u8string(), errors);
    m_book = loadVaultFile(vaultFile(dataDir).u8string(), {}, errors);
    m_set = m_book.setOrDefault(currentCodeSet(ctx));
    // Without a readable code set the vault cannot work: say which file is broken and where.
    if (!m_set) showFileProblems(ctx, "errors.vault_title", errors);
    if (m_set) {
        m_found = foundDigits(*m_set, ctx.activeProfile());
        m_entered.assign(m_set->digits.size(), std::nullopt);
        for (const auto& d : m_set->digits) {
            const LevelInfo* level = findLevel(d.level);
            m_built.push_back(level && level->built);
        }
    }
    rebuild();
}

// Layout, top to bottom: title and help, the vault door (stage pictures,
// dials, level names), the row of found digits, the buttons. The door takes
// what the texts leave; its dials shorten when the text is large.
constexpr float kDialWidth = 150.f, kDialStep = 192.f, kIconRadius = 40.f, kTileHeight = 76.f;

sf::FloatRect VaultScene::dialRect(std::size_t i) const {
    return {75.f + static_cast<float>(i) * kDialStep, m_dialTop, kDialWidth, m_dialHeight};
}

sf::FloatRect VaultScene::tileRect(std::size_t i) const {
    return {75.f + static_cast<float>(i) * kDialStep + 35.f, m_tileTop, 80.f, kTileHeight};
}

void VaultScene::rebuild() {
    const TextStyler& t = m_ctx.text;
    ColumnFit header(50.f, 8.f, 1180.f);
    header
        .text(m_title, tr("vault.title", {{"set", m_set ? m_set->id : "?"}}),
              {theme::TextRole::Heading, 0.f, theme::ink, Align::Centre, true})
        .text(m_help, tr("vault.help"), {theme::TextRole::Small, 0.f, theme::inkSoft, Align::Centre});
    const float headerBottom = 8.f + header.fit(t, 150.f);

    const float h = layout::buttonHeight(t.scale());
    const float buttonsTop = kLogicalHeight - h - 14.f;
    // From the bottom up: the tiles above the buttons; the door above the tiles.
    m_tileTop = buttonsTop - 14.f - kTileHeight;
    m_door = {40.f, headerBottom + 10.f, 1200.f, 0.f};
    m_door.height = m_tileTop - 12.f - m_door.top;
    m_names.clear();
    m_digits.clear();
    m_tiles.clear();
    // The names first, all at one size, in two lines at most: the dials get
    // the height they leave.
    std::vector<TextSetting> names;
    m_names.resize(m_set ? m_set->digits.size() : 0);
    for (std::size_t i = 0; i < m_names.size(); ++i) {
        TextSpec name{theme::TextRole::Small, kDialStep - 6.f, sf::Color::White, Align::Centre, true};
        name.maxLines = 2;
        names.push_back({&m_names[i], tr("level." + m_set->digits[i].level + ".name"), name});
    }
    setAtOneSize(t, names);
    float namesHeight = 0.f;
    for (const TextBlock& name : m_names)
        namesHeight = std::max(namesHeight, name.size().y);
    m_iconY = m_door.top + 14.f + kIconRadius;
    m_dialTop = m_iconY + kIconRadius + 10.f;
    m_dialHeight =
        std::clamp(m_door.top + m_door.height - 10.f - namesHeight - 6.f - m_dialTop, 110.f, 170.f);
    m_door.height = m_dialTop + m_dialHeight + 6.f + namesHeight + 10.f - m_door.top;

    m_widgets.clear();
    m_widgets.onActivate = [this] { m_ctx.audio.play(Sfx::Click); };
    m_firstDial = m_widgets.size();
    m_digits.reserve(m_set ? m_set->digits.size() : 0); // the dials hold references to these
    for (std::size_t i = 0; m_set && i < m_set->digits.size(); ++i) {
        const sf::FloatRect r = dialRect(i);
        m_names[i].setPosition({r.left + r.width / 2.f - (kDialStep - 6.f) / 2.f, r.top + r.height + 6.f});
        TextSpec digit{theme::TextRole::Title, r.width, m_entered[i] ? theme::ink : theme::inkSoft,
                       Align::Centre, true};
        digit.maxHeight = r.height - 30.f; // a line box: the glyph itself is about 0.7 of it
        m_digits.emplace_back(t, m_entered[i] ? std::to_string(*m_entered[i]) : "?", digit);
        m_digits.back().centreVertically(r.left, r.top + 20.f, r.height - 40.f);
        m_widgets.add<DialWidget>(r, m_digits.back(), m_wobble[i], m_built[i], [this, i](int turn) {
            const int now = m_entered[i].value_or(turn > 0 ? -1 : 10);
            m_entered[i] = (now + turn + 10) % 10;
            requestRebuild();
        });
        // The digits found in the levels, as tiles to drag onto the dials.
        const std::string tile = m_found[i] ? std::to_string(*m_found[i]) : m_built[i] ? "?" : "…";
        TextSpec tileSpec{theme::TextRole::Heading, 80.f, theme::ink, Align::Centre, true};
        tileSpec.maxHeight = kTileHeight - 8.f;
        m_tiles.emplace_back(t, tile, tileSpec);
        m_tiles.back().centreVertically(tileRect(i).left, tileRect(i).top, kTileHeight);
    }
    auto slots = layout::row(kLogicalWidth / 2.f, buttonsTop, 380.f, h, 30.f, 2);
    m_widgets.add<Button>(
        t, tr("common.back"), slots[0], [this] { close(); }, ButtonKind::Secondary);
    m_widgets.add<Button>(t, tr("vault.open"), slots[1], [this] { later([this] { tryOpen(); }); });
    if (m_widgets.focus() < 0) m_widgets.setFocus(static_cast<int>(m_firstDial));
}

bool VaultScene::isAnimating() const {
    for (double w : m_wobble)
        if (w > 0) return true;
    return m_dragging.has_value();
}

void VaultScene::update(double dt) {
    for (double& w : m_wobble)
        w = std::max(0.0, w - dt);
}

void VaultScene::showCode() {
    if (!m_set) return;
    for (std::size_t i = 0; i < m_set->digits.size(); ++i)
        m_entered[i] = m_set->digits[i].value;
    rebuild();
}

void VaultScene::showHint(std::size_t dial) {
    const VaultDigitDef& d = m_set->digits[dial];
    SceneContext* c = &m_ctx;
    if (!m_built[dial]) { // kindly: this digit cannot be earned yet
        const std::string title = tr("vault.hint_title");
        const std::string body = tr("vault.not_built", {{"level", tr("level." + d.level + ".name")}});
        m_ctx.stack.push([c, title, body] { return std::make_unique<MessageScene>(*c, title, body); });
        return;
    }
    if (!m_found[dial] && !m_ctx.classMode()) {
        // Not earned yet: the child is told which level gives it, not sent to a page they have not seen.
        const std::string title = tr("vault.hint_title");
        const std::string body = tr("vault.missing", {{"level", tr("level." + d.level + ".name")}});
        m_ctx.stack.push([c, title, body] { return std::make_unique<MessageScene>(*c, title, body); });
        return;
    }
    // The logbook, open at this stage, with the question that leads to its digit.
    const std::string level = d.level;
    m_ctx.stack.push([c, level] { return std::make_unique<DigitLogbookScene>(*c, level); });
}

void VaultScene::tryOpen() {
    if (!m_set) return;
    const auto results = checkCode(*m_set, m_entered);
    if (codeOpens(results)) {
        m_ctx.audio.play(Sfx::Digit);
        SceneContext* c = &m_ctx;
        m_ctx.stack.replaceTop([c] { return std::make_unique<VaultOpenScene>(*c); });
        return;
    }
    m_ctx.audio.play(Sfx::Error);
    std::optional<std::size_t> firstWrong;
    for (std::size_t i = 0; i < results.size(); ++i)
        if (!results[i].right) {
            m_wobble[i] = kWobbleSeconds;
            if (!firstWrong) firstWrong = i;
        }
    if (firstWrong) showHint(*firstWrong);
}

int VaultScene::dialAt(sf::Vector2f p) const {
    for (std::size_t i = 0; m_set && i < m_set->digits.size(); ++i)
        if (dialRect(i).contains(p)) return static_cast<int>(i);
    return -1;
}

void VaultScene::handleEvent(const UiEvent& e) {
    // Dragging a found digit onto a dial.
    if (e.type == UiEvent::Type::MouseDown && !e.rightButton)
        for (std::size_t i = 0; i < m_found.size(); ++i)
            if (m_found[i] && tileRect(i).contains(e.pos)) {
                m_dragging = i;
                m_dragPos = e.pos;
                m_ctx.audio.play(Sfx::Pickup);
                return;
            }
    if (m_dragging && e.type == UiEvent::Type::MouseMove) {
        m_dragPos = e.pos;
        return;
    }
    if (m_dragging && e.type == UiEvent::Type::MouseUp) {
        const int dial = dialAt(e.pos);
        if (dial >= 0) {
            m_entered[static_cast<std::size_t>(dial)] = m_found[*m_dragging];
            m_ctx.audio.play(Sfx::Drop);
        }
        m_dragging.reset();
        rebuild();
        return;
    }
    // A digit key sets the focused dial; C (class mode, the teacher) shows the code.
    if (e.type == UiEvent::Type::KeyDown) {
        const int focus = m_widgets.focus() - static_cast<int>(m_firstDial);
        int digit = -1;
        if (e.key >= sf::Keyboard::Num0 && e.key <= sf::Keyboard::Num9) digit = e.key - sf::Keyboard::Num0;
        if (e.key >= sf::Keyboard::Numpad0 && e.key <= sf::Keyboard::Numpad9)
            digit = e.key - sf::Keyboard::Numpad0;
        if (digit >= 0 && focus >= 0 && focus < static_cast<int>(m_entered.size())) {
            m_entered[static_cast<std::size_t>(focus)] = digit;
            rebuild();
            return;
        }
        if (e.key == sf::Keyboard::C && m_ctx.classMode()) {
            showCode();
            return;
        }
    }
    if (m_widgets.handle(e)) return;
    if (e.isKey(sf::Keyboard::Escape)) close();
}

void VaultScene::draw(sf::RenderTarget& target) const {
    drawBackdrop(target, m_ctx.settings.lowDetail);
    target.draw(m_title);
    target.draw(m_help);
    if (!m_set) return;
    // The vault door behind the dials.
    drawPanel(target, m_door, 36.f, sf::Color(0x6B, 0x6B, 0x7A), theme::ink, theme::outline);
    for (std::size_t i = 0; i < m_set->digits.size(); ++i) {
        const sf::FloatRect r = dialRect(i);
        const sf::Vector2f icon{r.left + r.width / 2.f, m_iconY};
        drawCircle(target, icon, kIconRadius, theme::shade, theme::ink, 3.f);
        if (const LevelInfo* level = findLevel(m_set->digits[i].level))
            drawStageIcon(target, level->stage, icon, 56.f);
        target.draw(m_names[i]);
        // The found digit's tile below.
        const sf::FloatRect tile = tileRect(i);
        const bool available = m_found[i].has_value() && !(m_dragging && *m_dragging == i);
        target.draw(roundedRect(tile, 14.f, available ? theme::yellow : theme::shade, theme::ink, 3.f));
        probeFigure(target, tile, "digit tile");
        if (available || !m_found[i]) target.draw(m_tiles[i]);
    }
    m_widgets.draw(target);
    if (m_dragging) { // over everything, following the pointer
        const sf::FloatRect r{m_dragPos.x - 40.f, m_dragPos.y - 40.f, 80.f, 80.f};
        target.draw(roundedRect(r, 14.f, theme::yellow, theme::ink, 4.f));
        TextBlock t = m_tiles[*m_dragging];
        t.centreVertically(r.left, r.top, r.height);
        target.draw(t);
    }
}

} // namespace mobi
