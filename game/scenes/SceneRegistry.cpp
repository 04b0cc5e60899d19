// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenes/SceneRegistry.hpp"

#include "levels/LevelRegistry.hpp"
#include "levels/LevelView.hpp"
#include "scenes/DebateScene.hpp"
#include "scenes/DigitLogbookScene.hpp"
#include "scenes/LevelIntroScene.hpp"
#include "scenes/LevelMapScene.hpp"
#include "scenes/LevelScene.hpp"
#include "scenes/LogbookScene.hpp"
#include "scenes/MenuScene.hpp"
#include "scenes/PauseScene.hpp"
#include "scenes/ProfilesScene.hpp"
#include "scenes/QuizScene.hpp"
#include "scenes/SettingsScene.hpp"
#include "scenes/TitleScene.hpp"
#include "scenes/VaultOpenScene.hpp"
#include "scenes/VaultScene.hpp"

namespace mobi {
namespace {
template <typename S> std::unique_ptr<Scene> make(SceneContext& ctx) { return std::make_unique<S>(ctx); }

// A new player's sheet in the first free slot (or the last slot when all are taken).
std::unique_ptr<Scene> makeNewProfile(SceneContext& ctx) {
    const int free = ctx.profiles.firstFreeSlot();
    return std::make_unique<ProfileEditScene>(ctx, free >= 0 ? free : kMaxProfiles - 1);
}

// The page of the player playing now (the first one if none is chosen), as the
// players screen opens it to edit them.
std::unique_ptr<Scene> makeEditProfile(SceneContext& ctx) {
    int slot = ctx.settings.lastProfile;
    if (slot < 0 || !ctx.profiles.slots[static_cast<std::size_t>(slot)]) slot = 0;
    while (slot < kMaxProfiles - 1 && !ctx.profiles.slots[static_cast<std::size_t>(slot)])
        ++slot;
    return std::make_unique<ProfileEditScene>(ctx, slot);
}

// Each built level gives four scenes: its intro card, the level in play (with
// the default choices: what --screenshot level:mine shows), its information
// card and its logbook page.
void addLevelScenes(std::vector<SceneEntry>& entries) {
    for (const LevelInfo& level : allLevels()) {
        if (!level.built || !makeLevelView(level.id)) continue;
        const std::string id = level.id;
        entries.push_back({"intro:" + id, "levelmap",
                           [id](SceneContext& c) { return std::make_unique<LevelIntroScene>(c, id); }});
        entries.push_back({"level:" + id, "", [id](SceneContext& c) {
                               return std::make_unique<LevelScene>(c, id,
                                                                   LevelScene::optionsFor(c, {}, false));
                           }});
        entries.push_back({"info:" + id, "", [id](SceneContext& c) {
                               return std::make_unique<LogbookScene>(c, id, LogbookScene::Page::InfoFirst);
                           }});
        entries.push_back({"logbook:" + id, "", [id](SceneContext& c) {
                               return std::make_unique<LogbookScene>(c, id, LogbookScene::Page::Logbook);
                           }});
    }
}

// How far a quiz scene goes before it is shown: the first question, its
// answer, the next question (nothing of the answer may remain), the end.
enum class QuizStep { Asking, Answered, Next, End };

std::unique_ptr<Scene> makeQuiz(SceneContext& c, const std::string& level, bool vote, QuizStep step) {
    auto quiz = std::make_unique<QuizScene>(c, QuizScene::Setup{level, vote, false, sessionSeed(c.options)});
    if (step == QuizStep::Answered) quiz->answerFirstForScreenshot();
    if (step == QuizStep::Next || step == QuizStep::End) quiz->goOnForScreenshot(step == QuizStep::End);
    return quiz;
}

// A quiz per stage (whether or not its level is built: quizzes can be played
// from the menu), the quiz across all stages, and vote mode.
void addQuizScenes(std::vector<SceneEntry>& entries) {
    auto quiz = [&entries](std::string name, std::string level, int vote, QuizStep step) {
        // vote: 0 no, 1 yes, -1 as class mode has it
        entries.push_back({std::move(name), "", [level, vote, step](SceneContext& c) {
                               return makeQuiz(c, level, vote < 0 ? c.classMode() : vote > 0, step);
                           }});
    };
    for (const LevelInfo& level : allLevels())
        quiz("quiz:" + level.id, level.id, -1, QuizStep::Asking);
    quiz("quiz:all", "", -1, QuizStep::Asking);
    quiz("quiz:feedback", "mine", 0, QuizStep::Answered);
    quiz("quiz:end", "mine", 0, QuizStep::End);
    quiz("quiz:vote", "", 1, QuizStep::Asking);
    quiz("quiz:vote:reveal", "", 1, QuizStep::Answered);
    quiz("quiz:vote:next", "", 1, QuizStep::Next);
}

std::vector<SceneEntry> makeEntries() {
    std::vector<SceneEntry> entries = {
        {"title", "", make<TitleScene>},
        {"prologue", "menu", [](SceneContext& c) { return std::make_unique<TitleScene>(c, true); }},
        {"profiles", "", make<ProfilesScene>},
        {"profiles:new", "", makeNewProfile},
        {"profiles:edit", "profiles", makeEditProfile},
        {"menu", "", make<MenuScene>},
        {"levelmap", "", make<LevelMapScene>},
        {"settings", "", make<SettingsScene>},
        {"settings:screen", "", [](SceneContext& c) { return std::make_unique<SettingsScene>(c, 1); }},
        {"pause", "levelmap", make<PauseScene>},
        // The pause card as a level in class mode shows it, with the teacher's
        // skip (here it only closes the card), for screenshots and layout checks.
        {"pause:skip", "levelmap", [](SceneContext& c) { return std::make_unique<PauseScene>(c, [] {}); }},
        {"errors", "", make<ErrorScene>},
        {"vault", "menu", make<VaultScene>},
        {"vault:open", "menu", make<VaultOpenScene>},
        {"vault:reply", "menu",
         [](SceneContext& c) {
             auto open = std::make_unique<VaultOpenScene>(c);
             open->showPhase(VaultOpenScene::Phase::Reply);
             return open;
         }},
        {"vault:sent", "menu",
         [](SceneContext& c) {
             auto open = std::make_unique<VaultOpenScene>(c);
             open->showPhase(VaultOpenScene::Phase::Sent);
             return open;
         }},
        {"logbook", "menu", make<DigitLogbookScene>},
        {"debate", "menu", make<DebateScene>},
        {"debate:promises", "menu",
         [](SceneContext& c) {
             auto debate = std::make_unique<DebateScene>(c);
             debate->showPromises();
             return debate;
         }},
        {"vault:code", "menu",
         [](SceneContext& c) {
             auto vault = std::make_unique<VaultScene>(c);
             vault->showCode(); // what the teacher's C shows
             return vault;
         }},
    };
    addLevelScenes(entries);
    addQuizScenes(entries);
    return entries;
}
} // namespace

const std::vector<SceneEntry>& sceneEntries() {
    static const std::vector<SceneEntry> entries = makeEntries();
    return entries;
}

const SceneEntry* findSceneEntry(const std::string& name) {
    for (const auto& entry : sceneEntries())
        if (entry.name == name) return &entry;
    return nullptr;
}

bool startScene(SceneContext& ctx, const std::string& name) {
    const SceneEntry* entry = findSceneEntry(name);
    if (!entry) return false;
    SceneContext* c = &ctx;
    if (!entry->base.empty()) {
        const SceneEntry* base = findSceneEntry(entry->base);
        ctx.stack.clearAndPush([c, base] { return base->make(*c); });
        ctx.stack.push([c, entry] { return entry->make(*c); });
    } else {
        ctx.stack.clearAndPush([c, entry] { return entry->make(*c); });
    }
    return true;
}

} // namespace mobi
