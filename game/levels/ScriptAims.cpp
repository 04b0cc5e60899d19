// SPDX-License-Identifier: GPL-3.0-or-later
#include "levels/ScriptAims.hpp"

namespace mobi {

bool checkScriptAims(const InputScript& script, const std::string& scriptName, const LevelData& level,
                     ErrorList& errors) {
    bool ok = true;
    for (const ScriptEvent& e : script.events) {
        if (e.target.empty() || LevelData::named(level.bodies, e.target) ||
            LevelData::named(level.zones, e.target))
            continue;
        std::string some; // a few names that would do, to show the spelling expected
        int shown = 0;
        for (const BodyData& b : level.bodies)
            if (!b.name.empty() && shown++ < 4) some += (some.empty() ? "" : ", ") + b.name;
        errors.add(scriptName, e.line,
                   "pointer @" + e.target + ": expected the name of a body or zone of " + level.file +
                       " (such as " + some + "), found none called \"" + e.target + "\"");
        ok = false;
    }
    return ok;
}

} // namespace mobi
