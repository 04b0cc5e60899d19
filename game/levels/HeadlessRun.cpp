#include "levels/HeadlessRun.hpp"

#include "core/InputScript.hpp"
#include "levels/LevelLoad.hpp"

namespace mobi {
namespace {
constexpr int kDefaultSteps = 60 * 60 * 10; // ten minutes of play, longer than any level should take
}

int runHeadless(const std::filesystem::path& dataDir, const Options& options, std::ostream& out, std::ostream& err) {
    ErrorList errors;
    InputScript script;
    if (!options.inputScript.empty()) script = InputScript::load(options.inputScript, errors);
    auto level = loadLevelById(dataDir, options.level, errors);
    if (!errors.empty() || !level) {
        for (const auto& e : errors.all()) err << "mobi2070: " << e.toString() << "\n";
        return 1;
    }
    const LevelOptions levelOptions = optionsFromScript(script.options);
    auto sim = startLevel(*level, levelOptions, options.seed);
    ScriptPlayer player(script);
    const int maxSteps = options.steps ? *options.steps : script.endStep >= 0 ? script.endStep : kDefaultSteps;
    while (sim->steps() < maxSteps && sim->outcome() == Outcome::Running) sim->step(player.frame(sim->steps()));
    out << "level=" << level->info->id << " outcome=" << outcomeName(sim->outcome()) << " steps=" << sim->steps()
        << " hash=" << StateHasher::hex(sim->stateHash()) << "\n";
    return sim->outcome() == Outcome::Lost ? 2 : 0;
}

} // namespace mobi
