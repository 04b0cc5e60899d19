// SPDX-License-Identifier: GPL-3.0-or-later
// Strict loading of a level file. Every mistake — an unknown element or
// attribute, a bad number, a parameter out of its declared range, a body or
// joint that does not exist, a fact or string id that exists nowhere — is
// reported as file:line with what was expected and what was found.
#pragma once

#include "content/DataError.hpp"
#include "content/Facts.hpp"
#include "content/LevelData.hpp"
#include "content/StringTable.hpp"
#include "core/Params.hpp"

#include <string>
#include <vector>

namespace mobi {

// What a level's rules use from its file, so that a file without them is
// refused at load time (file:line), not found out in the middle of play.
// The pictures a choice's option may name (<option picture>): ui/ChoicePictures draws each.
const std::vector<std::string>& choicePictureNames();

struct LevelNeeds {
    std::vector<std::string> bodies, zones, templates, phases, joints;
};

struct LevelCheckContext {
    const std::vector<ParamSpec>* params = nullptr; // the level's declared tunables
    const FactBook* facts = nullptr;                // to check fact ids (skipped if null)
    const StringTable* strings = nullptr; // the reference table, to check string ids (skipped if null)
    const LevelNeeds* needs = nullptr;    // what its rules use (skipped if null)
};

LevelData loadLevel(const std::string& text, const std::string& name, const LevelCheckContext& check,
                    ErrorList& errors);
LevelData loadLevelFile(const std::string& path, const LevelCheckContext& check, ErrorList& errors);

// The declared values with the file's values on top, then the chosen options'
// presets. A choice the level does not offer, or an option it does not have,
// is an error (in `errors`, when given), never a silent default.
Params levelParams(const LevelData& level, const std::vector<ParamSpec>& specs,
                   const std::map<std::string, std::string>& chosen, bool classVersion = false,
                   ErrorList* errors = nullptr);

// Whether `name = value` is a choice this level offers or reads from another
// level; otherwise says why in `why`.
bool knownChoice(const LevelData& level, const std::string& name, const std::string& value, std::string& why);

} // namespace mobi
