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

namespace mobi {
namespace {

// One player's card: Mobi in the player's colour, the name and the age band.
class ProfileCard : public Widget {
public:
    ProfileCard(const TextStyler& t, const Strings& s, const Profile* profile, sf::FloatRect area,
                bool marked, std::function<void()> onPress)
        : m_profile(profile ? std::optional<Profile>(*profile) : std::nullopt), m_marked(marked),
          m_onPress(std::move(onPress)) {
        rect = area;
        const float w = rect.width - 20.f;
        if (profile) {
            // A name can be empty after a damaged save was cleaned up: show a neutral one.
            const std::string name = profile->name.empty() ? s.get("profiles.unnamed") : profile->name;
            m_name.set(t, name, {theme::TextRole::Body, w, theme::ink, Align::Centre, true});
            // A long name takes the smaller size rather than pushing the age off the card.
            if (m_name.size().y > t.lineHeight(theme::TextRole::Body, true) * 1.5f)
                m_name.set(t, name, {theme::TextRole::Small, w, theme::ink, Align::Centre, true});
            m_detail.set(t, s.get(profile->ageBand == AgeBand::Older ? "age.older" : "age.young"),
                         {theme::TextRole::Small, w, theme::inkSoft, Align::Centre});
            const int digits = digitsEarned(*profile);
            if (digits > 0) {
                m_digits.set(t, s.get("profiles.digits", {{"count", std::to_string(digits)}}),
                             {theme::TextRole::Small, 104.f, theme::ink, Align::Centre, true});
                m_digits.centreVertically(rect.left + rect.width - 122.f, rect.top + 12.f, 40.f);
            }
        } else {
            m_name.set(t, s.get("profiles.new"), {theme::TextRole::Body, w, theme::ink, Align::Centre, true});
        }
        // Text under the picture, centred in the space left.
        const float pictureBottom = rect.top + 128.f;
        const float textHeight = m_name.size().y + m_detail.size().y;
        const float textTop =
            pictureBottom + std::max(0.f, (rect.top + rect.height - pictureBottom - textHeight) / 2.f);
        m_name.setPosition({rect.left + 10.f, textTop});
        m_detail.setPosition({rect.left + 10.f, textTop + m_name.size().y});
    }

    void activate() override { m_onPress(); }

    void draw(sf::RenderTarget& target, bool focused) const override {
        const sf::Color fill = focused ? theme::yellow : m_profile ? theme::card : theme::shade;
        target.draw(roundedRect(rect, theme::corner, fill, theme::ink, theme::outline));
        if (focused) drawFocusRing(target, rect);
        const sf::Vector2f top{rect.left + rect.width / 2.f, rect.top + 66.f};
        if (m_profile) {
            drawMobi(target, top, 100.f, Mood::Happy, theme::avatar[m_profile->colour % kProfileColours]);
        } else {
            drawCircle(target, top, 42.f, theme::card, theme::ink, theme::outline);
            drawThickLine(target, {top.x - 20, top.y}, {top.x + 20, top.y}, 9.f, theme::ink);
            drawThickLine(target, {top.x, top.y - 20}, {top.x, top.y + 20}, 9.f, theme::ink);
        }
        if (m_digits.letterCount() > 0) { // vault digits found, as a badge
            target.draw(roundedRect({rect.left + rect.width - 122.f, rect.top + 12.f, 104.f, 40.f}, 20.f,
                                    theme::yellow, theme::ink, 3.f));
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
