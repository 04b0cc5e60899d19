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
#include "ui/Layout.hpp"
#include "ui/Shapes.hpp"
#include "ui/StageIcons.hpp"
#include "ui/TextStyler.hpp"
#include "vault/VaultCode.hpp"

#include <cmath>

namespace mobi {
namespace {

constexpr double kWobbleSeconds = 0.7;

// One dial: ▲ and ▼ turn it, and it shows its digit (or ? when empty).
class DialWidget : public Widget {
public:
    DialWidget(sf::FloatRect area, std::function<void(int)> onTurn) : m_onTurn(std::move(onTurn)) {
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
    void draw(sf::RenderTarget&, bool) const override {} // the scene draws the dials (it knows their wobble)

private:
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

// Layout, top to bottom: title and help, the vault door (stage pictures, dials,
// level names), the row of found digits, the buttons.
constexpr float kDoorTop = 170.f, kDoorHeight = 360.f;

sf::FloatRect VaultScene::dialRect(std::size_t i) const {
    return {75.f + static_cast<float>(i) * 192.f, kDoorTop + 100.f, 150.f, 170.f};
}

sf::FloatRect VaultScene::tileRect(std::size_t i) const {
    return {75.f + static_cast<float>(i) * 192.f + 35.f, kDoorTop + kDoorHeight + 14.f, 80.f, 76.f};
}

void VaultScene::rebuild() {
    const TextStyler& t = m_ctx.text;
    m_title.set(t, tr("vault.title", {{"set", m_set ? m_set->id : "?"}}),
                {theme::TextRole::Heading, 1100.f, theme::ink, Align::Centre, true});
    m_title.setPosition({90.f, 8.f});
    m_help.set(t, tr("vault.help"), {theme::TextRole::Small, 1180.f, theme::inkSoft, Align::Centre});
    m_help.setPosition({50.f, 8.f + m_title.size().y});
    m_names.clear();
    m_digits.clear();
    m_tiles.clear();
    m_widgets.clear();
    m_widgets.onActivate = [this] { m_ctx.audio.play(Sfx::Click); };
    m_firstDial = m_widgets.size();
    for (std::size_t i = 0; m_set && i < m_set->digits.size(); ++i) {
        const sf::FloatRect r = dialRect(i);
        m_names.emplace_back(t, tr("level." + m_set->digits[i].level + ".name"),
                             TextSpec{theme::TextRole::Small, 186.f, sf::Color::White, Align::Centre, true});
        m_names.back().setPosition({r.left - 18.f, r.top + r.height + 4.f});
        m_digits.emplace_back(t, m_entered[i] ? std::to_string(*m_entered[i]) : "?",
                              TextSpec{theme::TextRole::Title, r.width,
                                       m_entered[i] ? theme::ink : theme::inkSoft, Align::Centre, true});
        m_digits.back().centreVertically(r.left, r.top + 20.f, r.height - 40.f);
        m_widgets.add<DialWidget>(r, [this, i](int turn) {
            const int now = m_entered[i].value_or(turn > 0 ? -1 : 10);
            m_entered[i] = (now + turn + 10) % 10;
            requestRebuild();
        });
        // The digits found in the levels, as tiles to drag onto the dials.
        const std::string tile = m_found[i] ? std::to_string(*m_found[i]) : m_built[i] ? "?" : "…";
        m_tiles.emplace_back(t, tile,
                             TextSpec{theme::TextRole::Heading, 80.f, theme::ink, Align::Centre, true});
        m_tiles.back().centreVertically(tileRect(i).left, tileRect(i).top, 80.f);
    }
    const float h = layout::buttonHeight(t.scale());
    auto slots = layout::row(kLogicalWidth / 2.f, kLogicalHeight - h - 14.f, 380.f, h, 30.f, 2);
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
    target.draw(roundedRect({40.f, kDoorTop, 1200.f, kDoorHeight}, 36.f, sf::Color(0x6B, 0x6B, 0x7A),
                            theme::ink, theme::outline));
    const int focus = m_widgets.focus() - static_cast<int>(m_firstDial);
    for (std::size_t i = 0; i < m_set->digits.size(); ++i) {
        sf::FloatRect r = dialRect(i);
        const float shake =
            m_wobble[i] > 0 ? static_cast<float>(std::sin(m_wobble[i] * 40.0) * 10.0 * m_wobble[i]) : 0.f;
        r.left += shake;
        drawCircle(target, {r.left + r.width / 2.f, r.top - 46.f}, 40.f, theme::shade, theme::ink, 3.f);
        if (const LevelInfo* level = findLevel(m_set->digits[i].level))
            drawStageIcon(target, level->stage, {r.left + r.width / 2.f, r.top - 46.f}, 56.f);
        const sf::Color fill = !m_built[i]                    ? theme::disabled
                               : static_cast<int>(i) == focus ? theme::yellow
                                                              : theme::card;
        target.draw(roundedRect(r, 22.f, fill, theme::ink, theme::outline));
        if (static_cast<int>(i) == focus) drawFocusRing(target, r);
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
        TextBlock digit = m_digits[i];
        digit.setPosition({digit.position().x + shake, digit.position().y});
        target.draw(digit);
        target.draw(m_names[i]);
        // The found digit's tile below.
        const sf::FloatRect tile = tileRect(i);
        const bool available = m_found[i].has_value() && !(m_dragging && *m_dragging == i);
        target.draw(roundedRect(tile, 14.f, available ? theme::yellow : theme::shade, theme::ink, 3.f));
        if (available || !m_found[i]) target.draw(m_tiles[i]);
    }
    if (m_dragging) {
        const sf::FloatRect r{m_dragPos.x - 40.f, m_dragPos.y - 40.f, 80.f, 80.f};
        target.draw(roundedRect(r, 14.f, theme::yellow, theme::ink, 4.f));
        TextBlock t = m_tiles[*m_dragging];
        t.centreVertically(r.left, r.top, r.height);
        target.draw(t);
    }
    m_widgets.draw(target);
}

} // namespace mobi
