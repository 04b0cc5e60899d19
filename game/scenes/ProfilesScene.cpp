// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenes/ProfilesScene.hpp"

#include "core/Letterbox.hpp"
#include "levels/Progression.hpp"
#include "platform/Audio.hpp"
#include "scenes/MessageScene.hpp"
#include "ui/Backdrop.hpp"
#include "ui/Button.hpp"
#include "ui/Layout.hpp"
#include "ui/Shapes.hpp"
#include "ui/TextStyler.hpp"

#include <algorithm>

namespace mobi {
namespace {

constexpr float kSmallestPicture = 64.f;
// The digits badge, from the card's top-right corner: clear of Mobi's hands.
const sf::FloatRect kBadge{-80.f, 10.f, 72.f, 36.f};

// One player's card: Mobi in the player's colour, the name and the age band.
class ProfileCard : public Widget {
public:
    ProfileCard(const TextStyler& t, const Strings& s, const Profile* profile, sf::FloatRect area,
                bool marked, std::function<void()> onPress)
        : m_profile(profile ? std::optional<Profile>(*profile) : std::nullopt), m_marked(marked),
          m_onPress(std::move(onPress)) {
        rect = area;
        const float w = rect.width - 20.f;
        // The words first (a long name on two lines, smaller if need be); the
        // picture takes the room above them, never less than a big thumbnail.
        TextSpec name{theme::TextRole::Body, w, theme::ink, Align::Centre, true};
        name.maxLines = 2;
        name.maxHeight = std::max(40.f, rect.height - kSmallestPicture - 56.f);
        TextSpec detail{theme::TextRole::Small, w, theme::inkSoft, Align::Centre};
        detail.maxLines = 1;
        if (profile) {
            // A name can be empty after a damaged save was cleaned up: show a neutral one.
            m_name.set(t, profile->name.empty() ? s.get("profiles.unnamed") : profile->name, name);
            m_detail.set(t, s.get(profile->ageBand == AgeBand::Older ? "age.older" : "age.young"), detail);
            const int digits = digitsEarned(*profile);
            if (digits > 0) {
                TextSpec badge{theme::TextRole::Small, kBadge.width - 8.f, theme::ink, Align::Centre, true};
                badge.maxHeight = kBadge.height - 4.f;
                m_digits.set(t, s.get("profiles.digits", {{"count", std::to_string(digits)}}), badge);
                m_digits.centreVertically(rect.left + rect.width + kBadge.left + 4.f, rect.top + kBadge.top,
                                          kBadge.height);
            }
        } else {
            m_name.set(t, s.get("profiles.new"), name);
        }
        const float textHeight = m_name.size().y + m_detail.size().y;
        m_pictureBand = std::clamp(rect.height - textHeight - 22.f, kSmallestPicture, 128.f);
        const float textTop = rect.top + 8.f + m_pictureBand;
        m_name.setPosition({rect.left + 10.f, textTop});
        m_detail.setPosition({rect.left + 10.f, textTop + m_name.size().y});
    }

    void activate() override { m_onPress(); }

    void draw(sf::RenderTarget& target, bool focused) const override {
        const sf::Color fill = focused ? theme::yellow : m_profile ? theme::card : theme::shade;
        target.draw(roundedRect(rect, theme::corner, fill, theme::ink, theme::outline));
        if (focused) drawFocusRing(target, rect);
        if (m_profile) {
            // Mobi stands in the picture band, from the top of its body to its feet.
            const float mobi = (m_pictureBand - 8.f) / 1.18f;
            drawMobi(target, {rect.left + rect.width / 2.f, rect.top + 10.f + mobi / 2.f}, mobi, Mood::Happy,
                     theme::avatar[m_profile->colour % kProfileColours]);
        } else {
            const sf::Vector2f c{rect.left + rect.width / 2.f, rect.top + 8.f + m_pictureBand / 2.f};
            const float r = std::min(42.f, m_pictureBand / 2.f - 6.f);
            drawCircle(target, c, r, theme::card, theme::ink, theme::outline);
            drawThickLine(target, {c.x - r * 0.48f, c.y}, {c.x + r * 0.48f, c.y}, 9.f, theme::ink);
            drawThickLine(target, {c.x, c.y - r * 0.48f}, {c.x, c.y + r * 0.48f}, 9.f, theme::ink);
        }
        if (m_digits.letterCount() > 0) { // vault digits found, as a badge in the corner
            target.draw(roundedRect(
                {rect.left + rect.width + kBadge.left, rect.top + kBadge.top, kBadge.width, kBadge.height},
                kBadge.height / 2.f, theme::yellow, theme::ink, 3.f));
            target.draw(m_digits);
        }
        if (m_marked) { // edit or delete mode: a badge says this card will be acted on
            drawCircle(target, {rect.left + rect.width - 26.f, rect.top + 26.f}, 18.f, theme::orange,
                       theme::ink, 3.f);
        }
        target.draw(m_name);
        target.draw(m_detail);
    }

private:
    std::optional<Profile> m_profile;
    bool m_marked;
    std::function<void()> m_onPress;
    TextBlock m_name, m_detail, m_digits;
    float m_pictureBand = 128.f; // the card's top band, where Mobi stands
};

} // namespace

ProfilesScene::ProfilesScene(SceneContext& ctx) : Scene(ctx) { rebuild(); }

void ProfilesScene::setMode(Mode mode) {
    m_mode = mode;
    requestRebuild();
}

void ProfilesScene::rebuild() {
    const TextStyler& t = m_ctx.text;
    const char* headingId = m_mode == Mode::Edit     ? "profiles.pick_edit"
                            : m_mode == Mode::Delete ? "profiles.pick_delete"
                                                     : "profiles.title";
    m_heading.set(t, tr(headingId), {theme::TextRole::Heading, 1100.f, theme::ink, Align::Centre, true});
    m_heading.setPosition({90.f, 20.f});

    m_widgets.clear();
    m_widgets.onActivate = [this] { m_ctx.audio.play(Sfx::Click); };
    const ProfileBook& book = m_ctx.profiles;
    const float h = layout::buttonHeight(t.scale());
    // Two rows of four cards between the heading and the buttons.
    const float cardW = 270.f, gap = 20.f;
    const float gridTop = 34.f + m_heading.size().y;
    const float cardH = (kLogicalHeight - h - 40.f - gridTop - gap) / 2.f;
    // The existing players, then one card to create a new player (play mode only).
    std::vector<int> shown;
    for (int i = 0; i < kMaxProfiles; ++i)
        if (book.slots[static_cast<std::size_t>(i)]) shown.push_back(i);
    if (m_mode == Mode::Play && book.firstFreeSlot() >= 0) shown.push_back(book.firstFreeSlot());
    int focus = -1;
    for (std::size_t k = 0; k < shown.size(); ++k) {
        const int i = shown[k];
        const auto& slot = book.slots[static_cast<std::size_t>(i)];
        const sf::FloatRect area{64.f + static_cast<float>(k % 4) * (cardW + 24.f),
                                 gridTop + static_cast<float>(k / 4) * (cardH + gap), cardW, cardH};
        if (i == m_ctx.settings.lastProfile && slot) focus = static_cast<int>(m_widgets.size());
        m_widgets.add<ProfileCard>(t, m_ctx.strings, slot ? &*slot : nullptr, area, m_mode != Mode::Play,
                                   [this, i] { pick(i); });
    }
    auto slots = layout::row(kLogicalWidth / 2.f, kLogicalHeight - h - 20.f, 340.f, h, 30.f, 3);
    if (m_mode == Mode::Play) {
        m_widgets.add<Button>(
            t, tr("common.back"), slots[0], [this] { goTo("title"); }, ButtonKind::Secondary);
        if (book.count() > 0) {
            m_widgets.add<Button>(
                t, tr("profiles.edit"), slots[1], [this] { setMode(Mode::Edit); }, ButtonKind::Secondary);
            m_widgets.add<Button>(
                t, tr("profiles.delete"), slots[2], [this] { setMode(Mode::Delete); }, ButtonKind::Secondary);
        }
    } else {
        m_widgets.add<Button>(t, tr("common.cancel"), slots[1], [this] { setMode(Mode::Play); });
    }
    m_widgets.setFocus(focus >= 0 ? focus : 0);
}

void ProfilesScene::pick(int slot) {
    SceneContext* ctx = &m_ctx;
    const auto& profile = m_ctx.profiles.slots[static_cast<std::size_t>(slot)];
    if (!profile || m_mode == Mode::Edit) {
        m_ctx.stack.push([ctx, slot] { return std::make_unique<ProfileEditScene>(*ctx, slot); });
        if (m_mode == Mode::Edit) setMode(Mode::Play);
        return;
    }
    if (m_mode == Mode::Delete) {
        const std::string question = tr("profiles.confirm_delete", {{"name", profile->name}});
        m_ctx.stack.push([ctx, question, slot, this] {
            return std::make_unique<ConfirmScene>(
                *ctx, question, ctx->strings.get("profiles.keep"), ctx->strings.get("profiles.delete_yes"),
                [ctx, slot, this] {
                    ctx->profiles.slots[static_cast<std::size_t>(slot)].reset();
                    if (ctx->settings.lastProfile == slot) {
                        ctx->settings.lastProfile = -1;
                        ctx->app.settingsChanged();
                    }
                    ctx->app.profilesChanged();
                    setMode(Mode::Play);
                });
        });
        return;
    }
    m_ctx.settings.lastProfile = slot;
    m_ctx.app.settingsChanged();
    goTo("menu");
}

void ProfilesScene::handleEvent(const UiEvent& e) {
    if (m_widgets.handle(e)) return;
    if (e.isKey(sf::Keyboard::Escape)) {
        if (m_mode != Mode::Play)
            setMode(Mode::Play);
        else
            goTo("title");
    }
}

void ProfilesScene::draw(sf::RenderTarget& target) const {
    drawBackdrop(target, m_ctx.settings.lowDetail);
    target.draw(m_heading);
    m_widgets.draw(target);
}

} // namespace mobi
