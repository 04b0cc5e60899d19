// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenes/LevelScreens.hpp"

#include "content/QuizLoader.hpp"
#include "content/VaultData.hpp"
#include "levels/CarriedOver.hpp"
#include "platform/Assets.hpp"
#include "scenes/LevelIntroScene.hpp"
#include "scenes/LevelScene.hpp"
#include "scenes/LogbookScene.hpp"
#include "scenes/MessageScene.hpp"
#include "scenes/QuizScene.hpp"
#include "scenes/SceneRegistry.hpp"

#include <iostream>
#include <random>

namespace mobi {

void showFileProblems(SceneContext& ctx, const std::string& titleId, const ErrorList& errors) {
    std::string list;
    for (const auto& e : errors.all()) {
        std::cerr << "mobi2070: " << e.toString() << "\n";
        list += e.toString() + "\n";
    }
    const std::string title = ctx.strings.get(titleId);
    SceneContext* c = &ctx;
    ctx.stack.push([c, title, list] { return std::make_unique<MessageScene>(*c, title, list); });
}

std::optional<LoadedLevel> loadLevelForScene(SceneContext& ctx, const std::string& id) {
    ErrorList errors;
    auto level = loadLevelById(ctx.assets.dataDir(), id, errors);
    if (!level) showFileProblems(ctx, "errors.level_title", errors);
    return level;
}

std::string currentCodeSet(const SceneContext& ctx) {
    const Profile* p = ctx.activeProfile();
    return p && !ctx.classMode() ? p->codeSet : ctx.settings.codeSet;
}

void recordLevelDone(SceneContext& ctx, const LevelSim& sim) {
    Profile* p = ctx.activeProfile();
    if (!p) return; // no player chosen (a screenshot): nothing to keep; class mode keeps the class's
    const LevelData& level = sim.data();
    LevelProgress& progress = p->levels[level.id];
    progress.done = true;
    progress.digit = vaultDigit(ctx.assets.dataDir(), p->codeSet, level.id);
    keepFromWin(sim, *p);
    ctx.app.profilesChanged();
}

void openLevelIntro(SceneContext& ctx, const std::string& id) {
    SceneContext* c = &ctx;
    ctx.stack.push([c, id] { return std::make_unique<LevelIntroScene>(*c, id); });
}

void replaceWithLevel(SceneContext& ctx, const std::string& id, const LevelOptions& options) {
    SceneContext* c = &ctx;
    ctx.stack.replaceTop([c, id, options] { return std::make_unique<LevelScene>(*c, id, options); });
}

void openAfterLevel(SceneContext& ctx, const std::string& id) {
    SceneContext* c = &ctx;
    ctx.stack.replaceTop(
        [c, id] { return std::make_unique<LogbookScene>(*c, id, LogbookScene::Page::InfoFirst); });
}

void openQuizAfterLevel(SceneContext& ctx, const std::string& id) {
    const LevelInfo* level = findLevel(id);
    std::error_code ec;
    if (!level || !std::filesystem::exists(quizFile(ctx.assets.dataDir(), level->number, id), ec)) {
        returnToMap(ctx);
        return;
    }
    SceneContext* c = &ctx;
    const bool shortSession = ctx.classMode() && ctx.settings.shortClassSession();
    const QuizScene::Setup setup{id, ctx.classMode(), true, std::random_device{}(), shortSession};
    ctx.stack.replaceTop([c, setup] { return std::make_unique<QuizScene>(*c, setup); });
}

void returnToMap(SceneContext& ctx) {
    startScene(ctx, "menu");
    SceneContext* c = &ctx;
    ctx.stack.push([c] { return findSceneEntry("levelmap")->make(*c); });
}

} // namespace mobi
