// SPDX-License-Identifier: GPL-3.0-or-later
#include "levels/HeadlessRun.hpp"

#include "core/InputScript.hpp"
#include "core/ProcessStats.hpp"
#include "levels/LevelLoad.hpp"
#include "levels/ScriptAims.hpp"
#include "save/Settings.hpp"

#include <algorithm>
#include <cstdio>

namespace mobi {
namespace {

constexpr int kDefaultSteps = 60 * 60 * 10; // ten minutes of play, longer than any level should take
constexpr long kStepsPerMinute = 60 * 60;

// Plays one round from the first step until the level ends or `maxSteps`
// steps are used, and returns it for its outcome and hash.
// `trace`, if given, gets the rules' state every `traceEvery` steps.
std::unique_ptr<LevelSim> playRound(const LoadedLevel& level, const InputScript& script,
                                    const LevelOptions& levelOptions, std::uint32_t seed, long maxSteps,
                                    std::ostream* trace = nullptr, int traceEvery = 0) {
    auto sim = startLevel(level, levelOptions, seed);
    ScriptPlayer player(script);
    while (sim->steps() < maxSteps && sim->outcome() == Outcome::Running) {
        sim->step(player.frame(sim->steps(), sim->locator()));
        if (trace && traceEvery > 0 && sim->steps() % traceEvery == 0)
            *trace << "step=" << sim->steps() << " " << sim->rules().describe() << "\n";
    }
    return sim;
}

std::string megabytes(double mb) {
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", mb);
    return text;
}

// The script's options, and with --class the class's: the gentle rules and, in
// a short class session (the default), the level's class version.
LevelOptions headlessOptions(const InputScript& script, const Options& options) {
    LevelOptions o = optionsFromScript(script.options);
    if (options.classMode) {
        o.young = true;
        o.challenge = false;
        o.classVersion =
            classSessionFromName(options.classSession.value_or("")) == Settings::ClassSession::Short;
    }
    return o;
}

// --soak: one level for many minutes of game time, a new simulation (and a
// new seed) each round, as a class replaying it all afternoon would. Memory
// is measured once the first round has warmed up the allocator, then at the
// end: a leak in a level shows up as growth between the two.
int runSoak(const LoadedLevel& level, const InputScript& script, const Options& options, std::ostream& out) {
    const LevelOptions levelOptions = headlessOptions(script, options);
    const long roundSteps = script.endStep >= 0 ? script.endStep : kDefaultSteps;
    long budget = options.soakMinutes * kStepsPerMinute;
    int rounds = 0, won = 0, lost = 0;
    double afterFirstRound = 0, highest = 0;
    while (budget > 0) {
        const auto sim =
            playRound(level, script, levelOptions, options.seed + static_cast<std::uint32_t>(rounds),
                      std::min(roundSteps, budget));
        budget -= sim->steps();
        ++rounds;
        won += sim->outcome() == Outcome::Won;
        lost += sim->outcome() == Outcome::Lost;
        const double now = residentMegabytes();
        if (rounds == 1) afterFirstRound = now;
        highest = std::max(highest, now);
    }
    const double end = residentMegabytes();
    out << "soak level=" << level.info->id << " minutes=" << options.soakMinutes << " rounds=" << rounds
        << " won=" << won << " lost=" << lost << " rss_after_first_round_mb=" << megabytes(afterFirstRound)
        << " rss_highest_mb=" << megabytes(highest) << " rss_end_mb=" << megabytes(end)
        << " growth_mb=" << megabytes(highest - afterFirstRound) << "\n";
    return 0;
}

} // namespace

std::string levelResultLine(const std::string& levelId, const LevelSim& sim) {
    return "level=" + levelId + " outcome=" + outcomeName(sim.outcome()) +
           " steps=" + std::to_string(sim.steps()) + " hash=" + StateHasher::hex(sim.stateHash());
}

int runHeadless(const std::filesystem::path& dataDir, const Options& options, std::ostream& out,
                std::ostream& err) {
    ErrorList errors;
    InputScript script;
    if (!options.inputScript.empty()) script = InputScript::load(options.inputScript, errors);
    auto level = loadLevelById(dataDir, options.level, errors);
    if (level) {
        checkOptions(*level, optionsFromScript(script.options), errors, options.inputScript);
        checkScriptAims(script, options.inputScript, level->data, errors);
    }
    if (!errors.empty() || !level) {
        for (const auto& e : errors.all())
            err << "mobi2070: " << e.toString() << "\n";
        return 1;
    }
    if (options.soakMinutes > 0) return runSoak(*level, script, options, out);
    const int maxSteps = options.steps         ? *options.steps
                         : script.endStep >= 0 ? script.endStep
                                               : kDefaultSteps;
    const auto sim = playRound(*level, script, headlessOptions(script, options), options.seed, maxSteps, &err,
                               options.traceEvery);
    out << levelResultLine(level->info->id, *sim) << "\n";
    return sim->outcome() == Outcome::Lost ? 2 : 0;
}

} // namespace mobi
