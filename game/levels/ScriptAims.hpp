// SPDX-License-Identifier: GPL-3.0-or-later
// An input script may aim the pointer at a level's body or zone by name
// ("pointer @bench.screw1") instead of copying its coordinates. This check
// names, with file:line, an aim at something the level does not have, before
// a single step is played (a silent miss would just lose the level).
#pragma once

#include "content/DataError.hpp"
#include "content/LevelData.hpp"
#include "core/InputScript.hpp"

namespace mobi {

// False, with one error per bad aim, when `script` (read from `scriptName`)
// aims at a name that is neither a <body> nor a <zone> of `level`.
bool checkScriptAims(const InputScript& script, const std::string& scriptName, const LevelData& level,
                     ErrorList& errors);

} // namespace mobi
